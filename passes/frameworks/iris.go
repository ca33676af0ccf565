package frameworks

import "slices"

const (
	irisPkg         = "github.com/kataras/iris/v12"
	irisContextPkg  = irisPkg + "/context"
	irisRouterPkg   = irisPkg + "/core/router"
	irisSessionsPkg = irisPkg + "/sessions"
	irisContext     = "(*" + irisContextPkg + ".Context)"
)

// Iris is github.com/kataras/iris/v12; iris.Context is an alias of
// *context.Context.
//
// SetCookie and UpsertCookie send the given http.Cookie after applying
// their variadic CookieOption arguments (iris.CookieSecure,
// iris.CookieHTTPOnly, iris.CookieSameSite), which the model does not
// read; SetCookieKV sets HttpOnly itself and takes only options, so it
// is a sink of the value only.
var Iris = Framework{
	Name:     "iris",
	Packages: []string{irisPkg, irisContextPkg, irisRouterPkg},
	Sources: slices.Concat(
		sources(irisContext, Query, 1, 0, "URLParam", "URLParamDefault", "URLParamTrim", "URLParamInt"),
		sources(irisContext, Query, 0, 0, "URLParams"),
		sources(irisContext, Form, 1, 0, "FormValue", "FormValueDefault"),
		sources(irisContext, PostForm, 1, 0, "PostValue", "PostValueDefault"),
		sources(irisContext, Header, 1, 0, "GetHeader"),
		sources(irisContext, Cookie, 1, 0, "GetCookie", "GetRequestCookie"),
		sources(irisContext, Body, 0, 1, "ReadJSON", "ReadBody"),
		sources(irisContext, Form, 0, 1, "ReadForm"),
		sources(irisContext, Query, 0, 1, "ReadQuery"),
		sources("(*"+irisContextPkg+".RequestParams)", Path, 1, 0, "Get", "GetTrim"),
	),
	// Context.ResponseWriter(), which net/http calls take as their writer.
	ResponseTypes: []string{irisContextPkg + ".ResponseWriter"},
	Sinks: []Sink{
		{Func: irisContext + ".SetCookie", Output: ToCookie, Arg: 1, Field: "Value"},
		{Func: irisContext + ".UpsertCookie", Output: ToCookie, Arg: 1, Field: "Value"},
		{Func: irisContext + ".SetCookieKV", Output: ToCookie, Arg: 2, NameArg: 1},
		{Func: irisContext + ".Header", Output: ToHeader, Arg: 2, NameArg: 1},
		{Func: irisContext + ".JSON", Output: ToJSON, Arg: 1},
		{Func: irisContext + ".StopWithJSON", Output: ToJSON, Arg: 2},
		{Func: irisContext + ".WriteString", Output: ToBody, Arg: 1},
		{Func: irisContext + ".Write", Output: ToBody, Arg: 1},
	},
	CookieSetters: []CookieSetter{
		{Func: irisContext + ".SetCookie", Cookie: 1},
		{Func: irisContext + ".UpsertCookie", Cookie: 1},
	},
	Handlers: []HandlerSig{
		{Params: []string{"*" + irisContextPkg + ".Context"}},
	},
	Routes: slices.Concat(
		routes("(*"+irisRouterPkg+".APIBuilder)", 1, 2, slices.Concat(verbsTitle[:7], []string{"Connect", "Trace", "Any"})...),
		routes("("+irisRouterPkg+".Party)", 1, 2, slices.Concat(verbsTitle[:7], []string{"Connect", "Trace", "Any"})...),
		routes("(*"+irisRouterPkg+".APIBuilder)", 2, 3, "Handle", "HandleFunc"),
		routes("("+irisRouterPkg+".Party)", 2, 3, "Handle", "HandleFunc"),
	),
}

// IrisSessions is github.com/kataras/iris/v12/sessions. Sessions live
// on the server (in memory or a sessions database), keyed by the ID in
// the cookie. The cookie is HttpOnly, SameSite Lax unless
// Config.DisableSubdomainPersistence, and Secure only when
// Config.CookieSecureTLS and the request came over TLS. It has no call
// that issues a new ID for a live session.
var IrisSessions = Framework{
	Name:     "iris/sessions",
	Packages: []string{irisSessionsPkg},
	// Config has no field for HttpOnly or SameSite: they are the
	// constructor's defaults.
	CookieTypes: []CookieType{{Type: irisSessionsPkg + ".Config", Name: "Cookie", Secure: "CookieSecureTLS"}},
	SessionConfigs: []SessionConfig{
		{Func: irisSessionsPkg + ".New", Options: irisSessionsPkg + ".Config",
			Defaults: Defaults{HTTPOnly: true, SameSite: "lax"}, CookieName: "irissessionid"},
	},
	SessionRevokers: slices.Concat(
		methods("(*"+irisSessionsPkg+".Sessions)", "Destroy", "DestroyByID", "DestroyAll"),
		methods("(*"+irisSessionsPkg+".Session)", "Destroy", "Clear"),
	),
	SessionStores: methods("(*"+irisSessionsPkg+".Session)", "Set", "SetImmutable"),
}
