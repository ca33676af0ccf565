package frameworks

import "regexp"

// Where a value read from the request is used as a bearer credential,
// beyond the JWT parsers each library declares (JWTParsers) and the
// session stores authflow recognizes.

// SecretCompares are calls that compare secrets in constant time: a
// value passed to one is treated as a credential, whatever it is
// compared with.
var SecretCompares = []string{
	"crypto/subtle.ConstantTimeCompare",
	"crypto/hmac.Equal",
}

// A CredentialArg is a library call that loads, looks up or verifies
// the session or token passed as argument Arg (not counting the
// receiver).
type CredentialArg struct {
	Func string
	Arg  int
}

// CredentialArgs are the library calls whose argument is a session or
// token, beyond JWT parsers. Other calls into the modelled libraries are
// not judged by their names: their Get and Load methods take session
// names and data keys.
var CredentialArgs = []CredentialArg{
	{Func: "(*github.com/alexedwards/scs/v2.SessionManager).Load", Arg: 1},
	{Func: "(*github.com/alexedwards/scs/v2.SessionManager).MergeSession", Arg: 1},
	{Func: "(*github.com/gorilla/securecookie.SecureCookie).Decode", Arg: 1},
	{Func: "(github.com/gorilla/securecookie.Codec).Decode", Arg: 1},
	{Func: "github.com/gorilla/securecookie.DecodeMulti", Arg: 1},
}

// Digests are calls whose result is a hash or MAC the server computes
// over data it holds: a client value compared with one, itself not
// hashed, is a URL signature or a content digest being checked, not a
// bearer credential. A client value hashed before the comparison
// (sha256 of both sides, to compare in constant time) still is one.
var Digests = []string{
	"(hash.Hash).Sum",
	"crypto/md5.Sum",
	"crypto/sha1.Sum",
	"crypto/sha256.Sum224",
	"crypto/sha256.Sum256",
	"crypto/sha512.Sum384",
	"crypto/sha512.Sum512",
}

// Equalities are calls that compare their first two arguments as ==
// does.
var Equalities = []string{
	"bytes.Equal",
	"strings.EqualFold",
}

// QueryTags are the struct tag keys, in order of preference, that name
// a field filled by binding the query string: fiber and echo read
// "query", gin reads "form", and many structs only carry "json".
var QueryTags = []string{"query", "form", "json"}

var (
	// CredentialLookupName matches functions and methods that look a
	// session or token up, or verify one: GetSession, ValidateToken,
	// FindUserByAPIKey, UserByFeverToken.
	CredentialLookupName = regexp.MustCompile(`(?i)^(get|load|lookup|find|fetch|read|query|validate|verify|check|resolve|introspect|authenticate|authorize|parse|decode)_?[a-z0-9_]*(session|token|api_?key|jwt|bearer|credential)|^[a-z0-9]*_?by_?[a-z0-9_]*(token|api_?key|session_?id|jwt)$`)

	// StoreLookupName matches the plain method names with which a store
	// of sessions or tokens (a receiver whose type or field name matches
	// StoreTypeName) is queried: sessions.Get(id).
	StoreLookupName = regexp.MustCompile(`(?i)^(get|load|lookup|find|fetch|read|validate|verify|check|resolve|introspect|authenticate)$`)

	// DigestName matches the names of methods, on interfaces and types
	// of other packages, that return the digests of what they hashed:
	// a program's own hashing writer (Sums, Checksum).
	DigestName = regexp.MustCompile(`(?i)^(sums?|digests?|checksums?)$`)

	// StoredSecretName matches names of values, other than credential
	// names, that hold a stored secret a client value is compared with.
	StoredSecretName = regexp.MustCompile(`(?i)(hash|digest|hmac|signature|secret|expected_?(token|key))`)
)
