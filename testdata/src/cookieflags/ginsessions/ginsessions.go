// Package ginsessions proves cookieflags on gin-contrib/sessions stores,
// which take their cookie flags from a Store.Options call: the cookie
// store keeps gorilla's defaults (Secure, SameSite=None, no HttpOnly)
// until Options replaces them all, the memory store has none.
package ginsessions

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

var secret = []byte("secret")

func badCookieDefaults(r *gin.Engine) {
	store := cookie.NewStore(secret) // want `session cookie of cookie.Store is set without HttpOnly; scripts can read it \(CWE-1004\)`
	r.Use(sessions.Sessions("session", store))
}

func badOptionsMissSecure(r *gin.Engine) {
	store := cookie.NewStore(secret) // want `session cookie of cookie.Store is set without Secure; it is sent over plain HTTP \(CWE-614\)`
	store.Options(sessions.Options{Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("session", store))
}

func badMemstore(r *gin.Engine) {
	store := memstore.NewStore(secret) // want `session cookie of memstore.Store is set without HttpOnly, Secure and SameSite`
	r.Use(sessions.Sessions("session", store))
}

func goodOptions(r *gin.Engine) {
	store := cookie.NewStore(secret)
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	r.Use(sessions.Sessions("session", store))
}

var secure bool

func goodOptionsVar(r *gin.Engine) {
	store := memstore.NewStore(secret)
	opts := sessions.Options{HttpOnly: true, SameSite: http.SameSiteLaxMode}
	opts.Secure = secure
	store.Options(opts)
	r.Use(sessions.Sessions("session", store))
}

// goodHelper configures the store in a helper, where the Options call
// is not followed: it is trusted.
func goodHelper(r *gin.Engine) {
	store := cookie.NewStore(secret)
	configure(store)
	r.Use(sessions.Sessions("session", store))
}

func configure(s sessions.Store) {
	s.Options(sessions.Options{HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// appStore is a package variable configured in init.
var appStore = cookie.NewStore(secret)

func init() {
	appStore.Options(sessions.Options{HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
