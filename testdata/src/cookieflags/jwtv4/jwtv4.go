// Package jwtv4 proves that cookieflags treats a JWT signed with
// golang-jwt/jwt/v4 as auth material whatever its cookie is called: a
// token from SignedString put in a net/http or gin cookie with a neutral
// name ("id", "at"), including one re-signed by a sliding-session
// middleware, must carry every flag. The same cookies with every flag,
// cookies holding a claim parsed from the token (the username), and
// deletions are not reported.
package jwtv4

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
)

var key = []byte("secret")

func keyFunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, jwt.ErrSignatureInvalid
	}
	return key, nil
}

// signFor returns a fresh token for user, valid for d.
func signFor(user string, d time.Duration) (string, error) {
	claims := jwt.StandardClaims{Subject: user, ExpiresAt: time.Now().Add(d).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func badNeutralName(w http.ResponseWriter, r *http.Request) {
	s, err := signFor(r.FormValue("user"), time.Hour)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "id", Value: s, Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "id" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

func badGin(c *gin.Context) {
	s, _ := jwt.New(jwt.SigningMethodHS256).SignedString(key)
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("at", s, 3600, "/", "", false, true) // want `cookie "at" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

// badSliding re-signs a valid token with a later expiry on every
// request: the new token is as much a credential as the first.
func badSliding(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("at"); err == nil {
			var claims jwt.StandardClaims
			if t, err := jwt.ParseWithClaims(c.Value, &claims, keyFunc); err == nil && t.Valid {
				claims.ExpiresAt = time.Now().Add(time.Hour).Unix()
				s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
				http.SetCookie(w, &http.Cookie{Name: "at", Value: s, HttpOnly: true, Secure: true}) // want `cookie "at" is set without SameSite`
			}
		}
		next.ServeHTTP(w, r)
	})
}

func goodNeutralNameAllFlags(w http.ResponseWriter, r *http.Request) {
	s, err := signFor(r.FormValue("user"), time.Hour)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "id", Value: s, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

func goodGin(c *gin.Context) {
	s, _ := jwt.New(jwt.SigningMethodHS256).SignedString(key)
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("at", s, 3600, "/", "", true, true)
}

func goodSliding(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("at"); err == nil {
			var claims jwt.StandardClaims
			if t, err := jwt.ParseWithClaims(c.Value, &claims, keyFunc); err == nil && t.Valid {
				claims.ExpiresAt = time.Now().Add(time.Hour).Unix()
				s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
				http.SetCookie(w, &http.Cookie{Name: "at", Value: s, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
			}
		}
		next.ServeHTTP(w, r)
	})
}

// goodUsernameCookie copies the username claim of the verified token
// into a cookie the page displays: no credential.
func goodUsernameCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("at")
	if err != nil {
		return
	}
	t, err := jwt.Parse(c.Value, keyFunc)
	if err != nil || !t.Valid {
		return
	}
	claims, _ := t.Claims.(jwt.MapClaims)
	name, _ := claims["username"].(string)
	http.SetCookie(w, &http.Cookie{Name: "username", Value: name})
	http.SetCookie(w, &http.Cookie{Name: "id", Value: name})
}

// goodGinClaim does the same on gin, from the subject claim.
func goodGinClaim(c *gin.Context) {
	raw, _ := c.Cookie("at")
	var claims jwt.StandardClaims
	if _, err := jwt.ParseWithClaims(raw, &claims, keyFunc); err != nil {
		return
	}
	c.SetCookie("id", claims.Subject, 3600, "/", "", false, false)
}

func goodDelete(c *gin.Context) {
	c.SetCookie("at", "", -1, "/", "", false, true)
}
