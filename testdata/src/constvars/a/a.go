// Package a proves constvars: string variables initialised to a
// constant and assigned nowhere else are facts; reassigned ones, ones
// whose address is taken, ones set by a call and non-strings are not.
package a

const prefix = "coder_"

var SessionTokenCookie = prefix + "session_token" // want SessionTokenCookie:`const\("coder_session_token"\)`

var (
	Param         = "token" // want Param:`const\("token"\)`
	Configurable  = "token"
	Pointed       = "sid"
	FromCall      = name()
	Count         = 3
	first, second = "a", "b" // want first:`const\("a"\)` second:`const\("b"\)`
)

func name() string { return "n" }

func Configure(p string) { Configurable = p }

func Flag() *string { return &Pointed }
