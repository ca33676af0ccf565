// Package setter replaces the server's resolver with one that reads only
// the Authorization header: not reported.
package setter

import (
	"net/http"
	"strings"

	"github.com/go-oauth2/oauth2/v4/server"
)

var srv = newServer()

func newServer() *server.Server {
	s := server.NewDefaultServer(nil)
	s.SetAccessTokenResolveHandler(func(r *http.Request) (string, bool) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		return tok, ok
	})
	return s
}

func protected(w http.ResponseWriter, r *http.Request) {
	if _, err := srv.ValidationBearerToken(r); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}
