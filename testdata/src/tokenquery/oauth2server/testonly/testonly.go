// Package testonly validates tokens with a server its user hands in; only
// its test creates one, with the default resolver: not reported, the
// server's configuration is its user's.
package testonly

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/server"
)

// Provider serves user info to holders of a token its server issued.
type Provider struct{ Server *server.Server }

func (p *Provider) userInfo(w http.ResponseWriter, r *http.Request) {
	if _, err := p.Server.ValidationBearerToken(r); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}
