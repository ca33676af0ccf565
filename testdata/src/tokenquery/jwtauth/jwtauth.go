// Package jwtauth proves tokenquery on go-chi/jwtauth: handing
// jwtauth.TokenFromQuery to Verify, or calling it, reads the JWT from the
// "jwt" query parameter and is reported; Verifier (header and cookie)
// and Verify with TokenFromHeader or TokenFromCookie are not.
package jwtauth

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
)

var tokenAuth = jwtauth.New("HS256", []byte("secret"), nil)

func badRouter() http.Handler {
	r := chi.NewRouter()
	r.Use(jwtauth.Verify(tokenAuth, jwtauth.TokenFromHeader, jwtauth.TokenFromQuery)) // want `JWT "jwt" is read from the URL query by jwtauth.TokenFromQuery`
	r.Use(jwtauth.Authenticator(tokenAuth))
	return r
}

// badExtract calls the query extractor itself.
func badExtract(w http.ResponseWriter, r *http.Request) {
	if jwtauth.TokenFromQuery(r) == "" { // want `JWT "jwt" is read from the URL query by jwtauth.TokenFromQuery`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodVerifier() http.Handler {
	r := chi.NewRouter()
	r.Use(jwtauth.Verifier(tokenAuth))
	r.Use(jwtauth.Authenticator(tokenAuth))
	return r
}

func goodVerify() http.Handler {
	r := chi.NewRouter()
	r.Use(jwtauth.Verify(tokenAuth, jwtauth.TokenFromHeader, jwtauth.TokenFromCookie))
	return r
}
