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
		{Func: muxPkg + ".Vars", Input: Path},
	},
	QueryRoutes: []QueryRoute{
		{Func: "(*" + muxPkg + ".Route).Queries", Pairs: 0},
		{Func: "(*" + muxPkg + ".Router).Queries", Pairs: 0},
	},
	Routes: slices.Concat(
		[]Route{
			{Func: "(*" + muxPkg + ".Router).HandleFunc", Path: 1, Handler: 2, Methods: "(*" + muxPkg + ".Route).Methods"},
			{Func: "(*" + muxPkg + ".Router).Handle", Path: 1, Handler: 2, Methods: "(*" + muxPkg + ".Route).Methods"},
		},
		routes("(*"+muxPkg+".Route)", 0, 1, "HandlerFunc", "Handler"),
	),
}

// GorillaSessions is github.com/gorilla/sessions.
var GorillaSessions = Framework{
	Name:     "gorilla/sessions",
	Packages: []string{sessionsPkg},
	// securecookie encodes gorilla's cookie sessions.
	CredentialArgs: []CredentialArg{
		{Func: "(*github.com/gorilla/securecookie.SecureCookie).Decode", Arg: 2},
		{Func: "(github.com/gorilla/securecookie.Codec).Decode", Arg: 2},
		{Func: "github.com/gorilla/securecookie.DecodeMulti", Arg: 2},
	},
	CookieTypes: []CookieType{{
		Type:   sessionsPkg + ".Options",
		MaxAge: "MaxAge", Secure: "Secure", HTTPOnly: "HttpOnly", SameSite: "SameSite",
		Lax:    []string{"net/http.SameSiteLaxMode"},
		Strict: []string{"net/http.SameSiteStrictMode"},
		None:   []string{"net/http.SameSiteNoneMode"},
	}},
	SessionConfigs: []SessionConfig{
		{Func: sessionsPkg + ".NewCookieStore", Field: "Options", Options: sessionsPkg + ".Options",
			Defaults: Defaults{Secure: true, SameSite: "none"}, Older: gorillaBefore13},
		// Unlike NewCookieStore, NewFilesystemStore sets only Path and MaxAge.
		{Func: sessionsPkg + ".NewFilesystemStore", Field: "Options", Options: sessionsPkg + ".Options"},
	},
	SessionRevokers: nil, // a session is revoked by saving it with Options.MaxAge < 0
	SessionStores:   methods("(*"+sessionsPkg+".Session)", "Save"),
}

// gorillaBefore13: before v1.3.0, NewCookieStore set only Path and MaxAge.
var gorillaBefore13 = []OlderDefaults{{Module: sessionsPkg, Before: "v1.3.0"}}
