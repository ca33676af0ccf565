// Package gorillamux proves sessionrevoke on gorilla/mux routes whose
// sessions live in a store type of the program's own (a map field of
// sessionStore, behind methods): a login, in a method or in a closure,
// that adds a session without revoking the user's others, a password
// change that revokes nothing, and a logout that only deletes the cookie
// are reported. Logins and password changes that revoke first (all of
// the user's sessions, or all but the current one), a GET login page
// that starts an anonymous session, an admin's account listing, and
// logouts that delete the entry or only a non-session cookie are not.
package gorillamux

import (
	"crypto/rand"
	"net/http"
	"sync"

	"github.com/gorilla/mux"
	"golang.org/x/crypto/bcrypt"
)

type session struct {
	user string
}

// sessionStore keeps sessions by token.
type sessionStore struct {
	mu sync.Mutex
	m  map[string]session
}

// create adds a session for user and returns its token.
func (s *sessionStore) create(user string) string {
	tok := rand.Text()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[tok] = session{user: user}
	return tok
}

// lookup returns the session of tok.
func (s *sessionStore) lookup(tok string) (session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.m[tok]
	return sess, ok
}

// remove deletes the session of tok.
func (s *sessionStore) remove(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, tok)
}

// revokeUser deletes every session of user except keep.
func (s *sessionStore) revokeUser(user, keep string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, sess := range s.m {
		if sess.user == user && tok != keep {
			delete(s.m, tok)
		}
	}
}

type app struct {
	sessions *sessionStore
	hashes   map[string][]byte // user -> password hash
}

func (a *app) routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login", a.loginPage).Methods(http.MethodGet)
	r.HandleFunc("/login", a.multiLogin).Methods(http.MethodPost)
	r.HandleFunc("/v2/login", a.goodLogin).Methods(http.MethodPost)
	r.HandleFunc("/account/password", a.badChangePassword).Methods(http.MethodPost)
	r.HandleFunc("/v2/account/password", a.goodChangePassword).Methods(http.MethodPost)
	r.HandleFunc("/logout", a.badLogout).Methods(http.MethodPost)
	r.HandleFunc("/v2/logout", a.goodLogout).Methods(http.MethodPost)
	r.HandleFunc("/logout/everywhere", a.goodLogoutEverywhere).Methods(http.MethodPost)
	r.HandleFunc("/logout/banner", a.goodLogoutBanner).Methods(http.MethodPost)

	auth := r.PathPrefix("/auth").Subrouter()
	auth.HandleFunc("/signin", func(w http.ResponseWriter, r *http.Request) {
		user := r.FormValue("user")
		if !a.checkPassword(user, r.FormValue("password")) {
			return
		}
		a.setSession(w, a.sessions.create(user))
	}).Methods(http.MethodPost)
	auth.HandleFunc("/v2/signin", func(w http.ResponseWriter, r *http.Request) {
		user := r.FormValue("user")
		if !a.checkPassword(user, r.FormValue("password")) {
			return
		}
		a.sessions.revokeUser(user, "")
		a.setSession(w, a.sessions.create(user))
	}).Methods(http.MethodPost)

	admin := r.PathPrefix("/admin").Subrouter()
	admin.HandleFunc("/users/{user}/sessions", a.goodListSessions).Methods(http.MethodGet)
	return r
}

func (a *app) checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(a.hashes[user], []byte(pw)) == nil
}

func (a *app) setSession(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: tok, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// current returns the caller's session token and session.
func (a *app) current(r *http.Request) (string, session, bool) {
	c, err := r.Cookie("sid")
	if err != nil {
		return "", session{}, false
	}
	sess, ok := a.sessions.lookup(c.Value)
	return c.Value, sess, ok
}

// loginPage serves the login form under an anonymous session that
// carries its CSRF token; a GET route logs no one in.
func (a *app) loginPage(w http.ResponseWriter, r *http.Request) {
	a.setSession(w, a.sessions.create(""))
	w.Write([]byte("<form method=post>...</form>"))
}

func (a *app) multiLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !a.checkPassword(user, r.FormValue("password")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	tok := a.sessions.create(user)
	a.setSession(w, tok)
}

func (a *app) goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !a.checkPassword(user, r.FormValue("password")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	a.sessions.revokeUser(user, "")
	a.setSession(w, a.sessions.create(user))
}

func (a *app) badChangePassword(w http.ResponseWriter, r *http.Request) { // want `password change handler app.badChangePassword does not revoke the user's existing sessions; a stolen session stays valid after the password is changed \(CWE-613\)`
	_, sess, ok := a.current(r)
	if !ok || !a.checkPassword(sess.user, r.FormValue("old")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	a.hashes[sess.user] = h
}

// goodChangePassword keeps the current browser signed in and revokes
// every other session of the user.
func (a *app) goodChangePassword(w http.ResponseWriter, r *http.Request) {
	tok, sess, ok := a.current(r)
	if !ok || !a.checkPassword(sess.user, r.FormValue("old")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	a.hashes[sess.user] = h
	a.sessions.revokeUser(sess.user, tok)
}

func (a *app) badLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Path: "/", MaxAge: -1}) // want `logout handler app.badLogout deletes cookie "sid" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) goodLogout(w http.ResponseWriter, r *http.Request) {
	if tok, _, ok := a.current(r); ok {
		a.sessions.remove(tok)
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) goodLogoutEverywhere(w http.ResponseWriter, r *http.Request) {
	if _, sess, ok := a.current(r); ok {
		a.sessions.revokeUser(sess.user, "")
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
}

// goodLogoutBanner hides the "you have been logged out" banner: the
// cookie it deletes carries no session.
func (a *app) goodLogoutBanner(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "flash", MaxAge: -1})
}

// goodListSessions shows an admin a user's sessions; it changes nothing.
func (a *app) goodListSessions(w http.ResponseWriter, r *http.Request) {
	user := mux.Vars(r)["user"]
	n := 0
	a.sessions.mu.Lock()
	for _, sess := range a.sessions.m {
		if sess.user == user {
			n++
		}
	}
	a.sessions.mu.Unlock()
	w.Write([]byte{byte(n)})
}
