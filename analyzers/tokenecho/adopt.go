package tokenecho

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

// An adoption is a session created under a client-supplied id that the
// store did not know: the fixation a session library commits for every
// login of every application using it, wherever the library's Start or
// Get is called.
type adoption struct {
	at     token.Pos      // where the session is stored after the missed lookup
	echoed authflow.Label // where the client's id was read
}

// adoptions returns the package's adoptions, one per place, found in
// the summaries of the functions that read the client's id.
func adoptions(flow *authflow.Result) []adoption {
	seen := map[token.Pos]bool{}
	var out []adoption
	for _, fn := range flow.SrcFuncs {
		for _, hit := range flow.Summary(fn).Sinks {
			in := hit.Taint.Inputs()
			if hit.Output != frameworks.ToSessionKey || !hit.Adopted.IsValid() || len(in) == 0 || seen[hit.Adopted] {
				continue
			}
			seen[hit.Adopted] = true
			out = append(out, adoption{at: hit.Adopted, echoed: in[0]})
		}
	}
	return out
}

func reportAdoption(pass *analysis.Pass, a adoption) {
	d := analysis.Diagnostic{
		Pos:      a.at,
		Category: category,
		Message: fmt.Sprintf("a new session is stored under the client-supplied %s when the store has none; a client can choose the session id a victim will use, so generate a fresh one (CWE-384)",
			describe(a.echoed)),
	}
	if a.echoed.Pos.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: a.echoed.Pos, Message: "client-supplied value read here"}}
	}
	diag.Report(pass, d)
}
