package frameworks

import "regexp"

// A CredentialArg is a library call that loads, looks up or verifies
// the session or token passed as argument Arg (not counting the
// receiver).
type CredentialArg struct {
	Func string `frameworks:"func"`
	Arg  Arg
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
