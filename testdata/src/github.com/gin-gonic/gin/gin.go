// Package gin is a minimal stub of github.com/gin-gonic/gin for authvet's analysistest fixtures; signatures match github.com/gin-gonic/gin@v1.12.0.
package gin

import (
	"encoding/xml"
	"html/template"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"time"
)

// Modes.
const (
	DebugMode   = "debug"
	ReleaseMode = "release"
	TestMode    = "test"
)

// AuthUserKey is the key BasicAuth stores the user under.
const AuthUserKey = "user"

// Content-Type MIME of the most common data formats.
const (
	MIMEJSON              = "application/json"
	MIMEHTML              = "text/html"
	MIMEXML               = "application/xml"
	MIMEPlain             = "text/plain"
	MIMEPOSTForm          = "application/x-www-form-urlencoded"
	MIMEMultipartPOSTForm = "multipart/form-data"
)

// SetMode sets gin mode.
func SetMode(value string) {}

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// Last returns the last handler in the chain.
func (c HandlersChain) Last() HandlerFunc { panic("stub") }

// Accounts defines a key/value for user/pass list of authorized logins.
type Accounts map[string]string

// BasicAuth returns a Basic HTTP Authorization middleware.
func BasicAuth(accounts Accounts) HandlerFunc { panic("stub") }

// BasicAuthForRealm returns a Basic HTTP Authorization middleware.
func BasicAuthForRealm(accounts Accounts, realm string) HandlerFunc { panic("stub") }

// Logger instances a Logger middleware.
func Logger() HandlerFunc { panic("stub") }

// Recovery returns a middleware that recovers from panics.
func Recovery() HandlerFunc { panic("stub") }

// WrapF is a helper function for wrapping http.HandlerFunc.
func WrapF(f http.HandlerFunc) HandlerFunc { panic("stub") }

// WrapH is a helper function for wrapping http.Handler.
func WrapH(h http.Handler) HandlerFunc { panic("stub") }

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

var _ IRouter = (*RouterGroup)(nil)

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return &RouterGroup{}
}
func (group *RouterGroup) BasePath() string { return group.basePath }
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return group }
func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return group
}
func (group *RouterGroup) Static(relativePath, root string) IRoutes                 { return group }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }

// Engine is the framework's instance. It embeds RouterGroup (by value).
type Engine struct {
	RouterGroup

	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	AppEngine              bool
	UseRawPath             bool
	UseEscapedPath         bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseH2C                 bool
	ContextWithFallback    bool
}

var _ IRouter = (*Engine)(nil)

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine { return &Engine{} }

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine { return &Engine{} }

func (engine *Engine) Handler() http.Handler                              { return engine }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)                    {}
func (engine *Engine) NoMethod(handlers ...HandlerFunc)                   {}
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) With(opts ...OptionFunc) *Engine                    { return engine }
func (engine *Engine) SetTrustedProxies(trustedProxies []string) error    { return nil }
func (engine *Engine) LoadHTMLGlob(pattern string)                        {}
func (engine *Engine) LoadHTMLFiles(files ...string)                      {}
func (engine *Engine) Run(addr ...string) (err error)                     { return nil }
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error)  { return nil }
func (engine *Engine) RunListener(listener net.Listener) (err error)      { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (engine *Engine) HandleContext(c *Context)                           {}

// ResponseWriter is gin's response writer interface.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

func (ps Params) Get(name string) (string, bool) { return "", false }
func (ps Params) ByName(name string) (va string) { return "" }

// ErrorType is an unsigned 64-bit error code.
type ErrorType uint64

const (
	ErrorTypeBind    ErrorType = 1 << 63
	ErrorTypeRender  ErrorType = 1 << 62
	ErrorTypePrivate ErrorType = 1 << 0
	ErrorTypePublic  ErrorType = 1 << 1
	ErrorTypeAny     ErrorType = 1<<64 - 1
)

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg *Error) SetType(flags ErrorType) *Error { msg.Type = flags; return msg }
func (msg *Error) SetMeta(data any) *Error        { msg.Meta = data; return msg }
func (msg *Error) JSON() any                      { return nil }
func (msg *Error) MarshalJSON() ([]byte, error)   { return nil, nil }
func (msg Error) Error() string                   { return msg.Err.Error() }
func (msg *Error) IsType(flags ErrorType) bool    { return msg.Type&flags > 0 }
func (msg Error) Unwrap() error                   { return msg.Err }

type errorMsgs []*Error

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params Params

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	Errors errorMsgs

	Accepted []string
}

func (c *Context) Copy() *Context                                { return c }
func (c *Context) HandlerName() string                           { return "" }
func (c *Context) Handler() HandlerFunc                          { return nil }
func (c *Context) FullPath() string                              { return "" }
func (c *Context) Next()                                         {}
func (c *Context) IsAborted() bool                               { return false }
func (c *Context) Abort()                                        {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     {}
func (c *Context) AbortWithError(code int, err error) *Error     { return &Error{Err: err} }
func (c *Context) Error(err error) *Error                        { return &Error{Err: err} }

func (c *Context) Set(key any, value any)                       {}
func (c *Context) Get(key any) (value any, exists bool)         { return nil, false }
func (c *Context) MustGet(key any) any                          { panic("stub") }
func (c *Context) GetString(key any) string                     { return "" }
func (c *Context) GetBool(key any) bool                         { return false }
func (c *Context) GetInt(key any) int                           { return 0 }
func (c *Context) GetInt64(key any) int64                       { return 0 }
func (c *Context) GetUint(key any) uint                         { return 0 }
func (c *Context) GetUint64(key any) uint64                     { return 0 }
func (c *Context) GetFloat64(key any) float64                   { return 0 }
func (c *Context) GetTime(key any) time.Time                    { return time.Time{} }
func (c *Context) GetDuration(key any) time.Duration            { return 0 }
func (c *Context) GetStringSlice(key any) []string              { return nil }
func (c *Context) GetStringMap(key any) map[string]any          { return nil }
func (c *Context) GetStringMapString(key any) map[string]string { return nil }
func (c *Context) Delete(key any)                               {}

func (c *Context) Param(key string) string                                { return "" }
func (c *Context) AddParam(key, value string)                             {}
func (c *Context) Query(key string) (value string)                        { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string           { return "" }
func (c *Context) GetQuery(key string) (string, bool)                     { return "", false }
func (c *Context) QueryArray(key string) (values []string)                { return nil }
func (c *Context) GetQueryArray(key string) (values []string, ok bool)    { return nil, false }
func (c *Context) QueryMap(key string) (dicts map[string]string)          { return nil }
func (c *Context) GetQueryMap(key string) (map[string]string, bool)       { return nil, false }
func (c *Context) PostForm(key string) (value string)                     { return "" }
func (c *Context) DefaultPostForm(key, defaultValue string) string        { return "" }
func (c *Context) GetPostForm(key string) (string, bool)                  { return "", false }
func (c *Context) PostFormArray(key string) (values []string)             { return nil }
func (c *Context) GetPostFormArray(key string) (values []string, ok bool) { return nil, false }
func (c *Context) PostFormMap(key string) (dicts map[string]string)       { return nil }
func (c *Context) GetPostFormMap(key string) (map[string]string, bool)    { return nil, false }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error)    { return nil, nil }
func (c *Context) MultipartForm() (*multipart.Form, error)                { return nil, nil }

func (c *Context) Bind(obj any) error                   { return nil }
func (c *Context) BindJSON(obj any) error               { return nil }
func (c *Context) BindXML(obj any) error                { return nil }
func (c *Context) BindQuery(obj any) error              { return nil }
func (c *Context) BindHeader(obj any) error             { return nil }
func (c *Context) BindUri(obj any) error                { return nil }
func (c *Context) ShouldBind(obj any) error             { return nil }
func (c *Context) ShouldBindJSON(obj any) error         { return nil }
func (c *Context) ShouldBindXML(obj any) error          { return nil }
func (c *Context) ShouldBindQuery(obj any) error        { return nil }
func (c *Context) ShouldBindHeader(obj any) error       { return nil }
func (c *Context) ShouldBindUri(obj any) error          { return nil }
func (c *Context) ShouldBindBodyWithJSON(obj any) error { return nil }

func (c *Context) ClientIP() string                   { return "" }
func (c *Context) RemoteIP() string                   { return "" }
func (c *Context) ContentType() string                { return "" }
func (c *Context) IsWebsocket() bool                  { return false }
func (c *Context) Status(code int)                    {}
func (c *Context) Header(key, value string)           {}
func (c *Context) GetHeader(key string) string        { return "" }
func (c *Context) GetRawData() ([]byte, error)        { return nil, nil }
func (c *Context) SetSameSite(samesite http.SameSite) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
func (c *Context) SetCookieData(cookie *http.Cookie)  {}
func (c *Context) Cookie(name string) (string, error) { return "", nil }

func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) AsciiJSON(code int, obj any)                    {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
func (c *Context) File(filepath string)                     {}
func (c *Context) FileAttachment(filepath, filename string) {}

// context.Context implementation.
func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}                   { return nil }
func (c *Context) Err() error                              { return nil }
func (c *Context) Value(key any) any                       { return nil }

func (c *Context) HandlerNames() []string                              { return nil }
func (c *Context) GetInt8(key any) int8                                { return 0 }
func (c *Context) GetInt16(key any) int16                              { return 0 }
func (c *Context) GetInt32(key any) int32                              { return 0 }
func (c *Context) GetUint8(key any) uint8                              { return 0 }
func (c *Context) GetUint16(key any) uint16                            { return 0 }
func (c *Context) GetUint32(key any) uint32                            { return 0 }
func (c *Context) GetFloat32(key any) float32                          { return 0 }
func (c *Context) GetError(key any) error                              { return nil }
func (c *Context) GetIntSlice(key any) []int                           { return nil }
func (c *Context) GetStringMapStringSlice(key any) map[string][]string { return nil }
func (c *Context) BindYAML(obj any) error                              { return nil }
func (c *Context) BindTOML(obj any) error                              { return nil }
func (c *Context) BindPlain(obj any) error                             { return nil }
func (c *Context) ShouldBindYAML(obj any) error                        { return nil }
func (c *Context) ShouldBindTOML(obj any) error                        { return nil }
func (c *Context) ShouldBindPlain(obj any) error                       { return nil }
func (c *Context) ShouldBindBodyWithXML(obj any) error                 { return nil }
func (c *Context) ShouldBindBodyWithYAML(obj any) error                { return nil }
func (c *Context) ShouldBindBodyWithTOML(obj any) error                { return nil }
func (c *Context) ShouldBindBodyWithPlain(obj any) error               { return nil }
func (c *Context) TOML(code int, obj any)                              {}
func (c *Context) FileFromFS(filepath string, fs http.FileSystem)      {}
func (c *Context) Stream(step func(w io.Writer) bool) bool             { return false }
func (c *Context) SSEvent(name string, message any)                    {}
func (c *Context) SetAccepted(formats ...string)                       {}
func (c *Context) NegotiateFormat(offered ...string) string            { return "" }
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string, perm ...fs.FileMode) error {
	return nil
}

// MarshalXML allows type H to be used with xml.Marshal.
func (h H) MarshalXML(e *xml.Encoder, start xml.StartElement) error { return nil }

func (engine *Engine) Delims(left, right string) *Engine                 { return engine }
func (engine *Engine) SecureJsonPrefix(prefix string) *Engine            { return engine }
func (engine *Engine) LoadHTMLFS(fs http.FileSystem, patterns ...string) {}
func (engine *Engine) SetHTMLTemplate(templ *template.Template)          {}
func (engine *Engine) SetFuncMap(funcMap template.FuncMap)               {}
func (engine *Engine) RunUnix(file string) (err error)                   { return nil }
func (engine *Engine) RunFd(fd int) (err error)                          { return nil }
func (engine *Engine) Routes() (routes RoutesInfo)                       { return nil }

// RouteInfo represents a request route's specification.
type RouteInfo struct {
	Method      string
	Path        string
	Handler     string
	HandlerFunc HandlerFunc
}

// RoutesInfo defines a RouteInfo slice.
type RoutesInfo []RouteInfo
