// Package chi proves tokenecho on chi: login handlers registered as
// method values and closures, in groups and sub-routers, that send a
// client-supplied token (a path parameter, a header, a cookie) back in a
// cookie or the Authorization header, or adopt it as a session key
// through a method of a store, are reported, also when the handler is a
// login only by its route; fresh tokens from crypto/rand.Read, a login
// that reads the old cookie only to delete its session, a CSRF token
// echo, an echoed username, a refresh endpoint and GET routes (also
// through chi's Method) are not.
package chi

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/go-chi/chi/v5"
	"golang.org/x/crypto/bcrypt"
)

// sessionStore keeps sessions by ID.
type sessionStore struct {
	sessions map[string]string
}

// create adds a session entry keyed by id.
func (s *sessionStore) create(id, user string) {
	s.sessions[id] = user
}

// remove ends a session.
func (s *sessionStore) remove(id string) {
	delete(s.sessions, id)
}

type app struct {
	store *sessionStore
	hash  []byte
}

func (a *app) authenticate(r *http.Request) (string, bool) {
	user := r.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(a.hash, []byte(r.PostFormValue("password"))) == nil
}

func newToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func (a *app) routes() http.Handler {
	r := chi.NewRouter()
	r.Route("/auth", func(r chi.Router) {
		r.Post("/login/{token}", func(w http.ResponseWriter, r *http.Request) {
			// a magic link: the emailed token must not become the session
			http.SetCookie(w, &http.Cookie{Name: "session", Value: chi.URLParam(r, "token"), HttpOnly: true}) // want `login handler for "/login/\{token\}" sends the client-supplied path "token" back as cookie "session"`
		})
		r.Post("/signin", a.badSignIn)
		r.Post("/login", a.goodLoginRotates)
		r.Post("/sessions", a.badCreateSession)
		r.Post("/token/refresh", a.goodRefresh)
		r.Get("/session", func(w http.ResponseWriter, r *http.Request) {
			c, err := r.Cookie("session")
			if err != nil {
				return
			}
			w.Header().Set("Authorization", "Bearer "+c.Value)
		})
		r.Method(http.MethodGet, "/token", http.HandlerFunc(a.currentToken))
	})
	return r
}

func (a *app) badSignIn(w http.ResponseWriter, r *http.Request) {
	user, ok := a.authenticate(r)
	if !ok {
		return
	}
	tok := r.Header.Get("X-Auth-Token")
	a.store.create(tok, user) // want `login handler app.badSignIn sends the client-supplied header "X-Auth-Token" back as the key of the new server-side session`
	w.Header().Set("Authorization", tok)
}

func (a *app) badLoginCookieToHeader(w http.ResponseWriter, r *http.Request) {
	if _, ok := a.authenticate(r); !ok {
		return
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	w.Header().Set("X-Session-Token", c.Value) // want `sends the client-supplied cookie "sid" back as response header "X-Session-Token"`
}

// goodLoginRotates reads the old cookie only to end its session.
func (a *app) goodLoginRotates(w http.ResponseWriter, r *http.Request) {
	user, ok := a.authenticate(r)
	if !ok {
		return
	}
	if old, err := r.Cookie("session"); err == nil {
		a.store.remove(old.Value)
	}
	tok := newToken()
	a.store.create(tok, user)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}

func (a *app) goodLoginCSRF(w http.ResponseWriter, r *http.Request) {
	if _, ok := a.authenticate(r); !ok {
		return
	}
	w.Header().Set("X-CSRF-Token", r.Header.Get("X-CSRF-Token"))
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: r.Header.Get("X-CSRF-Token")})
	http.SetCookie(w, &http.Cookie{Name: "session", Value: newToken(), HttpOnly: true, Secure: true})
}

// currentToken is registered with chi's Method for GET: not a login.
func (a *app) currentToken(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(r.Header.Get("Authorization")))
}

// badCreateSession is a login only by the route it is registered at, as
// a method value: it checks no password.
func (a *app) badCreateSession(w http.ResponseWriter, r *http.Request) {
	tok := r.FormValue("remember_me")
	a.store.create(tok, r.FormValue("user")) // want `login handler app.badCreateSession sends the client-supplied form "remember_me" back as the key of the new server-side session`
}

// goodRefresh returns the refresh token it was given with a new access
// token; refresh tokens are documented as not reported.
func (a *app) goodRefresh(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("refresh_token")
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "refresh_token", Value: c.Value, HttpOnly: true, Secure: true})
	w.Header().Set("Authorization", "Bearer "+newToken())
}

func (a *app) goodLoginEchoesUser(w http.ResponseWriter, r *http.Request) {
	user, ok := a.authenticate(r)
	if !ok {
		return
	}
	w.Header().Set("X-User", user)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: newToken(), HttpOnly: true, Secure: true})
}
