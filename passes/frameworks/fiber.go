package frameworks

import "slices"

const (
	fiberPkg        = "github.com/gofiber/fiber/v2"
	fiberCtx        = "(*" + fiberPkg + ".Ctx)"
	fiberSessionPkg = fiberPkg + "/middleware/session"
	fiberSession    = "(*" + fiberSessionPkg + ".Session)"
	fiberStore      = "(*" + fiberSessionPkg + ".Store)"
)

// Fiber is github.com/gofiber/fiber/v2, which is built on fasthttp, not
// net/http: its cookie spells HTTPOnly and its SameSite is a string.
var Fiber = Framework{
	Name:     "fiber",
	Packages: []string{fiberPkg},
	Sources: slices.Concat(
		sources(fiberCtx, Query, 1, 0, "Query", "QueryInt", "QueryBool"),
		sources(fiberCtx, Path, 1, 0, "Params", "ParamsInt"),
		sources(fiberCtx, Header, 1, 0, "Get"),
		sources(fiberCtx, Header, 0, 0, "GetReqHeaders"),
		sources(fiberCtx, Cookie, 1, 0, "Cookies"),
		sources(fiberCtx, Form, 1, 0, "FormValue"),
		sources(fiberCtx, Body, 0, 1, "BodyParser"),
		sources(fiberCtx, Query, 0, 1, "QueryParser"),
		sources(fiberCtx, Header, 0, 1, "ReqHeaderParser"),
		sources(fiberCtx, Body, 0, 0, "Body", "BodyRaw"),
	),
	Sinks: []Sink{
		{Func: fiberCtx + ".Cookie", Output: ToCookie, Arg: 1, Field: "Value"},
		{Func: fiberCtx + ".Set", Output: ToHeader, Arg: 2, NameArg: 1},
		{Func: fiberCtx + ".Append", Output: ToHeader, Arg: 2, NameArg: 1},
		{Func: fiberCtx + ".JSON", Output: ToJSON, Arg: 1},
		{Func: fiberCtx + ".XML", Output: ToJSON, Arg: 1},
		{Func: fiberCtx + ".SendString", Output: ToBody, Arg: 1},
		{Func: fiberCtx + ".Send", Output: ToBody, Arg: 1},
		{Func: fiberCtx + ".Write", Output: ToBody, Arg: 1},
		{Func: fiberCtx + ".WriteString", Output: ToBody, Arg: 1},
	},
	CookieTypes: []CookieType{{
		Type: fiberPkg + ".Cookie",
		Name: "Name", Value: "Value", MaxAge: "MaxAge", Expires: "Expires",
		Secure: "Secure", HTTPOnly: "HTTPOnly", SameSite: "SameSite",
		Lax:    []string{fiberPkg + ".CookieSameSiteLaxMode"},
		Strict: []string{fiberPkg + ".CookieSameSiteStrictMode"},
		None:   []string{fiberPkg + ".CookieSameSiteNoneMode"},
		// Ctx.Cookie sends Lax unless told Strict, None or "disabled".
		SameSiteDefault: "lax",
	}, {
		// The session middleware's Config. Its CookieSameSite string is
		// read case-insensitively and anything but "strict" or "none"
		// sends Lax, so it cannot turn SameSite off: it is left out.
		Type:   fiberSessionPkg + ".Config",
		Secure: "CookieSecure", HTTPOnly: "CookieHTTPOnly",
		SameSiteDefault: "lax",
	}},
	CookieSetters: []CookieSetter{
		{Func: fiberCtx + ".Cookie", Cookie: 1},
	},
	CookieDeleters: []CookieDeleter{{Func: fiberCtx + ".ClearCookie", Names: 1}},
	// The key-auth middleware reads the key, and the session middleware
	// the session ID, from one "<source>:<name>" KeyLookup.
	CredentialLookups: []CredentialLookup{
		{Type: fiberPkg + "/middleware/keyauth.Config", Field: "KeyLookup", Query: "query", Kind: "API key"},
		{Type: fiberSessionPkg + ".Config", Field: "KeyLookup", Query: "query", Kind: "session ID"},
	},
	Handlers: []HandlerSig{
		{Params: []string{"*" + fiberPkg + ".Ctx"}, Results: []string{"error"}},
	},
	// The session middleware keeps sessions in its Storage: Save writes
	// one; Destroy, Reset and the store's Delete and Reset remove them;
	// Regenerate moves one to a new ID.
	// session.New's ConfigDefault, and any Config that does not set
	// them, leave CookieHTTPOnly and CookieSecure false; the Store
	// embeds the Config, so they may be set on it later.
	SessionConfigs: []SessionConfig{
		{Func: fiberSessionPkg + ".New", Field: "Config", Options: fiberSessionPkg + ".Config",
			Defaults: Defaults{SameSite: "lax"}, CookieName: "session_id"},
	},
	SessionRenewers: methods(fiberSession, "Regenerate"),
	SessionRevokers: slices.Concat(methods(fiberSession, "Destroy", "Reset"), methods(fiberStore, "Delete", "Reset")),
	SessionStores:   methods(fiberSession, "Save"),
	Routes: slices.Concat(
		routes("(*"+fiberPkg+".App)", 1, 2, verbsTitle...),
		routes("(*"+fiberPkg+".Group)", 1, 2, verbsTitle...),
		routes("("+fiberPkg+".Router)", 1, 2, verbsTitle...),
		routes("(*"+fiberPkg+".App)", 2, 3, "Add"),
	),
}
