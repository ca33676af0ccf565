package frameworks

const (
	httpRequest = "(*net/http.Request)"
	httpHeader  = "(net/http.Header)"
)

// NetHTTP is the standard library's HTTP server API.
var NetHTTP = Framework{
	Name:     "net/http",
	Packages: []string{"net/http"},
	ValueCarriers: []ValueCarrier{
		{Func: "(*net/http.Request).Context", Returns: true},
		{Func: "(*net/http.Request).WithContext", From: 1, Returns: true},
		{Func: "(*net/http.Request).Clone", From: 1, Returns: true},
	},
	Sources: []Source{
		{Func: httpRequest + ".FormValue", Input: Form, NameArg: 1},
		{Func: httpRequest + ".PostFormValue", Input: PostForm, NameArg: 1},
		{Func: httpRequest + ".Cookie", Input: Cookie, NameArg: 1},
		{Func: httpRequest + ".Cookies", Input: Cookie},
		{Func: httpRequest + ".CookiesNamed", Input: Cookie, NameArg: 1},
		{Func: httpRequest + ".PathValue", Input: Path, NameArg: 1},
		{Func: httpRequest + ".BasicAuth", Input: Header},
		{Func: httpRequest + ".UserAgent", Input: Header},
		{Func: httpRequest + ".Referer", Input: Header},
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
		{Func: httpHeader + ".Get", NameArg: 1},
		{Func: httpHeader + ".Values", NameArg: 1},
		{Func: "(*net/url.URL).Query", Input: Query},
		{Func: "(net/url.Values).Get", NameArg: 1},
		{Func: "(*net/http.Cookie).String"},
	},
	ResponseTypes: []string{"net/http.ResponseWriter"},
	Sinks: []Sink{
		{Func: "net/http.SetCookie", Output: ToCookie, Arg: 2, Field: "Value", Writer: 1},
		{Func: httpHeader + ".Set", Output: ToHeader, Arg: 2, NameArg: 1, Recv: responseHeaders},
		{Func: httpHeader + ".Add", Output: ToHeader, Arg: 2, NameArg: 1, Recv: responseHeaders},
		{Func: "(net/http.ResponseWriter).Write", Output: ToBody, Arg: 1},
		{Func: "fmt.Fprintf", Output: ToBody, Arg: 3, Writer: 1},
		{Func: "fmt.Fprint", Output: ToBody, Arg: 2, Writer: 1},
		{Func: "fmt.Fprintln", Output: ToBody, Arg: 2, Writer: 1},
		{Func: "io.WriteString", Output: ToBody, Arg: 2, Writer: 1},
		{Func: "(*encoding/json.Encoder).Encode", Output: ToJSON, Arg: 1, Recv: []string{"encoding/json.NewEncoder"}},
	},
	CookieTypes: []CookieType{httpCookie},
	CookieSetters: []CookieSetter{
		{Func: "net/http.SetCookie", Cookie: 2},
	},
	Handlers: []HandlerSig{
		{Params: []string{"net/http.ResponseWriter", "*net/http.Request"}, Shape: true},
	},
	Routes: append([]Route{
		{Func: "net/http.HandleFunc", Path: 1, Handler: 2},
		{Func: "net/http.Handle", Path: 1, Handler: 2},
	}, routes("(*net/http.ServeMux)", 1, 2, "HandleFunc", "Handle")...),
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
