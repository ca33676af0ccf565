package frameworks

const echoJWTPkg = "github.com/labstack/echo-jwt/v4"

// EchoJWT is github.com/labstack/echo-jwt/v4, echo's JWT middleware. Its
// Config.TokenLookup lists where the token is read from; the default,
// "header:Authorization:Bearer ", is the Authorization header.
var EchoJWT = Framework{
	Name:     "echo-jwt",
	Packages: []string{echoJWTPkg},
	CredentialLookups: []CredentialLookup{
		{Type: echoJWTPkg + ".Config", Field: "TokenLookup", Sep: ",", Query: "query", Kind: "JWT"},
	},
}
