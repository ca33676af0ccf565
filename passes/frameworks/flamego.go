package frameworks

import "slices"

const (
	flamegoPkg        = "github.com/flamego/flamego"
	flamegoContext    = "(" + flamegoPkg + ".Context)"
	flamegoSessionPkg = "github.com/flamego/session"
)

// Flamego is github.com/flamego/flamego, macaron's successor. Handlers
// are any function, called with injected arguments, so they are found by
// route registration only; Context is an interface, so calls on it are
// matched by the interface method. Context.Request() embeds the
// *http.Request, whose net/http calls are modelled there.
var Flamego = Framework{
	Name:     "flamego",
	Packages: []string{flamegoPkg},
	Sources: slices.Concat(
		sources(flamegoContext, Query, 1, 0, "Query", "QueryTrim", "QueryStrings", "QueryUnescape", "QueryInt", "QueryInt64"),
		sources(flamegoContext, Path, 1, 0, "Param", "ParamInt", "ParamInt64"),
		sources(flamegoContext, Cookie, 1, 0, "Cookie"),
	),
	// Context.ResponseWriter(), which net/http calls take as their writer.
	ResponseTypes: []string{flamegoPkg + ".ResponseWriter"},
	Sinks: []Sink{
		{Func: flamegoContext + ".SetCookie", Output: ToCookie, Arg: 1, Field: "Value"},
	},
	// SetCookie takes an http.Cookie by value and sends it as given.
	CookieSetters: []CookieSetter{
		{Func: flamegoContext + ".SetCookie", Cookie: 1},
	},
	Routes: slices.Concat(
		routes("("+flamegoPkg+".Router)", 1, 2, slices.Concat(verbsTitle[:7], []string{"Connect", "Trace", "Any"})...),
		[]Route{
			{Func: "(" + flamegoPkg + ".Router).Route", Path: 2, Handler: 3},
			{Func: "(" + flamegoPkg + ".Router).Routes", Path: 1, Handler: 3},
		},
	),
}

// FlamegoSession is github.com/flamego/session. Sessions live in a
// server-side Store (memory, file, redis, ...), keyed by the ID in the
// cookie. When Options.Cookie is left empty the cookie is HttpOnly with
// SameSite Lax and no Secure; setting any cookie option drops HttpOnly
// unless it is set too.
var FlamegoSession = Framework{
	Name:     "flamego/session",
	Packages: []string{flamegoSessionPkg},
	CookieTypes: []CookieType{{
		Type: flamegoSessionPkg + ".CookieOptions",
		Name: "Name", MaxAge: "MaxAge", Secure: "Secure", HTTPOnly: "HTTPOnly", SameSite: "SameSite",
		Lax:    []string{"net/http.SameSiteLaxMode"},
		Strict: []string{"net/http.SameSiteStrictMode"},
		None:   []string{"net/http.SameSiteNoneMode"},
		// Sessioner turns an unset SameSite into Lax.
		SameSiteDefault: "lax",
	}},
	// Sessioner takes its options as an argument; its cookie options are
	// the field Options.Cookie.
	SessionConfigs: []SessionConfig{
		{Func: flamegoSessionPkg + ".Sessioner", Options: flamegoSessionPkg + ".CookieOptions",
			Defaults: Defaults{HTTPOnly: true, SameSite: "lax"}, CookieName: "flamego_session"},
	},
	SessionRevokers: slices.Concat(methods("("+flamegoSessionPkg+".Store)", "Destroy"), methods("("+flamegoSessionPkg+".Session)", "Flush")),
	SessionStores:   methods("("+flamegoSessionPkg+".Session)", "Set"),
}
