// Package server is a minimal stub of github.com/go-oauth2/oauth2/v4/server for authvet's analysistest fixtures; signatures match github.com/go-oauth2/oauth2/v4@v4.5.4.
package server

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
)

// Config configures the server.
type Config struct{}

// NewConfig returns the default configuration.
func NewConfig() *Config { return &Config{} }

// AccessTokenResolveHandler gets the access token of a request.
type AccessTokenResolveHandler func(r *http.Request) (string, bool)

// Server is an authorization server.
type Server struct {
	Config                    *Config
	AccessTokenResolveHandler AccessTokenResolveHandler
}

// NewDefaultServer creates a server with the default configuration.
func NewDefaultServer(manager oauth2.Manager) *Server { return NewServer(NewConfig(), manager) }

// NewServer creates a server whose access token resolver is AccessTokenDefaultResolveHandler.
func NewServer(cfg *Config, manager oauth2.Manager) *Server {
	return &Server{Config: cfg, AccessTokenResolveHandler: AccessTokenDefaultResolveHandler}
}

// SetAccessTokenResolveHandler sets the access token resolver.
func (s *Server) SetAccessTokenResolveHandler(handler AccessTokenResolveHandler) {
	s.AccessTokenResolveHandler = handler
}

// ValidationBearerToken validates the request's bearer token.
func (s *Server) ValidationBearerToken(r *http.Request) (oauth2.TokenInfo, error) { panic("stub") }

// AccessTokenDefaultResolveHandler reads the Authorization header, else the "access_token" form value.
func AccessTokenDefaultResolveHandler(r *http.Request) (string, bool) { panic("stub") }

// AccessTokenCookieResolveHandler reads the "access_token" cookie.
func AccessTokenCookieResolveHandler(r *http.Request) (string, bool) { panic("stub") }
