// Package jwtauth is a minimal stub of github.com/go-chi/jwtauth/v5 for authvet's analysistest fixtures; signatures match github.com/go-chi/jwtauth/v5@v5.3.3, without its jwx types.
package jwtauth

import "net/http"

// JWTAuth signs and verifies tokens.
type JWTAuth struct{}

// New creates a JWTAuth authenticator instance.
func New(alg string, signKey interface{}, verifyKey interface{}) *JWTAuth { return &JWTAuth{} }

// Verifier verifies a token from the Authorization header or the "jwt" cookie.
func Verifier(ja *JWTAuth) func(http.Handler) http.Handler { panic("stub") }

// Verify verifies a token found by the given functions.
func Verify(ja *JWTAuth, findTokenFns ...func(r *http.Request) string) func(http.Handler) http.Handler {
	panic("stub")
}

// Authenticator rejects requests whose token did not verify.
func Authenticator(ja *JWTAuth) func(http.Handler) http.Handler { panic("stub") }

// TokenFromCookie reads the token from the "jwt" cookie.
func TokenFromCookie(r *http.Request) string { return "" }

// TokenFromHeader reads the token from the Authorization header.
func TokenFromHeader(r *http.Request) string { return "" }

// TokenFromQuery reads the token from the "jwt" URI query parameter.
func TokenFromQuery(r *http.Request) string { return "" }
