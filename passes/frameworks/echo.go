package frameworks

import "slices"

const (
	echoPkg     = "github.com/labstack/echo/v4"
	echoContext = "(" + echoPkg + ".Context)"
)

// Echo is github.com/labstack/echo/v4. Its Context is an interface, so
// calls on it are matched by the interface method.
var Echo = Framework{
	Name:     "echo",
	Packages: []string{echoPkg},
	Sources: slices.Concat(
		sources(echoContext, Query, 1, 0, "QueryParam"),
		sources(echoContext, Query, 0, 0, "QueryParams", "QueryString"),
		sources(echoContext, Form, 1, 0, "FormValue"),
		sources(echoContext, Form, 0, 0, "FormParams"),
		sources(echoContext, Path, 1, 0, "Param"),
		sources(echoContext, Cookie, 1, 0, "Cookie"),
		sources(echoContext, Cookie, 0, 0, "Cookies"),
		sources(echoContext, Body, 0, 1, "Bind"),
		[]Source{
			{Func: echoPkg + ".QueryParam", Input: Query, NameArg: 2},
			{Func: echoPkg + ".QueryParams", Input: Query, NameArg: 2},
			{Func: "(*" + echoPkg + ".DefaultBinder).BindQueryParams", Input: Query, Into: 2},
		},
	),
	ResponseTypes: []string{"*" + echoPkg + ".Response"},
	ValueCarriers: []ValueCarrier{
		{Func: echoContext + ".Set", Key: 1, Value: 2},
		{Func: echoContext + ".Get", Key: 1},
	},
	Sinks: []Sink{
		{Func: echoContext + ".SetCookie", Output: ToCookie, Arg: 1, Field: "Value"},
		{Func: echoContext + ".JSON", Output: ToJSON, Arg: 2},
		{Func: echoContext + ".JSONPretty", Output: ToJSON, Arg: 2},
		{Func: echoContext + ".XML", Output: ToJSON, Arg: 2},
		{Func: echoContext + ".String", Output: ToBody, Arg: 2},
		{Func: echoContext + ".HTML", Output: ToBody, Arg: 2},
		{Func: echoContext + ".Blob", Output: ToBody, Arg: 3},
		{Func: "(*" + echoPkg + ".Response).Write", Output: ToBody, Arg: 1},
	},
	CookieSetters: []CookieSetter{
		{Func: echoContext + ".SetCookie", Cookie: 1},
	},
	// The key-auth middleware reads the key from KeyLookup, by default
	// "header:Authorization".
	CredentialLookups: []CredentialLookup{
		{Type: echoPkg + "/middleware.KeyAuthConfig", Field: "KeyLookup", Sep: ",", Query: "query", Kind: "API key"},
	},
	Handlers: []HandlerSig{
		{Params: []string{echoPkg + ".Context"}, Results: []string{"error"}},
	},
	Routes: slices.Concat(
		routes("(*"+echoPkg+".Echo)", 1, 2, slices.Concat(verbsUpper, []string{"CONNECT", "TRACE"})...),
		routes("(*"+echoPkg+".Group)", 1, 2, slices.Concat(verbsUpper, []string{"CONNECT", "TRACE"})...),
		[]Route{
			{Func: "(*" + echoPkg + ".Echo).Add", Path: 2, Handler: 3},
			{Func: "(*" + echoPkg + ".Group).Add", Path: 2, Handler: 3},
		},
	),
}
