// Package frameworks is authvet's knowledge of web, session and token
// APIs, kept as data: which calls read client input, which send data to
// the client, how cookies and session managers carry their security
// flags, how handlers look and how routes are registered.
//
// Functions and methods are named by types.Func.FullName, with real import
// paths: "net/http.SetCookie", "(*net/http.Request).FormValue",
// "(github.com/labstack/echo/v4.Context).QueryParam". Argument positions
// are Args, counted from 1 and never counting the receiver, so that a
// row leaves out the arguments a call does not have; a field that names
// functions carries the tag frameworks:"func", so that tests find every
// name by reflection. Adding a framework means adding one file that
// declares a Framework and listing it in All; no analyzer changes.
//
// This package does not import go/analysis: passes/authmodel resolves
// these names against the packages being analyzed.
package frameworks

// An Arg is an argument position counted from 1, so that the zero value
// names no argument; like indexes, it never counts the receiver.
type Arg uint8

// Index returns the 0-based index of a, and false if a names no argument.
func (a Arg) Index() (int, bool) { return int(a) - 1, a != 0 }

// Pick returns the element of args that a names, and false if a names
// none or args is too short.
func Pick[T any](args []T, a Arg) (T, bool) {
	if i, ok := a.Index(); ok && i < len(args) {
		return args[i], true
	}
	var zero T
	return zero, false
}

// Input is the part of an HTTP request a value was read from.
type Input uint8

const (
	Header Input = iota + 1
	Cookie
	Query
	Form // a form field, which may also come from the query string
	Body // a decoded request body (JSON, XML, form binding)
	Path // a path parameter
	URL  // the request URL as a whole; its query becomes Query
	// PostForm is a form field read from the request body only, never
	// from the query string (net/http's PostFormValue, gin's PostForm).
	PostForm
)

var inputNames = [...]string{"", "header", "cookie", "query", "form", "body", "path", "url", "post form"}

func (in Input) String() string { return inputNames[in] }

// Output is how a value reaches the client.
type Output uint8

const (
	ToBody       Output = iota + 1 // the response body
	ToJSON                         // a serialized response value
	ToHeader                       // a response header
	ToCookie                       // the value of a Set-Cookie
	ToSessionKey                   // the key of a server-side session entry
)

var outputNames = [...]string{"", "response body", "JSON response", "response header", "cookie", "session key"}

func (o Output) String() string { return outputNames[o] }

// A Framework groups what authvet knows about one library.
type Framework struct {
	Name string
	// Packages are the import paths that implement the framework; a
	// package that imports none of any framework's packages is skipped.
	Packages []string

	Sources       []Source
	FieldSources  []FieldSource
	Accessors     []Accessor
	Sinks         []Sink
	ResponseTypes []string // types whose values are the HTTP response
	// OutboundRequests build a request the program sends, whose fields
	// are not client input.
	OutboundRequests []string `frameworks:"func"`
	// ClientHooks are the interface methods (RoundTripper.RoundTrip)
	// and ClientHookFields the func-typed fields ("Client.CheckRedirect")
	// through which an HTTP client hands the program the requests it
	// sends: a function of their signature gets outgoing requests, not
	// client input.
	ClientHooks      []string `frameworks:"func"`
	ClientHookFields []string // "net/http.Client.CheckRedirect"

	CookieTypes     []CookieType
	CookieSetters   []CookieSetter
	CookieDeleters  []CookieDeleter
	SameSiteSetters []SameSiteSetter
	SessionConfigs  []SessionConfig

	Handlers []HandlerSig
	Routes   []Route

	SessionRenewers []string `frameworks:"func"` // calls that issue a new session ID
	SessionRevokers []string `frameworks:"func"` // calls that end a server-side session
	SessionStores   []string `frameworks:"func"` // calls that add or update a server-side session entry

	JWTParsers []JWTParser

	CredentialLookups []CredentialLookup
	QueryExtractors   []QueryExtractor
	TokenExtractors   []TokenExtractorArg
	QueryRoutes       []QueryRoute
	DefaultReaders    []DefaultQueryReader

	KeyedMaps []KeyedMap
	PastTimes []PastTime

	// ValueCarriers keep values by key in a context or request.
	ValueCarriers []ValueCarrier
	// Passthrough are packages whose functions return data derived
	// from their arguments: a token trimmed, split, decoded or
	// formatted is still the token.
	Passthrough []string
	// MarkPackages are packages whose values a denylist or last-seen
	// table keeps per token, rather than a session: the results of
	// their functions and the values of their types (a time, a
	// duration).
	MarkPackages []string

	// Where secrets come from and how they are checked.
	FreshSecrets     []Fresh
	CredentialChecks []string `frameworks:"func"` // verify a password or similar secret: a handler that makes one is a login
	PasswordHashers  []string `frameworks:"func"` // hash a password to store it: a handler that makes one sets a password
	// CredentialArgs are library calls whose argument is a session or
	// token, beyond JWT parsers. Other calls into the modelled libraries
	// are not judged by their names: their Get and Load methods take
	// session names and data keys.
	CredentialArgs []CredentialArg
	SecretCompares []string `frameworks:"func"` // compare secrets in constant time: what they compare is a credential
	Equalities     []string `frameworks:"func"` // compare their first two arguments as == does
	// Digests return a hash or MAC the server computes over data it
	// holds: a client value compared with one, itself not hashed, is a
	// URL signature or a content digest being checked, not a bearer
	// credential. A client value hashed before the comparison (sha256
	// of both sides, to compare in constant time) still is one.
	Digests []string `frameworks:"func"`
}

// A Source is a call that returns, or decodes into an argument, client input.
type Source struct {
	Func    string `frameworks:"func"`
	Input   Input
	NameArg Arg // argument naming the input ("token"); none if none
	Into    Arg // pointer argument the input is decoded into; none if the result carries it
}

// A FieldSource is a field of a request type that holds client input.
type FieldSource struct {
	Type  string // named type, e.g. "net/http.Request"
	Field string
	Input Input
}

// An Accessor is a call whose result, or Into argument, carries the input
// of argument From, or of its receiver when From is none, possibly
// narrowed to a more precise Input and named by argument NameArg.
type Accessor struct {
	Func    string `frameworks:"func"`
	From    Arg
	Input   Input // 0 keeps the input of From
	NameArg Arg
	Into    Arg
	// Field, if set, is the one field of the (first) result, a pointer
	// to a struct, that carries the input: a parsed JWT's Raw string.
	Field string
}

// A Sink is a call that sends Arg to the client.
type Sink struct {
	Func    string `frameworks:"func"`
	Output  Output
	Arg     Arg    // argument sent; a variadic argument stands for all its elements
	NameArg Arg    // header or cookie name, if any
	Field   string // field of Arg that is sent, e.g. a cookie's "Value"; "" for Arg itself
	Writer  Arg    // argument that must be an HTTP response for this to be a sink, if any
	// Recv, when set, lists the calls the receiver must come from, e.g.
	// Header.Set is a sink only on the header of a response.
	Recv []string `frameworks:"func"`
}

// A CookieType describes a cookie struct: the names of its fields.
type CookieType struct {
	Type                                                     string
	Name, Value, MaxAge, Expires, Secure, HTTPOnly, SameSite string
	// SameSite constants by name; each is resolved to its value in the
	// analyzed program, never hard-coded.
	Lax, Strict, None []string
	// SameSiteDefault is the mode the library sends when SameSite is
	// left unset: "lax" for fiber, "" (no attribute) for net/http.
	SameSiteDefault string
}

// A CookieSetter sends a cookie to the client. Cookie is the argument
// holding the cookie struct; positional setters (gin) instead give the
// argument of each attribute, none when the setter has no such argument.
type CookieSetter struct {
	Func                                  string `frameworks:"func"`
	Cookie                                Arg
	Name, Value, MaxAge, Secure, HTTPOnly Arg
}

// Positional reports whether the setter takes the cookie's attributes as
// separate arguments rather than a cookie struct.
func (cs *CookieSetter) Positional() bool { return cs.Cookie == 0 }

// A CookieDeleter tells the client to delete the cookies named by
// argument Names (a variadic argument stands for all its elements); with
// no names it deletes every cookie the request came with (fiber's
// Ctx.ClearCookie).
type CookieDeleter struct {
	Func  string `frameworks:"func"`
	Names Arg
}

// A SameSiteSetter sets the SameSite attribute of later positional
// cookies on the same receiver (gin's Context.SetSameSite).
type SameSiteSetter struct {
	Func string `frameworks:"func"`
	Arg  Arg
}

// A SessionConfig is a constructor of a session manager or store whose
// cookie flags live in a field (scs's Cookie, gorilla's Options), are
// set by an options call (gin-contrib's Store.Options), or are given to
// the constructor: an argument of the Options type, or of a struct with
// a field of that type (flamego's Sessioner(session.Options{Cookie: ...})).
type SessionConfig struct {
	Func        string   `frameworks:"func"` // constructor, e.g. "github.com/alexedwards/scs/v2.New"
	Field       string   // field of the result holding the cookie options; "" if set by call
	OptionsCall string   `frameworks:"func"` // method taking an options struct
	Options     string   // options struct type, described in CookieTypes
	Defaults    Defaults // flags the constructor sets, until the options are replaced as a whole
	CookieName  string   // the library's default cookie name
	// Older lists the defaults of earlier versions of the module that
	// sets them, when they differ from Defaults (the latest).
	Older []OlderDefaults
}

// OlderDefaults are the defaults a session constructor had in versions
// of Module before Before.
type OlderDefaults struct {
	Module   string // module path, e.g. "github.com/gorilla/sessions"
	Before   string // semantic version, e.g. "v1.3.0"
	Defaults Defaults
}

// Defaults are a session library's default cookie flags.
type Defaults struct {
	HTTPOnly, Secure bool
	SameSite         string // "lax", "strict", "none" or "" for unset
}

// A HandlerSig is the signature of a framework's request handler.
type HandlerSig struct {
	Params  []string // parameter types, by types.TypeString
	Results []string
	// Shape, if set, matches any function that takes Params among its
	// parameters, in any order and with others, whatever it returns: the
	// program's own handler shapes (func(app *App, w, r) error).
	Shape bool
}

// A Route is a call that registers handlers for a path.
type Route struct {
	Func    string `frameworks:"func"`
	Path    Arg    // none if the call takes no path (gorilla's Route.HandlerFunc)
	Handler Arg    // first handler argument; a variadic argument means all its elements
	// Methods, if set, is a method called on the call's result to
	// restrict the route's HTTP methods (gorilla's Route.Methods).
	Methods string `frameworks:"func"`
}

// A JWTParser verifies the token in argument Token.
type JWTParser struct {
	Func  string `frameworks:"func"`
	Token Arg
}

// A CredentialLookup is a string field of a middleware's configuration
// that says where the middleware reads the credential it authenticates
// with: "<source>:<name>" entries, separated by Sep when it takes a list
// (echo-jwt's TokenLookup "header:Authorization:Bearer ,query:token").
// An entry whose source is Query reads the credential from the URL.
type CredentialLookup struct {
	Type  string // configuration struct, e.g. "github.com/labstack/echo-jwt/v4.Config"
	Field string
	Sep   string // "" if the field takes one entry
	Trim  bool   // spaces around entries and their parts are ignored (gin-jwt)
	Query string // the source that names the URL query: "query"
	Kind  string // the credential, for messages: "JWT", "API key"
}

// A QueryExtractor is a library function that reads a credential from
// URL query parameter Param, whether it is called or handed to the
// library's middleware as a token extractor (jwtauth.TokenFromQuery).
type QueryExtractor struct {
	Func  string `frameworks:"func"`
	Param string
}

// A TokenExtractorArg is a middleware call whose argument Arg (a
// variadic argument stands for all its elements) is a function that
// returns the credential the middleware authenticates with
// (jwtauth.Verify(ja, findTokenFns...)).
type TokenExtractorArg struct {
	Func string `frameworks:"func"`
	Arg  Arg
}

// A DefaultQueryReader is a method that authenticates a request with a
// credential it reads through a handler the library installs by default,
// one that falls back to a form value of the URL query (go-oauth2's
// ValidationBearerToken, through AccessTokenDefaultResolveHandler),
// until the program replaces that handler with Setter or by assigning
// Field of the type New returns.
type DefaultQueryReader struct {
	Func   string   `frameworks:"func"`
	New    []string `frameworks:"func"` // the constructors that install the default handler
	Setter string   `frameworks:"func"` // the method that replaces it
	Field  string   // the field that holds it, "Type.Field"
	Param  string
}

// A QueryRoute is a route matcher taking the query parameters a route
// requires as variadic Pairs of name and value; a value template "{v}"
// or "{v:pattern}" makes the parameter the route variable v
// (gorilla/mux's Route.Queries("token", "{token}")).
type QueryRoute struct {
	Func  string `frameworks:"func"`
	Pairs int
}

// All is every framework authvet models.
var All = []*Framework{
	&NetHTTP, &Stdlib, &Gin, &Echo, &Chi, &GorillaMux, &GorillaSessions, &Fiber, &SCS, &GinSessions, &JWTv3, &DgrijalvaJWT, &JWTv4, &JWTv5,
	&HTTPRouter, &Macaron, &MacaronSession, &Flamego, &FlamegoSession, &Beego, &BeegoSession, &Iris, &IrisSessions,
	&EchoSession, &SimpleSessions, &EchoJWT, &JWTAuth, &GinJWT, &OAuth2Server, &Secrets,
}

// methods returns the FullNames of the named methods of recv, which is
// written as in a FullName: "(*github.com/gin-gonic/gin.RouterGroup)".
func methods(recv string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = recv + "." + n
	}
	return out
}

// routes returns a Route for each method of recv, all with the same
// argument layout.
func routes(recv string, path, handler Arg, names ...string) []Route {
	var out []Route
	for _, f := range methods(recv, names...) {
		out = append(out, Route{Func: f, Path: path, Handler: handler})
	}
	return out
}

// sources returns a Source for each method of recv.
func sources(recv string, in Input, nameArg, into Arg, names ...string) []Source {
	var out []Source
	for _, f := range methods(recv, names...) {
		out = append(out, Source{Func: f, Input: in, NameArg: nameArg, Into: into})
	}
	return out
}

// httpVerbs are the route registration method names, in the three
// spellings frameworks use.
var (
	verbsUpper = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "Any"}
	verbsTitle = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "All"}
)
