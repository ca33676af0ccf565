package simplesessions

// This file proves cookieflags on simplesessions.New, which takes its
// options as an argument and sets no cookie flag of its own: options
// without IsSecure (a real CVE of this shape), or with none of the
// flags, are reported; options with every flag are not.

import (
	"net/http"

	"github.com/zerodha/simplesessions/v3"
)

func badNoSecure() *simplesessions.Manager {
	return simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "session", IsHTTPOnly: true, SameSite: http.SameSiteLaxMode}}) // want `session cookie of simplesessions.Manager is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func badNoCookieOptions() *simplesessions.Manager {
	return simplesessions.New(simplesessions.Options{EnableAutoCreate: true}) // want `session cookie of simplesessions.Manager is set without HttpOnly, Secure and SameSite`
}

var behindTLS bool

// goodOptionsConfigured takes IsSecure from configuration.
func goodOptionsConfigured() *simplesessions.Manager {
	opts := simplesessions.Options{Cookie: simplesessions.CookieOptions{IsHTTPOnly: true, SameSite: http.SameSiteLaxMode}}
	opts.Cookie.IsSecure = behindTLS
	return simplesessions.New(opts)
}

func goodOptions() *simplesessions.Manager {
	return simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "session", IsSecure: true, IsHTTPOnly: true, SameSite: http.SameSiteStrictMode}})
}
