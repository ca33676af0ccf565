// Package oauth2 is a minimal stub of github.com/go-oauth2/oauth2/v4 for authvet's analysistest fixtures; signatures match github.com/go-oauth2/oauth2/v4@v4.5.4.
package oauth2

// Manager manages clients and tokens.
type Manager interface{}

// TokenInfo is the information of a token.
type TokenInfo interface {
	GetUserID() string
}
