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
		sources(echoContext, Query, 0, -1, "QueryParam"),
		sources(echoContext, Query, -1, -1, "QueryParams", "QueryString"),
		sources(echoContext, Form, 0, -1, "FormValue"),
		sources(echoContext, Form, -1, -1, "FormParams"),
		sources(echoContext, Path, 0, -1, "Param"),
		sources(echoContext, Cookie, 0, -1, "Cookie"),
		sources(echoContext, Cookie, -1, -1, "Cookies"),
		sources(echoContext, Body, -1, 0, "Bind"),
		[]Source{
			{Func: echoPkg + ".QueryParam", Input: Query, NameArg: 1, Into: -1},
			{Func: echoPkg + ".QueryParams", Input: Query, NameArg: 1, Into: -1},
			{Func: "(*" + echoPkg + ".DefaultBinder).BindQueryParams", Input: Query, NameArg: -1, Into: 1},
		},
	),
	ResponseTypes: []string{"*" + echoPkg + ".Response"},
	Sinks: []Sink{
		{Func: echoContext + ".SetCookie", Output: ToCookie, Arg: 0, NameArg: -1, Field: "Value", Writer: -1},
		{Func: echoContext + ".JSON", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: echoContext + ".JSONPretty", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: echoContext + ".XML", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: echoContext + ".String", Output: ToBody, Arg: 1, NameArg: -1, Writer: -1},
		{Func: echoContext + ".HTML", Output: ToBody, Arg: 1, NameArg: -1, Writer: -1},
		{Func: echoContext + ".Blob", Output: ToBody, Arg: 2, NameArg: -1, Writer: -1},
		{Func: "(*" + echoPkg + ".Response).Write", Output: ToBody, Arg: 0, NameArg: -1, Writer: -1},
	},
	CookieSetters: []CookieSetter{
		{Func: echoContext + ".SetCookie", Cookie: 0, Name: -1, Value: -1, MaxAge: -1, Secure: -1, HTTPOnly: -1},
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
		routes("(*"+echoPkg+".Echo)", 0, 1, slices.Concat(verbsUpper, []string{"CONNECT", "TRACE"})...),
		routes("(*"+echoPkg+".Group)", 0, 1, slices.Concat(verbsUpper, []string{"CONNECT", "TRACE"})...),
		[]Route{
			{Func: "(*" + echoPkg + ".Echo).Add", Path: 1, Handler: 2},
			{Func: "(*" + echoPkg + ".Group).Add", Path: 1, Handler: 2},
		},
	),
}
