// Package jwtv5 proves that cookieflags treats a JWT signed with
// golang-jwt/jwt/v5 as auth material whatever its cookie is called: a
// token from SignedString, here or in a helper, put in a cookie with a
// neutral name ("id", "at") must carry every flag. The same cookies with
// every flag, cookies holding a claim parsed from the token (the user's
// name, the expiry), and deletions are not reported.
package jwtv5

import (
	"net/http"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("secret")

// sign returns a fresh access token for user.
func sign(user string) string {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Subject:   user,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
	})
	s, err := t.SignedString(key)
	if err != nil {
		return ""
	}
	return s
}

// parse returns the claims of a token it verifies.
func parse(s string) (*jwt.RegisteredClaims, bool) {
	var claims jwt.RegisteredClaims
	t, err := jwt.ParseWithClaims(s, &claims, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}))
	return &claims, err == nil && t.Valid
}

func badNeutralName(w http.ResponseWriter, r *http.Request) {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": r.FormValue("user")}).SignedString(key)
	http.SetCookie(w, &http.Cookie{Name: "id", Value: s}) // want `cookie "id" is set without HttpOnly, Secure and SameSite; scripts can read it, it is sent over plain HTTP and it is sent with cross-site requests \(CWE-1004, CWE-614, CWE-1275\)`
}

// badSignedInHelper signs the token in a helper.
func badSignedInHelper(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "at", Value: sign(r.FormValue("user")), HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `cookie "at" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodNeutralNameAllFlags(w http.ResponseWriter, r *http.Request) {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": r.FormValue("user")}).SignedString(key)
	http.SetCookie(w, &http.Cookie{Name: "id", Value: s, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func goodSignedInHelperAllFlags(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "at", Value: sign(r.FormValue("user"))}
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, c)
}

// goodClaimCookie shows the user's name to the page: a claim read from
// the verified token is no credential.
func goodClaimCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("at")
	if err != nil {
		return
	}
	claims, ok := parse(c.Value)
	if !ok {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "user", Value: claims.Subject})
	http.SetCookie(w, &http.Cookie{Name: "id", Value: claims.ID})
}

// goodExpiryCookie tells scripts when the token expires.
func goodExpiryCookie(w http.ResponseWriter, r *http.Request) {
	s := sign(r.FormValue("user"))
	http.SetCookie(w, &http.Cookie{Name: "at", Value: s, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	exp := strconv.FormatInt(time.Now().Add(15*time.Minute).Unix(), 10)
	http.SetCookie(w, &http.Cookie{Name: "token_expires_at", Value: exp})
}

func goodDeleteID(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "id", MaxAge: -1})
}
