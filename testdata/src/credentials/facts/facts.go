// Package facts shows the fact the credentials pass exports for an
// exported function: which of its parameters, or parts of them, it uses
// as credentials, and how. Unexported functions cannot be called from
// other packages and get none.
package facts

import "crypto/subtle"

var (
	apiToken = "configured"
	sessions = map[string]string{} // session token -> user
)

func Verify(key string) bool { // want Verify:`credentials\(param0: compared with a stored secret by subtle.ConstantTimeCompare in Verify\)`
	return subtle.ConstantTimeCompare([]byte(key), []byte(apiToken)) == 1
}

func User(tok string) string { // want User:`credentials\(param0: looked up in sessions in lookup\)`
	return lookup(tok)
}

// Creds is what a client presents.
type Creds struct{ Name, Key string }

func Check(c Creds) bool { // want Check:`credentials\(param0.Key: compared with apiToken in Check\)`
	return c.Key == apiToken
}

func lookup(tok string) string { return sessions[tok] }

func Label(key string) string { return "key " + key }
