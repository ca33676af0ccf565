package frameworks

const ginJWTPkg = "github.com/appleboy/gin-jwt/v2"

// GinJWT is github.com/appleboy/gin-jwt/v2, gin's JWT middleware. Its
// TokenLookup lists where the token is read from, trimming spaces
// ("header: Authorization, query: token"); the default is the
// Authorization header.
var GinJWT = Framework{
	Name:     "gin-jwt",
	Packages: []string{ginJWTPkg},
	CredentialLookups: []CredentialLookup{
		{Type: ginJWTPkg + ".GinJWTMiddleware", Field: "TokenLookup", Sep: ",", Trim: true, Query: "query", Kind: "JWT"},
	},
}
