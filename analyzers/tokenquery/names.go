package tokenquery

import (
	"fmt"
	"regexp"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
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
