package frameworks

import "slices"

const (
	muxPkg      = "github.com/gorilla/mux"
	sessionsPkg = "github.com/gorilla/sessions"
)

// GorillaMux is github.com/gorilla/mux.
var GorillaMux = Framework{
	Name:     "gorilla/mux",
	Packages: []string{muxPkg},
	Sources: []Source{
		{Func: muxPkg + ".Vars", Input: Path, NameArg: -1, Into: -1},
	},
	Routes: slices.Concat(
		routes("(*"+muxPkg+".Router)", 0, 1, "HandleFunc", "Handle"),
		routes("(*"+muxPkg+".Route)", -1, 0, "HandlerFunc", "Handler"),
	),
}

// GorillaSessions is github.com/gorilla/sessions.
var GorillaSessions = Framework{
	Name:     "gorilla/sessions",
	Packages: []string{sessionsPkg},
	CookieTypes: []CookieType{{
		Type:   sessionsPkg + ".Options",
		MaxAge: "MaxAge", Secure: "Secure", HTTPOnly: "HttpOnly", SameSite: "SameSite",
		Lax:    []string{"net/http.SameSiteLaxMode"},
		Strict: []string{"net/http.SameSiteStrictMode"},
		None:   []string{"net/http.SameSiteNoneMode"},
	}},
	SessionConfigs: []SessionConfig{
		{Func: sessionsPkg + ".NewCookieStore", Field: "Options", Options: sessionsPkg + ".Options",
			Defaults: Defaults{Secure: true, SameSite: "none"}},
		{Func: sessionsPkg + ".NewFilesystemStore", Field: "Options", Options: sessionsPkg + ".Options",
			Defaults: Defaults{Secure: true, SameSite: "none"}},
	},
	SessionRevokers: nil, // a session is revoked by saving it with Options.MaxAge < 0
	SessionStores:   methods("(*"+sessionsPkg+".Session)", "Save"),
}
