// Package jwtv4 proves tokenquery on golang-jwt/jwt/v4 with net/http: a
// query parameter parsed with jwt.Parse, jwt.ParseWithClaims or a
// Parser's methods is reported whatever its name, also through a helper
// of the package and a parsed token's Raw form; a JWT from the
// Authorization header, a cookie or a POST body, a token minted here,
// a signed OAuth state or paging cursor, and claims fields read from the
// query are not.
package jwtv4

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v4"
)

var key = []byte("k")

func keyFunc(t *jwt.Token) (interface{}, error) { return key, nil }

func badParse(w http.ResponseWriter, r *http.Request) {
	t, err := jwt.Parse(r.URL.Query().Get("t"), keyFunc) // want `query parameter "t" is used as a credential \(parsed as a JWT\)`
	if err != nil || !t.Valid {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func badParseWithClaims(w http.ResponseWriter, r *http.Request) {
	var claims jwt.StandardClaims
	if _, err := jwt.ParseWithClaims(r.URL.Query().Get("jwt"), &claims, keyFunc); err != nil { // want `JWT "jwt" is read from the URL query`
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte(claims.Subject))
}

func badParser(w http.ResponseWriter, r *http.Request) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	if _, err := p.Parse(r.FormValue("x"), keyFunc); err != nil { // want `form value "x", which may come from the URL query, is used as a credential \(parsed as a JWT\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// verify is a helper that parses its argument.
func verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(strings.TrimSpace(raw), keyFunc)
}

func badHelper(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r.URL.Query().Get("v")); err != nil { // want `query parameter "v" is used as a credential \(parsed as a JWT in verify\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// badIssuerKey peeks at the issuer of an unverified token from the
// query to pick the key, then verifies the token's Raw form.
func badIssuerKey(w http.ResponseWriter, r *http.Request) {
	p := jwt.NewParser()
	u, _, err := p.ParseUnverified(r.URL.Query().Get("u"), jwt.MapClaims{}) // want `query parameter "u" is used as a credential \(parsed as a JWT\)`
	if err != nil {
		return
	}
	iss, _ := u.Claims.(jwt.MapClaims)["iss"].(string)
	if _, err := jwt.Parse(u.Raw, func(*jwt.Token) (interface{}, error) { return issuerKeys[iss], nil }); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

var issuerKeys = map[string][]byte{}

func goodHeader(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("jwt")
	if err != nil {
		return
	}
	if _, err := jwt.Parse(c.Value, keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodPostForm(w http.ResponseWriter, r *http.Request) {
	var claims jwt.MapClaims
	if _, err := jwt.ParseWithClaims(r.PostFormValue("assertion"), &claims, keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// goodReparseMinted parses the Raw form of a token minted here.
func goodReparseMinted(w http.ResponseWriter, r *http.Request) {
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "u"}).SignedString(key)
	if err != nil {
		return
	}
	t, err := jwt.Parse(s, keyFunc)
	if err != nil {
		return
	}
	if _, err := verify(t.Raw); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// goodSignedState verifies OAuth state the server signed as a JWT.
func goodSignedState(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.URL.Query().Get("state"), keyFunc); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}

// goodSignedCursor decodes a paging cursor the server signed.
func goodSignedCursor(w http.ResponseWriter, r *http.Request) {
	if _, err := verify(r.URL.Query().Get("next_page_token")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}

// goodClaimFilter compares a claim of the header token with a query
// filter, which is no credential.
func goodClaimFilter(w http.ResponseWriter, r *http.Request) {
	var claims jwt.StandardClaims
	if _, err := jwt.ParseWithClaims(r.Header.Get("Authorization"), &claims, keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if r.URL.Query().Get("owner") != claims.Subject {
		w.WriteHeader(http.StatusForbidden)
	}
}
