// Package sessions is a minimal stub of github.com/kataras/iris/v12/sessions for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/kataras/iris/v12@v12.2.11.
package sessions

import (
	"time"

	"github.com/kataras/iris/v12/context"
)

// Config configures a Sessions manager.
type Config struct {
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Expires                     time.Duration
	DisableSubdomainPersistence bool
}

// Sessions is the session manager.
type Sessions struct{}

func New(cfg Config) *Sessions          { return &Sessions{} }
func Get(ctx *context.Context) *Session { return &Session{} }
func (s *Sessions) Start(ctx *context.Context, cookieOptions ...context.CookieOption) *Session {
	return &Session{}
}
func (s *Sessions) Handler(requestOptions ...context.CookieOption) context.Handler { return nil }
func (s *Sessions) Destroy(ctx *context.Context)                                   {}
func (s *Sessions) DestroyByID(sid string)                                         {}
func (s *Sessions) DestroyAll()                                                    {}

// Session is the session of a request.
type Session struct{}

func (s *Session) ID() string                        { return "" }
func (s *Session) Get(key string) interface{}        { return nil }
func (s *Session) GetString(key string) string       { return "" }
func (s *Session) Set(key string, value interface{}) {}
func (s *Session) Delete(key string) bool            { return false }
func (s *Session) Clear()                            {}
func (s *Session) Destroy()                          {}
