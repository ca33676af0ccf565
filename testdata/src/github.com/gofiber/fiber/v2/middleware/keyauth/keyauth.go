// Package keyauth is a minimal stub of github.com/gofiber/fiber/v2/middleware/keyauth for authvet's analysistest fixtures; signatures match github.com/gofiber/fiber/v2@v2.52.15.
package keyauth

import "github.com/gofiber/fiber/v2"

// Config defines the config for the key-auth middleware.
type Config struct {
	Next       func(*fiber.Ctx) bool
	KeyLookup  string
	AuthScheme string
	Validator  func(*fiber.Ctx, string) (bool, error)
	ContextKey interface{}
}

// New creates a new key-auth middleware.
func New(config ...Config) fiber.Handler { panic("stub") }
