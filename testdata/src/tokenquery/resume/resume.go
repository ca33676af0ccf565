// Package resume proves that tokenquery tells a token that resumes
// something the server issued from one that authenticates: a signed
// resume token whose verified peer id stands in for the id the handler
// otherwise mints afresh is not reported; a token whose verified user
// the handler needs, with no fresh stand-in, is.
package resume

import (
	"errors"
	"net/http"

	"github.com/google/uuid"
)

type verifier interface {
	VerifyResumeToken(tok string) (uuid.UUID, error)
	VerifyAccessToken(tok string) (uuid.UUID, error)
}

type server struct{ tokens verifier }

// goodResume keeps a reconnecting peer's id: without the token the peer
// gets a new one and goes on.
func (s *server) goodResume(w http.ResponseWriter, r *http.Request) {
	peer := uuid.New()
	tok := r.URL.Query().Get("resume_token")
	if tok != "" {
		var err error
		peer, err = s.tokens.VerifyResumeToken(tok)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
	}
	w.Write(peer[:])
}

// badAccess needs the verified user: without the token there is none.
func (s *server) badAccess(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("access_token") // want `access token "access_token" is read from the URL query`
	if tok == "" {
		http.Error(w, errors.New("no token").Error(), http.StatusUnauthorized)
		return
	}
	user, err := s.tokens.VerifyAccessToken(tok)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	w.Write(user[:])
}

// goodResumeHelper reads the token in a helper that returns the peer id.
func (s *server) goodResumeHelper(w http.ResponseWriter, r *http.Request) {
	peer, err := s.resumedPeer(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	w.Write(peer[:])
}

func (s *server) resumedPeer(r *http.Request) (peer uuid.UUID, err error) {
	peer = uuid.New()
	if tok := r.URL.Query().Get("resume_token"); tok != "" {
		peer, err = s.tokens.VerifyResumeToken(tok)
	}
	return peer, err
}
