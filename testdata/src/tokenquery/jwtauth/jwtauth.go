// Package jwtauth proves tokenquery on go-chi/jwtauth: handing
// jwtauth.TokenFromQuery to Verify, or calling it, reads the JWT from the
// "jwt" query parameter and is reported, and so is an extractor of the
// program's own handed to Verify that returns a query parameter, whatever
// its name; Verifier (header and cookie), Verify with TokenFromHeader or
// TokenFromCookie, and an extractor returning a header are not.
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

// badCustomExtractors hand Verify extractors that read the query.
func badCustomExtractors() http.Handler {
	r := chi.NewRouter()
	r.Use(jwtauth.Verify(tokenAuth, func(r *http.Request) string {
		return r.URL.Query().Get("t") // want `query parameter "t" is used as a credential \(returned as the token to jwtauth.Verify\)`
	}))
	r.Use(jwtauth.Verify(tokenAuth, jwtauth.TokenFromHeader, fromQueryParam))
	return r
}

func fromQueryParam(r *http.Request) string {
	return r.FormValue("k") // want `form value "k", which may come from the URL query, is used as a credential \(returned as the token to jwtauth.Verify\)`
}

func goodCustomExtractor() http.Handler {
	r := chi.NewRouter()
	r.Use(jwtauth.Verify(tokenAuth, func(r *http.Request) string { return r.Header.Get("X-Token") }))
	return r
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
