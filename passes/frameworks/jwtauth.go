package frameworks

const jwtauthPkg = "github.com/go-chi/jwtauth/v5"

// JWTAuth is github.com/go-chi/jwtauth/v5, chi's JWT middleware.
// Verifier reads the token from the Authorization header and the "jwt"
// cookie; Verify and VerifyRequest take the extractors to use, among
// them TokenFromQuery, which reads the "jwt" query parameter.
var JWTAuth = Framework{
	Name:            "jwtauth",
	Packages:        []string{jwtauthPkg},
	QueryExtractors: []QueryExtractor{{Func: jwtauthPkg + ".TokenFromQuery", Param: "jwt"}},
	TokenExtractors: []TokenExtractorArg{
		{Func: jwtauthPkg + ".Verify", Arg: 2},
		{Func: jwtauthPkg + ".VerifyRequest", Arg: 3},
	},
}
