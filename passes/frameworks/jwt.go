package frameworks

// JWTv3, JWTv4 and JWTv5 are github.com/golang-jwt/jwt, and DgrijalvaJWT
// is github.com/dgrijalva/jwt-go, the unmaintained original that v3
// continues (same API). Parsing is safe when the Keyfunc checks the
// signing method or the parser pins algorithms with WithValidMethods,
// which only v4 and later offer: before v4, Parse takes no options.
var (
	JWTv3        = jwtFramework("github.com/golang-jwt/jwt")
	DgrijalvaJWT = jwtFramework("github.com/dgrijalva/jwt-go")
	JWTv4        = jwtFramework("github.com/golang-jwt/jwt/v4")
	JWTv5        = jwtFramework("github.com/golang-jwt/jwt/v5")
)

// jwtFramework describes one golang-jwt API.
func jwtFramework(pkg string) Framework {
	return Framework{
		Name:     pkg[len("github.com/"):],
		Packages: []string{pkg},
		// A parsed token's Raw field is the string it was parsed from.
		Accessors: []Accessor{
			{Func: pkg + ".Parse", From: 1, Field: "Raw"},
			{Func: pkg + ".ParseWithClaims", From: 1, Field: "Raw"},
			{Func: "(*" + pkg + ".Parser).Parse", From: 1, Field: "Raw"},
			{Func: "(*" + pkg + ".Parser).ParseWithClaims", From: 1, Field: "Raw"},
			{Func: "(*" + pkg + ".Parser).ParseUnverified", From: 1, Field: "Raw"},
		},
		// A token the server signs is minted by the server, whatever
		// the claims hold: the client cannot choose it.
		FreshSecrets: []Fresh{{Func: "(*" + pkg + ".Token).SignedString"}},
		JWTParsers: []JWTParser{
			{Func: pkg + ".Parse", Token: 1},
			{Func: pkg + ".ParseWithClaims", Token: 1},
			{Func: "(*" + pkg + ".Parser).Parse", Token: 1},
			{Func: "(*" + pkg + ".Parser).ParseWithClaims", Token: 1},
		},
	}
}
