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
		{Func: ginSessionsPkg + "/cookie.NewStore", OptionsCall: "(" + ginSessionsPkg + ".Store).Options", Options: ginSessionsPkg + ".Options"},
		{Func: ginSessionsPkg + "/memstore.NewStore", OptionsCall: "(" + ginSessionsPkg + ".Store).Options", Options: ginSessionsPkg + ".Options"},
		{Func: ginSessionsPkg + "/redis.NewStore", OptionsCall: "(" + ginSessionsPkg + ".Store).Options", Options: ginSessionsPkg + ".Options"},
	},
	SessionRevokers: methods("("+ginSessionsPkg+".Session)", "Clear"),
	SessionStores:   methods("("+ginSessionsPkg+".Session)", "Save"),
}
