// Package gorilla proves that sessionrevoke leaves gorilla/sessions
// alone: a login saving the session is the library's one session per
// browser; a logout saving it with MaxAge < 0 deletes a server-side
// entry (FilesystemStore) or there is none (CookieStore, the usual
// choice, whose importers are not held to a server-side store).
package gorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

var (
	store  = sessions.NewCookieStore([]byte("secret"))
	hashes = map[string][]byte{}
)

func goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(r.FormValue("password"))) != nil {
		return
	}
	sess, _ := store.Get(r, "session")
	sess.Values["user"] = user
	sess.Save(r, w)
}

func goodLogoutMaxAge(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Options.MaxAge = -1
	sess.Save(r, w)
}

// goodLogoutByHand expires the cookie itself; with a cookie store that
// is all a logout can do.
func goodLogoutByHand(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	user, _ := sess.Values["user"].(string)
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[user] = h
}
