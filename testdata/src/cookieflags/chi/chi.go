// Package chi proves cookieflags on chi routes, which are net/http
// handlers: cookies set in methods registered with r.Post, in closures
// registered with r.Post, r.Route and r.Group, and in middleware passed
// to r.Use or r.With are checked like any http.SetCookie. Hardened
// cookies, flags from captured configuration, deletions, and cookies
// that hold route parameters rather than credentials are not reported.
package chi

import (
	"crypto/rand"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type server struct {
	secure bool
}

func newServer(secure bool) *server { return &server{secure: secure} }

func (s *server) routes() http.Handler {
	r := chi.NewRouter()
	r.Use(badSessionMiddleware, goodSessionMiddleware)
	r.With(goodConfigMiddleware(s.secure)).Get("/", s.goodIndex)
	r.Post("/login", s.badLogin)
	r.Post("/v2/login", s.goodLogin)

	// badClosureLogin: a closure handler that sets the session cookie.
	r.Post("/signin", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "session" is set without HttpOnly; scripts can read it \(CWE-1004\)`
	})

	// goodClosureLogin: the closure sets every flag, Secure from
	// configuration it captures.
	r.Post("/v2/signin", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode})
	})

	r.Route("/users/{id}", func(r chi.Router) {
		// goodRouteParam remembers the last profile viewed: a route
		// parameter, not a credential.
		r.Get("/", func(w http.ResponseWriter, r *http.Request) {
			http.SetCookie(w, &http.Cookie{Name: "last_profile", Value: chi.URLParam(r, "id")})
		})
		// goodClosureLogout expires the session cookie: it sends no
		// credential.
		r.Post("/logout", func(w http.ResponseWriter, r *http.Request) {
			http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
		})
	})

	r.Group(func(r chi.Router) {
		// badGroupToken sets an API token from a closure in a group.
		r.Post("/api/token", func(w http.ResponseWriter, r *http.Request) {
			c := &http.Cookie{Name: "api_key", Value: rand.Text(), HttpOnly: true} // want `cookie "api_key" is set without Secure and SameSite; it is sent over plain HTTP and it is sent with cross-site requests \(CWE-614, CWE-1275\)`
			http.SetCookie(w, c)
		})
		// goodGroupPrefs sets a preference cookie.
		r.Post("/prefs", func(w http.ResponseWriter, r *http.Request) {
			http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme")})
		})
	})
	return r
}

// badSessionMiddleware starts a session for every visitor without
// hardening its cookie.
func badSessionMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("sid"); err != nil {
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: rand.Text(), Path: "/"}) // want `cookie "sid" is set without HttpOnly, Secure and SameSite`
		}
		next.ServeHTTP(w, r)
	})
}

// goodSessionMiddleware does the same with every flag set.
func goodSessionMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("sid"); err != nil {
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: rand.Text(), Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
		}
		next.ServeHTTP(w, r)
	})
}

// goodConfigMiddleware takes Secure from configuration, which is
// trusted, through two closures.
func goodConfigMiddleware(secure bool) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode})
			next.ServeHTTP(w, r)
		})
	}
}

func (s *server) badLogin(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: rand.Text(), HttpOnly: true, Secure: true}) // want `cookie "auth" is set without SameSite; it is sent with cross-site requests \(CWE-1275\)`
}

func (s *server) goodLogin(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "auth", Value: rand.Text()}
	c.HttpOnly, c.Secure, c.SameSite = true, true, http.SameSiteLaxMode
	http.SetCookie(w, c)
}

// goodIndex sets a cookie holding the visitor's chosen language.
func (s *server) goodIndex(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: r.URL.Query().Get("lang")})
}
