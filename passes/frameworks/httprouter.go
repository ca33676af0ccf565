package frameworks

import "slices"

const httprouterPkg = "github.com/julienschmidt/httprouter"

// HTTPRouter is github.com/julienschmidt/httprouter. Its handlers are
// net/http handlers with a third parameter, the path parameters;
// responses and cookies are net/http's.
var HTTPRouter = Framework{
	Name:     "httprouter",
	Packages: []string{httprouterPkg},
	Sources: []Source{
		{Func: "(" + httprouterPkg + ".Params).ByName", Input: Path, NameArg: 1},
	},
	Handlers: []HandlerSig{
		{Params: []string{"net/http.ResponseWriter", "*net/http.Request", httprouterPkg + ".Params"}},
	},
	Routes: slices.Concat(
		routes("(*"+httprouterPkg+".Router)", 1, 2, verbsUpper[:7]...),
		// Handle, Handler and HandlerFunc take the method first.
		routes("(*"+httprouterPkg+".Router)", 2, 3, "Handle", "Handler", "HandlerFunc"),
	),
}
