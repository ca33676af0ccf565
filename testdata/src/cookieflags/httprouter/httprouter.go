// Package httprouter proves cookieflags in julienschmidt/httprouter
// handlers, which set net/http cookies: a session cookie without its
// flags is reported; one with all flags, a deleted one and a preference
// cookie are not.
package httprouter

import (
	"crypto/rand"
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func badLogin(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true}) // want `cookie "session" is set without Secure and SameSite`
}

func goodLogin(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func goodLogout(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func goodTheme(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: ps.ByName("theme")})
}

func routes(r *httprouter.Router) {
	r.POST("/login", badLogin)
	r.POST("/login2", goodLogin)
	r.POST("/logout", goodLogout)
	r.PUT("/theme/:theme", goodTheme)
}
