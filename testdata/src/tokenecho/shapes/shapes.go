// Package shapes proves that tokenecho finds logins of the program's own
// handler shapes, func(app *App, w, r) error dispatched by its own
// router, and reports a defect once, in the handler where it happens,
// not again in a handler that wraps it.
package shapes

import (
	"errors"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type App struct{ hashes map[string][]byte }

type handlerFunc func(app *App, w http.ResponseWriter, r *http.Request) error

func (app *App) handle(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(app, w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

func login(app *App, w http.ResponseWriter, r *http.Request) error {
	if bcrypt.CompareHashAndPassword(app.hashes[r.FormValue("user")], []byte(r.FormValue("password"))) != nil {
		return errors.New("forbidden")
	}
	c, err := r.Cookie("session")
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: c.Value, HttpOnly: true, Secure: true}) // want `login handler login sends the client-supplied cookie "session" back as cookie "session"`
	return nil
}

// loginWithAudit wraps login: the defect is login's, reported there.
func loginWithAudit(app *App, w http.ResponseWriter, r *http.Request) error {
	_ = bcrypt.CompareHashAndPassword(app.hashes["audit"], []byte(r.FormValue("password")))
	return login(app, w, r)
}

func routes(app *App, mux *http.ServeMux) {
	mux.Handle("POST /login", app.handle(login))
	mux.Handle("POST /v2/login", app.handle(loginWithAudit))
}
