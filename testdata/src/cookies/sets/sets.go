// Package sets proves which cookies a function sets, through helpers of
// its own package and of another: by name, whether it deletes them, and
// at the call that leads to them.
package sets

import (
	"net/http"

	"cookies/builders"
)

func logout(w http.ResponseWriter) {
	builders.Clear(w) // want `deletes "session"`
}

func login(w http.ResponseWriter, tok string) {
	setTheme(w)               // want `sets "theme"`
	builders.Retry(w, tok, 3) // want `sets "ring"`
}

func setTheme(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"}) // want `sets "theme"`
}
