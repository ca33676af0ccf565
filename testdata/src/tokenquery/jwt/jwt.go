// Package jwt proves tokenquery's dataflow on JWT parsing: a query
// parameter or form value parsed as a JWT is reported whatever its name,
// also when a helper of the package parses it, and once only when its
// name already says it is a token; JWTs from headers, cookies and POST
// bodies, tokens minted here, and signed OAuth state or paging cursors
// are not.
package jwt

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var hmacKey = []byte("k")

func keyFunc(t *jwt.Token) (any, error) { return hmacKey, nil }

func badParse(w http.ResponseWriter, r *http.Request) {
	t, err := jwt.Parse(r.URL.Query().Get("t"), keyFunc) // want `query parameter "t" is used as a credential \(parsed as a JWT\); URLs end up in logs, history and Referer headers, so accept it from the Authorization header or a cookie \(CWE-598\)`
	if err != nil || !t.Valid {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func badParseWithClaims(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(r.FormValue("assertion"), &claims, keyFunc); err != nil { // want `form value "assertion", which may come from the URL query, is used as a credential \(parsed as a JWT\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func badParser(w http.ResponseWriter, r *http.Request) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	q := r.URL.Query()
	a := q.Get("a") // want `query parameter "a" is used as a credential \(parsed as a JWT\)`
	if _, err := p.Parse(a, keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// parseToken is a helper that parses its argument.
func parseToken(s string) (*jwt.Token, error) {
	return jwt.Parse(strings.TrimSpace(s), keyFunc)
}

func badHelper(w http.ResponseWriter, r *http.Request) {
	if _, err := parseToken(r.URL.Query().Get("p")); err != nil { // want `query parameter "p" is used as a credential \(parsed as a JWT in parseToken\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// badNamedAndParsed is reported once, for its name.
func badNamedAndParsed(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.URL.Query().Get("id_token"), keyFunc); err != nil { // want `ID token "id_token" is read from the URL query`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodHeader(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, err := jwt.Parse(raw, keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("jwt")
	if err != nil {
		return
	}
	if _, err := parseToken(c.Value); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodPostForm(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.PostFormValue("assertion"), keyFunc); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodMinted(w http.ResponseWriter, r *http.Request) {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "u"}).SignedString(hmacKey)
	if _, err := jwt.Parse(s, keyFunc); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// goodSignedState verifies OAuth state that the server signed as a JWT.
func goodSignedState(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.URL.Query().Get("state"), keyFunc); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}

// goodSignedCursor decodes a paging cursor the server signed.
func goodSignedCursor(w http.ResponseWriter, r *http.Request) {
	if _, err := parseToken(r.URL.Query().Get("page_token")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}
