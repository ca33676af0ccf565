package tokenecho

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
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
func adoptions(flow *authflow.Result, evs *authevents.Result) []adoption {
	seen := map[token.Pos]bool{}
	var out []adoption
	for _, fn := range flow.SrcFuncs {
		for _, k := range evs.Of(fn).Keys {
			in := k.Taint.Inputs()
			if !k.Adopted.IsValid() || len(in) == 0 || seen[k.Adopted] {
				continue
			}
			seen[k.Adopted] = true
			out = append(out, adoption{at: k.Adopted, echoed: in[0]})
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
