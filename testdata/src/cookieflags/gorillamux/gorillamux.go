// Package gorillamux proves cookieflags on gorilla/mux routes, which are
// net/http handlers: cookies set in functions and closures registered
// with HandleFunc, Handle and Route.HandlerFunc, and in middleware passed
// to Router.Use, are checked like any http.SetCookie. Hardened cookies,
// deletions, and cookies holding path variables rather than credentials
// are not reported.
package gorillamux

import (
	"crypto/rand"
	"net/http"

	"github.com/google/uuid"
	"github.com/gorilla/mux"
)

func routes() *mux.Router {
	r := mux.NewRouter()
	r.Use(badRememberMiddleware, goodRememberMiddleware)
	r.HandleFunc("/login", badLogin).Methods(http.MethodPost)
	r.HandleFunc("/v2/login", goodLogin).Methods(http.MethodPost)
	r.Handle("/logout", http.HandlerFunc(goodLogout)).Methods(http.MethodPost)

	// badClosureLogin sets a session ID with SameSite left at the
	// browser's default.
	r.HandleFunc("/signin", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session_id", Value: uuid.NewString(), HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode}) // want `cookie "session_id" is set without SameSite; it is sent with cross-site requests \(CWE-1275\)`
	}).Methods(http.MethodPost)

	// goodClosureLogin hardens the same cookie.
	r.HandleFunc("/v2/signin", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session_id", Value: uuid.NewString(), HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	}).Methods(http.MethodPost)

	api := r.PathPrefix("/api").Subrouter()
	// goodPathVar remembers the selected tenant, a path variable.
	api.NewRoute().Path("/tenants/{tenant}").HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "tenant", Value: mux.Vars(r)["tenant"]})
	})
	// goodCSRFCookie sends a CSRF token that scripts must read.
	api.NewRoute().Path("/csrf").HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: rand.Text(), Secure: true, SameSite: http.SameSiteStrictMode})
	})
	return r
}

// badRememberMiddleware refreshes a remember-me cookie on every request
// without Secure.
func badRememberMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("remember_me"); err == nil {
			http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: c.Value, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `cookie "remember_me" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
		}
		next.ServeHTTP(w, r)
	})
}

// goodRememberMiddleware does the same with every flag set.
func goodRememberMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("remember_me"); err == nil {
			http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: c.Value, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
		}
		next.ServeHTTP(w, r)
	})
}

func badLogin(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "token", Value: rand.Text()}) // want `cookie "token" is set without HttpOnly, Secure and SameSite`
}

func goodLogin(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{Name: "token", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	http.SetCookie(w, &c)
}

func goodLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "token", Value: "", MaxAge: -1})
}
