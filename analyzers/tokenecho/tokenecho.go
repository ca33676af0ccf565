package tokenecho

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "tokenecho",
	Doc:      docutil.MustExtractDoc(doc, "tokenecho"),
	URL:      docutil.URL("tokenecho"),
	Requires: []*analysis.Analyzer{authflow.Analyzer, handlers.Analyzer},
	Run:      run,
}

// Category of every tokenecho finding; an anchor in docs/tokenecho.md.
const category = "session-fixation"

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	hs := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	for _, h := range hs.Handlers {
		if !h.Is(handlers.Login) {
			continue
		}
		seen := map[string]bool{}
		for _, hit := range flow.Summary(h.Fn).Sinks {
			echoed, ok := echoedCredential(hit)
			if !ok || !hit.Pos.IsValid() {
				continue
			}
			key := fmt.Sprint(hit.Pos, echoed.Name)
			if seen[key] {
				continue // one report per sending call and input
			}
			seen[key] = true
			d := analysis.Diagnostic{
				Pos:      hit.Pos,
				Category: category,
				Message: fmt.Sprintf("login handler %s sends the client-supplied %s back as %s; issue a fresh token instead (CWE-384)",
					handlerName(h), describe(echoed), destination(hit)),
			}
			if echoed.Pos.IsValid() {
				d.Related = []analysis.RelatedInformation{{Pos: echoed.Pos, Message: "client-supplied value read here"}}
			}
			diag.Report(pass, d)
		}
	}
	return nil, nil
}

// echoedCredential returns the client input that a value sent to the
// client as a session credential came from, if any.
func echoedCredential(hit authflow.SinkHit) (authflow.Label, bool) {
	credSink := isCredentialSink(hit)
	for _, l := range hit.Taint.Inputs() {
		if strings.Contains(strings.ToLower(l.Name), "refresh") {
			continue // refresh endpoints may return the refresh token they were given
		}
		if frameworks.IsCredentialName(l.Name) {
			if credSink || hit.Output == frameworks.ToJSON || hit.Output == frameworks.ToBody {
				return l, true
			}
		}
		if credSink && l.Input == frameworks.Cookie && l.Name == "" {
			return l, true // a cookie value copied as a whole
		}
	}
	return authflow.Label{}, false
}

// isCredentialSink reports whether the destination itself carries the
// session credential: a credential cookie or header, or a session key.
func isCredentialSink(hit authflow.SinkHit) bool {
	switch hit.Output {
	case frameworks.ToSessionKey:
		return true
	case frameworks.ToCookie, frameworks.ToHeader:
		return hit.Name == "" && hit.Output == frameworks.ToCookie || frameworks.IsCredentialName(hit.Name)
	}
	return false
}

func describe(l authflow.Label) string {
	if l.Name == "" {
		return l.Input.String() + " value"
	}
	return fmt.Sprintf("%s %q", l.Input, l.Name)
}

func destination(hit authflow.SinkHit) string {
	switch {
	case hit.Output == frameworks.ToSessionKey:
		return "the key of the new server-side session"
	case hit.Name != "":
		return fmt.Sprintf("%s %q", hit.Output, hit.Name)
	default:
		return "the " + hit.Output.String()
	}
}

func handlerName(h *handlers.Handler) string {
	name := h.Fn.Name()
	if h.Fn.Parent() != nil {
		name = "in " + h.Fn.Parent().Name()
	}
	return name
}
