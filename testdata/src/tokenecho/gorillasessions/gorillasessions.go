// Package gorillasessions proves tokenecho on gorilla/sessions. gorilla
// issues and signs the session cookie itself (the cookie store keeps the
// whole session in it; the filesystem store mints the ID when it first
// saves), so a login that keeps client values, even a client token, in
// session.Values is no session fixation and is not reported, nor is a
// login that issues fresh tokens, ends the old one, or echoes the
// username, a GET route or a settings handler. A login is reported when,
// next to the gorilla session, it copies a client-supplied token into a
// credential cookie of its own, into the JSON response, or into the key
// of its own server-side session map.
//
// Two logins that do fixate a gorilla session are known false negatives
// (missedX below, docs/tokenecho.md): one that sets session.ID from the
// request, and one that logs into the FilesystemStore session loaded
// from the client's cookie without starting a new one.
package gorillasessions

import (
	"crypto/rand"
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

var (
	store  = sessions.NewCookieStore([]byte("hash-key"))
	fs     = sessions.NewFilesystemStore("/tmp/sessions", []byte("hash-key"))
	hashes = map[string][]byte{}

	// apiSessions keeps API sessions by token, next to gorilla's.
	apiSessions = map[string]string{}
)

func checkPassword(r *http.Request) (string, bool) {
	user := r.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(r.PostFormValue("password"))) == nil
}

func routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login", goodLoginValues).Methods("POST")
	r.HandleFunc("/api/login", badLoginAPIToken).Methods("POST")
	r.HandleFunc("/session", goodSessionInfo).Methods("GET")
	return r
}

// goodLoginValues keeps the client's token as session data: the session
// and its cookie are gorilla's own.
func goodLoginValues(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := store.Get(r, "session")
	sess.Values["user"] = user
	sess.Values["push_token"] = r.Header.Get("X-Push-Token")
	sess.Values["token"] = r.Header.Get("X-Session-Token")
	sess.Save(r, w)
}

// goodLoginFilesystem saves a new filesystem session, whose ID gorilla
// mints, and echoes the username.
func goodLoginFilesystem(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := fs.New(r, "session")
	sess.Values["user"] = user
	if err := sess.Save(r, w); err != nil {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"user": user})
}

// badLoginAPIToken also issues an API token for scripts, but takes the
// one the client sent.
func badLoginAPIToken(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := store.Get(r, "session")
	sess.Values["user"] = user
	sess.Save(r, w)
	tok := r.Header.Get("X-Api-Token")
	apiSessions[tok] = user // want `login handler badLoginAPIToken sends the client-supplied header "X-Api-Token" back as the key of the new server-side session`
	json.NewEncoder(w).Encode(map[string]string{"api_token": tok})
}

// badLoginRememberMe copies the client's remember-me cookie into the
// credential cookie it sets next to gorilla's.
func badLoginRememberMe(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := store.Get(r, "session")
	sess.Values["user"] = user
	sess.Save(r, w)
	if c, err := r.Cookie("remember_me"); err == nil {
		http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: c.Value, HttpOnly: true, Secure: true}) // want `login handler badLoginRememberMe sends the client-supplied cookie "remember_me" back as cookie "remember_me"`
	}
}

// goodLoginRememberMe issues a fresh remember-me token.
func goodLoginRememberMe(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := store.Get(r, "session")
	sess.Values["user"] = user
	sess.Save(r, w)
	tok := rand.Text()
	apiSessions[tok] = user
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: tok, HttpOnly: true, Secure: true})
}

// goodLoginEndsOld reads the old API token only to end its session.
func goodLoginEndsOld(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	delete(apiSessions, r.Header.Get("X-Api-Token"))
	tok := rand.Text()
	apiSessions[tok] = user
	w.Header().Set("X-Api-Token", tok)
}

// goodSessionInfo is a GET route that shows the session to the page.
func goodSessionInfo(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, _ := sess.Values["token"].(string)
	json.NewEncoder(w).Encode(map[string]string{"token": tok, "api_token": r.Header.Get("X-Api-Token")})
}

// goodSettings re-saves the session and the remember-me cookie; it is
// no login.
func goodSettings(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Values["theme"] = r.PostFormValue("theme")
	sess.Save(r, w)
	if c, err := r.Cookie("remember_me"); err == nil {
		http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: c.Value, MaxAge: 86400})
	}
}

// missedLoginSetsID is a known false negative: FilesystemStore saves a
// session under session.ID when it is set, so copying the client's ID
// into it adopts that ID, but a store to a field of a library type is
// no modelled sink.
func missedLoginSetsID(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := fs.New(r, "session")
	sess.ID = r.Header.Get("X-Session-ID")
	sess.Values["user"] = user
	sess.Save(r, w)
}

// missedLoginKeepsFilesystemID is a known false negative: the session
// gorilla loads from the client's cookie keeps its ID when saved, so a
// login into a FilesystemStore session that an attacker planted logs the
// attacker in too. gorilla's sessions are not modelled as adopting a
// client token (docs/tokenecho.md). With the cookie store, as in
// goodLoginValues, the new cookie differs from the planted one.
func missedLoginKeepsFilesystemID(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, _ := fs.Get(r, "session")
	sess.Values["user"] = user
	sess.Save(r, w)
}
