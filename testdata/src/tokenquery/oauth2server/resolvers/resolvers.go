// Package resolvers hands go-oauth2's server resolvers that read the
// URL query: the default resolver named explicitly, and one of the
// program's own that returns a query parameter; both are reported.
package resolvers

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/server"
)

// explicitDefault names the default resolver itself.
func explicitDefault() *server.Server {
	s := server.NewServer(server.NewConfig(), nil)
	s.SetAccessTokenResolveHandler(server.AccessTokenDefaultResolveHandler) // want `access token "access_token" is read from the URL query by server.AccessTokenDefaultResolveHandler`
	return s
}

// ownResolver reads the token from the query.
func ownResolver(s *server.Server) {
	s.SetAccessTokenResolveHandler(func(r *http.Request) (string, bool) {
		tok := r.URL.Query().Get("t") // want `query parameter "t" is used as a credential \(returned as the token to server.SetAccessTokenResolveHandler\)`
		return tok, tok != ""
	})
}
