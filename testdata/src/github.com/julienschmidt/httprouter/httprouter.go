// Package httprouter is a minimal stub of github.com/julienschmidt/httprouter for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/julienschmidt/httprouter@v1.3.0.
package httprouter

import "net/http"

// Handle is a function that can be registered to a route.
type Handle func(http.ResponseWriter, *http.Request, Params)

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

func (ps Params) ByName(name string) string { return "" }

// Router dispatches requests to handlers by method and path.
type Router struct{}

func New() *Router { return &Router{} }

func (r *Router) GET(path string, handle Handle)                            {}
func (r *Router) HEAD(path string, handle Handle)                           {}
func (r *Router) OPTIONS(path string, handle Handle)                        {}
func (r *Router) POST(path string, handle Handle)                           {}
func (r *Router) PUT(path string, handle Handle)                            {}
func (r *Router) PATCH(path string, handle Handle)                          {}
func (r *Router) DELETE(path string, handle Handle)                         {}
func (r *Router) Handle(method, path string, handle Handle)                 {}
func (r *Router) Handler(method, path string, handler http.Handler)         {}
func (r *Router) HandlerFunc(method, path string, handler http.HandlerFunc) {}
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request)        {}
