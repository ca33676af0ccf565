// Package usernames proves that the user's names decide where the
// naming conventions cannot. It is analyzed with
// -authflow.credential-names=auth_blob, -authflow.store-methods=Remember,
// -authflow.revoke-methods=ForgetUser, -handlers.login-paths=/signin-form
// and -handlers.login-names=enterPortal. Each handler reported has a twin
// that differs from it in one name the flags do not list, and that is
// not reported: a login at another path, a store method of another name,
// a cookie of another name. Without the flags no login is reported, and
// the password change that calls ForgetUser is.
package usernames

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

// Vault keeps sessions behind an interface whose methods authvet cannot
// see into, named as no convention knows them.
type Vault interface {
	Remember(token, user string)
	Memorize(token, user string)
	ForgetUser(user string)
	Wipe(user string)
	SaveHash(user string, hash []byte)
}

var (
	vault    Vault
	sessions = map[string]string{} // token -> user, of API clients
)

// issueAPISession keeps sessions on the server whatever the flags.
func issueAPISession(user string) string {
	tok := rand.Text()
	sessions[tok] = user
	return tok
}

func routes() {
	http.HandleFunc("/signin-form", badSigninForm)
	http.HandleFunc("/other-form", goodOtherForm)
	http.HandleFunc("/auth/signin-form", goodSigninFormMemorizes)
	http.HandleFunc("/v2/signin-form", goodSigninFormThemeCookie)
	http.HandleFunc("/portal", enterPortal)
}

// badSigninForm logs in at a path the user names, keeps the session the
// request came with in a cookie the user names, and stores the new one
// with a method the user names.
func badSigninForm(w http.ResponseWriter, r *http.Request) {
	old, _ := r.Cookie("auth_blob")
	_ = old.Value
	tok := rand.Text()
	vault.Remember(tok, r.FormValue("user")) // want `login handler badSigninForm stores a new session but leaves the one the request came with \(cookie "auth_blob"\) valid; delete it from the store \(CWE-613\)`
	http.SetCookie(w, &http.Cookie{Name: "auth_blob", Value: tok, HttpOnly: true, Secure: true})
}

// goodOtherForm does the same at a path no one names a login.
func goodOtherForm(w http.ResponseWriter, r *http.Request) {
	old, _ := r.Cookie("auth_blob")
	_ = old.Value
	tok := rand.Text()
	vault.Remember(tok, r.FormValue("user"))
	http.SetCookie(w, &http.Cookie{Name: "auth_blob", Value: tok, HttpOnly: true, Secure: true})
}

// goodSigninFormMemorizes logs in under a group (/auth/signin-form) with a
// store method no one names.
func goodSigninFormMemorizes(w http.ResponseWriter, r *http.Request) {
	old, _ := r.Cookie("auth_blob")
	_ = old.Value
	tok := rand.Text()
	vault.Memorize(tok, r.FormValue("user"))
	http.SetCookie(w, &http.Cookie{Name: "auth_blob", Value: tok, HttpOnly: true, Secure: true})
}

// goodSigninFormThemeCookie logs in but reads a cookie no one names a
// credential.
func goodSigninFormThemeCookie(w http.ResponseWriter, r *http.Request) {
	old, _ := r.Cookie("theme_blob")
	_ = old.Value
	tok := rand.Text()
	vault.Remember(tok, r.FormValue("user"))
	http.SetCookie(w, &http.Cookie{Name: "auth_blob", Value: tok, HttpOnly: true, Secure: true})
}

// enterPortal is a login by the name the user gives it.
func enterPortal(w http.ResponseWriter, r *http.Request) {
	old, _ := r.Cookie("auth_blob")
	_ = old.Value
	tok := rand.Text()
	vault.Remember(tok, r.FormValue("user")) // want `login handler enterPortal stores a new session but leaves the one the request came with \(cookie "auth_blob"\) valid`
	http.SetCookie(w, &http.Cookie{Name: "auth_blob", Value: tok, HttpOnly: true, Secure: true})
}

// goodChangePassword revokes with the method the user names.
func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	vault.SaveHash(user, h)
	vault.ForgetUser(user)
}

// badChangePasswordWipes calls a method no one names a revocation.
func badChangePasswordWipes(w http.ResponseWriter, r *http.Request) { // want `password change handler badChangePasswordWipes does not revoke`
	user := r.FormValue("user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	vault.SaveHash(user, h)
	vault.Wipe(user)
}
