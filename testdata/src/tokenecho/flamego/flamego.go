// Package flamego proves tokenecho on flamego: login handlers, found by
// route registration (flamego injects their arguments), that send a
// client-supplied cookie back through c.SetCookie or c.ResponseWriter(),
// or adopt a path parameter as a session key, are reported; a fresh session ID, a
// session kept by flamego/session, a logout and a GET route are not.
package flamego

import (
	"crypto/rand"
	"fmt"
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes   = map[string][]byte{}
	sessions = map[string]string{} // API session ID -> user
)

func checkPassword(c flamego.Context) (string, bool) {
	r := c.Request()
	user := r.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(r.PostFormValue("password"))) == nil
}

func badLogin(c flamego.Context) {
	if _, ok := checkPassword(c); !ok {
		return
	}
	c.SetCookie(http.Cookie{Name: "session", Value: c.Cookie("session"), HttpOnly: true, Secure: true}) // want `login handler badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
}

func badLoginAdopt(c flamego.Context) {
	user, ok := checkPassword(c)
	if !ok {
		return
	}
	sessions[c.Param("sid")] = user // want `login handler badLoginAdopt sends the client-supplied path "sid" back as the key of the new server-side session`
}

// badLoginBody writes the client's cookie to flamego's response writer.
func badLoginBody(c flamego.Context) {
	if _, ok := checkPassword(c); !ok {
		return
	}
	fmt.Fprint(c.ResponseWriter(), c.Cookie("session")) // want `login handler badLoginBody sends the client-supplied cookie "session" back as the response body`
}

func goodLoginFresh(c flamego.Context) {
	user, ok := checkPassword(c)
	if !ok {
		return
	}
	sid := rand.Text()
	sessions[sid] = user
	c.SetCookie(http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: true})
}

// goodLoginSession stores the user in flamego/session's session, whose
// ID the library minted.
func goodLoginSession(c flamego.Context, sess session.Session) {
	user, ok := checkPassword(c)
	if !ok {
		return
	}
	sess.Set("uid", user)
}

func goodLogout(c flamego.Context) {
	delete(sessions, c.Cookie("session"))
	c.SetCookie(http.Cookie{Name: "session", Value: c.Cookie("session"), MaxAge: -1})
}

func routes(f *flamego.Flame) {
	f.Post("/login", badLogin)
	f.Post("/login/{sid}", badLoginAdopt)
	f.Post("/login/body", badLoginBody)
	f.Post("/login/fresh", goodLoginFresh)
	f.Post("/login/session", goodLoginSession)
	f.Post("/logout", goodLogout)
	// The session, for scripts: GET never logs in.
	f.Get("/session", func(c flamego.Context) {
		c.ResponseWriter().Write([]byte(c.Cookie("session")))
	})
}
