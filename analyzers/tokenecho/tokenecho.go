package tokenecho

import (
	_ "embed"
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "tokenecho",
	Doc:      docutil.MustExtractDoc(doc, "tokenecho"),
	URL:      docutil.URL("tokenecho"),
	Requires: []*analysis.Analyzer{authflow.Analyzer, authevents.Analyzer, cookies.Analyzer, handlers.Analyzer},
	Run:      diag.Guard(run),
}

// Category of every tokenecho finding; an anchor in docs/tokenecho.md.
const (
	category = "session-fixation"
)

// A finding is a client-supplied credential that a login handler sends
// back or adopts.
type finding struct {
	hit    authflow.SinkHit
	echoed authflow.Label // where the value was read
	cookie string         // the name of the cookie it is sent in, if known
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // no modelled framework, so no handlers
	}
	evs := pass.ResultOf[authevents.Analyzer].(*authevents.Result)
	for _, a := range adoptions(flow, evs) {
		reportAdoption(pass, a)
	}
	hs := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	cks := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
	for _, h := range hs.Handlers {
		if !h.Is(handlers.Login) {
			continue // only a login must issue a new credential
		}
		for _, f := range check(flow.Summary(h.Fn), evs.Of(h.Fn), cks.SetsOf(h.Fn), &flow.Names) {
			if !hs.CallsHandler(h, f.hit.Pos) {
				report(pass, h, f) // else reported in the handler called
			}
		}
	}
	return nil, nil
}

// check returns the client-supplied credentials that a login handler,
// summarized by sum and ops, sends back or adopts: one finding per
// input, where it does the most harm (adopted as a session key before
// sent back). names says which inputs and cookies hold credentials.
func check(sum *authflow.Summary, ops *authevents.Summary, sets []cookies.Set, names *authflow.Names) []finding {
	renewed := renewedAt(ops)
	fresh := issuesFreshCookie(sum)
	seen := map[string]bool{}
	var out []finding
	for _, hit := range slices.Concat(sessionKeys(ops), sum.Sinks) {
		if !hit.Pos.IsValid() {
			continue // imported from a fact, with no place to report
		}
		if renewed.IsValid() && hit.Pos > renewed {
			continue // sent after the session was renewed: the new token
		}
		cookie := cookieName(sets, hit)
		echoed, ok := echoedCredential(hit, cookie, fresh, names)
		if !ok {
			continue
		}
		key := fmt.Sprint(echoed.Input, echoed.Name, echoed.Pos)
		if seen[key] {
			continue // one report per input: the defect is the one token
		}
		seen[key] = true
		out = append(out, finding{hit: hit, echoed: echoed, cookie: cookie})
	}
	return out
}

// sessionKeys returns the keys the handler stores new sessions under,
// as values sent: a token adopted as the key of a new session is the
// fixation itself, and sending it back is part of the same defect, so
// these come first. A key the store adopted after a missed lookup is
// reported there, as an adoption.
func sessionKeys(ops *authevents.Summary) []authflow.SinkHit {
	var out []authflow.SinkHit
	for _, k := range ops.Keys {
		if !k.Adopted.IsValid() || len(k.Taint.Inputs()) == 0 {
			out = append(out, k.Hit())
		}
	}
	return out
}

// renewedAt returns where the handler first renews its session (scs's
// RenewToken, a RegenerateSession helper), or NoPos. A token sent after
// that is the new one, even when the session was loaded from the
// client's.
func renewedAt(ops *authevents.Summary) token.Pos {
	first := token.NoPos
	for _, e := range ops.Events {
		if e.Kind == authevents.SessionRenew && e.Pos.IsValid() && (!first.IsValid() || e.Pos < first) {
			first = e.Pos
		}
	}
	return first
}

// cookieName returns the name of the cookie a cookie sink sends, from
// the cookie-set event at the same call, or "" if unknown or ambiguous.
// issuesFreshCookie reports whether the login sends a cookie holding only
// a credential the server minted (a random token or a JWT it signs): that
// cookie is the new session, so another cookie of unknown name sent beside
// it (go-pkgz/auth's XSRF cookie carrying the JWT's id) is not.
func issuesFreshCookie(sum *authflow.Summary) bool {
	for _, hit := range sum.Sinks {
		if hit.Output == frameworks.ToCookie && hit.Taint.Minted() {
			return true
		}
	}
	return false
}

func cookieName(sets []cookies.Set, hit authflow.SinkHit) string {
	if hit.Output != frameworks.ToCookie {
		return ""
	}
	if hit.Name != "" {
		return hit.Name // a positional setter names it
	}
	name := ""
	for _, s := range sets {
		if s.Pos != hit.Pos || s.Deleted {
			continue
		}
		if name != "" && s.Name != name {
			return "" // the call sets several cookies
		}
		name = s.Name
	}
	return name
}

// echoedCredential returns the client input that a value sent to the
// client, or used as a session key, came from, if that input is a
// credential and the destination carries one.
func echoedCredential(hit authflow.SinkHit, cookie string, fresh bool, names *authflow.Names) (authflow.Label, bool) {
	credSink := isCredentialSink(hit, cookie, fresh, names)
	for _, l := range hit.Taint.Inputs() {
		if frameworks.RefreshTokenName.MatchString(l.Name) {
			continue
		}
		if names.IsCredentialName(l.Name) {
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
// session credential: a session key, a cookie of credential name or of
// unknown name when the login sends no fresh credential (fresh), or a
// credential header.
func isCredentialSink(hit authflow.SinkHit, cookie string, fresh bool, names *authflow.Names) bool {
	switch hit.Output {
	case frameworks.ToSessionKey:
		return true
	case frameworks.ToCookie:
		if cookie == "" {
			return !fresh // beside a fresh credential, an unnamed cookie is not the session
		}
		return names.IsCredentialName(cookie)
	case frameworks.ToHeader:
		return names.IsCredentialName(hit.Name)
	}
	return false
}

// report formats a finding.
func report(pass *analysis.Pass, h *handlers.Handler, f finding) {
	d := analysis.Diagnostic{
		Pos:      f.hit.Pos,
		Category: category,
		Message: fmt.Sprintf("login handler %s sends the client-supplied %s back as %s; issue a fresh token instead (CWE-384)",
			h.Name(), describe(f.echoed), destination(f)),
	}
	if f.echoed.Pos.IsValid() && f.echoed.Pos != f.hit.Pos {
		d.Related = []analysis.RelatedInformation{{Pos: f.echoed.Pos, Message: "client-supplied value read here"}}
	}
	diag.Report(pass, d)
}

// describe names an input: `cookie "sid"`, `body "session_token"`.
func describe(l authflow.Label) string {
	if l.Name == "" {
		return l.Input.String() + " value"
	}
	return fmt.Sprintf("%s %q", l.Input, l.Name)
}

// destination names where a finding's value goes.
func destination(f finding) string {
	switch {
	case f.hit.Output == frameworks.ToSessionKey:
		return "the key of the new server-side session"
	case f.cookie != "":
		return fmt.Sprintf("cookie %q", f.cookie)
	case f.hit.Name != "":
		return fmt.Sprintf("%s %q", f.hit.Output, f.hit.Name)
	default:
		return "the " + f.hit.Output.String()
	}
}
