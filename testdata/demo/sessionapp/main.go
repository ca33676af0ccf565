// Command sessionapp configures session managers: scs without Secure,
// gorilla/sessions with HttpOnly set.
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"
)

var sessionManager *scs.SessionManager

func main() {
	sessionManager = scs.New()
	store := sessions.NewCookieStore([]byte("key"))
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	http.ListenAndServe(":8083", sessionManager.LoadAndSave(http.DefaultServeMux))
}
