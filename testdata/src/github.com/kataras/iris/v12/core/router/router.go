// Package router is a minimal stub of github.com/kataras/iris/v12/core/router for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/kataras/iris/v12@v12.2.11.
package router

import "github.com/kataras/iris/v12/context"

// Route is a registered route.
type Route struct{}

// Party is a group of routes.
type Party interface {
	Party(relativePath string, middleware ...context.Handler) Party
	Handle(method string, registeredPath string, handlers ...context.Handler) *Route
	Get(path string, handlers ...context.Handler) *Route
	Post(path string, handlers ...context.Handler) *Route
	Put(path string, handlers ...context.Handler) *Route
	Delete(path string, handlers ...context.Handler) *Route
}

// APIBuilder registers routes.
type APIBuilder struct{}

func (api *APIBuilder) Party(relativePath string, handlers ...context.Handler) Party { return nil }
func (api *APIBuilder) Handle(method string, relativePath string, handlers ...context.Handler) *Route {
	return nil
}
func (api *APIBuilder) Get(relativePath string, handlers ...context.Handler) *Route    { return nil }
func (api *APIBuilder) Post(relativePath string, handlers ...context.Handler) *Route   { return nil }
func (api *APIBuilder) Put(relativePath string, handlers ...context.Handler) *Route    { return nil }
func (api *APIBuilder) Delete(relativePath string, handlers ...context.Handler) *Route { return nil }
func (api *APIBuilder) Use(handlers ...context.Handler)                                {}
