package frameworks

// JWTv4 and JWTv5 are github.com/golang-jwt/jwt. Parsing is safe when
// the Keyfunc checks the signing method or the parser pins algorithms
// with WithValidMethods.
var (
	JWTv4 = jwtFramework("github.com/golang-jwt/jwt/v4")
	JWTv5 = jwtFramework("github.com/golang-jwt/jwt/v5")
)

func jwtFramework(pkg string) Framework {
	return Framework{
		Name:     pkg[len("github.com/"):],
		Packages: []string{pkg},
		// A parsed token's Raw field is the string it was parsed from.
		Accessors: []Accessor{
			{Func: pkg + ".Parse", From: 0, NameArg: -1, Into: -1, Field: "Raw"},
			{Func: pkg + ".ParseWithClaims", From: 0, NameArg: -1, Into: -1, Field: "Raw"},
			{Func: "(*" + pkg + ".Parser).Parse", From: 0, NameArg: -1, Into: -1, Field: "Raw"},
			{Func: "(*" + pkg + ".Parser).ParseWithClaims", From: 0, NameArg: -1, Into: -1, Field: "Raw"},
			{Func: "(*" + pkg + ".Parser).ParseUnverified", From: 0, NameArg: -1, Into: -1, Field: "Raw"},
		},
		JWTParsers: []JWTParser{
			{Func: pkg + ".Parse", Token: 0},
			{Func: pkg + ".ParseWithClaims", Token: 0},
			{Func: "(*" + pkg + ".Parser).Parse", Token: 0},
			{Func: "(*" + pkg + ".Parser).ParseWithClaims", Token: 0},
		},
	}
}
