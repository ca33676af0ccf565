// Package simplesessions proves cookieflags on the setCookie hook an app
// gives zerodha/simplesessions: a hook that rebuilds the session cookie
// with HttpOnly only is reported; a hook that sends the cookie the
// library built from Options.Cookie, and one that rebuilds it with every
// flag, are not.
package simplesessions

import (
	"net/http"

	"github.com/zerodha/simplesessions/v3"
)

func badHook(mgr *simplesessions.Manager) {
	mgr.SetCookieHooks(getCookie, func(ck *http.Cookie, w interface{}) error {
		http.SetCookie(w.(http.ResponseWriter), &http.Cookie{Name: "session", Value: ck.Value, HttpOnly: true}) // want `cookie "session" is set without Secure and SameSite`
		return nil
	})
}

func goodHookPassThrough(mgr *simplesessions.Manager) {
	mgr.SetCookieHooks(getCookie, func(ck *http.Cookie, w interface{}) error {
		http.SetCookie(w.(http.ResponseWriter), ck)
		return nil
	})
}

func goodHookRebuilt(mgr *simplesessions.Manager) {
	mgr.SetCookieHooks(getCookie, func(ck *http.Cookie, w interface{}) error {
		http.SetCookie(w.(http.ResponseWriter), &http.Cookie{Name: "session", Value: ck.Value, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
		return nil
	})
}

func getCookie(name string, r interface{}) (*http.Cookie, error) {
	return r.(*http.Request).Cookie(name)
}
