// Package xpkg proves tokenquery across packages: a query parameter
// read by another package's helper and parsed as a JWT here is reported
// at the helper call; a credential-named one is reported once, in the
// helper's package; a page number is not a credential.
package xpkg

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"

	"tokenquery/xpkg/auth"
)

func keyFunc(t *jwt.Token) (any, error) { return []byte("k"), nil }

func badTicket(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(auth.Ticket(r), keyFunc); err != nil { // want `query parameter "t" is used as a credential \(parsed as a JWT\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodAccessTokenReportedInAuth(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(auth.AccessToken(r), keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodPage(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(auth.Page(r)))
}

// pageParam is this package's own variable holding a constant.
var pageParam, keyParam = "page", "api_key"

func badOtherPackageVarName(r *http.Request) string {
	if c, err := r.Cookie(auth.SessionTokenCookie); err == nil && c.Value != "" {
		return c.Value
	}
	return r.URL.Query().Get(auth.SessionTokenCookie) // want `session ID "coder_session_token" is read from the URL query`
}

func badOwnVarName(r *http.Request) string {
	return r.URL.Query().Get(keyParam) // want `API key "api_key" is read from the URL query`
}

func goodOwnVarPage(r *http.Request) string {
	return r.URL.Query().Get(pageParam)
}

func goodReassignedVarName(r *http.Request) string {
	return r.URL.Query().Get(auth.TokenParam) // a setting, not known here
}

// badVerifiedElsewhere passes a query value to another package's
// helper that compares it with the API token.
func badVerifiedElsewhere(w http.ResponseWriter, r *http.Request) {
	if !auth.Verify(r.URL.Query().Get("k")) { // want `query parameter "k" is used as a credential \(compared with a stored secret by subtle.ConstantTimeCompare in Verify\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodLabelledElsewhere(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(auth.Label(r.URL.Query().Get("k"))))
}
