// Package jwt is a minimal stub of github.com/golang-jwt/jwt (v3, before
// modules) for authvet's analysistest fixtures; signatures match
// github.com/golang-jwt/jwt@v3.2.2+incompatible.
package jwt

// Claims is what a token carries.
type Claims interface {
	Valid() error
}

// StandardClaims are the registered claims of RFC 7519.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

// Valid validates time based claims.
func (c StandardClaims) Valid() error { return nil }

// MapClaims are claims as a map.
type MapClaims map[string]interface{}

// Valid validates time based claims.
func (m MapClaims) Valid() error { return nil }

// SigningMethod signs and verifies tokens.
type SigningMethod interface {
	Alg() string
}

type hmac struct{}

func (hmac) Alg() string { return "HS256" }

// SigningMethodHS256 is HMAC with SHA-256.
var SigningMethodHS256 SigningMethod = hmac{}

// Token is a JWT.
type Token struct {
	Raw    string
	Method SigningMethod
	Header map[string]interface{}
	Claims Claims
	Valid  bool
}

// Keyfunc returns the key that verifies a token.
type Keyfunc func(*Token) (interface{}, error)

// NewWithClaims creates a token with the signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Method: method, Claims: claims}
}

// SignedString returns the complete, signed token.
func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

// Parse parses and verifies a token.
func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return &Token{Raw: tokenString}, nil
}

// ParseWithClaims parses and verifies a token into claims.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return &Token{Raw: tokenString, Claims: claims}, nil
}

// Parser parses tokens.
type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

// Parse parses and verifies a token.
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return &Token{Raw: tokenString}, nil
}

// ParseWithClaims parses and verifies a token into claims.
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return &Token{Raw: tokenString, Claims: claims}, nil
}

// ParseUnverified parses a token without verifying its signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return &Token{Raw: tokenString, Claims: claims}, nil, nil
}
