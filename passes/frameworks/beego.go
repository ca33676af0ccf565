package frameworks

import "slices"

const (
	beegoWebPkg     = "github.com/beego/beego/v2/server/web"
	beegoContextPkg = beegoWebPkg + "/context"
	beegoSessionPkg = beegoWebPkg + "/session"
	beegoController = "(*" + beegoWebPkg + ".Controller)"
	beegoContext    = "(*" + beegoContextPkg + ".Context)"
	beegoInput      = "(*" + beegoContextPkg + ".BeegoInput)"
	beegoOutput     = "(*" + beegoContextPkg + ".BeegoOutput)"
)

// Beego is github.com/beego/beego/v2's web server. Handlers are either
// functions of *context.Context (web.Post) or controller methods,
// registered as method expressions (web.CtrlPost); a controller given
// to web.Router is dispatched by reflection and not followed.
//
// BeegoInput.Query and Controller.GetString read a path parameter, then
// the parsed form, which holds the query string too. Context.SetCookie
// and BeegoOutput.Cookie take MaxAge, Path, Domain, Secure, HttpOnly
// and SameSite as variadic interface arguments; the model has no way to
// read flags from a variadic slice, so they are sinks of the value only.
var Beego = Framework{
	Name:     "beego",
	Packages: []string{beegoWebPkg, beegoContextPkg},
	Sources: slices.Concat(
		sources(beegoController, Form, 1, 0, "GetString", "GetStrings", "GetInt", "GetInt64", "GetBool"),
		sources(beegoController, Form, 0, 0, "Input"),
		sources(beegoController, Form, 0, 1, "ParseForm", "BindForm"),
		sources(beegoController, Body, 0, 1, "BindJSON", "Bind"),
		sources(beegoController, Cookie, 2, 0, "GetSecureCookie"),
		sources(beegoInput, Form, 1, 0, "Query"),
		sources(beegoInput, Path, 1, 0, "Param"),
		sources(beegoInput, Header, 1, 0, "Header"),
		sources(beegoInput, Cookie, 1, 0, "Cookie"),
		sources(beegoContext, Cookie, 1, 0, "GetCookie"),
		sources(beegoContext, Cookie, 2, 0, "GetSecureCookie"),
	),
	// Context.ResponseWriter, which net/http calls take as their writer.
	ResponseTypes: []string{"*" + beegoContextPkg + ".Response"},
	Sinks: []Sink{
		{Func: beegoContext + ".SetCookie", Output: ToCookie, Arg: 2, NameArg: 1},
		{Func: beegoContext + ".SetSecureCookie", Output: ToCookie, Arg: 3, NameArg: 2},
		{Func: beegoController + ".SetSecureCookie", Output: ToCookie, Arg: 3, NameArg: 2},
		{Func: beegoOutput + ".Cookie", Output: ToCookie, Arg: 2, NameArg: 1},
		{Func: beegoOutput + ".Header", Output: ToHeader, Arg: 2, NameArg: 1},
		{Func: beegoOutput + ".JSON", Output: ToJSON, Arg: 1},
		{Func: beegoOutput + ".Body", Output: ToBody, Arg: 1},
		{Func: beegoContext + ".JSONResp", Output: ToJSON, Arg: 1},
		{Func: beegoContext + ".WriteString", Output: ToBody, Arg: 1},
	},
	Handlers: []HandlerSig{
		{Params: []string{"*" + beegoContextPkg + ".Context"}},
	},
	Routes: slices.Concat(
		routes(beegoWebPkg, 1, 2, "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any"),
		routes(beegoWebPkg, 1, 2, "CtrlGet", "CtrlPost", "CtrlPut", "CtrlPatch", "CtrlDelete", "CtrlHead", "CtrlOptions", "CtrlAny"),
	),
	// The controller's session calls use the app's GlobalSessions, a
	// server-side session.Manager.
	SessionRenewers: methods(beegoController, "SessionRegenerateID"),
	SessionRevokers: methods(beegoController, "DestroySession"),
	SessionStores:   methods(beegoController, "SetSession"),
}

// BeegoSession is github.com/beego/beego/v2/server/web/session. Its
// providers (memory, file, redis, ...) keep sessions on the server; the
// cookie is HttpOnly unless ManagerConfig.DisableHTTPOnly, Secure only
// when ManagerConfig.Secure and the request came over TLS, and carries
// ManagerConfig.CookieSameSite.
var BeegoSession = Framework{
	Name:            "beego/session",
	Packages:        []string{beegoSessionPkg},
	SessionRenewers: methods("(*"+beegoSessionPkg+".Manager)", "SessionRegenerateID"),
	SessionRevokers: slices.Concat(methods("(*"+beegoSessionPkg+".Manager)", "SessionDestroy"), methods("("+beegoSessionPkg+".Store)", "Flush")),
	SessionStores:   methods("("+beegoSessionPkg+".Store)", "Set"),
}
