// Package mux is a minimal stub of github.com/gorilla/mux for authvet's analysistest fixtures; signatures match github.com/gorilla/mux@v1.8.1.
package mux

import (
	"errors"
	"net/http"
	"net/url"
)

var (
	// ErrMethodMismatch is returned when the method in the request does not match.
	ErrMethodMismatch = errors.New("method is not allowed")
	// ErrNotFound is returned when no route match is found.
	ErrNotFound = errors.New("no matching route was found")
)

type routeConf struct{}

// Router registers routes to be matched and dispatches a handler.
type Router struct {
	NotFoundHandler         http.Handler
	MethodNotAllowedHandler http.Handler

	routes      []*Route
	KeepContext bool
	middlewares []middleware

	routeConf
}

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

func (r *Router) Match(req *http.Request, match *RouteMatch) bool    { return false }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Get(name string) *Route                             { return nil }
func (r *Router) GetRoute(name string) *Route                        { return nil }
func (r *Router) StrictSlash(value bool) *Router                     { return r }
func (r *Router) SkipClean(value bool) *Router                       { return r }
func (r *Router) UseEncodedPath() *Router                            { return r }
func (r *Router) NewRoute() *Route                                   { return &Route{} }
func (r *Router) Name(name string) *Route                            { return r.NewRoute() }
func (r *Router) Handle(path string, handler http.Handler) *Route    { return r.NewRoute() }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	return r.NewRoute()
}
func (r *Router) Headers(pairs ...string) *Route       { return r.NewRoute() }
func (r *Router) Host(tpl string) *Route               { return r.NewRoute() }
func (r *Router) MatcherFunc(f MatcherFunc) *Route     { return r.NewRoute() }
func (r *Router) Methods(methods ...string) *Route     { return r.NewRoute() }
func (r *Router) Path(tpl string) *Route               { return r.NewRoute() }
func (r *Router) PathPrefix(tpl string) *Route         { return r.NewRoute() }
func (r *Router) Queries(pairs ...string) *Route       { return r.NewRoute() }
func (r *Router) Schemes(schemes ...string) *Route     { return r.NewRoute() }
func (r *Router) BuildVarsFunc(f BuildVarsFunc) *Route { return r.NewRoute() }
func (r *Router) Walk(walkFn WalkFunc) error           { return nil }

// Use appends a MiddlewareFunc to the chain.
func (r *Router) Use(mwf ...MiddlewareFunc) {}

// WalkFunc is the type of the function called for each route visited by Walk.
type WalkFunc func(route *Route, router *Router, ancestors []*Route) error

// RouteMatch stores information about a matched route.
type RouteMatch struct {
	Route    *Route
	Handler  http.Handler
	Vars     map[string]string
	MatchErr error
}

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { return nil }

// CurrentRoute returns the matched route for the current request, if any.
func CurrentRoute(r *http.Request) *Route { return nil }

// SetURLVars sets the URL variables for the given request, to be accessed via mux.Vars for testing route behaviour.
func SetURLVars(r *http.Request, val map[string]string) *http.Request { return r }

// Route stores information to match a request and build URLs.
type Route struct {
	handler   http.Handler
	buildOnly bool
	name      string
	err       error

	routeConf
}

func (r *Route) SkipClean() bool                                               { return false }
func (r *Route) Match(req *http.Request, match *RouteMatch) bool               { return false }
func (r *Route) GetError() error                                               { return r.err }
func (r *Route) BuildOnly() *Route                                             { return r }
func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) GetHandler() http.Handler                                      { return r.handler }
func (r *Route) Name(name string) *Route                                       { return r }
func (r *Route) GetName() string                                               { return r.name }
func (r *Route) Headers(pairs ...string) *Route                                { return r }
func (r *Route) HeadersRegexp(pairs ...string) *Route                          { return r }
func (r *Route) Host(tpl string) *Route                                        { return r }
func (r *Route) MatcherFunc(f MatcherFunc) *Route                              { return r }
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Path(tpl string) *Route                                        { return r }
func (r *Route) PathPrefix(tpl string) *Route                                  { return r }
func (r *Route) Queries(pairs ...string) *Route                                { return r }
func (r *Route) Schemes(schemes ...string) *Route                              { return r }
func (r *Route) BuildVarsFunc(f BuildVarsFunc) *Route                          { return r }
func (r *Route) Subrouter() *Router                                            { return &Router{} }
func (r *Route) URL(pairs ...string) (*url.URL, error)                         { return nil, nil }
func (r *Route) URLHost(pairs ...string) (*url.URL, error)                     { return nil, nil }
func (r *Route) URLPath(pairs ...string) (*url.URL, error)                     { return nil, nil }
func (r *Route) GetPathTemplate() (string, error)                              { return "", nil }
func (r *Route) GetPathRegexp() (string, error)                                { return "", nil }
func (r *Route) GetMethods() ([]string, error)                                 { return nil, nil }
func (r *Route) GetHostTemplate() (string, error)                              { return "", nil }
func (r *Route) GetVarNames() ([]string, error)                                { return nil, nil }

// MatcherFunc is the function signature used by custom matchers.
type MatcherFunc func(*http.Request, *RouteMatch) bool

func (m MatcherFunc) Match(r *http.Request, match *RouteMatch) bool { return m(r, match) }

// BuildVarsFunc is the function signature used by custom build variable functions.
type BuildVarsFunc func(map[string]string) map[string]string

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

type middleware interface {
	Middleware(handler http.Handler) http.Handler
}

// Middleware allows MiddlewareFunc to implement the middleware interface.
func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { return mw(handler) }

// CORSMethodMiddleware automatically sets the Access-Control-Allow-Methods response header.
func CORSMethodMiddleware(r *Router) MiddlewareFunc { panic("stub") }

func (r *Route) GetQueriesRegexp() ([]string, error)    { return nil, nil }
func (r *Route) GetQueriesTemplates() ([]string, error) { return nil, nil }
