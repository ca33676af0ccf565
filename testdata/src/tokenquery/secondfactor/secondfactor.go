// Package secondfactor proves that tokenquery leaves alone the values a
// password reset form redeems once to set a new password: a second
// factor's scratch code read with FormValue (which also reads the query)
// and verified in the handler that hashes the new password is not
// reported; the same read verified as a bearer token by a handler that
// sets no password is.
package secondfactor

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

// TwoFactor and Tokens are implemented in another module.
type TwoFactor interface {
	VerifyScratchToken(token string) bool
}

type Tokens interface {
	VerifyAPIToken(token string) bool
}

type server struct {
	twofa  TwoFactor
	tokens Tokens
}

func (s *server) goodResetWithScratchCode(w http.ResponseWriter, r *http.Request) {
	if !s.twofa.VerifyScratchToken(r.FormValue("token")) {
		http.Error(w, "wrong scratch code", http.StatusUnauthorized)
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(r.PostFormValue("password")), bcrypt.DefaultCost)
	if err != nil {
		return
	}
	w.Write(hash)
}

func (s *server) badBearerForm(w http.ResponseWriter, r *http.Request) {
	if !s.tokens.VerifyAPIToken(r.FormValue("token")) { // want `form value "token", which may come from the URL query, is used as a credential \(passed to tokens.VerifyAPIToken\)`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}
