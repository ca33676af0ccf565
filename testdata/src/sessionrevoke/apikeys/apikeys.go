// Package apikeys proves sessionrevoke on API keys kept in a database
// behind an interface, as coder keeps them: a logout that deletes the
// request's own key by a method named for it (DeleteAPIKeyByID,
// RevokeToken), given the key a middleware put in the request's context,
// ends the server-side session and is not reported, on net/http, gin and
// echo; so does a login that revokes the session the request came with.
// A logout that only looks the key up, or deletes a key that is not the
// request's, and a login that only looks the old session up, are
// reported.
package apikeys

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

// APIKey is a stored key; its ID is the public half of the token.
type APIKey struct {
	ID     string
	UserID string
}

// Store is the database, implemented elsewhere.
type Store interface {
	InsertAPIKey(ctx context.Context, key APIKey) error
	GetAPIKeyByID(ctx context.Context, id string) (APIKey, error)
	DeleteAPIKeyByID(ctx context.Context, id string) error
	RevokeToken(ctx context.Context, id string) error
}

type API struct{ DB Store }

type keyCtx struct{}

var (
	bootstrapKeyID = "bootstrap"
	sessions       = map[string]string{} // browser session token -> user
)

// apiKey returns the key the authentication middleware stored.
func apiKey(r *http.Request) APIKey {
	return r.Context().Value(keyCtx{}).(APIKey)
}

// checkPassword verifies user's password.
func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(user), []byte(pw)) == nil
}

// issue stores a new browser session for user.
func issue(user string) {
	b := make([]byte, 16)
	rand.Read(b)
	sessions[hex.EncodeToString(b)] = user
}

func (api *API) goodLoginRevokesOld(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	if old, err := r.Cookie("session_token"); err == nil {
		api.DB.DeleteAPIKeyByID(r.Context(), old.Value)
	}
	issue(r.FormValue("user"))
}

func (api *API) badLoginKeepsOld(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	if old, err := r.Cookie("session_token"); err == nil {
		api.DB.GetAPIKeyByID(r.Context(), old.Value)
	}
	issue(r.FormValue("user")) // want `login handler API.badLoginKeepsOld stores a new session but leaves the one the request came with \(cookie "session_token"\) valid`
}

func (api *API) goodLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", MaxAge: -1})
	key := apiKey(r)
	if err := api.DB.DeleteAPIKeyByID(r.Context(), key.ID); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

func (api *API) badLogoutLooksUp(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", MaxAge: -1}) // want `logout handler API.badLogoutLooksUp deletes cookie "session_token" but leaves its server-side session valid`
	key, _ := api.DB.GetAPIKeyByID(r.Context(), apiKey(r).ID)
	_ = key
}

func (api *API) badLogoutOtherKey(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", MaxAge: -1}) // want `logout handler API.badLogoutOtherKey deletes cookie "session_token" but leaves its server-side session valid`
	api.DB.DeleteAPIKeyByID(r.Context(), bootstrapKeyID)
}

func (api *API) goodGinLogout(c *gin.Context) {
	c.SetCookie("session_token", "", -1, "/", "", true, true)
	api.DB.RevokeToken(c.Request.Context(), c.GetString("key_id"))
}

func (api *API) badGinLogout(c *gin.Context) {
	c.SetCookie("session_token", "", -1, "/", "", true, true) // want `logout handler API.badGinLogout deletes cookie "session_token" but leaves its server-side session valid`
}

func (api *API) goodEchoLogout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session_token", MaxAge: -1})
	return api.DB.DeleteAPIKeyByID(c.Request().Context(), c.Get("key").(APIKey).ID)
}

func (api *API) badEchoLogout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session_token", MaxAge: -1}) // want `logout handler API.badEchoLogout deletes cookie "session_token" but leaves its server-side session valid`
	_, err := api.DB.GetAPIKeyByID(c.Request().Context(), c.Get("key").(APIKey).ID)
	return err
}
