// Package jwtv5 proves tokenecho on golang-jwt/jwt/v5, with echo and
// net/http: a login that receives an existing JWT (a bearer header, an
// ID token posted in the form, a cookie) and returns it unchanged as the
// session token is reported, also as the Raw form of the token a
// jwt.Parser verified; a login that exchanges the client's token for a
// new one signed with SignedString (directly or in a helper), a refresh
// endpoint that returns the refresh token it was given (refresh tokens
// are documented as not reported), a GET route, a logout and an echoed
// subject claim are not.
package jwtv5

import (
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

var key = []byte("signing-key")

func keyFunc(t *jwt.Token) (any, error) { return key, nil }

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))

// checkPassword verifies a user's password.
func checkPassword(user, pw string) bool { return user != "" && pw != "" }

// issue signs a new session token for sub.
func issue(sub string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func register(e *echo.Echo) {
	e.POST("/login", badLoginBearer)
	e.POST("/login/google", func(c echo.Context) error {
		// a sign-in with an ID token minted by another issuer, kept as
		// this site's session
		idToken := c.FormValue("id_token")
		var claims jwt.RegisteredClaims
		if _, err := jwt.ParseWithClaims(idToken, &claims, keyFunc); err != nil {
			return echo.ErrUnauthorized
		}
		c.SetCookie(&http.Cookie{Name: "session", Value: idToken, HttpOnly: true, Secure: true}) // want `login handler for "/login/google" sends the client-supplied form "id_token" back as cookie "session"`
		return nil
	})
	e.POST("/auth/exchange", goodLoginExchange)
	e.POST("/auth/refresh", goodRefresh)
	e.GET("/session", func(c echo.Context) error {
		ck, err := c.Cookie("session")
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"token": ck.Value})
	})
	e.POST("/logout", func(c echo.Context) error {
		ck, _ := c.Cookie("session")
		c.SetCookie(&http.Cookie{Name: "session", Value: ck.Value, MaxAge: -1})
		return nil
	})
}

func badLoginBearer(c echo.Context) error {
	if !checkPassword(c.FormValue("user"), c.FormValue("password")) {
		return echo.ErrUnauthorized
	}
	raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
	return c.JSON(http.StatusOK, map[string]string{"access_token": raw}) // want `login handler badLoginBearer sends the client-supplied header "Authorization" back as the JSON response`
}

// badLoginParsedRaw verifies the cookie's token with a parser pinned to
// HS256 and returns it: a valid token is still the client's.
func badLoginParsedRaw(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.PostFormValue("user"), r.PostFormValue("password")) {
		return
	}
	ck, err := r.Cookie("access_token")
	if err != nil {
		return
	}
	t, err := parser.Parse(ck.Value, keyFunc)
	if err != nil {
		return
	}
	w.Header().Set("Authorization", "Bearer "+t.Raw) // want `login handler badLoginParsedRaw sends the client-supplied cookie "access_token" back as response header "Authorization"`
}

// goodLoginExchange verifies the client's ID token and issues a session
// token of its own for the same subject.
func goodLoginExchange(c echo.Context) error {
	var claims jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(c.FormValue("id_token"), &claims, keyFunc); err != nil {
		return echo.ErrUnauthorized
	}
	tok, err := issue(claims.Subject)
	if err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
	return c.JSON(http.StatusOK, map[string]string{"sub": claims.Subject})
}

func goodLoginSigned(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	if !checkPassword(user, r.PostFormValue("password")) {
		return
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(key)
	if err != nil {
		return
	}
	w.Header().Set("Authorization", "Bearer "+tok)
}

// goodLoginParsedClaims reads the subject of the client's old token,
// then signs a new one.
func goodLoginParsedClaims(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.PostFormValue("user"), r.PostFormValue("password")) {
		return
	}
	t, err := parser.Parse(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), keyFunc)
	if err != nil {
		return
	}
	sub, _ := t.Claims.GetSubject()
	tok, err := issue(sub)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: tok, HttpOnly: true, Secure: true})
}

// goodRefresh returns the refresh token it was given with a new access
// token: refresh tokens are not reported.
func goodRefresh(c echo.Context) error {
	ck, err := c.Cookie("refresh_token")
	if err != nil {
		return echo.ErrUnauthorized
	}
	t, err := parser.Parse(ck.Value, keyFunc)
	if err != nil {
		return echo.ErrUnauthorized
	}
	sub, _ := t.Claims.GetSubject()
	tok, err := issue(sub)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"access_token": tok, "refresh_token": t.Raw})
}
