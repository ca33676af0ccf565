package frameworks

import "slices"

const (
	macaronPkg        = "gopkg.in/macaron.v1"
	macaronContext    = "(*" + macaronPkg + ".Context)"
	macaronSessionPkg = "github.com/go-macaron/session"
)

// Macaron is gopkg.in/macaron.v1 (github.com/go-macaron/macaron).
// Handlers are any function, called with injected arguments, so they
// are found by route registration only; the request is the embedded
// *http.Request of Context.Req, whose net/http calls are modelled there.
//
// Context.SetCookie takes MaxAge, Path, Domain, Secure and HttpOnly as
// variadic interface arguments; the model has no way to read flags
// from a variadic slice, so it is a sink of the cookie's value only.
var Macaron = Framework{
	Name:     "macaron",
	Packages: []string{macaronPkg},
	Sources: slices.Concat(
		sources(macaronContext, Query, 1, 0, "Query", "QueryTrim", "QueryStrings", "QueryEscape", "QueryInt", "QueryInt64"),
		sources(macaronContext, Path, 1, 0, "Params", "ParamsEscape", "ParamsInt", "ParamsInt64"),
		sources(macaronContext, Cookie, 1, 0, "GetCookie"),
	),
	// Context.Resp, which net/http calls take as their writer.
	ResponseTypes: []string{macaronPkg + ".ResponseWriter"},
	Sinks: []Sink{
		{Func: macaronContext + ".SetCookie", Output: ToCookie, Arg: 2, NameArg: 1},
		{Func: "(" + macaronPkg + ".Render).JSON", Output: ToJSON, Arg: 2},
		{Func: "(" + macaronPkg + ".Render).PlainText", Output: ToBody, Arg: 2},
		{Func: "(" + macaronPkg + ".Render).RawData", Output: ToBody, Arg: 2},
	},
	Routes: slices.Concat(
		routes("(*"+macaronPkg+".Router)", 1, 2, "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any"),
		[]Route{{Func: "(*" + macaronPkg + ".Router).Route", Path: 1, Handler: 3}},
	),
}

// MacaronSession is github.com/go-macaron/session. Sessions live in a
// server-side provider (memory, file, redis, ...), keyed by the ID in
// the cookie. Its cookie is always HttpOnly with SameSite Lax (Strict
// when Options.CookieSameSite), and Secure only when Options.Secure or
// the SECURE key of the app's ini configuration says so.
var MacaronSession = Framework{
	Name:     "go-macaron/session",
	Packages: []string{macaronSessionPkg},
	SessionRenewers: slices.Concat(
		methods("("+macaronSessionPkg+".Store)", "RegenerateId"),
		methods("(*"+macaronSessionPkg+".Manager)", "RegenerateId"),
	),
	// Destory (sic) deletes the session from the provider; Flush, which
	// Store has from RawStore, empties it.
	SessionRevokers: slices.Concat(
		methods("("+macaronSessionPkg+".Store)", "Destory"),
		methods("(*"+macaronSessionPkg+".Manager)", "Destory"),
		methods("("+macaronSessionPkg+".RawStore)", "Flush"),
	),
	SessionStores: methods("("+macaronSessionPkg+".RawStore)", "Set"),
}
