package frameworks

const (
	simpleSessionsPkg     = "github.com/zerodha/simplesessions/v3"
	simpleSessionsSession = "(*" + simpleSessionsPkg + ".Session)"
)

// SimpleSessions is github.com/zerodha/simplesessions/v3. Sessions live
// in a server-side Store, keyed by the ID in the cookie, which the app
// writes through its own SetCookieHooks callback from the flags in
// Options.Cookie (IsSecure, IsHTTPOnly, SameSite), all off by default.
var SimpleSessions = Framework{
	Name:     "simplesessions",
	Packages: []string{simpleSessionsPkg},
	CookieTypes: []CookieType{{
		Type: simpleSessionsPkg + ".CookieOptions",
		Name: "Name", Secure: "IsSecure", HTTPOnly: "IsHTTPOnly", SameSite: "SameSite",
		Lax:    []string{"net/http.SameSiteLaxMode"},
		Strict: []string{"net/http.SameSiteStrictMode"},
		None:   []string{"net/http.SameSiteNoneMode"},
	}},
	// New takes its options as an argument; its cookie options are the
	// field Options.Cookie, and it sets no flag of its own.
	SessionConfigs: []SessionConfig{
		{Func: simpleSessionsPkg + ".New", Options: simpleSessionsPkg + ".CookieOptions", CookieName: "session"},
	},
	// NewSession creates a session under a fresh ID and writes its
	// cookie, replacing the request's.
	SessionRenewers: methods("(*"+simpleSessionsPkg+".Manager)", "NewSession"),
	// Destroy deletes the session from the store and clears the cookie;
	// Clear empties its data.
	SessionRevokers: methods(simpleSessionsSession, "Destroy", "Clear"),
	SessionStores:   methods(simpleSessionsSession, "Set", "SetMulti"),
}
