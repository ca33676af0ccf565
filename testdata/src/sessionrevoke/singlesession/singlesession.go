// Package singlesession proves sessionrevoke's -single-session policy:
// a login that adds a session without revoking the user's others is
// reported, directly or through a helper; one that revokes first is not.
package singlesession

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

var (
	sessions = map[string]string{} // session token -> user
	hashes   = map[string][]byte{}
)

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

func issue(user string) string {
	tok := rand.Text()
	sessions[tok] = user
	return tok
}

func revokeAll(user string) {
	for tok, u := range sessions {
		if u == user {
			delete(sessions, tok)
		}
	}
}

func badLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	tok := rand.Text()
	sessions[tok] = user // want `login handler badLogin stores a new session without revoking the user's existing sessions; revoke them for a one-session-per-user policy \(CWE-613\)`
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}

func badLoginHelper(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	tok := issue(user) // want `login handler badLoginHelper stores a new session without revoking`
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}

func goodLoginRevokesFirst(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	revokeAll(user)
	tok := issue(user)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}
