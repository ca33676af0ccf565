// Package scs proves tokenecho on scs: a login that loads the session of
// a token the client sent (scs.Load) and sends the committed token back
// without RenewToken adopts the client's session ID, and is reported, as
// is a login writing a client token with WriteSessionCookie; the same
// login with RenewToken, the usual LoadAndSave login, an echoed username
// and a non-login handler are not.
package scs

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
)

type app struct {
	sm     *scs.SessionManager
	hashes map[string][]byte
}

func (a *app) verify(r *http.Request) (string, bool) {
	user := r.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(a.hashes[user], []byte(r.PostFormValue("password"))) == nil
}

func (a *app) routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", a.badLoginHeaderSession)
	mux.HandleFunc("POST /login/renewed", a.goodLoginRenews)
	mux.Handle("POST /signin", a.sm.LoadAndSave(http.HandlerFunc(a.goodLoginMiddleware)))
	mux.HandleFunc("POST /profile", a.goodProfile)
}

// badLoginHeaderSession keeps the token in the X-Session header, as the
// scs documentation shows, but never renews it.
func (a *app) badLoginHeaderSession(w http.ResponseWriter, r *http.Request) {
	ctx, err := a.sm.Load(r.Context(), r.Header.Get("X-Session"))
	if err != nil {
		return
	}
	user, ok := a.verify(r)
	if !ok {
		return
	}
	a.sm.Put(ctx, "user", user)
	tok, _, err := a.sm.Commit(ctx)
	if err != nil {
		return
	}
	w.Header().Set("X-Session", tok) // want `login handler app.badLoginHeaderSession sends the client-supplied header "X-Session" back as response header "X-Session"`
}

func (a *app) badLoginWriteCookie(w http.ResponseWriter, r *http.Request) {
	if _, ok := a.verify(r); !ok {
		return
	}
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	a.sm.WriteSessionCookie(r.Context(), w, c.Value, time.Now().Add(time.Hour)) // want `login handler app.badLoginWriteCookie sends the client-supplied cookie "session" back as the cookie`
}

// goodLoginRenews is the same login, with a new token issued.
func (a *app) goodLoginRenews(w http.ResponseWriter, r *http.Request) {
	ctx, err := a.sm.Load(r.Context(), r.Header.Get("X-Session"))
	if err != nil {
		return
	}
	user, ok := a.verify(r)
	if !ok {
		return
	}
	if err := a.sm.RenewToken(ctx); err != nil {
		return
	}
	a.sm.Put(ctx, "user", user)
	tok, _, err := a.sm.Commit(ctx)
	if err != nil {
		return
	}
	w.Header().Set("X-Session", tok)
}

// goodLoginMiddleware runs inside LoadAndSave, which sets the cookie.
func (a *app) goodLoginMiddleware(w http.ResponseWriter, r *http.Request) {
	user, ok := a.verify(r)
	if !ok {
		return
	}
	if err := a.sm.RenewToken(r.Context()); err != nil {
		return
	}
	a.sm.Put(r.Context(), "user", user)
	json.NewEncoder(w).Encode(map[string]string{"user": user})
}

// goodProfile sends the session token back, but logs nobody in.
func (a *app) goodProfile(w http.ResponseWriter, r *http.Request) {
	ctx, err := a.sm.Load(r.Context(), r.Header.Get("X-Session"))
	if err != nil {
		return
	}
	a.sm.Put(ctx, "theme", r.PostFormValue("theme"))
	tok, _, _ := a.sm.Commit(ctx)
	w.Header().Set("X-Session", tok)
}
