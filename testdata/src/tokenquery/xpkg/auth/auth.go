// Package auth holds request helpers used by package xpkg: the read of
// a credential-named query parameter is reported here, where it happens.
package auth

import "net/http"

// AccessToken returns the access_token query parameter.
func AccessToken(r *http.Request) string {
	return r.URL.Query().Get("access_token") // want `access token "access_token" is read from the URL query`
}

// Ticket returns the query parameter "t", which the caller may use as
// anything.
func Ticket(r *http.Request) string {
	return r.URL.Query().Get("t")
}

// Page returns the page query parameter.
func Page(r *http.Request) string {
	return r.URL.Query().Get("page")
}
