// Package httprouter proves tokenecho on julienschmidt/httprouter: login
// handlers, recognised by httprouter's three-parameter signature or by
// registration, that send a client-supplied token (cookie, path
// parameter) back as the session cookie or adopt it as a session key are
// reported; a fresh session ID, an echoed e-mail, a logout and a GET
// route are not.
package httprouter

import (
	"crypto/rand"
	"encoding/json"
	"net/http"

	"github.com/julienschmidt/httprouter"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes   = map[string][]byte{}
	sessions = map[string]string{} // session ID -> user
)

func checkPassword(r *http.Request) (string, bool) {
	user := r.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(r.PostFormValue("password"))) == nil
}

func badLoginCookie(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	if _, ok := checkPassword(r); !ok {
		return
	}
	ck, err := r.Cookie("session")
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: ck.Value, HttpOnly: true, Secure: true}) // want `login handler badLoginCookie sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
}

func badLoginPathParam(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sessions[ps.ByName("sid")] = user // want `login handler badLoginPathParam sends the client-supplied path "sid" back as the key of the new server-side session`
}

func goodLoginFresh(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sid := rand.Text()
	sessions[sid] = user
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: true})
}

func goodLoginEchoesUser(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"user": user})
}

func goodLogout(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	ck, err := r.Cookie("session")
	if err != nil {
		return
	}
	delete(sessions, ck.Value)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: ck.Value, MaxAge: -1})
}

func routes() http.Handler {
	r := httprouter.New()
	r.POST("/login", badLoginCookie)
	r.POST("/login/:sid", badLoginPathParam)
	r.POST("/login/fresh", goodLoginFresh)
	r.POST("/logout", goodLogout)
	// The session, for scripts: GET never logs in.
	r.GET("/session", func(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
		ck, err := r.Cookie("session")
		if err != nil {
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"session": ck.Value})
	})
	// A login registered through Handle, named by its path.
	r.Handle("POST", "/signin", func(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
		if _, ok := checkPassword(r); !ok {
			return
		}
		w.Header().Set("Authorization", r.Header.Get("Authorization")) // want `login handler for "/signin" sends the client-supplied header "Authorization" back as response header "Authorization"`
	})
	return r
}
