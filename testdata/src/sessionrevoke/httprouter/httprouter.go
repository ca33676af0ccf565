// Package httprouter proves sessionrevoke on julienschmidt/httprouter
// handlers over the program's own session map: a logout, registered by
// path, that only expires the cookie and a password change that keeps
// the other sessions are reported; a logout that deletes the entry, a
// password change that revokes the user's sessions and a handler that
// expires a preference cookie are not.
package httprouter

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes   = map[string][]byte{}
	sessions = map[string]string{} // session ID -> user
)

func revokeUserSessions(user string) {
	for sid, u := range sessions {
		if u == user {
			delete(sessions, sid)
		}
	}
}

func currentUser(r *http.Request) string {
	ck, err := r.Cookie("session")
	if err != nil {
		return ""
	}
	return sessions[ck.Value]
}

func badLogout(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1}) // want `logout handler badLogout deletes cookie "session" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
}

func goodLogout(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if ck, err := r.Cookie("session"); err == nil {
		delete(sessions, ck.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func badChangePassword(w http.ResponseWriter, r *http.Request, _ httprouter.Params) { // want `password change handler badChangePassword does not revoke the user's existing sessions`
	h, _ := bcrypt.GenerateFromPassword([]byte(r.PostFormValue("new_password")), bcrypt.DefaultCost)
	hashes[currentUser(r)] = h
}

func goodChangePassword(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	user := currentUser(r)
	h, _ := bcrypt.GenerateFromPassword([]byte(r.PostFormValue("new_password")), bcrypt.DefaultCost)
	hashes[user] = h
	revokeUserSessions(user)
}

// goodResetTheme expires a preference cookie: no session is involved.
func goodResetTheme(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.SetCookie(w, &http.Cookie{Name: "theme", MaxAge: -1})
}

func routes(r *httprouter.Router) {
	r.POST("/logout", badLogout)
	r.POST("/signout", goodLogout)
	r.POST("/password", badChangePassword)
	r.POST("/password2", goodChangePassword)
	r.DELETE("/theme", goodResetTheme)
}
