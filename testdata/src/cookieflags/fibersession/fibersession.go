// Package fibersession proves cookieflags on fiber's session
// middleware: session.New's ConfigDefault, and a Config that does not
// set them, leave CookieHTTPOnly and CookieSecure false, so such a store
// is reported; a Config that sets both is not, nor a store whose
// embedded Config gets them later, nor one returned to a caller that may
// set them, and neither is any CookieSameSite, which fiber always sends
// as a mode (Lax by default).
package fibersession

import (
	"os"

	"github.com/gofiber/fiber/v2/middleware/session"
)

var global = session.New() // want `session cookie of session.Store is set without HttpOnly and Secure; scripts can read it and it is sent over plain HTTP \(CWE-1004, CWE-614\)`

func badDefaults() {
	store := session.New() // want `session cookie of session.Store is set without HttpOnly and Secure`
	use(store)
}

func badHTTPOnlyOnly() {
	store := session.New(session.Config{CookieHTTPOnly: true, CookieSameSite: "Strict"}) // want `session cookie of session.Store is set without Secure; it is sent over plain HTTP \(CWE-614\)`
	store.CookieSameSite = "Lax"
	use(store)
}

func goodSetLater() {
	store := session.New()
	store.CookieHTTPOnly = true
	store.CookieSecure = os.Getenv("DEV") == ""
	use(store)
}

var configured = session.New()

func init() {
	configured.Config.CookieHTTPOnly = true
	configured.CookieSecure = true
}

func goodReturned() *session.Store {
	return session.New() // the caller may set the flags
}

func use(*session.Store) {}

func goodFlags() *session.Store {
	return session.New(session.Config{CookieHTTPOnly: true, CookieSecure: true})
}

func goodFromEnvironment() *session.Store {
	return session.New(session.Config{CookieHTTPOnly: true, CookieSecure: os.Getenv("DEV") == ""})
}

func goodConfigVariable() *session.Store {
	cfg := session.Config{KeyLookup: "cookie:sid"}
	cfg.CookieHTTPOnly = true
	cfg.CookieSecure = true
	return session.New(cfg)
}
