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

// Login adds the session the others look up.
func Login(tok, user string) { sessions[tok] = user }

func Label(key string) string { return "key " + key }

// Odd and Even recurse into each other: whichever is solved first, both
// get the lookup.
func Odd(tok string, n int) string { // want Odd:`credentials\(param0: looked up in sessions in Even\)`
	if n == 0 {
		return ""
	}
	return Even(tok, n-1)
}

func Even(tok string, n int) string { // want Even:`credentials\(param0: looked up in sessions in Even\)`
	if n == 0 {
		return sessions[tok]
	}
	return Odd(tok, n-1)
}

// A1, A2 and A3 call each other in a ring; A1, reached first, does the
// lookup, which a single pass in source order would miss in A2.
func A1(tok string, n int) string { // want A1:`credentials\(param0: looked up in sessions in A1\)`
	if n == 0 {
		return sessions[tok]
	}
	return A2(tok, n-1)
}

func A2(tok string, n int) string { // want A2:`credentials\(param0: looked up in sessions in A1\)`
	return A3(tok, n)
}

func A3(tok string, n int) string { // want A3:`credentials\(param0: looked up in sessions in A1\)`
	return A1(tok, n)
}
