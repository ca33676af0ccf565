// Package flamego is a minimal stub of github.com/flamego/flamego for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/flamego/flamego@v1.9.7.
package flamego

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

// Context is the request context handlers are given.
type Context interface {
	ResponseWriter() ResponseWriter
	Request() *Request
	Redirect(location string, status ...int)
	Param(name string) string
	Query(name string, defaultVal ...string) string
	QueryTrim(name string, defaultVal ...string) string
	SetCookie(cookie http.Cookie)
	Cookie(name string) string
}

// Router registers routes.
type Router interface {
	Get(routePath string, handlers ...Handler) *Route
	Post(routePath string, handlers ...Handler) *Route
	Put(routePath string, handlers ...Handler) *Route
	Delete(routePath string, handlers ...Handler) *Route
	Any(routePath string, handlers ...Handler) *Route
	Group(routePath string, fn func(), handlers ...Handler)
	ServeHTTP(w http.ResponseWriter, req *http.Request)
}

// Route is a registered route.
type Route struct{}

// Flame is the application.
type Flame struct {
	Router
}

func New() *Flame                        { return &Flame{} }
func Classic() *Flame                    { return New() }
func (f *Flame) Use(handlers ...Handler) {}
func (f *Flame) Run(args ...interface{}) {}
