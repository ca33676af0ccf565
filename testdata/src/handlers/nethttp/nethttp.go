// Package nethttp proves handler discovery on net/http: by signature, by
// registration (functions, closures, method values, http.HandlerFunc
// conversions), and the roles given by what a handler does (checks or
// sets a password, writes a role field), with names and paths as a
// tiebreak.
package nethttp

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type server struct{ hash []byte }

type user struct {
	Hash []byte
	Role string
}

func (s *server) signIn(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[login\] paths=\[/api/auth\]`
	bcrypt.CompareHashAndPassword(s.hash, []byte(r.FormValue("password")))
}

func Logout(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[logout\] paths=\[\]`

func changePassword(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[password\] paths=\[/account/password\]`
	bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
}

// changeAdminPassword verifies the old password and sets a new one: a
// password change, neither a login nor a privilege change.
func (s *server) changeAdminPassword(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[password\] paths=\[\]`
	if bcrypt.CompareHashAndPassword(s.hash, []byte(r.FormValue("old"))) == nil {
		s.hash, _ = bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	}
}

// processResetPassword only mails a reset link: named like a password
// change, it sets none.
func processResetPassword(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[\] paths=\[\]`

// signup hashes the first password of a new account: no one's changes.
func signup(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[\] paths=\[/signup\]`
	bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
}

// setUserRole writes the role field: a privilege change.
func setUserRole(u *user, role string) {
	u.Role = role
}

func updateRole(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[privilege\] paths=\[\]`
	setUserRole(&user{}, r.FormValue("role"))
}

// updateRoleLabel is named like a privilege change but writes no role.
func updateRoleLabel(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[\] paths=\[\]`

func sessionInfo(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[\] paths=\[/session\]`

func createSession(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[login\] paths=\[/session\]`

func oauthCallback(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[\] paths=\[/auth/google/callback\]`

// notAHandler has another signature and is never registered.
func notAHandler(r *http.Request) {}

func routes(s *server) {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/auth", s.signIn)
	mux.Handle("/account/password", http.HandlerFunc(changePassword))
	mux.HandleFunc("GET /session", sessionInfo)
	mux.HandleFunc("POST /session", createSession)
	mux.HandleFunc("/auth/google/callback", oauthCallback)
	mux.HandleFunc("POST /signup", signup)
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {}) // want `handler roles=\[\] paths=\[/health\]`
}

// The program's own handler shapes: they take the response and the
// request among other parameters, whatever they return.
type App struct{}

type visitor struct{ id string }

func viewLogin(app *App, w http.ResponseWriter, r *http.Request) error { // want `handler roles=\[\] paths=\[\]`
	return nil
}

func withVisitor(w http.ResponseWriter, r *http.Request, v *visitor) error { // want `handler roles=\[\] paths=\[\]`
	return nil
}

// render takes the response but not the request: a helper.
func render(w http.ResponseWriter, page string) {}
