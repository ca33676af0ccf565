// Package usernames proves that -authflow.credential-names=auth_blob,X-Ticket
// makes a query parameter of that name a credential: it is reported when
// read from the query, while one of another name, used the same way, is
// not. Without the flag neither is.
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
