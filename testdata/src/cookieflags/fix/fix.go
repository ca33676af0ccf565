// Package fix proves cookieflags' suggested fix: a keyed cookie literal
// that leaves out a missing flag's field gets it added, with SameSite
// written with the file's name for net/http; fields given in the literal
// or set later are left alone.
package fix

import (
	"crypto/rand"
	"net/http"
)

func badOneLine(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text()}) // want `cookie "session" is set without HttpOnly, Secure and SameSite`
}

func badMultiLine(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{ // want `cookie "sid" is set without Secure`
		Name:     "sid",
		Value:    rand.Text(),
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	})
}

func badEmpty(w http.ResponseWriter) {
	c := &http.Cookie{} // want `cookie "token" is set without HttpOnly, Secure and SameSite`
	c.Name = "token"
	c.Value = rand.Text()
	http.SetCookie(w, c)
}

// badFieldFalse gives Secure in the literal; only HttpOnly is added.
func badFieldFalse(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: "x", Secure: false, SameSite: http.SameSiteLaxMode}) // want `cookie "auth" is set without HttpOnly and Secure`
}

// badSetLater turns Secure off after the literal; adding Secure: true to
// the literal would not help, so only the others are added.
func badSetLater(w http.ResponseWriter) {
	c := &http.Cookie{Name: "jwt", Value: "x"} // want `cookie "jwt" is set without HttpOnly, Secure and SameSite`
	c.Secure = false
	http.SetCookie(w, c)
}

func goodPositional(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en"})
}
