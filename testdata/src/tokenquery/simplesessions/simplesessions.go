// Package simplesessions proves tokenquery on the cookie hooks an app
// gives zerodha/simplesessions: a getCookie hook that takes the session
// ID from the URL query is reported; ones that read the cookie or a
// header are not.
package simplesessions

import (
	"net/http"

	"github.com/zerodha/simplesessions/v3"
)

func badHooks(mgr *simplesessions.Manager) {
	mgr.SetCookieHooks(func(name string, r interface{}) (*http.Cookie, error) {
		req := r.(*http.Request)
		return &http.Cookie{Name: name, Value: req.URL.Query().Get("session")}, nil // want `session ID "session" is read from the URL query`
	}, setCookie)
}

func goodHooks(mgr *simplesessions.Manager) {
	mgr.SetCookieHooks(func(name string, r interface{}) (*http.Cookie, error) {
		return r.(*http.Request).Cookie(name)
	}, setCookie)
}

// goodHeaderHooks takes the session ID from a header, for API clients.
func goodHeaderHooks(mgr *simplesessions.Manager) {
	mgr.SetCookieHooks(func(name string, r interface{}) (*http.Cookie, error) {
		return &http.Cookie{Name: name, Value: r.(*http.Request).Header.Get("X-Session-ID")}, nil
	}, setCookie)
}

func setCookie(ck *http.Cookie, w interface{}) error {
	http.SetCookie(w.(http.ResponseWriter), ck)
	return nil
}
