// Package jwt is a minimal stub of github.com/golang-jwt/jwt/v4 for authvet's analysistest fixtures; signatures match github.com/golang-jwt/jwt/v4@v4.5.2.
package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
	"time"
)

// ---- errors.go ----

var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")

	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")

	ErrTokenInvalidAudience  = errors.New("token has invalid audience")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenUsedBeforeIssued = errors.New("token used before issued")
	ErrTokenInvalidIssuer    = errors.New("token has invalid issuer")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidId        = errors.New("token has invalid id")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")
)

// The errors that might occur when parsing and validating a token.
const (
	ValidationErrorMalformed        uint32 = 1 << iota // Token is malformed
	ValidationErrorUnverifiable                        // Token could not be verified because of signing problems
	ValidationErrorSignatureInvalid                    // Signature validation failed

	ValidationErrorAudience      // AUD validation failed
	ValidationErrorExpired       // EXP validation failed
	ValidationErrorIssuedAt      // IAT validation failed
	ValidationErrorIssuer        // ISS validation failed
	ValidationErrorNotValidYet   // NBF validation failed
	ValidationErrorId            // JTI validation failed
	ValidationErrorClaimsInvalid // Generic claims validation error
)

// NewValidationError is a helper for constructing a ValidationError with a string error message.
func NewValidationError(errorText string, errorFlags uint32) *ValidationError {
	return &ValidationError{text: errorText, Errors: errorFlags}
}

// ValidationError represents an error from Parse if token is not valid.
type ValidationError struct {
	Inner  error  // stores the error returned by external dependencies, i.e.: KeyFunc
	Errors uint32 // bitfield.  see ValidationError... constants
	text   string // errors that do not have a valid error just have text
}

func (e ValidationError) Error() string      { return e.text }
func (e *ValidationError) Unwrap() error     { return e.Inner }
func (e *ValidationError) Is(err error) bool { return false }

// ---- claims.go ----

// Claims must just have a Valid method that determines if the token is invalid for any supported reason.
type Claims interface {
	Valid() error
}

// RegisteredClaims are a structured version of the JWT Claims Set.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) Valid() error                                  { return nil }
func (c *RegisteredClaims) VerifyAudience(cmp string, req bool) bool     { return false }
func (c *RegisteredClaims) VerifyExpiresAt(cmp time.Time, req bool) bool { return false }
func (c *RegisteredClaims) VerifyIssuedAt(cmp time.Time, req bool) bool  { return false }
func (c *RegisteredClaims) VerifyNotBefore(cmp time.Time, req bool) bool { return false }
func (c *RegisteredClaims) VerifyIssuer(cmp string, req bool) bool       { return false }

// StandardClaims are a structured version of the JWT Claims Set.
//
// Deprecated: Use RegisteredClaims instead for a forward-compatible way to access registered claims in a struct.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

func (c StandardClaims) Valid() error                              { return nil }
func (c *StandardClaims) VerifyAudience(cmp string, req bool) bool { return false }
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { return false }
func (c *StandardClaims) VerifyIssuedAt(cmp int64, req bool) bool  { return false }
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { return false }
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool   { return false }

// ---- map_claims.go ----

// MapClaims is a claims type that uses the map[string]interface{} for JSON decoding.
type MapClaims map[string]interface{}

func (m MapClaims) VerifyAudience(cmp string, req bool) bool { return false }
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { return false }
func (m MapClaims) VerifyIssuedAt(cmp int64, req bool) bool  { return false }
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { return false }
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool   { return false }
func (m MapClaims) Valid() error                             { return nil }

// ---- types.go ----

// TimePrecision sets the precision of times and dates within this library.
var TimePrecision = time.Second

// MarshalSingleStringAsArray modifies the behaviour of the ClaimStrings type.
var MarshalSingleStringAsArray = true

// NumericDate represents a JSON numeric date value.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library time.Time struct.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

func (date NumericDate) MarshalJSON() (b []byte, err error)  { return nil, nil }
func (date *NumericDate) UnmarshalJSON(b []byte) (err error) { return nil }

// ClaimStrings is basically just a slice of strings, but it can be either serialized from a string array or just a string.
type ClaimStrings []string

func (s *ClaimStrings) UnmarshalJSON(data []byte) (err error) { return nil }
func (s ClaimStrings) MarshalJSON() (b []byte, err error)     { return nil, nil }

// ---- signing_method.go ----

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error // Returns nil if signature is valid
	Sign(signingString string, key interface{}) (string, error)    // Returns encoded signature or error
	Alg() string                                                   // returns the alg identifier for this method (example: 'HS256')
}

// RegisterSigningMethod registers the "alg" name and a factory function for signing method.
func RegisterSigningMethod(alg string, f func() SigningMethod) {}

// GetSigningMethod retrieves a signing method from an "alg" string.
func GetSigningMethod(alg string) (method SigningMethod) { return nil }

// GetAlgorithms returns a list of registered "alg" names.
func GetAlgorithms() (algs []string) { return nil }

// ---- hmac.go ----

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

var (
	SigningMethodHS256  = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384  = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512  = &SigningMethodHMAC{"HS512", crypto.SHA512}
	ErrSignatureInvalid = errors.New("signature is invalid")
)

func (m *SigningMethodHMAC) Alg() string { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ---- rsa.go ----

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

var (
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
)

func (m *SigningMethodRSA) Alg() string { return m.Name }
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ---- rsa_pss.go ----

// SigningMethodRSAPSS implements the RSAPSS family of signing methods.
// Alg() is promoted from the embedded *SigningMethodRSA.
type SigningMethodRSAPSS struct {
	*SigningMethodRSA
	Options       *rsa.PSSOptions
	VerifyOptions *rsa.PSSOptions
}

var (
	SigningMethodPS256 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{Name: "PS256", Hash: crypto.SHA256}}
	SigningMethodPS384 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{Name: "PS384", Hash: crypto.SHA384}}
	SigningMethodPS512 = &SigningMethodRSAPSS{SigningMethodRSA: &SigningMethodRSA{Name: "PS512", Hash: crypto.SHA512}}
)

func (m *SigningMethodRSAPSS) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodRSAPSS) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ---- ecdsa.go ----

var (
	// ErrECDSAVerification is missing from crypto/ecdsa compared to crypto/rsa.
	ErrECDSAVerification = errors.New("crypto/ecdsa: verification error")
)

// SigningMethodECDSA implements the ECDSA family of signing methods.
type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

var (
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
)

func (m *SigningMethodECDSA) Alg() string { return m.Name }
func (m *SigningMethodECDSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodECDSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ---- ed25519.go ----

var (
	ErrEd25519Verification = errors.New("ed25519: verification error")
)

// SigningMethodEd25519 implements the EdDSA family.
type SigningMethodEd25519 struct{}

var (
	SigningMethodEdDSA = &SigningMethodEd25519{}
)

func (m *SigningMethodEd25519) Alg() string { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodEd25519) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ---- none.go ----

// SigningMethodNone implements the none signing method.
var SigningMethodNone = &signingMethodNone{}

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var NoneSignatureTypeDisallowedError error = NewValidationError("'none' signature type is not allowed", ValidationErrorSignatureInvalid)

type signingMethodNone struct{}
type unsafeNoneMagicConstant string

func (m *signingMethodNone) Alg() string { return "none" }
func (m *signingMethodNone) Verify(signingString, signature string, key interface{}) (err error) {
	return nil
}
func (m *signingMethodNone) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// ---- *_utils.go ----

var (
	ErrKeyMustBePEMEncoded = errors.New("invalid key: Key must be a PEM encoded PKCS1 or PKCS8 key")
	ErrNotRSAPrivateKey    = errors.New("key is not a valid RSA private key")
	ErrNotRSAPublicKey     = errors.New("key is not a valid RSA public key")
	ErrNotECPublicKey      = errors.New("key is not a valid ECDSA public key")
	ErrNotECPrivateKey     = errors.New("key is not a valid ECDSA private key")
	ErrNotEdPrivateKey     = errors.New("key is not a valid Ed25519 private key")
	ErrNotEdPublicKey      = errors.New("key is not a valid Ed25519 public key")
)

func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }
func ParseRSAPrivateKeyFromPEMWithPassword(key []byte, password string) (*rsa.PrivateKey, error) {
	return nil, nil
}
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error)    { return nil, nil }
func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }
func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error)   { return nil, nil }
func ParseEdPrivateKeyFromPEM(key []byte) (crypto.PrivateKey, error) { return nil, nil }
func ParseEdPublicKeyFromPEM(key []byte) (crypto.PublicKey, error)   { return nil, nil }

// ---- token.go ----

// DecodePaddingAllowed will switch the codec used for decoding JWTs respectively.
var DecodePaddingAllowed bool

// DecodeStrict will switch the codec used for decoding JWTs into strict mode.
var DecodeStrict bool

// TimeFunc provides the current time when parsing token to validate "exp" claim (expiration time).
var TimeFunc = time.Now

// Keyfunc will be used by the Parse methods as a callback function to supply the key for verification.
type Keyfunc func(*Token) (interface{}, error)

// Token represents a JWT Token.
type Token struct {
	Raw       string                 // The raw token.  Populated when you Parse a token
	Method    SigningMethod          // The signing method used or to be used
	Header    map[string]interface{} // The first segment of the token
	Claims    Claims                 // The second segment of the token
	Signature string                 // The third segment of the token.  Populated when you Parse a token
	Valid     bool                   // Is the token valid?  Populated when you Parse/Verify a token
}

// New creates a new Token with the specified signing method and an empty map of claims.
func New(method SigningMethod) *Token {
	return NewWithClaims(method, MapClaims{})
}

// NewWithClaims creates a new Token with the specified signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{
		Header: map[string]interface{}{"typ": "JWT", "alg": method.Alg()},
		Claims: claims,
		Method: method,
	}
}

func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }
func (t *Token) SigningString() (string, error)               { return "", nil }

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

// EncodeSegment encodes a JWT specific base64url encoding with padding stripped.
func EncodeSegment(seg []byte) string { return "" }

// DecodeSegment decodes a JWT specific base64url encoding with padding stripped.
func DecodeSegment(seg string) ([]byte, error) { return nil, nil }

// ---- parser.go ----

// Parser parses JWTs. Its fields are exported (deprecated) in v4.
type Parser struct {
	// Deprecated: set with WithValidMethods.
	ValidMethods []string
	// Deprecated: set with WithJSONNumber.
	UseJSONNumber bool
	// Deprecated: set with WithoutClaimsValidation.
	SkipClaimsValidation bool
}

// NewParser creates a new Parser with the specified options.
func NewParser(options ...ParserOption) *Parser {
	p := &Parser{}
	for _, option := range options {
		option(p)
	}
	return p
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return p.ParseWithClaims(tokenString, MapClaims{}, keyFunc)
}
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return &Token{Raw: tokenString, Claims: claims}, nil
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return &Token{Raw: tokenString, Claims: claims}, nil, nil
}

// ---- parser_option.go ----

// ParserOption is used to implement functional-style options that modify the behavior of the parser.
type ParserOption func(*Parser)

func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.ValidMethods = methods }
}
func WithJSONNumber() ParserOption          { return func(p *Parser) { p.UseJSONNumber = true } }
func WithoutClaimsValidation() ParserOption { return func(p *Parser) { p.SkipClaimsValidation = true } }
