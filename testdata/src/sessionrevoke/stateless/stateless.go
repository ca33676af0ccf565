// Package stateless proves that sessionrevoke does not report a program
// whose only session credential is a signed JWT in a cookie: nothing is
// kept on the server, so there is no entry to revoke at login, password
// change or logout. (Such tokens stay valid until they expire; keep
// their lifetime short, or add a denylist, which the check then holds
// logouts to.)
package stateless

import (
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"

	"sessionrevoke/crosspkg/auth"
)

var (
	key    = []byte("secret")
	hashes = map[string][]byte{}
	users  = &auth.UserRepo{}
)

func goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(r.FormValue("password"))) != nil {
		return
	}
	tok, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user, "exp": time.Now().Add(15 * time.Minute).Unix()}).SignedString(key)
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: tok, HttpOnly: true, Secure: true})
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[r.FormValue("user")] = h
}

// goodDeleteUser deletes an account through a type of package auth: no
// sign that sessions are kept on the server.
func goodDeleteUser(w http.ResponseWriter, r *http.Request) {
	users.Delete(r.FormValue("id"))
}

func goodLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "jwt", MaxAge: -1})
}
