// This file proves that a flag read from a configuration field is
// trusted only when something can set the field: an assignment or
// literal in the program, a flag or a decoder. Fields that every
// construction leaves false are reported, and the message says so.

package gin

import (
	"crypto/rand"
	"encoding/json"
	"flag"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

// authOptions is built in newAuth only, which leaves Secure and HTTPOnly
// false.
type authOptions struct {
	MaxAge   int
	Domain   string
	Secure   bool
	HTTPOnly bool
}

type authHandler struct{ opts authOptions }

func newAuth(domain string) *authHandler {
	return &authHandler{opts: authOptions{MaxAge: 3600, Domain: domain, Secure: false}}
}

func (a *authHandler) badUnsetConfig(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("auth_token", rand.Text(), a.opts.MaxAge, "/", a.opts.Domain, a.opts.Secure, a.opts.HTTPOnly) // want `cookie "auth_token" is set without HttpOnly and Secure \(gin.authOptions.HTTPOnly and gin.authOptions.Secure are never set to true\); scripts can read it and it is sent over plain HTTP \(CWE-1004, CWE-614\)`
}

// fileOptions is decoded from a configuration file.
type fileOptions struct {
	Secure   bool `yaml:"secure"`
	HTTPOnly bool `yaml:"http_only"`
}

func goodConfigFromFile(c *gin.Context, opts *fileOptions) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("auth_token", rand.Text(), 3600, "/", "", opts.Secure, opts.HTTPOnly)
}

// flagOptions' Secure is set from a command-line flag, its HTTPOnly in
// its constructor.
type flagOptions struct{ secure, httpOnly bool }

func newFlagOptions() *flagOptions {
	o := &flagOptions{httpOnly: true}
	flag.BoolVar(&o.secure, "secure-cookies", false, "send cookies over HTTPS only")
	return o
}

func (o *flagOptions) goodConfigFromFlag(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session", rand.Text(), 3600, "/", "", o.secure, o.httpOnly)
}

// envOptions has no tags, but is decoded as a whole.
type envOptions struct{ Secure, HTTPOnly bool }

func loadEnvOptions() (envOptions, error) {
	var o envOptions
	err := json.Unmarshal([]byte(os.Getenv("COOKIE_OPTIONS")), &o)
	return o, err
}

func goodConfigDecoded(c *gin.Context, o envOptions) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session", rand.Text(), 3600, "/", "", o.Secure, o.HTTPOnly)
}

// Options is exported: code outside the package may set its fields.
type Options struct{ Secure bool }

func goodExportedConfig(c *gin.Context, o Options) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session", rand.Text(), 3600, "/", "", o.Secure, true)
}
