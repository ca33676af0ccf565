// Package usernames proves that -authflow.credential-names=auth_blob,X-Ticket
// makes a query parameter of that name a credential: it is reported when
// read from the query, while one of another name, used the same way, is
// not. And that -authflow.compare-funcs=matchesVault makes a query value
// given to that function a credential, whatever its name, while one
// given to another function is not. Without the flags none is.
package usernames

import (
	"fmt"
	"net/http"
)

func badBlob(w http.ResponseWriter, r *http.Request) {
	blob := r.URL.Query().Get("auth_blob") // want `access token "auth_blob" is read from the URL query`
	fmt.Fprintln(w, len(blob))
}

func badTicket(w http.ResponseWriter, r *http.Request) {
	s := r.URL.Query().Get("x-ticket") // want `credential "x-ticket" is read from the URL query`
	fmt.Fprintln(w, len(s))
}

func goodTheme(w http.ResponseWriter, r *http.Request) {
	theme := r.URL.Query().Get("theme_blob")
	fmt.Fprintln(w, len(theme))
}

// vault compares a value with a secret kept in a vault; nothing in the
// body of matchesVault shows a comparison.
var vault func(v string) bool

func matchesVault(v string) bool { return vault(v) }

func lookupTheme(v string) bool { return vault(v) }

func badPin(w http.ResponseWriter, r *http.Request) {
	if !matchesVault(r.URL.Query().Get("pin")) { // want `query parameter "pin" is used as a credential \(compared with a stored secret by usernames.matchesVault\)`
		w.WriteHeader(http.StatusForbidden)
	}
}

func goodTheme2(w http.ResponseWriter, r *http.Request) {
	if !lookupTheme(r.URL.Query().Get("pin")) {
		w.WriteHeader(http.StatusNotFound)
	}
}
