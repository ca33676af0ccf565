// Package nethttp shows what sessionops records of net/http handlers
// over a package-level session map: where each stores, revokes and sets
// a password, the session cookie a login came with and the one a logout
// deletes.
package nethttp // want `storage own=true lib=false logins=true loginStores=true`

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

var (
	sessions = map[string]string{} // session token -> user
	hashes   = map[string][]byte{} // user -> password hash
)

func handleLogin(w http.ResponseWriter, r *http.Request) { // want `handleLogin revokes=false renews=false store=true password=false incoming="session" deleted=false`
	old, _ := r.Cookie("session")
	_ = old
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	tok := rand.Text()
	sessions[tok] = user
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func handleLogout(w http.ResponseWriter, r *http.Request) { // want `handleLogout revokes=false renews=false store=false password=false incoming="" deleted=true`
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func handleChangePassword(w http.ResponseWriter, r *http.Request) { // want `handleChangePassword revokes=true renews=false store=false password=true incoming="" deleted=false`
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	user := sessions[c.Value]
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	hashes[user] = h
	for tok, u := range sessions {
		if u == user {
			delete(sessions, tok)
		}
	}
}
