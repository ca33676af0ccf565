// Command gorilla12 keeps its sessions in a gorilla/sessions v1.2.0
// CookieStore. Before v1.3.0, NewCookieStore set neither Secure nor
// SameSite, so setting only HttpOnly leaves the session cookie exposed;
// authvet must judge the defaults of the version in use.
package main

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("signing-key"))

func init() {
	store.Options.HttpOnly = true
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s, _ := store.Get(r, "session")
		s.Save(r, w)
	})
	http.ListenAndServe(":8084", nil)
}
