// Package helpers proves that authflow summarizes helpers and exports
// the summaries as facts: input read through a parameter, a pass-through,
// a fresh secret, a value sent to the client, a field written through a
// parameter, and a password check. What the cookies a helper builds look
// like is the cookies pass's (testdata/src/cookies/builders).
package helpers

import (
	"crypto/rand"
	"io"
	"net/http"
	"strings"
)

func BearerToken(r *http.Request) string { // want BearerToken:`summary\(result0=\[header "Authorization"\]\)`
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func Normalize(s string) string { // want Normalize:`summary\(result0=\[param0\]\)`
	return strings.ToLower(strings.TrimSpace(s))
}

func NewToken() string { // want NewToken:`summary\(result0=\[fresh secret\]\)`
	return rand.Text()
}

// NewKey reads its bytes from crypto/rand.Reader: a fresh secret.
func NewKey() []byte { // want NewKey:`summary\(result0=\[fresh secret\]\)`
	b := make([]byte, 32)
	io.ReadFull(rand.Reader, b)
	return b
}

// ReadKey reads its bytes from any reader it is given: nothing fresh.
func ReadKey(r io.Reader) []byte {
	b := make([]byte, 32)
	io.ReadFull(r, b)
	return b
}

func SetSession(w http.ResponseWriter, tok string) { // want SetSession:`summary\(cookie<-\[param1\]\)`
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok})
}

func SetCookie(w http.ResponseWriter, name, value string) { // want SetCookie:`summary\(cookie<-\[param2\]\)`
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: false})
}

func Harden(c *http.Cookie) { // want Harden:`summary\(param0.HttpOnly=true\)`
	c.HttpOnly = true
}

// CheckPassword's result is a boolean derived from its parameters, and a
// boolean carries no origins (a comparison with a credential is not the
// credential): no fact.
func CheckPassword(user, password string) bool {
	return user != "" && password != ""
}

// Opaque returns nothing derived from its parameter: no fact.
func Opaque(s string) int { return 42 }

// Sum passes its parameters through, like any pure function.
func Sum(a, b int) int { return a + b } // want Sum:`summary\(result0=\[param0 param1\]\)`

// Pick and pickSwapped are mutually recursive: Pick returns either
// argument, through the swap. Their summaries are solved together to a
// fixed point, whichever is visited first.
func Pick(a, b string, n int) string { // want Pick:`summary\(result0=\[param0 param1\]\)`
	if n == 0 {
		return a
	}
	return pickSwapped(b, a, n-1)
}

func pickSwapped(a, b string, n int) string { // want pickSwapped:`summary\(result0=\[param0 param1\]\)`
	return Pick(a, b, n)
}
