package testonly

import (
	"testing"

	"github.com/go-oauth2/oauth2/v4/server"
)

func TestUserInfo(t *testing.T) {
	p := &Provider{Server: server.NewDefaultServer(nil)}
	_ = p
}
