// Package oauth2server proves tokenquery on go-oauth2/oauth2's server: a
// server created with NewServer or NewDefaultServer keeps
// AccessTokenDefaultResolveHandler, which falls back to the
// "access_token" form value, URL query included, so its
// ValidationBearerToken calls are reported. Servers whose resolver is
// replaced are in the subpackages setter and field, resolvers that read
// the query in resolvers.
package oauth2server

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/server"
)

var srv = server.NewDefaultServer(nil)

func protected(w http.ResponseWriter, r *http.Request) {
	ti, err := srv.ValidationBearerToken(r) // want `access token "access_token" is read from the URL query by ValidationBearerToken when the request has no Authorization header: the server keeps its default resolver`
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	w.Write([]byte(ti.GetUserID()))
}
