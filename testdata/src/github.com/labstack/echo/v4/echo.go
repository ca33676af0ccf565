// Package echo is a minimal stub of github.com/labstack/echo/v4 for authvet's analysistest fixtures; signatures match github.com/labstack/echo/v4@v4.16.0.
package echo

import (
	stdContext "context"
	"errors"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"

	"github.com/labstack/gommon/log"
)

// Version of Echo.
const Version = "4.16.0"

// Headers and MIME types (subset).
const (
	MIMEApplicationJSON = "application/json"
	MIMETextPlain       = "text/plain"
	MIMETextHTML        = "text/html"

	HeaderAuthorization   = "Authorization"
	HeaderContentType     = "Content-Type"
	HeaderCookie          = "Cookie"
	HeaderSetCookie       = "Set-Cookie"
	HeaderLocation        = "Location"
	HeaderOrigin          = "Origin"
	HeaderWWWAuthenticate = "WWW-Authenticate"
	HeaderXCSRFToken      = "X-CSRF-Token"
	HeaderXRequestedWith  = "X-Requested-With"
)

// Errors.
var (
	ErrBadRequest          = NewHTTPError(http.StatusBadRequest)
	ErrUnauthorized        = NewHTTPError(http.StatusUnauthorized)
	ErrForbidden           = NewHTTPError(http.StatusForbidden)
	ErrNotFound            = NewHTTPError(http.StatusNotFound)
	ErrInternalServerError = NewHTTPError(http.StatusInternalServerError)
	ErrCookieNotFound      = errors.New("cookie not found")
)

// Route contains a handler and information for matching against requests.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

func (he *HTTPError) Error() string                     { return "" }
func (he *HTTPError) SetInternal(err error) *HTTPError  { return he }
func (he *HTTPError) WithInternal(err error) *HTTPError { return he }
func (he *HTTPError) Unwrap() error                     { return he.Internal }

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(err error, c Context)

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i interface{}) error
}

// Binder is the interface that wraps the Bind method.
type Binder interface {
	Bind(i interface{}, c Context) error
}

// DefaultBinder is the default implementation of the Binder interface.
type DefaultBinder struct{}

func (b *DefaultBinder) Bind(i interface{}, c Context) (err error)      { return nil }
func (b *DefaultBinder) BindPathParams(c Context, i interface{}) error  { return nil }
func (b *DefaultBinder) BindQueryParams(c Context, i interface{}) error { return nil }
func (b *DefaultBinder) BindBody(c Context, i interface{}) (err error)  { return nil }
func (b *DefaultBinder) BindHeaders(c Context, i interface{}) error     { return nil }

// Renderer is the interface that wraps the Render function.
type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

// Logger defines the logging interface.
type Logger interface {
	Output() io.Writer
	SetOutput(w io.Writer)
	Prefix() string
	SetPrefix(p string)
	Level() log.Lvl
	SetLevel(v log.Lvl)
	SetHeader(h string)
	Print(i ...interface{})
	Printf(format string, args ...interface{})
	Printj(j log.JSON)
	Debug(i ...interface{})
	Debugf(format string, args ...interface{})
	Debugj(j log.JSON)
	Info(i ...interface{})
	Infof(format string, args ...interface{})
	Infoj(j log.JSON)
	Warn(i ...interface{})
	Warnf(format string, args ...interface{})
	Warnj(j log.JSON)
	Error(i ...interface{})
	Errorf(format string, args ...interface{})
	Errorj(j log.JSON)
	Fatal(i ...interface{})
	Fatalj(j log.JSON)
	Fatalf(format string, args ...interface{})
	Panic(i ...interface{})
	Panicj(j log.JSON)
	Panicf(format string, args ...interface{})
}

// Map defines a generic map of type `map[string]interface{}`.
type Map map[string]interface{}

// Common struct for Echo & Group.
type common struct{}

// Echo is the top-level framework instance.
type Echo struct {
	common

	Server           *http.Server
	TLSServer        *http.Server
	Listener         net.Listener
	TLSListener      net.Listener
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	Validator        Validator
	Renderer         Renderer
	Logger           Logger
	ListenerNetwork  string
	DisableHTTP2     bool
	Debug            bool
	HideBanner       bool
	HidePort         bool
}

// New creates an instance of Echo.
func New() (e *Echo) { return &Echo{} }

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context {
	return &context{request: r, response: NewResponse(w, e), echo: e}
}
func (e *Echo) DefaultHTTPErrorHandler(err error, c Context)                   {}
func (e *Echo) Pre(middleware ...MiddlewareFunc)                               {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                               {}
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return &Route{} }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return &Route{} }
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return &Route{} }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return &Route{} }
func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return &Route{} }
func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return &Route{}
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) File(path, file string, m ...MiddlewareFunc) *Route { return &Route{} }
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return &Route{}
}
func (e *Echo) Host(name string, m ...MiddlewareFunc) (g *Group) { return &Group{echo: e} }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	return &Group{echo: e, prefix: prefix}
}
func (e *Echo) Routes() []*Route                                    { return nil }
func (e *Echo) Static(pathPrefix, fsRoot string) *Route             { return &Route{} }
func (e *Echo) StaticFS(pathPrefix string, filesystem fs.FS) *Route { return &Route{} }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    {}
func (e *Echo) Start(address string) error                          { return nil }
func (e *Echo) StartTLS(address string, certFile, keyFile interface{}) (err error) {
	return nil
}
func (e *Echo) StartAutoTLS(address string) error      { return nil }
func (e *Echo) StartServer(s *http.Server) (err error) { return nil }
func (e *Echo) Close() error                           { return nil }
func (e *Echo) Shutdown(ctx stdContext.Context) error  { return nil }

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc { panic("stub") }

// WrapMiddleware wraps `func(http.Handler) http.Handler` into `echo.MiddlewareFunc`.
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { panic("stub") }

// Group is a set of sub-routes for a specified route.
type Group struct {
	common
	host       string
	prefix     string
	echo       *Echo
	middleware []MiddlewareFunc
}

func (g *Group) Use(middleware ...MiddlewareFunc)                               {}
func (g *Group) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return &Route{} }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return &Route{} }
func (g *Group) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return &Route{} }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return &Route{} }
func (g *Group) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return &Route{} }
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (g *Group) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return &Group{} }
func (g *Group) File(path, file string)                                        {}
func (g *Group) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return &Route{}
}
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return &Route{}
}
func (g *Group) Static(pathPrefix, fsRoot string)             {}
func (g *Group) StaticFS(pathPrefix string, filesystem fs.FS) {}

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	echo      *Echo
	Status    int
	Size      int64
	Committed bool
}

// NewResponse creates a new instance of Response.
func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { return &Response{Writer: w, echo: e} }

func (r *Response) Header() http.Header               { return r.Writer.Header() }
func (r *Response) Before(fn func())                  {}
func (r *Response) After(fn func())                   {}
func (r *Response) WriteHeader(code int)              {}
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }
func (r *Response) Flush()                            {}
func (r *Response) Unwrap() http.ResponseWriter       { return r.Writer }

// Context represents the context of the current HTTP request. It is an interface.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Logger() Logger
	SetLogger(l Logger)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

// context is the unexported implementation of Context.
type context struct {
	request  *http.Request
	response *Response
	echo     *Echo
}

var _ Context = (*context)(nil)

func (c *context) Request() *http.Request                              { return c.request }
func (c *context) SetRequest(r *http.Request)                          { c.request = r }
func (c *context) SetResponse(r *Response)                             { c.response = r }
func (c *context) Response() *Response                                 { return c.response }
func (c *context) IsTLS() bool                                         { return false }
func (c *context) IsWebSocket() bool                                   { return false }
func (c *context) Scheme() string                                      { return "" }
func (c *context) RealIP() string                                      { return "" }
func (c *context) Path() string                                        { return "" }
func (c *context) SetPath(p string)                                    {}
func (c *context) Param(name string) string                            { return "" }
func (c *context) ParamNames() []string                                { return nil }
func (c *context) SetParamNames(names ...string)                       {}
func (c *context) ParamValues() []string                               { return nil }
func (c *context) SetParamValues(values ...string)                     {}
func (c *context) QueryParam(name string) string                       { return "" }
func (c *context) QueryParams() url.Values                             { return nil }
func (c *context) QueryString() string                                 { return "" }
func (c *context) FormValue(name string) string                        { return "" }
func (c *context) FormParams() (url.Values, error)                     { return nil, nil }
func (c *context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }
func (c *context) MultipartForm() (*multipart.Form, error)             { return nil, nil }
func (c *context) Cookie(name string) (*http.Cookie, error)            { return nil, ErrCookieNotFound }
func (c *context) SetCookie(cookie *http.Cookie)                       {}
func (c *context) Cookies() []*http.Cookie                             { return nil }
func (c *context) Get(key string) any                                  { return nil }
func (c *context) Set(key string, val any)                             {}
func (c *context) Bind(i any) error                                    { return nil }
func (c *context) Validate(i any) error                                { return nil }
func (c *context) Render(code int, name string, data any) error        { return nil }
func (c *context) HTML(code int, html string) error                    { return nil }
func (c *context) HTMLBlob(code int, b []byte) error                   { return nil }
func (c *context) String(code int, s string) error                     { return nil }
func (c *context) JSON(code int, i any) error                          { return nil }
func (c *context) JSONPretty(code int, i any, indent string) error     { return nil }
func (c *context) JSONBlob(code int, b []byte) error                   { return nil }
func (c *context) JSONP(code int, callback string, i any) error        { return nil }
func (c *context) JSONPBlob(code int, callback string, b []byte) error { return nil }
func (c *context) XML(code int, i any) error                           { return nil }
func (c *context) XMLPretty(code int, i any, indent string) error      { return nil }
func (c *context) XMLBlob(code int, b []byte) error                    { return nil }
func (c *context) Blob(code int, contentType string, b []byte) error   { return nil }
func (c *context) Stream(code int, contentType string, r io.Reader) error {
	return nil
}
func (c *context) File(file string) error                       { return nil }
func (c *context) FileFS(file string, filesystem fs.FS) error   { return nil }
func (c *context) Attachment(file string, name string) error    { return nil }
func (c *context) Inline(file string, name string) error        { return nil }
func (c *context) NoContent(code int) error                     { return nil }
func (c *context) Redirect(code int, url string) error          { return nil }
func (c *context) Error(err error)                              {}
func (c *context) Handler() HandlerFunc                         { return nil }
func (c *context) SetHandler(h HandlerFunc)                     {}
func (c *context) Logger() Logger                               { return nil }
func (c *context) SetLogger(l Logger)                           {}
func (c *context) Echo() *Echo                                  { return c.echo }
func (c *context) Reset(r *http.Request, w http.ResponseWriter) {}

// ContextGet retrieves a value from the context store with type assertion.
func ContextGet[T any](c Context, key string) (T, error) { panic("stub") }

// ContextGetOr retrieves a value from the context store or returns defaultValue.
func ContextGetOr[T any](c Context, key string, defaultValue T) (T, error) { panic("stub") }

// PathParam extracts and parses a path parameter.
func PathParam[T any](c Context, paramName string, opts ...any) (T, error) { panic("stub") }

// QueryParam extracts and parses a single query parameter.
func QueryParam[T any](c Context, key string, opts ...any) (T, error) { panic("stub") }

// QueryParams extracts and parses all values of a query parameter.
func QueryParams[T any](c Context, key string, opts ...any) ([]T, error) { panic("stub") }

// FormParam extracts and parses a single form value.
func FormParam[T any](c Context, key string, opts ...any) (T, error) { panic("stub") }

func (e *Echo) AcquireContext() Context                               { return e.NewContext(nil, nil) }
func (e *Echo) ReleaseContext(c Context)                              {}
func (e *Echo) URI(handler HandlerFunc, params ...interface{}) string { return "" }
func (e *Echo) URL(h HandlerFunc, params ...interface{}) string       { return "" }
func (e *Echo) Reverse(name string, params ...interface{}) string     { return "" }
func (e *Echo) ListenerAddr() net.Addr                                { return nil }
func (e *Echo) TLSListenerAddr() net.Addr                             { return nil }
func (e *Echo) FileFS(path, file string, filesystem fs.FS, m ...MiddlewareFunc) *Route {
	return &Route{}
}
func (g *Group) FileFS(path, file string, filesystem fs.FS, m ...MiddlewareFunc) *Route {
	return &Route{}
}
