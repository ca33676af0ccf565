// Package echo proves sessionrevoke on echo with JWT access tokens, a
// server-side map of refresh tokens and a denylist of revoked tokens.
// A login that adds a refresh token without revoking the user's others,
// and a logout that only deletes the cookie, are reported; adding the
// token to a denylist (sync.Map or map) or deleting the refresh token
// revokes, and a login that issues only a JWT stores nothing.
package echo

import (
	"crypto/rand"
	"net/http"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

var (
	key           = []byte("secret")
	hashes        = map[string][]byte{}
	refreshTokens = map[string]string{} // refresh token -> user
	revokedTokens sync.Map              // jti -> expiry, checked by the auth middleware
	denylist      = map[string]time.Time{}
)

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

func signAccess(user string) string {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user, "jti": rand.Text()}).SignedString(key)
	return s
}

func setAccess(c echo.Context, user string) {
	c.SetCookie(&http.Cookie{Name: "access_token", Value: signAccess(user), HttpOnly: true, Secure: true})
}

func multiLogin(c echo.Context) error {
	user := c.FormValue("user")
	if !checkPassword(user, c.FormValue("password")) {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	refresh := rand.Text()
	refreshTokens[refresh] = user
	setAccess(c, user)
	return c.JSON(http.StatusOK, map[string]string{"refresh_token": refresh})
}

func goodLoginRevokes(c echo.Context) error {
	user := c.FormValue("user")
	if !checkPassword(user, c.FormValue("password")) {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	for rt, u := range refreshTokens {
		if u == user {
			delete(refreshTokens, rt)
		}
	}
	refresh := rand.Text()
	refreshTokens[refresh] = user
	setAccess(c, user)
	return c.JSON(http.StatusOK, map[string]string{"refresh_token": refresh})
}

// goodLoginStateless issues only a short-lived JWT: nothing is stored.
func goodLoginStateless(c echo.Context) error {
	user := c.FormValue("user")
	if !checkPassword(user, c.FormValue("password")) {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	setAccess(c, user)
	return c.NoContent(http.StatusNoContent)
}

func badLogout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "access_token", MaxAge: -1}) // want `logout handler badLogout deletes cookie "access_token" but leaves its server-side session valid`
	return c.NoContent(http.StatusNoContent)
}

func goodLogoutSyncDenylist(c echo.Context) error {
	revokedTokens.Store(c.FormValue("jti"), time.Now().Add(time.Hour))
	c.SetCookie(&http.Cookie{Name: "access_token", MaxAge: -1})
	return c.NoContent(http.StatusNoContent)
}

func goodLogoutDenylist(c echo.Context) error {
	denylist[c.FormValue("jti")] = time.Now().Add(time.Hour)
	c.SetCookie(&http.Cookie{Name: "access_token", Expires: time.Unix(0, 0)})
	return c.NoContent(http.StatusNoContent)
}

func goodLogoutRefresh(c echo.Context) error {
	if rc, err := c.Cookie("refresh_token"); err == nil {
		delete(refreshTokens, rc.Value)
	}
	c.SetCookie(&http.Cookie{Name: "access_token", MaxAge: -1})
	c.SetCookie(&http.Cookie{Name: "refresh_token", MaxAge: -1})
	return c.NoContent(http.StatusNoContent)
}

// goodRefresh rotates a refresh token: the old one is deleted.
func goodRefresh(c echo.Context) error {
	old := c.FormValue("refresh_token")
	user, ok := refreshTokens[old]
	if !ok {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	delete(refreshTokens, old)
	next := rand.Text()
	refreshTokens[next] = user
	return c.JSON(http.StatusOK, map[string]string{"refresh_token": next})
}

func routes(e *echo.Echo) {
	e.POST("/token/refresh", goodRefresh)
}
