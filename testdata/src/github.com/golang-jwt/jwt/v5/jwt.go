// Package jwt is a minimal stub of github.com/golang-jwt/jwt/v5 for authvet's analysistest fixtures; signatures match github.com/golang-jwt/jwt/v5@v5.3.1.
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
	ErrInvalidKey                = errors.New("key is invalid")
	ErrInvalidKeyType            = errors.New("key is of invalid type")
	ErrHashUnavailable           = errors.New("the requested hash function is unavailable")
	ErrTokenMalformed            = errors.New("token is malformed")
	ErrTokenUnverifiable         = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid     = errors.New("token signature is invalid")
	ErrTokenRequiredClaimMissing = errors.New("token is missing required claim")
	ErrTokenInvalidAudience      = errors.New("token has invalid audience")
	ErrTokenExpired              = errors.New("token is expired")
	ErrTokenUsedBeforeIssued     = errors.New("token used before issued")
	ErrTokenInvalidIssuer        = errors.New("token has invalid issuer")
	ErrTokenInvalidSubject       = errors.New("token has invalid subject")
	ErrTokenNotValidYet          = errors.New("token is not valid yet")
	ErrTokenInvalidId            = errors.New("token has invalid id")
	ErrTokenInvalidClaims        = errors.New("token has invalid claims")
	ErrInvalidType               = errors.New("invalid type for claim")
)

// ---- claims.go ----

// Claims represent any form of a JWT Claims Set according to
// https://datatracker.ietf.org/doc/html/rfc7519#section-4.
type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

// ---- types.go ----

// TimePrecision sets the precision of times and dates within this library.
var TimePrecision = time.Second

// MarshalSingleStringAsArray modifies the behavior of the ClaimStrings type.
var MarshalSingleStringAsArray = true

// NumericDate represents a JSON numeric date value, as referenced at
// https://datatracker.ietf.org/doc/html/rfc7519#section-2.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library time.Time struct.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

func (date NumericDate) MarshalJSON() (b []byte, err error)  { return nil, nil }
func (date *NumericDate) UnmarshalJSON(b []byte) (err error) { return nil }

// ClaimStrings is basically just a slice of strings, but it can be either
// serialized from a string array or just a string.
type ClaimStrings []string

func (s *ClaimStrings) UnmarshalJSON(data []byte) (err error) { return nil }
func (s ClaimStrings) MarshalJSON() (b []byte, err error)     { return nil, nil }

// ---- map_claims.go ----

// MapClaims is a claims type that uses the map[string]any for JSON decoding.
type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

// ---- registered_claims.go ----

// RegisteredClaims are a structured version of the JWT Claims Set,
// restricted to Registered Claim Names.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }

// ---- signing_method.go ----

// SigningMethod can be used add new methods for signing or verifying tokens.
type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error // Returns nil if signature is valid
	Sign(signingString string, key any) ([]byte, error)     // Returns signature or error
	Alg() string                                            // returns the alg identifier for this method (example: 'HS256')
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

func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

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

func (m *SigningMethodRSA) Alg() string                                            { return m.Name }
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

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

func (m *SigningMethodRSAPSS) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSAPSS) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

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

func (m *SigningMethodECDSA) Alg() string                                            { return m.Name }
func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// ---- ed25519.go ----

var (
	ErrEd25519Verification = errors.New("ed25519: verification error")
)

// SigningMethodEd25519 implements the EdDSA family.
type SigningMethodEd25519 struct{}

var (
	SigningMethodEdDSA = &SigningMethodEd25519{}
)

func (m *SigningMethodEd25519) Alg() string                                            { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// ---- none.go ----

// SigningMethodNone implements the none signing method.
var SigningMethodNone = &signingMethodNone{}

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var NoneSignatureTypeDisallowedError error = errors.New("'none' signature type is not allowed")

type signingMethodNone struct{}
type unsafeNoneMagicConstant string

func (m *signingMethodNone) Alg() string                                                  { return "none" }
func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) (err error) { return nil }
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error)           { return nil, nil }

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

// Keyfunc will be used by the Parse methods as a callback function to supply
// the key for verification.
type Keyfunc func(*Token) (any, error)

// VerificationKey represents a public or secret key for verifying a token's signature.
type VerificationKey interface {
	crypto.PublicKey | []uint8
}

// VerificationKeySet is a set of public or secret keys.
type VerificationKeySet struct {
	Keys []VerificationKey
}

// Token represents a JWT Token.
type Token struct {
	Raw       string         // Raw contains the raw token.  Populated when you [Parse] a token
	Method    SigningMethod  // Method is the signing method used or to be used
	Header    map[string]any // Header is the first segment of the token in decoded form
	Claims    Claims         // Claims is the second segment of the token in decoded form
	Signature []byte         // Signature is the third segment of the token in decoded form.
	Valid     bool           // Valid specifies if the token is valid.  Populated when you [Parse] a token
}

// TokenOption is a reserved type, which provides some forward compatibility.
type TokenOption func(*Token)

// New creates a new [Token] with the specified signing method and an empty map of claims.
func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

// NewWithClaims creates a new [Token] with the specified signing method and claims.
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{
		Header: map[string]any{"typ": "JWT", "alg": method.Alg()},
		Claims: claims,
		Method: method,
	}
}

func (t *Token) SignedString(key any) (string, error) { return "", nil }
func (t *Token) SigningString() (string, error)       { return "", nil }
func (*Token) EncodeSegment(seg []byte) string        { return "" }

// ---- parser.go ----

// Parser is used to parse, validate and verify JWTs.
type Parser struct {
	validMethods         []string
	useJSONNumber        bool
	skipClaimsValidation bool
	validator            *Validator
	decodeStrict         bool
	decodePaddingAllowed bool
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
func (p *Parser) DecodeSegment(seg string) ([]byte, error) { return nil, nil }

// Parse parses, validates, verifies the signature and returns the parsed token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

// ---- parser_option.go ----

// ParserOption is used to implement functional-style options that modify the
// behavior of the parser.
type ParserOption func(*Parser)

func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.validMethods = methods }
}
func WithJSONNumber() ParserOption                 { return func(p *Parser) {} }
func WithoutClaimsValidation() ParserOption        { return func(p *Parser) { p.skipClaimsValidation = true } }
func WithLeeway(leeway time.Duration) ParserOption { return func(p *Parser) {} }
func WithTimeFunc(f func() time.Time) ParserOption { return func(p *Parser) {} }
func WithIssuedAt() ParserOption                   { return func(p *Parser) {} }
func WithExpirationRequired() ParserOption         { return func(p *Parser) {} }
func WithNotBeforeRequired() ParserOption          { return func(p *Parser) {} }
func WithAudience(aud ...string) ParserOption      { return func(p *Parser) {} }
func WithAllAudiences(aud ...string) ParserOption  { return func(p *Parser) {} }
func WithIssuer(iss string) ParserOption           { return func(p *Parser) {} }
func WithSubject(sub string) ParserOption          { return func(p *Parser) {} }
func WithPaddingAllowed() ParserOption             { return func(p *Parser) {} }
func WithStrictDecoding() ParserOption             { return func(p *Parser) {} }

// ---- validator.go ----

// ClaimsValidator is an interface that can be implemented by custom claims who
// wish to execute any additional claims validation based on application-specific logic.
type ClaimsValidator interface {
	Claims
	Validate() error
}

// Validator is the core of the new Validation API.
type Validator struct {
	leeway time.Duration
}

// NewValidator can be used to create a stand-alone validator with the supplied options.
func NewValidator(opts ...ParserOption) *Validator { return &Validator{} }

// Validate validates the given claims.
func (v *Validator) Validate(claims Claims) error { return nil }
