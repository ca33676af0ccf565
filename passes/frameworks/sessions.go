package frameworks

const (
	scsPkg         = "github.com/alexedwards/scs/v2"
	scsManager     = "(*" + scsPkg + ".SessionManager)"
	ginSessionsPkg = "github.com/gin-contrib/sessions"
)

// SCS is github.com/alexedwards/scs/v2. Its manager's Cookie field holds
// the session cookie's flags; scs.New sets HttpOnly and SameSite=Lax but
// not Secure.
var SCS = Framework{
	Name:     "scs",
	Packages: []string{scsPkg},
	CredentialArgs: []CredentialArg{
		{Func: scsManager + ".Load", Arg: 2},
		{Func: scsManager + ".MergeSession", Arg: 2},
	},
	CookieTypes: []CookieType{{
		Type: scsPkg + ".SessionCookie",
		Name: "Name", Secure: "Secure", HTTPOnly: "HttpOnly", SameSite: "SameSite",
		Lax:    []string{"net/http.SameSiteLaxMode"},
		Strict: []string{"net/http.SameSiteStrictMode"},
		None:   []string{"net/http.SameSiteNoneMode"},
	}},
	SessionConfigs: []SessionConfig{
		{Func: scsPkg + ".New", Field: "Cookie", Options: scsPkg + ".SessionCookie",
			Defaults: Defaults{HTTPOnly: true, SameSite: "lax"}, CookieName: "session"},
		{Func: scsPkg + ".NewSession", Field: "Cookie", Options: scsPkg + ".SessionCookie",
			Defaults: Defaults{HTTPOnly: true, SameSite: "lax"}, CookieName: "session"},
	},
	// Load puts the session of a token into a context, adopting the token
	// if its session exists; Commit and Token return the context's token,
	// which is that same token unless RenewToken replaced it.
	Accessors: []Accessor{
		{Func: scsManager + ".Load", From: 2},
		{Func: scsManager + ".Commit", From: 1},
		{Func: scsManager + ".Token", From: 1},
	},
	Sinks: []Sink{
		{Func: scsManager + ".WriteSessionCookie", Output: ToCookie, Arg: 3, Writer: 2},
	},
	SessionRenewers: methods(scsManager, "RenewToken"),
	SessionRevokers: methods(scsManager, "Destroy"),
	SessionStores:   methods(scsManager, "Put"),
}

// GinSessions is github.com/gin-contrib/sessions, whose stores take
// their cookie flags from an Options call.
var GinSessions = Framework{
	Name:     "gin-contrib/sessions",
	Packages: []string{ginSessionsPkg},
	CookieTypes: []CookieType{{
		Type:   ginSessionsPkg + ".Options",
		MaxAge: "MaxAge", Secure: "Secure", HTTPOnly: "HttpOnly", SameSite: "SameSite",
		Lax:    []string{"net/http.SameSiteLaxMode"},
		Strict: []string{"net/http.SameSiteStrictMode"},
		None:   []string{"net/http.SameSiteNoneMode"},
	}},
	SessionConfigs: []SessionConfig{
		// The cookie store is gorilla's CookieStore, with its defaults
		// until Options replaces them all.
		{Func: ginSessionsPkg + "/cookie.NewStore", OptionsCall: "(" + ginSessionsPkg + ".Store).Options", Options: ginSessionsPkg + ".Options",
			Defaults: Defaults{Secure: true, SameSite: "none"}, Older: gorillaBefore13},
		{Func: ginSessionsPkg + "/memstore.NewStore", OptionsCall: "(" + ginSessionsPkg + ".Store).Options", Options: ginSessionsPkg + ".Options"},
	},
	SessionRevokers: methods("("+ginSessionsPkg+".Session)", "Clear"),
	SessionStores:   methods("("+ginSessionsPkg+".Session)", "Save"),
}

// CookieSessionPackages are session packages whose importers usually
// keep the whole session in the cookie (gorilla's CookieStore,
// gin-contrib's cookie store): there is no server-side entry to revoke,
// so calls into a session library do not show that a package keeps
// sessions on the server.
var CookieSessionPackages = []string{sessionsPkg, ginSessionsPkg + "/cookie"}
