// Package usernames proves that -authflow.random-funcs=issueHandle makes
// the value a function returns a fresh secret: a cookie holding it
// carries a credential whatever its name, and is reported without its
// protective attributes. A cookie of the same name holding another
// function's value is not. Without the flag neither is.
package usernames

import "net/http"

// mint is a generator the tables do not know, such as a KMS client's:
// nothing in its body shows a secret being generated.
var mint func() string

func issueHandle() string { return mint() }

func labelOf() string { return mint() }

func badHandle(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "handle", Value: issueHandle()}) // want `cookie "handle" is set without HttpOnly, Secure and SameSite`
}

func goodLabel(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "handle", Value: labelOf()})
}
