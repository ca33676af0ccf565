// Package macaron is a minimal stub of gopkg.in/macaron.v1 for authvet's analysistest fixtures; only the signatures fixtures use, as in gopkg.in/macaron.v1@v1.4.0.
package macaron

import "net/http"

// Handler is any callable function; arguments are injected.
type Handler interface{}

// Request wraps the *http.Request.
type Request struct {
	*http.Request
}

// ResponseWriter wraps the http.ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}

// Render renders responses.
type Render interface {
	JSON(int, interface{})
	RawData(int, []byte)
	PlainText(int, []byte)
}

// Context is the request context handlers are given.
type Context struct {
	*Router
	Req  Request
	Resp ResponseWriter
	Render
	Data map[string]interface{}
}

func (ctx *Context) Query(name string) string                                   { return "" }
func (ctx *Context) QueryTrim(name string) string                               { return "" }
func (ctx *Context) Params(name string) string                                  { return "" }
func (ctx *Context) GetCookie(name string) string                               { return "" }
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}
func (ctx *Context) Redirect(location string, status ...int)                    {}

// Router registers routes.
type Router struct{}

func (r *Router) Get(pattern string, h ...Handler) *Route             { return nil }
func (r *Router) Post(pattern string, h ...Handler) *Route            { return nil }
func (r *Router) Put(pattern string, h ...Handler) *Route             { return nil }
func (r *Router) Delete(pattern string, h ...Handler) *Route          { return nil }
func (r *Router) Any(pattern string, h ...Handler) *Route             { return nil }
func (r *Router) Route(pattern, methods string, h ...Handler) *Route  { return nil }
func (r *Router) Group(pattern string, fn func(), h ...Handler)       {}
func (r *Router) ServeHTTP(rw http.ResponseWriter, req *http.Request) {}

// Route is a registered route.
type Route struct{}

// Macaron is the application.
type Macaron struct {
	*Router
}

func New() *Macaron                        { return &Macaron{Router: &Router{}} }
func Classic() *Macaron                    { return New() }
func (m *Macaron) Use(h Handler)           {}
func (m *Macaron) Run(args ...interface{}) {}
