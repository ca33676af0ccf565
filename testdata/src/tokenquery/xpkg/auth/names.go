package auth

// SessionTokenCookie names the session cookie and query parameter; a
// variable so that a build can override it, a constant as written.
var SessionTokenCookie = "coder_session_token"

// TokenParam is configurable: SetTokenParam assigns it.
var TokenParam = "token"

// SetTokenParam renames the token parameter.
func SetTokenParam(name string) { TokenParam = name }
