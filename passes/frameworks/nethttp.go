package frameworks

const (
	httpRequest = "(*net/http.Request)"
	httpHeader  = "(net/http.Header)"
)

// NetHTTP is the standard library's HTTP server API.
var NetHTTP = Framework{
	Name:     "net/http",
	Packages: []string{"net/http"},
	Sources: []Source{
		{Func: httpRequest + ".FormValue", Input: Form, NameArg: 0, Into: -1},
		{Func: httpRequest + ".PostFormValue", Input: PostForm, NameArg: 0, Into: -1},
		{Func: httpRequest + ".Cookie", Input: Cookie, NameArg: 0, Into: -1},
		{Func: httpRequest + ".Cookies", Input: Cookie, NameArg: -1, Into: -1},
		{Func: httpRequest + ".CookiesNamed", Input: Cookie, NameArg: 0, Into: -1},
		{Func: httpRequest + ".PathValue", Input: Path, NameArg: 0, Into: -1},
		{Func: httpRequest + ".BasicAuth", Input: Header, NameArg: -1, Into: -1},
		{Func: httpRequest + ".UserAgent", Input: Header, NameArg: -1, Into: -1},
		{Func: httpRequest + ".Referer", Input: Header, NameArg: -1, Into: -1},
	},
	OutboundRequests: []string{"net/http.NewRequest", "net/http.NewRequestWithContext"},
	ClientHooks:      []string{"(net/http.RoundTripper).RoundTrip"},
	ClientHookFields: []string{"net/http.Client.CheckRedirect"},
	FieldSources: []FieldSource{
		{Type: "net/http.Request", Field: "Header", Input: Header},
		{Type: "net/http.Request", Field: "URL", Input: URL},
		{Type: "net/http.Request", Field: "Form", Input: Form},
		{Type: "net/http.Request", Field: "PostForm", Input: PostForm},
		{Type: "net/http.Request", Field: "Body", Input: Body},
		{Type: "net/http.Request", Field: "RequestURI", Input: URL},
	},
	Accessors: []Accessor{
		{Func: httpHeader + ".Get", From: -1, NameArg: 0, Into: -1},
		{Func: httpHeader + ".Values", From: -1, NameArg: 0, Into: -1},
		{Func: "(*net/url.URL).Query", From: -1, Input: Query, NameArg: -1, Into: -1},
		{Func: "(net/url.Values).Get", From: -1, NameArg: 0, Into: -1},
		{Func: "(*net/http.Cookie).String", From: -1, NameArg: -1, Into: -1},
	},
	ResponseTypes: []string{"net/http.ResponseWriter"},
	Sinks: []Sink{
		{Func: "net/http.SetCookie", Output: ToCookie, Arg: 1, NameArg: -1, Field: "Value", Writer: 0},
		{Func: httpHeader + ".Set", Output: ToHeader, Arg: 1, NameArg: 0, Writer: -1, Recv: responseHeaders},
		{Func: httpHeader + ".Add", Output: ToHeader, Arg: 1, NameArg: 0, Writer: -1, Recv: responseHeaders},
		{Func: "(net/http.ResponseWriter).Write", Output: ToBody, Arg: 0, NameArg: -1, Writer: -1},
		{Func: "fmt.Fprintf", Output: ToBody, Arg: 2, NameArg: -1, Writer: 0},
		{Func: "fmt.Fprint", Output: ToBody, Arg: 1, NameArg: -1, Writer: 0},
		{Func: "fmt.Fprintln", Output: ToBody, Arg: 1, NameArg: -1, Writer: 0},
		{Func: "io.WriteString", Output: ToBody, Arg: 1, NameArg: -1, Writer: 0},
		{Func: "(*encoding/json.Encoder).Encode", Output: ToJSON, Arg: 0, NameArg: -1, Writer: -1, Recv: []string{"encoding/json.NewEncoder"}},
	},
	CookieTypes: []CookieType{httpCookie},
	CookieSetters: []CookieSetter{
		{Func: "net/http.SetCookie", Cookie: 1, Name: -1, Value: -1, MaxAge: -1, Secure: -1, HTTPOnly: -1},
	},
	Handlers: []HandlerSig{
		{Params: []string{"net/http.ResponseWriter", "*net/http.Request"}, Shape: true},
	},
	Routes: append([]Route{
		{Func: "net/http.HandleFunc", Path: 0, Handler: 1},
		{Func: "net/http.Handle", Path: 0, Handler: 1},
	}, routes("(*net/http.ServeMux)", 0, 1, "HandleFunc", "Handle")...),
}

// responseHeaders are the calls that return the header map of a response.
var responseHeaders = []string{
	"(net/http.ResponseWriter).Header",
	"(*github.com/labstack/echo/v4.Response).Header",
}

// httpCookie is net/http.Cookie, also used by gin, echo and chi.
var httpCookie = CookieType{
	Type: "net/http.Cookie",
	Name: "Name", Value: "Value", MaxAge: "MaxAge", Expires: "Expires",
	Secure: "Secure", HTTPOnly: "HttpOnly", SameSite: "SameSite",
	Lax:    []string{"net/http.SameSiteLaxMode"},
	Strict: []string{"net/http.SameSiteStrictMode"},
	None:   []string{"net/http.SameSiteNoneMode"},
}
