package tokenquery

import (
	"fmt"
	"go/token"
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// queryCapable reports whether input of kind in may come from the query
// string: the query itself, or form values that include it (FormValue,
// Request.Form). Body-only form values are PostForm.
func queryCapable(in frameworks.Input) bool {
	return in == frameworks.Query || in == frameworks.Form
}

// notCredential reports whether a query parameter of this name is
// expected in URLs: OAuth callback parameters, cursors, redirects, the
// single-use tokens of e-mailed links, and presigned URLs' key ids.
func notCredential(name string) bool {
	return frameworks.OAuthCallbackParam.MatchString(name) || frameworks.NotCredentialName.MatchString(name) ||
		frameworks.OneTimeName.MatchString(name) || frameworks.PresignedURLParam.MatchString(name)
}

// describe names a query input label in a message.
func describe(l authflow.Label) string {
	switch {
	case l.Input == frameworks.Query && l.Name == "":
		return "the query string"
	case l.Input == frameworks.Query:
		return fmt.Sprintf("query parameter %q", l.Name)
	case l.Name == "":
		return "a form value, which may come from the URL query,"
	default:
		return fmt.Sprintf("form value %q, which may come from the URL query,", l.Name)
	}
}

// credentialKinds name the credential a parameter name suggests, first
// match wins.
var credentialKinds = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`(?i)refresh`), "refresh token"},
	{regexp.MustCompile(`(?i)id_?token`), "ID token"},
	{regexp.MustCompile(`(?i)jwt`), "JWT"},
	{regexp.MustCompile(`(?i)(api|access)_?key`), "API key"},
	{regexp.MustCompile(`(?i)sess|(^|[^a-z])sid($|[^a-z])`), "session ID"},
	{regexp.MustCompile(`(?i)secret|credential`), "secret"},
	{regexp.MustCompile(`(?i)token|bearer|auth`), "access token"},
}

// credentialKind names the kind of credential called name.
func credentialKind(name string) string {
	for _, k := range credentialKinds {
		if k.re.MatchString(name) {
			return k.kind
		}
	}
	return "credential"
}

// valueName returns the name a value goes by in the source: the
// variable, field, parameter or map key it was read from, the constant
// name a getter was asked for (os.Getenv("API_TOKEN")), or the callee.
func valueName(v ssa.Value, visited map[ssa.Value]bool) string {
	if visited[v] {
		return ""
	}
	visited[v] = true
	switch v := v.(type) {
	case *ssa.Global:
		return v.Name()
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Alloc:
		return v.Comment
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return valueName(v.X, visited)
		}
	case *ssa.FieldAddr:
		return ssautil.FieldName(v.X.Type(), v.Field)
	case *ssa.Field:
		return ssautil.FieldName(v.X.Type(), v.Field)
	case *ssa.Lookup:
		if k := ssautil.ConstString(v.Index); k != "" {
			return k
		}
		return valueName(v.X, visited)
	case *ssa.Call:
		_, args := ssautil.SplitArgs(v.Common())
		if len(args) > 0 {
			if s := ssautil.ConstString(args[0]); s != "" {
				return s
			}
		}
		if obj := ssautil.Callee(v.Common()); obj != nil {
			return obj.Name()
		}
	case *ssa.Extract:
		return valueName(v.Tuple, visited)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if n := valueName(e, visited); n != "" {
				return n
			}
		}
	case *ssa.Convert:
		return valueName(v.X, visited)
	case *ssa.ChangeType:
		return valueName(v.X, visited)
	case *ssa.MakeInterface:
		return valueName(v.X, visited)
	case *ssa.TypeAssert:
		return valueName(v.X, visited)
	case *ssa.Slice:
		return valueName(v.X, visited)
	}
	return ""
}

// isConst reports whether v is a constant, possibly converted.
func isConst(v ssa.Value) bool {
	_, ok := ssautil.Unconverted(v).(*ssa.Const)
	return ok
}
