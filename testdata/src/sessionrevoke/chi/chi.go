// Package chi proves sessionrevoke on chi routes whose sessions live
// behind interfaces, whose bodies authvet cannot see: calls are judged
// by their names (CreateSession, DeleteUserSessions, RevokeAll) and by
// the receiver's type (TokenStore.Set). Logins and a password reset
// that add sessions without revoking are reported; those that call a
// revoking method, an admin impersonation handler and a signup that
// creates a user are not.
package chi

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	"golang.org/x/crypto/bcrypt"
)

// SessionRepo keeps sessions in a database.
type SessionRepo interface {
	CreateSession(ctx context.Context, userID string) (string, error)
	DeleteUserSessions(ctx context.Context, userID string) error
}

// TokenStore keeps API tokens.
type TokenStore interface {
	Set(token, userID string) error
	RevokeAll(userID string) error
}

// UserRepo keeps users; it holds no sessions.
type UserRepo interface {
	Create(name string, hash []byte) (string, error)
	Hash(name string) []byte
	SetPassword(userID string, hash []byte) error
}

type handler struct {
	sessions SessionRepo
	tokens   TokenStore
	users    UserRepo
}

func (h *handler) routes(r chi.Router) {
	r.Post("/login", h.multiLogin)
	r.Post("/v2/login", h.goodLogin)
	r.Post("/api/login", h.multiAPILogin)
	r.Post("/api/v2/login", h.goodAPILogin)
	r.Post("/signup", h.goodSignup)
	r.Post("/password/reset", h.badResetPassword)
	r.Post("/v2/password/reset", h.goodResetPassword)
	r.Post("/admin/impersonate", h.goodImpersonate)
}

func (h *handler) setCookie(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
}

func (h *handler) multiLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(h.users.Hash(user), []byte(r.FormValue("password"))) != nil {
		return
	}
	sid, _ := h.sessions.CreateSession(r.Context(), user)
	h.setCookie(w, sid)
}

func (h *handler) goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(h.users.Hash(user), []byte(r.FormValue("password"))) != nil {
		return
	}
	if err := h.sessions.DeleteUserSessions(r.Context(), user); err != nil {
		return
	}
	sid, _ := h.sessions.CreateSession(r.Context(), user)
	h.setCookie(w, sid)
}

func (h *handler) multiAPILogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(h.users.Hash(user), []byte(r.FormValue("password"))) != nil {
		return
	}
	tok := r.FormValue("device") + ":" + user
	h.tokens.Set(tok, user)
	w.Write([]byte(tok))
}

func (h *handler) goodAPILogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(h.users.Hash(user), []byte(r.FormValue("password"))) != nil {
		return
	}
	h.tokens.RevokeAll(user)
	h.tokens.Set(r.FormValue("device")+":"+user, user)
}

// goodSignup creates a user, not a session: UserRepo is not a session
// store, though Create is a store verb.
func (h *handler) goodSignup(w http.ResponseWriter, r *http.Request) {
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	h.users.Create(r.FormValue("user"), hash)
}

func (h *handler) badResetPassword(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	h.users.SetPassword(user, hash)
	sid, _ := h.sessions.CreateSession(r.Context(), user) // want `password change handler handler.badResetPassword does not revoke the user's existing sessions`
	h.setCookie(w, sid)
}

func (h *handler) goodResetPassword(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	h.users.SetPassword(user, hash)
	h.sessions.DeleteUserSessions(r.Context(), user)
}

// goodImpersonate starts a session as another user for an admin; it is
// not a login, and must leave the target's own sessions alone.
func (h *handler) goodImpersonate(w http.ResponseWriter, r *http.Request) {
	sid, _ := h.sessions.CreateSession(r.Context(), chi.URLParam(r, "user"))
	h.setCookie(w, sid)
}
