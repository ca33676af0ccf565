// Package fiber is a minimal stub of github.com/gofiber/fiber/v2 for authvet's analysistest fixtures; signatures match github.com/gofiber/fiber/v2@v2.52.15.
package fiber

import (
	"context"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"time"
)

// Version of current fiber package.
const Version = "2.52.15"

// Handler defines a function to serve HTTP requests.
// NOTE: in the real package this is a type ALIAS, not a defined type.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns.
type Map map[string]interface{}

// ErrorHandler defines a function that will process all errors
// returned from any handlers in the stack. (type alias, as in the real package)
type ErrorHandler = func(*Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// Views is the interface that wraps the Render function.
type Views interface {
	Load() error
	Render(io.Writer, string, interface{}, ...string) error
}

// Config is a struct holding the server settings (subset of the real fields).
type Config struct {
	Prefork                      bool          `json:"prefork"`
	ServerHeader                 string        `json:"server_header"`
	StrictRouting                bool          `json:"strict_routing"`
	CaseSensitive                bool          `json:"case_sensitive"`
	Immutable                    bool          `json:"immutable"`
	UnescapePath                 bool          `json:"unescape_path"`
	ETag                         bool          `json:"etag"`
	BodyLimit                    int           `json:"body_limit"`
	Concurrency                  int           `json:"concurrency"`
	Views                        Views         `json:"-"`
	ViewsLayout                  string        `json:"views_layout"`
	PassLocalsToViews            bool          `json:"pass_locals_to_views"`
	ReadTimeout                  time.Duration `json:"read_timeout"`
	WriteTimeout                 time.Duration `json:"write_timeout"`
	IdleTimeout                  time.Duration `json:"idle_timeout"`
	ReadBufferSize               int           `json:"read_buffer_size"`
	WriteBufferSize              int           `json:"write_buffer_size"`
	CompressedFileSuffix         string        `json:"compressed_file_suffix"`
	ProxyHeader                  string        `json:"proxy_header"`
	GETOnly                      bool          `json:"get_only"`
	ErrorHandler                 ErrorHandler  `json:"-"`
	DisableKeepalive             bool          `json:"disable_keepalive"`
	DisableDefaultDate           bool          `json:"disable_default_date"`
	DisableDefaultContentType    bool          `json:"disable_default_content_type"`
	DisableHeaderNormalizing     bool          `json:"disable_header_normalizing"`
	DisableStartupMessage        bool          `json:"disable_startup_message"`
	AppName                      string        `json:"app_name"`
	StreamRequestBody            bool
	DisablePreParseMultipartForm bool
	ReduceMemoryUsage            bool `json:"reduce_memory_usage"`
	Network                      string
	EnableTrustedProxyCheck      bool     `json:"enable_trusted_proxy_check"`
	TrustedProxies               []string `json:"trusted_proxies"`
	EnableIPValidation           bool     `json:"enable_ip_validation"`
	EnablePrintRoutes            bool     `json:"enable_print_routes"`
	RequestMethods               []string
	EnableSplittingOnParsers     bool `json:"enable_splitting_on_parsers"`
}

// Static defines configuration options when defining static assets (subset).
type Static struct {
	Compress      bool          `json:"compress"`
	ByteRange     bool          `json:"byte_range"`
	Browse        bool          `json:"browse"`
	Download      bool          `json:"download"`
	Index         string        `json:"index"`
	CacheDuration time.Duration `json:"cache_duration"`
	MaxAge        int           `json:"max_age"`
	Next          func(c *Ctx) bool
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router

	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router

	Add(method, path string, handlers ...Handler) Router
	Static(prefix, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router

	Group(prefix string, handlers ...Handler) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Mount(prefix string, fiber *App) Router

	Name(name string) Router
}

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	use   bool
	path  string
	group *Group

	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// App denotes the Fiber application.
type App struct {
	config Config
}

var _ Router = (*App)(nil)

// New creates a new Fiber named instance.
func New(config ...Config) *App {
	app := &App{}
	if len(config) > 0 {
		app.config = config[0]
	}
	return app
}

func (app *App) Name(name string) Router                             { return app }
func (app *App) Use(args ...interface{}) Router                      { return app }
func (app *App) Get(path string, handlers ...Handler) Router         { return app }
func (app *App) Head(path string, handlers ...Handler) Router        { return app }
func (app *App) Post(path string, handlers ...Handler) Router        { return app }
func (app *App) Put(path string, handlers ...Handler) Router         { return app }
func (app *App) Delete(path string, handlers ...Handler) Router      { return app }
func (app *App) Connect(path string, handlers ...Handler) Router     { return app }
func (app *App) Options(path string, handlers ...Handler) Router     { return app }
func (app *App) Trace(path string, handlers ...Handler) Router       { return app }
func (app *App) Patch(path string, handlers ...Handler) Router       { return app }
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }
func (app *App) Static(prefix, root string, config ...Static) Router { return app }
func (app *App) All(path string, handlers ...Handler) Router         { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router {
	return &Group{app: app, Prefix: prefix}
}
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return app }
func (app *App) Mount(prefix string, subApp *App) Router                            { return app }
func (app *App) GetRoutes(filterUseOption ...bool) []Route                          { return nil }
func (app *App) Config() Config                                                     { return app.config }
func (app *App) Stack() [][]*Route                                                  { return nil }
func (app *App) Shutdown() error                                                    { return nil }
func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error)   { return nil, nil }
func (app *App) Listener(ln net.Listener) error                                     { return nil }
func (app *App) Listen(addr string) error                                           { return nil }
func (app *App) ListenTLS(addr, certFile, keyFile string) error                     { return nil }

// Group struct.
type Group struct {
	app             *App
	parentGroup     *Group
	name            string
	anyRouteDefined bool

	Prefix string
}

var _ Router = (*Group)(nil)

func (grp *Group) Name(name string) Router                             { return grp }
func (grp *Group) Use(args ...interface{}) Router                      { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Head(path string, handlers ...Handler) Router        { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router        { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router      { return grp }
func (grp *Group) Connect(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Options(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Trace(path string, handlers ...Handler) Router       { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router       { return grp }
func (grp *Group) Add(method, path string, handlers ...Handler) Router { return grp }
func (grp *Group) Static(prefix, root string, config ...Static) Router { return grp }
func (grp *Group) All(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router {
	return &Group{app: grp.app, parentGroup: grp, Prefix: grp.Prefix + prefix}
}
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router { return grp }
func (grp *Group) Mount(prefix string, subApp *App) Router                            { return grp }

// Cookie data for c.Cookie.
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Range data for c.Range.
type Range struct {
	Type   string
	Ranges []RangeSet
}

// RangeSet represents a single content range from a request.
type RangeSet struct {
	Start int
	End   int
}

// Ctx represents the Context which hold the HTTP request and response.
// NOTE: Context()/Request()/Response() (fasthttp types) are omitted from the stub.
type Ctx struct {
	app *App
}

func (c *Ctx) Accepts(offers ...string) string                          { return "" }
func (c *Ctx) App() *App                                                { return c.app }
func (c *Ctx) Append(field string, values ...string)                    {}
func (c *Ctx) Attachment(filename ...string)                            {}
func (c *Ctx) BaseURL() string                                          { return "" }
func (c *Ctx) BodyRaw() []byte                                          { return nil }
func (c *Ctx) Body() []byte                                             { return nil }
func (c *Ctx) BodyParser(out interface{}) error                         { return nil }
func (c *Ctx) ClearCookie(key ...string)                                {}
func (c *Ctx) UserContext() context.Context                             { return context.Background() }
func (c *Ctx) SetUserContext(ctx context.Context)                       {}
func (c *Ctx) Cookie(cookie *Cookie)                                    {}
func (c *Ctx) Cookies(key string, defaultValue ...string) string        { return "" }
func (c *Ctx) CookieParser(out interface{}) error                       { return nil }
func (c *Ctx) Download(file string, filename ...string) error           { return nil }
func (c *Ctx) Format(body interface{}) error                            { return nil }
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error)       { return nil, nil }
func (c *Ctx) FormValue(key string, defaultValue ...string) string      { return "" }
func (c *Ctx) Fresh() bool                                              { return false }
func (c *Ctx) Get(key string, defaultValue ...string) string            { return "" }
func (c *Ctx) GetRespHeader(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) GetReqHeaders() map[string][]string                       { return nil }
func (c *Ctx) GetRespHeaders() map[string][]string                      { return nil }
func (c *Ctx) Hostname() string                                         { return "" }
func (c *Ctx) Port() string                                             { return "" }
func (c *Ctx) IP() string                                               { return "" }
func (c *Ctx) IPs() []string                                            { return nil }
func (c *Ctx) Is(extension string) bool                                 { return false }
func (c *Ctx) JSON(data interface{}, ctype ...string) error             { return nil }
func (c *Ctx) JSONP(data interface{}, callback ...string) error         { return nil }
func (c *Ctx) XML(data interface{}) error                               { return nil }
func (c *Ctx) Links(link ...string)                                     {}
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }
func (c *Ctx) Location(path string)                                     {}
func (c *Ctx) Method(override ...string) string                         { return "" }
func (c *Ctx) MultipartForm() (*multipart.Form, error)                  { return nil, nil }
func (c *Ctx) Next() error                                              { return nil }
func (c *Ctx) RestartRouting() error                                    { return nil }
func (c *Ctx) OriginalURL() string                                      { return "" }
func (c *Ctx) Params(key string, defaultValue ...string) string         { return "" }
func (c *Ctx) AllParams() map[string]string                             { return nil }
func (c *Ctx) ParamsParser(out interface{}) error                       { return nil }
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error)   { return 0, nil }
func (c *Ctx) Path(override ...string) string                           { return "" }
func (c *Ctx) Protocol() string                                         { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string          { return "" }
func (c *Ctx) Queries() map[string]string                               { return nil }
func (c *Ctx) QueryInt(key string, defaultValue ...int) int             { return 0 }
func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool          { return false }
func (c *Ctx) QueryFloat(key string, defaultValue ...float64) float64   { return 0 }
func (c *Ctx) QueryParser(out interface{}) error                        { return nil }
func (c *Ctx) ReqHeaderParser(out interface{}) error                    { return nil }
func (c *Ctx) Range(size int) (Range, error)                            { return Range{}, nil }
func (c *Ctx) Redirect(location string, status ...int) error            { return nil }
func (c *Ctx) Bind(vars Map) error                                      { return nil }
func (c *Ctx) GetRouteURL(routeName string, params Map) (string, error) { return "", nil }
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error {
	return nil
}
func (c *Ctx) RedirectBack(fallback string, status ...int) error             { return nil }
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }
func (c *Ctx) Route() *Route                                                 { return nil }
func (c *Ctx) Secure() bool                                                  { return false }
func (c *Ctx) Send(body []byte) error                                        { return nil }
func (c *Ctx) SendFile(file string, compress ...bool) error                  { return nil }
func (c *Ctx) SendStatus(status int) error                                   { return nil }
func (c *Ctx) SendString(body string) error                                  { return nil }
func (c *Ctx) SendStream(stream io.Reader, size ...int) error                { return nil }
func (c *Ctx) Set(key, val string)                                           {}
func (c *Ctx) Subdomains(offset ...int) []string                             { return nil }
func (c *Ctx) Stale() bool                                                   { return false }
func (c *Ctx) Status(status int) *Ctx                                        { return c }
func (c *Ctx) String() string                                                { return "" }
func (c *Ctx) Type(extension string, charset ...string) *Ctx                 { return c }
func (c *Ctx) Vary(fields ...string)                                         {}
func (c *Ctx) Write(p []byte) (int, error)                                   { return len(p), nil }
func (c *Ctx) Writef(f string, a ...interface{}) (int, error)                { return 0, nil }
func (c *Ctx) WriteString(s string) (int, error)                             { return len(s), nil }
func (c *Ctx) XHR() bool                                                     { return false }
func (c *Ctx) IsProxyTrusted() bool                                          { return false }
func (c *Ctx) IsFromLocal() bool                                             { return false }

// Cookie SameSite.
const (
	CookieSameSiteDisabled   = "disabled" // not in RFC, just control "SameSite" attribute will not be set.
	CookieSameSiteLaxMode    = "lax"
	CookieSameSiteStrictMode = "strict"
	CookieSameSiteNoneMode   = "none"
)

// HTTP methods were copied from net/http.
const (
	MethodGet     = "GET"     // RFC 7231, 4.3.1
	MethodHead    = "HEAD"    // RFC 7231, 4.3.2
	MethodPost    = "POST"    // RFC 7231, 4.3.3
	MethodPut     = "PUT"     // RFC 7231, 4.3.4
	MethodPatch   = "PATCH"   // RFC 5789
	MethodDelete  = "DELETE"  // RFC 7231, 4.3.5
	MethodConnect = "CONNECT" // RFC 7231, 4.3.6
	MethodOptions = "OPTIONS" // RFC 7231, 4.3.7
	MethodTrace   = "TRACE"   // RFC 7231, 4.3.8
	methodUse     = "USE"
)

// HTTP status codes were copied from net/http with the following updates:
// - Rename StatusNonAuthoritativeInfo to StatusNonAuthoritativeInformation
// - Add StatusSwitchProxy (306)
// NOTE: Keep this list in sync with statusMessage
const (
	StatusContinue           = 100 // RFC 9110, 15.2.1
	StatusSwitchingProtocols = 101 // RFC 9110, 15.2.2
	StatusProcessing         = 102 // RFC 2518, 10.1
	StatusEarlyHints         = 103 // RFC 8297

	StatusOK                          = 200 // RFC 9110, 15.3.1
	StatusCreated                     = 201 // RFC 9110, 15.3.2
	StatusAccepted                    = 202 // RFC 9110, 15.3.3
	StatusNonAuthoritativeInformation = 203 // RFC 9110, 15.3.4
	StatusNoContent                   = 204 // RFC 9110, 15.3.5
	StatusResetContent                = 205 // RFC 9110, 15.3.6
	StatusPartialContent              = 206 // RFC 9110, 15.3.7
	StatusMultiStatus                 = 207 // RFC 4918, 11.1
	StatusAlreadyReported             = 208 // RFC 5842, 7.1
	StatusIMUsed                      = 226 // RFC 3229, 10.4.1

	StatusMultipleChoices   = 300 // RFC 9110, 15.4.1
	StatusMovedPermanently  = 301 // RFC 9110, 15.4.2
	StatusFound             = 302 // RFC 9110, 15.4.3
	StatusSeeOther          = 303 // RFC 9110, 15.4.4
	StatusNotModified       = 304 // RFC 9110, 15.4.5
	StatusUseProxy          = 305 // RFC 9110, 15.4.6
	StatusSwitchProxy       = 306 // RFC 9110, 15.4.7 (Unused)
	StatusTemporaryRedirect = 307 // RFC 9110, 15.4.8
	StatusPermanentRedirect = 308 // RFC 9110, 15.4.9

	StatusBadRequest                   = 400 // RFC 9110, 15.5.1
	StatusUnauthorized                 = 401 // RFC 9110, 15.5.2
	StatusPaymentRequired              = 402 // RFC 9110, 15.5.3
	StatusForbidden                    = 403 // RFC 9110, 15.5.4
	StatusNotFound                     = 404 // RFC 9110, 15.5.5
	StatusMethodNotAllowed             = 405 // RFC 9110, 15.5.6
	StatusNotAcceptable                = 406 // RFC 9110, 15.5.7
	StatusProxyAuthRequired            = 407 // RFC 9110, 15.5.8
	StatusRequestTimeout               = 408 // RFC 9110, 15.5.9
	StatusConflict                     = 409 // RFC 9110, 15.5.10
	StatusGone                         = 410 // RFC 9110, 15.5.11
	StatusLengthRequired               = 411 // RFC 9110, 15.5.12
	StatusPreconditionFailed           = 412 // RFC 9110, 15.5.13
	StatusRequestEntityTooLarge        = 413 // RFC 9110, 15.5.14
	StatusRequestURITooLong            = 414 // RFC 9110, 15.5.15
	StatusUnsupportedMediaType         = 415 // RFC 9110, 15.5.16
	StatusRequestedRangeNotSatisfiable = 416 // RFC 9110, 15.5.17
	StatusExpectationFailed            = 417 // RFC 9110, 15.5.18
	StatusTeapot                       = 418 // RFC 9110, 15.5.19 (Unused)
	StatusMisdirectedRequest           = 421 // RFC 9110, 15.5.20
	StatusUnprocessableEntity          = 422 // RFC 9110, 15.5.21
	StatusLocked                       = 423 // RFC 4918, 11.3
	StatusFailedDependency             = 424 // RFC 4918, 11.4
	StatusTooEarly                     = 425 // RFC 8470, 5.2.
	StatusUpgradeRequired              = 426 // RFC 9110, 15.5.22
	StatusPreconditionRequired         = 428 // RFC 6585, 3
	StatusTooManyRequests              = 429 // RFC 6585, 4
	StatusRequestHeaderFieldsTooLarge  = 431 // RFC 6585, 5
	StatusUnavailableForLegalReasons   = 451 // RFC 7725, 3

	StatusInternalServerError           = 500 // RFC 9110, 15.6.1
	StatusNotImplemented                = 501 // RFC 9110, 15.6.2
	StatusBadGateway                    = 502 // RFC 9110, 15.6.3
	StatusServiceUnavailable            = 503 // RFC 9110, 15.6.4
	StatusGatewayTimeout                = 504 // RFC 9110, 15.6.5
	StatusHTTPVersionNotSupported       = 505 // RFC 9110, 15.6.6
	StatusVariantAlsoNegotiates         = 506 // RFC 2295, 8.1
	StatusInsufficientStorage           = 507 // RFC 4918, 11.5
	StatusLoopDetected                  = 508 // RFC 5842, 7.2
	StatusNotExtended                   = 510 // RFC 2774, 7
	StatusNetworkAuthenticationRequired = 511 // RFC 6585, 6
)

// Errors
var (
	ErrBadRequest                   = NewError(StatusBadRequest)                   // 400
	ErrUnauthorized                 = NewError(StatusUnauthorized)                 // 401
	ErrPaymentRequired              = NewError(StatusPaymentRequired)              // 402
	ErrForbidden                    = NewError(StatusForbidden)                    // 403
	ErrNotFound                     = NewError(StatusNotFound)                     // 404
	ErrMethodNotAllowed             = NewError(StatusMethodNotAllowed)             // 405
	ErrNotAcceptable                = NewError(StatusNotAcceptable)                // 406
	ErrProxyAuthRequired            = NewError(StatusProxyAuthRequired)            // 407
	ErrRequestTimeout               = NewError(StatusRequestTimeout)               // 408
	ErrConflict                     = NewError(StatusConflict)                     // 409
	ErrGone                         = NewError(StatusGone)                         // 410
	ErrLengthRequired               = NewError(StatusLengthRequired)               // 411
	ErrPreconditionFailed           = NewError(StatusPreconditionFailed)           // 412
	ErrRequestEntityTooLarge        = NewError(StatusRequestEntityTooLarge)        // 413
	ErrRequestURITooLong            = NewError(StatusRequestURITooLong)            // 414
	ErrUnsupportedMediaType         = NewError(StatusUnsupportedMediaType)         // 415
	ErrRequestedRangeNotSatisfiable = NewError(StatusRequestedRangeNotSatisfiable) // 416
	ErrExpectationFailed            = NewError(StatusExpectationFailed)            // 417
	ErrTeapot                       = NewError(StatusTeapot)                       // 418
	ErrMisdirectedRequest           = NewError(StatusMisdirectedRequest)           // 421
	ErrUnprocessableEntity          = NewError(StatusUnprocessableEntity)          // 422
	ErrLocked                       = NewError(StatusLocked)                       // 423
	ErrFailedDependency             = NewError(StatusFailedDependency)             // 424
	ErrTooEarly                     = NewError(StatusTooEarly)                     // 425
	ErrUpgradeRequired              = NewError(StatusUpgradeRequired)              // 426
	ErrPreconditionRequired         = NewError(StatusPreconditionRequired)         // 428
	ErrTooManyRequests              = NewError(StatusTooManyRequests)              // 429
	ErrRequestHeaderFieldsTooLarge  = NewError(StatusRequestHeaderFieldsTooLarge)  // 431
	ErrUnavailableForLegalReasons   = NewError(StatusUnavailableForLegalReasons)   // 451

	ErrInternalServerError           = NewError(StatusInternalServerError)           // 500
	ErrNotImplemented                = NewError(StatusNotImplemented)                // 501
	ErrBadGateway                    = NewError(StatusBadGateway)                    // 502
	ErrServiceUnavailable            = NewError(StatusServiceUnavailable)            // 503
	ErrGatewayTimeout                = NewError(StatusGatewayTimeout)                // 504
	ErrHTTPVersionNotSupported       = NewError(StatusHTTPVersionNotSupported)       // 505
	ErrVariantAlsoNegotiates         = NewError(StatusVariantAlsoNegotiates)         // 506
	ErrInsufficientStorage           = NewError(StatusInsufficientStorage)           // 507
	ErrLoopDetected                  = NewError(StatusLoopDetected)                  // 508
	ErrNotExtended                   = NewError(StatusNotExtended)                   // 510
	ErrNetworkAuthenticationRequired = NewError(StatusNetworkAuthenticationRequired) // 511
)

// HTTP Headers were copied from net/http.
const (
	HeaderAuthorization                   = "Authorization"
	HeaderProxyAuthenticate               = "Proxy-Authenticate"
	HeaderProxyAuthorization              = "Proxy-Authorization"
	HeaderWWWAuthenticate                 = "WWW-Authenticate"
	HeaderAge                             = "Age"
	HeaderCacheControl                    = "Cache-Control"
	HeaderClearSiteData                   = "Clear-Site-Data"
	HeaderExpires                         = "Expires"
	HeaderPragma                          = "Pragma"
	HeaderWarning                         = "Warning"
	HeaderAcceptCH                        = "Accept-CH"
	HeaderAcceptCHLifetime                = "Accept-CH-Lifetime"
	HeaderContentDPR                      = "Content-DPR"
	HeaderDPR                             = "DPR"
	HeaderEarlyData                       = "Early-Data"
	HeaderSaveData                        = "Save-Data"
	HeaderViewportWidth                   = "Viewport-Width"
	HeaderWidth                           = "Width"
	HeaderETag                            = "ETag"
	HeaderIfMatch                         = "If-Match"
	HeaderIfModifiedSince                 = "If-Modified-Since"
	HeaderIfNoneMatch                     = "If-None-Match"
	HeaderIfUnmodifiedSince               = "If-Unmodified-Since"
	HeaderLastModified                    = "Last-Modified"
	HeaderVary                            = "Vary"
	HeaderConnection                      = "Connection"
	HeaderKeepAlive                       = "Keep-Alive"
	HeaderAccept                          = "Accept"
	HeaderAcceptCharset                   = "Accept-Charset"
	HeaderAcceptEncoding                  = "Accept-Encoding"
	HeaderAcceptLanguage                  = "Accept-Language"
	HeaderCookie                          = "Cookie"
	HeaderExpect                          = "Expect"
	HeaderMaxForwards                     = "Max-Forwards"
	HeaderSetCookie                       = "Set-Cookie"
	HeaderAccessControlAllowCredentials   = "Access-Control-Allow-Credentials"
	HeaderAccessControlAllowHeaders       = "Access-Control-Allow-Headers"
	HeaderAccessControlAllowMethods       = "Access-Control-Allow-Methods"
	HeaderAccessControlAllowOrigin        = "Access-Control-Allow-Origin"
	HeaderAccessControlExposeHeaders      = "Access-Control-Expose-Headers"
	HeaderAccessControlMaxAge             = "Access-Control-Max-Age"
	HeaderAccessControlRequestHeaders     = "Access-Control-Request-Headers"
	HeaderAccessControlRequestMethod      = "Access-Control-Request-Method"
	HeaderOrigin                          = "Origin"
	HeaderTimingAllowOrigin               = "Timing-Allow-Origin"
	HeaderXPermittedCrossDomainPolicies   = "X-Permitted-Cross-Domain-Policies"
	HeaderDNT                             = "DNT"
	HeaderTk                              = "Tk"
	HeaderContentDisposition              = "Content-Disposition"
	HeaderContentEncoding                 = "Content-Encoding"
	HeaderContentLanguage                 = "Content-Language"
	HeaderContentLength                   = "Content-Length"
	HeaderContentLocation                 = "Content-Location"
	HeaderContentType                     = "Content-Type"
	HeaderForwarded                       = "Forwarded"
	HeaderVia                             = "Via"
	HeaderXForwardedFor                   = "X-Forwarded-For"
	HeaderXForwardedHost                  = "X-Forwarded-Host"
	HeaderXForwardedProto                 = "X-Forwarded-Proto"
	HeaderXForwardedProtocol              = "X-Forwarded-Protocol"
	HeaderXForwardedSsl                   = "X-Forwarded-Ssl"
	HeaderXUrlScheme                      = "X-Url-Scheme"
	HeaderLocation                        = "Location"
	HeaderFrom                            = "From"
	HeaderHost                            = "Host"
	HeaderReferer                         = "Referer"
	HeaderReferrerPolicy                  = "Referrer-Policy"
	HeaderUserAgent                       = "User-Agent"
	HeaderAllow                           = "Allow"
	HeaderServer                          = "Server"
	HeaderAcceptRanges                    = "Accept-Ranges"
	HeaderContentRange                    = "Content-Range"
	HeaderIfRange                         = "If-Range"
	HeaderRange                           = "Range"
	HeaderContentSecurityPolicy           = "Content-Security-Policy"
	HeaderContentSecurityPolicyReportOnly = "Content-Security-Policy-Report-Only"
	HeaderCrossOriginResourcePolicy       = "Cross-Origin-Resource-Policy"
	HeaderExpectCT                        = "Expect-CT"
	// Deprecated: use HeaderPermissionsPolicy instead
	HeaderFeaturePolicy           = "Feature-Policy"
	HeaderPermissionsPolicy       = "Permissions-Policy"
	HeaderPublicKeyPins           = "Public-Key-Pins"
	HeaderPublicKeyPinsReportOnly = "Public-Key-Pins-Report-Only"
	HeaderStrictTransportSecurity = "Strict-Transport-Security"
	HeaderUpgradeInsecureRequests = "Upgrade-Insecure-Requests"
	HeaderXContentTypeOptions     = "X-Content-Type-Options"
	HeaderXDownloadOptions        = "X-Download-Options"
	HeaderXFrameOptions           = "X-Frame-Options"
	HeaderXPoweredBy              = "X-Powered-By"
	HeaderXXSSProtection          = "X-XSS-Protection"
	HeaderLastEventID             = "Last-Event-ID"
	HeaderNEL                     = "NEL"
	HeaderPingFrom                = "Ping-From"
	HeaderPingTo                  = "Ping-To"
	HeaderReportTo                = "Report-To"
	HeaderTE                      = "TE"
	HeaderTrailer                 = "Trailer"
	HeaderTransferEncoding        = "Transfer-Encoding"
	HeaderSecWebSocketAccept      = "Sec-WebSocket-Accept"
	HeaderSecWebSocketExtensions  = "Sec-WebSocket-Extensions"
	HeaderSecWebSocketKey         = "Sec-WebSocket-Key"
	HeaderSecWebSocketProtocol    = "Sec-WebSocket-Protocol"
	HeaderSecWebSocketVersion     = "Sec-WebSocket-Version"
	HeaderAcceptPatch             = "Accept-Patch"
	HeaderAcceptPushPolicy        = "Accept-Push-Policy"
	HeaderAcceptSignature         = "Accept-Signature"
	HeaderAltSvc                  = "Alt-Svc"
	HeaderDate                    = "Date"
	HeaderIndex                   = "Index"
	HeaderLargeAllocation         = "Large-Allocation"
	HeaderLink                    = "Link"
	HeaderPushPolicy              = "Push-Policy"
	HeaderRetryAfter              = "Retry-After"
	HeaderServerTiming            = "Server-Timing"
	HeaderSignature               = "Signature"
	HeaderSignedHeaders           = "Signed-Headers"
	HeaderSourceMap               = "SourceMap"
	HeaderUpgrade                 = "Upgrade"
	HeaderXDNSPrefetchControl     = "X-DNS-Prefetch-Control"
	HeaderXPingback               = "X-Pingback"
	HeaderXRequestID              = "X-Request-ID"
	HeaderXRequestedWith          = "X-Requested-With"
	HeaderXRobotsTag              = "X-Robots-Tag"
	HeaderXUACompatible           = "X-UA-Compatible"
)

// Storage interface for communicating with different database/key-value providers.
type Storage interface {
	Get(key string) ([]byte, error)
	Set(key string, val []byte, exp time.Duration) error
	Delete(key string) error
	Reset() error
	Close() error
}

func (app *App) ErrorHandler(ctx *Ctx, err error) error          { return err }
func (app *App) GetRoute(name string) Route                      { return Route{} }
func (app *App) HandlersCount() uint32                           { return 0 }
func (app *App) MountPath() string                               { return "" }
func (app *App) ShutdownWithContext(ctx context.Context) error   { return nil }
func (app *App) ShutdownWithTimeout(timeout time.Duration) error { return nil }
func (app *App) ListenMutualTLS(addr, certFile, keyFile, clientCertFile string) error {
	return nil
}
func (c *Ctx) AcceptsCharsets(offers ...string) string                      { return "" }
func (c *Ctx) AcceptsEncodings(offers ...string) string                     { return "" }
func (c *Ctx) AcceptsLanguages(offers ...string) string                     { return "" }
func (c *Ctx) SaveFile(fileheader *multipart.FileHeader, path string) error { return nil }
func (c *Ctx) SaveFileToStorage(fileheader *multipart.FileHeader, path string, storage Storage) error {
	return nil
}
