// Package simplesessions proves tokenquery on the cookie hooks an app
// gives zerodha/simplesessions: a getCookie hook that takes the session
// ID from the URL query is reported; one that reads the cookie is not.
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

func setCookie(ck *http.Cookie, w interface{}) error {
	http.SetCookie(w.(http.ResponseWriter), ck)
	return nil
}
