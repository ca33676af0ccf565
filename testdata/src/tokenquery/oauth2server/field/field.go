// Package field assigns the server's resolver field, to the cookie
// resolver: not reported.
package field

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/server"
)

var srv = server.NewServer(server.NewConfig(), nil)

func init() {
	srv.AccessTokenResolveHandler = server.AccessTokenCookieResolveHandler
}

func protected(w http.ResponseWriter, r *http.Request) {
	if _, err := srv.ValidationBearerToken(r); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}
