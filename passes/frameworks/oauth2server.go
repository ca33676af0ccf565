package frameworks

const oauth2ServerPkg = "github.com/go-oauth2/oauth2/v4/server"

// OAuth2Server is github.com/go-oauth2/oauth2/v4/server, an OAuth 2.0
// authorization server whose ValidationBearerToken authenticates
// resource requests. NewServer installs AccessTokenDefaultResolveHandler,
// which reads the Authorization header and, when there is none, the
// "access_token" form value: the URL query, too.
var OAuth2Server = Framework{
	Name:            "go-oauth2",
	Packages:        []string{oauth2ServerPkg},
	QueryExtractors: []QueryExtractor{{Func: oauth2ServerPkg + ".AccessTokenDefaultResolveHandler", Param: "access_token"}},
	TokenExtractors: []TokenExtractorArg{{Func: "(*" + oauth2ServerPkg + ".Server).SetAccessTokenResolveHandler", Arg: 1}},
	DefaultReaders: []DefaultQueryReader{{
		Func:   "(*" + oauth2ServerPkg + ".Server).ValidationBearerToken",
		New:    []string{oauth2ServerPkg + ".NewServer", oauth2ServerPkg + ".NewDefaultServer"},
		Setter: "(*" + oauth2ServerPkg + ".Server).SetAccessTokenResolveHandler",
		Field:  oauth2ServerPkg + ".Server.AccessTokenResolveHandler",
		Param:  "access_token",
	}},
}
