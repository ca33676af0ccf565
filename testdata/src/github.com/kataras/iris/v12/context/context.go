// Package context is a minimal stub of github.com/kataras/iris/v12/context for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/kataras/iris/v12@v12.2.11.
package context

import "net/http"

// Handler is an iris handler.
type Handler func(*Context)

// CookieOption amends a cookie before it is set.
type CookieOption func(ctx *Context, c *http.Cookie, op uint8)

// ResponseWriter is iris's response writer.
type ResponseWriter interface {
	http.ResponseWriter
}

// Context is the request context.
type Context struct {
	request *http.Request
	writer  ResponseWriter
}

// RequestParams are the path parameters.
type RequestParams struct{}

func (r *RequestParams) Get(key string) string { return "" }

func (ctx *Context) Request() *http.Request                                         { return ctx.request }
func (ctx *Context) ResponseWriter() ResponseWriter                                 { return ctx.writer }
func (ctx *Context) Params() *RequestParams                                         { return &RequestParams{} }
func (ctx *Context) URLParam(name string) string                                    { return "" }
func (ctx *Context) URLParamDefault(name string, def string) string                 { return "" }
func (ctx *Context) FormValue(name string) string                                   { return "" }
func (ctx *Context) PostValue(name string) string                                   { return "" }
func (ctx *Context) GetHeader(name string) string                                   { return "" }
func (ctx *Context) Header(name string, value string)                               {}
func (ctx *Context) GetCookie(name string, options ...CookieOption) string          { return "" }
func (ctx *Context) SetCookie(cookie *http.Cookie, options ...CookieOption)         {}
func (ctx *Context) UpsertCookie(cookie *http.Cookie, options ...CookieOption) bool { return true }
func (ctx *Context) SetCookieKV(name, value string, options ...CookieOption)        {}
func (ctx *Context) RemoveCookie(name string, options ...CookieOption)              {}
func (ctx *Context) ReadJSON(outPtr interface{}) error                              { return nil }
func (ctx *Context) ReadQuery(ptr interface{}) error                                { return nil }
func (ctx *Context) JSON(v interface{}) error                                       { return nil }
func (ctx *Context) WriteString(body string) (int, error)                           { return 0, nil }
func (ctx *Context) StatusCode(statusCode int)                                      {}
func (ctx *Context) StopWithStatus(statusCode int)                                  {}
func (ctx *Context) Redirect(urlToRedirect string, statusHeader ...int)             {}

func CookieSecure(ctx *Context, c *http.Cookie, op uint8) {}
