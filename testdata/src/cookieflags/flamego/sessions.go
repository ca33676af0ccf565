package flamego

// This file proves cookieflags on flamego/session's Sessioner, which
// takes its options as an argument: with no cookie options the cookie is
// HttpOnly and SameSite Lax but not Secure (reported); any cookie option
// replaces that default, so HttpOnly must then be set too (reported
// when it is not); SameSite left unset is always Lax.

import (
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
)

var secureCookies bool

func badSessionerDefaults(f *flamego.Flame) {
	f.Use(session.Sessioner()) // want `session cookie of session.Sessioner is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func badSessionerNoCookieOptions(f *flamego.Flame) {
	f.Use(session.Sessioner(session.Options{IDLength: 32})) // want `session cookie of session.Sessioner is set without Secure`
}

func badSessionerDropsHTTPOnly(f *flamego.Flame) {
	f.Use(session.Sessioner(session.Options{Cookie: session.CookieOptions{Name: "sid", Secure: true}})) // want `session cookie of session.Sessioner is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

func goodSessioner(f *flamego.Flame) {
	f.Use(session.Sessioner(session.Options{Cookie: session.CookieOptions{Secure: true, HTTPOnly: true}}))
}

func goodSessionerStrict(f *flamego.Flame) {
	f.Use(session.Sessioner(session.Options{Cookie: session.CookieOptions{Name: "sid", Secure: true, HTTPOnly: true, SameSite: http.SameSiteStrictMode}}))
}

// goodSessionerConfigured takes Secure from configuration.
func goodSessionerConfigured(f *flamego.Flame) {
	opts := session.Options{Cookie: session.CookieOptions{HTTPOnly: true}}
	opts.Cookie.Secure = secureCookies
	f.Use(session.Sessioner(opts))
}
