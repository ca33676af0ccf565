// Package jwtv5 proves sessionrevoke on net/http with golang-jwt/jwt/v5
// access tokens and refresh tokens whose IDs (jti) are kept server-side
// in a sync.Map, next to a sync.Map denylist of revoked access tokens.
// A login or refresh that stores a refresh token without revoking the
// old ones, a password change that leaves them valid, and a logout that
// only deletes the cookie are reported. Revoking inside a Range
// callback, rotating with LoadAndDelete, a login that issues only a
// stateless access token, and logouts that delete the refresh token or
// add the access token to the denylist are not.
package jwtv5

import (
	"crypto/rand"
	"net/http"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

var (
	key           = []byte("secret")
	hashes        = map[string][]byte{}
	refreshTokens sync.Map // refresh token ID -> user
	blockedTokens sync.Map // access token ID -> expiry, checked by the auth middleware
)

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /token/refresh", goodRefreshRotates)
	mux.HandleFunc("POST /v2/token/refresh", badRefreshKeepsOld)
}

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

// sign returns a token for user with a fresh ID, valid for d.
func sign(user string, d time.Duration) (tok, id string) {
	id = rand.Text()
	tok, _ = jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Subject:   user,
		ID:        id,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(d)),
	}).SignedString(key)
	return tok, id
}

// verify returns the claims of a valid token.
func verify(tok string) (*jwt.RegisteredClaims, bool) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(tok, &claims, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}))
	return &claims, err == nil
}

func setTokens(w http.ResponseWriter, access, refresh string) {
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: access, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "refresh_token", Value: refresh, Path: "/token", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

// revokeRefreshTokens deletes every refresh token of user.
func revokeRefreshTokens(user string) {
	refreshTokens.Range(func(id, u any) bool {
		if u == user {
			refreshTokens.Delete(id)
		}
		return true
	})
}

func multiLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	access, _ := sign(user, 15*time.Minute)
	refresh, id := sign(user, 30*24*time.Hour)
	refreshTokens.Store(id, user)
	setTokens(w, access, refresh)
}

func goodLoginRevokes(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	revokeRefreshTokens(user)
	access, _ := sign(user, 15*time.Minute)
	refresh, id := sign(user, 30*24*time.Hour)
	refreshTokens.Store(id, user)
	setTokens(w, access, refresh)
}

// goodLoginStateless issues only a short-lived access token: nothing is
// kept on the server.
func goodLoginStateless(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	access, _ := sign(user, 5*time.Minute)
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: access, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// goodRefreshRotates trades a refresh token for a new one: the old one
// is taken out of the store.
func goodRefreshRotates(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("refresh_token")
	if err != nil {
		return
	}
	claims, ok := verify(c.Value)
	if !ok {
		return
	}
	if _, ok := refreshTokens.LoadAndDelete(claims.ID); !ok {
		http.Error(w, "revoked", http.StatusUnauthorized)
		return
	}
	access, _ := sign(claims.Subject, 15*time.Minute)
	refresh, id := sign(claims.Subject, 30*24*time.Hour)
	refreshTokens.Store(id, claims.Subject)
	setTokens(w, access, refresh)
}

// badRefreshKeepsOld issues a new refresh token and leaves the one it
// was given valid: a stolen refresh token is never retired.
func badRefreshKeepsOld(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("refresh_token")
	if err != nil {
		return
	}
	claims, ok := verify(c.Value)
	if !ok {
		return
	}
	if _, ok := refreshTokens.Load(claims.ID); !ok {
		http.Error(w, "revoked", http.StatusUnauthorized)
		return
	}
	access, _ := sign(claims.Subject, 15*time.Minute)
	refresh, id := sign(claims.Subject, 30*24*time.Hour)
	refreshTokens.Store(id, claims.Subject) // want `login handler badRefreshKeepsOld stores a new session but leaves the one the request came with \(cookie "refresh_token"\) valid; delete it from the store \(CWE-613\)`
	setTokens(w, access, refresh)
}

func badChangePassword(w http.ResponseWriter, r *http.Request) { // want `password change handler badChangePassword does not revoke the user's existing sessions`
	claims, ok := currentClaims(r)
	if !ok {
		return
	}
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[claims.Subject] = h
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	claims, ok := currentClaims(r)
	if !ok {
		return
	}
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[claims.Subject] = h
	revokeRefreshTokens(claims.Subject)
}

func currentClaims(r *http.Request) (*jwt.RegisteredClaims, bool) {
	c, err := r.Cookie("access_token")
	if err != nil {
		return nil, false
	}
	return verify(c.Value)
}

func badLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "refresh_token", Path: "/token", MaxAge: -1}) // want `logout handler badLogout deletes cookie "refresh_token" but leaves its server-side session valid`
}

func goodLogoutDeletesRefresh(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("refresh_token"); err == nil {
		if claims, ok := verify(c.Value); ok {
			refreshTokens.Delete(claims.ID)
		}
	}
	http.SetCookie(w, &http.Cookie{Name: "refresh_token", Path: "/token", MaxAge: -1})
}

// goodLogoutDenylist adds the access token to the denylist until it
// expires.
func goodLogoutDenylist(w http.ResponseWriter, r *http.Request) {
	if claims, ok := currentClaims(r); ok {
		blockedTokens.Store(claims.ID, claims.ExpiresAt.Time)
	}
	http.SetCookie(w, &http.Cookie{Name: "access_token", Expires: time.Unix(0, 0)})
}
