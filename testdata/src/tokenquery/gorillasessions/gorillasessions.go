// Package gorillasessions proves tokenquery on gorilla/sessions. Clients
// that cannot send cookies (a WebSocket or an upload widget) are often
// given the session in the URL instead: a session ID read from the query
// and copied into the request's cookie before store.Get, one looked up in
// a map of the program's own sessions, and a signed session value from
// the query decoded with securecookie, are reported. Loading the session
// from its cookie with store.Get, a session name picked by tenant,
// the OAuth state and CSRF token that a handler compares with the values
// kept in the session, and flash messages are not.
package gorillasessions

import (
	"net/http"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

var (
	store = sessions.NewFilesystemStore("/var/sessions", []byte("hash-key"))

	// wsSessions keeps the sessions of WebSocket clients by ID.
	wsSessions = map[string]*sessions.Session{}
)

// badQueryCookie copies the session ID from the URL into the request's
// cookie so that store.Get finds it.
func badQueryCookie(w http.ResponseWriter, r *http.Request) {
	if sid := r.URL.Query().Get("sid"); sid != "" { // want `session ID "sid" is read from the URL query`
		r.AddCookie(&http.Cookie{Name: "session", Value: sid})
	}
	sess, err := store.Get(r, "session")
	if err != nil {
		return
	}
	w.Write([]byte(sess.Values["user"].(string)))
}

func badWebSocket(w http.ResponseWriter, r *http.Request) {
	sess, ok := wsSessions[r.URL.Query().Get("ws")] // want `query parameter "ws" is used as a credential \(looked up in wsSessions\)`
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte(sess.ID))
}

// badDecodeQuery verifies a signed session value sent in the URL, as
// FilesystemStore verifies its cookie.
func badDecodeQuery(w http.ResponseWriter, r *http.Request) {
	var id string
	if err := securecookie.DecodeMulti("session", r.URL.Query().Get("s"), &id, store.Codecs...); err != nil { // want `query parameter "s" is used as a credential \(passed to DecodeMulti\)`
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte(id))
}

func goodCookieSession(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "session")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	user, _ := sess.Values["user"].(string)
	w.Write([]byte(user))
}

// goodTenantSession picks the session's cookie name by tenant; the name
// is no credential.
func goodTenantSession(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "session_"+r.URL.Query().Get("tenant"))
	if err != nil {
		return
	}
	sess.Save(r, w)
}

// goodOAuthCallback compares the state parameter with the one kept in
// the session, as the OAuth redirect requires.
func goodOAuthCallback(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	q := r.URL.Query()
	if q.Get("state") != sess.Values["oauth_state"] {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	sess.Values["code"] = q.Get("code")
	sess.Save(r, w)
}

// goodCSRFLink checks a CSRF token in a GET link against the session's.
func goodCSRFLink(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	want, _ := sess.Values["csrf_token"].(string)
	if r.URL.Query().Get("csrf") != want {
		w.WriteHeader(http.StatusForbidden)
	}
}

func goodFlash(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.AddFlash(r.URL.Query().Get("msg"))
	sess.Save(r, w)
}

// keepSession adds the sessions the handlers look up.
func keepSession(id string, s *sessions.Session) { wsSessions[id] = s }
