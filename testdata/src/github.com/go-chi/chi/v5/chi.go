// Package chi is a minimal stub of github.com/go-chi/chi/v5 for authvet's analysistest fixtures; signatures match github.com/go-chi/chi/v5@v5.5.0.
package chi

import (
	"context"
	"net/http"
)

// NewRouter returns a new Mux object that implements the Router interface.
func NewRouter() *Mux { return NewMux() }

// Router consisting of the core routing methods used by chi's Mux.
type Router interface {
	http.Handler
	Routes

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)

	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)

	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)

	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)

	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

// Routes interface adds two methods for router traversal.
type Routes interface {
	Routes() []Route
	Middlewares() Middlewares
	Match(rctx *Context, method, path string) bool
	Find(rctx *Context, method, path string) string
}

// Middlewares type is a slice of standard middleware handlers.
type Middlewares []func(http.Handler) http.Handler

// Chain returns a Middlewares type from a slice of middleware handlers.
func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares { return middlewares }

func (mws Middlewares) Handler(h http.Handler) http.Handler         { return h }
func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { return h }

// Route describes the details of a routing handler.
type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

// WalkFunc is the type of the function called for each method and route visited by Walk.
type WalkFunc func(method string, route string, handler http.Handler, middlewares ...func(http.Handler) http.Handler) error

// Walk walks any router tree that implements Routes interface.
func Walk(r Routes, walkFn WalkFunc) error { return nil }

// RegisterMethod adds support for custom HTTP method handlers.
func RegisterMethod(method string) {}

// Mux is a simple HTTP route multiplexer.
type Mux struct {
	handler     http.Handler
	parent      *Mux
	middlewares []func(http.Handler) http.Handler
	inline      bool
}

var _ Router = (*Mux)(nil)

// NewMux returns a newly initialized Mux object that implements the Router interface.
func NewMux() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)              {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)            {}
func (mx *Mux) Handle(pattern string, handler http.Handler)                   {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)         {}
func (mx *Mux) Method(method, pattern string, handler http.Handler)           {}
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc)            {}
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)             {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc)            {}
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) NotFound(handlerFn http.HandlerFunc)                           {}
func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc)                   {}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router {
	return &Mux{parent: mx, inline: true}
}
func (mx *Mux) Group(fn func(r Router)) Router                 { return &Mux{parent: mx, inline: true} }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router { return NewRouter() }
func (mx *Mux) Mount(pattern string, handler http.Handler)     {}
func (mx *Mux) Routes() []Route                                { return nil }
func (mx *Mux) Middlewares() Middlewares                       { return mx.middlewares }
func (mx *Mux) Match(rctx *Context, method, path string) bool  { return false }
func (mx *Mux) Find(rctx *Context, method, path string) string { return "" }
func (mx *Mux) NotFoundHandler() http.HandlerFunc              { return nil }

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { return "" }

// URLParamFromCtx returns the url parameter from a http.Request Context.
func URLParamFromCtx(ctx context.Context, key string) string { return "" }

// RouteContext returns chi's routing Context object from a http.Request Context.
func RouteContext(ctx context.Context) *Context { return nil }

// NewRouteContext returns a new routing Context object.
func NewRouteContext() *Context { return &Context{} }

var (
	// RouteCtxKey is the context.Context key to store the request context.
	RouteCtxKey = &contextKey{"RouteContext"}
)

// Context is the default routing context set on the root node of a request context.
type Context struct {
	Routes Routes

	parentCtx context.Context

	RoutePath   string
	RouteMethod string

	URLParams RouteParams

	routeParams RouteParams

	routePattern string

	RoutePatterns []string
}

func (x *Context) Reset()                     {}
func (x *Context) Clone() *Context            { return x }
func (x *Context) URLParam(key string) string { return "" }
func (x *Context) RoutePattern() string       { return "" }

// RouteParams is a structure to track URL routing parameters efficiently.
type RouteParams struct {
	Keys, Values []string
}

func (s *RouteParams) Add(key, value string) {}

type contextKey struct {
	name string
}

func (k *contextKey) String() string { return "chi context value " + k.name }
