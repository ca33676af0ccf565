package goplsproxy

import "encoding/json"

// codeActionParams is the part of a textDocument/codeAction request the
// proxy reads.
type codeActionParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
	Context      struct {
		Only []string `json:"only"`
	} `json:"context"`
}

// addCodeActions appends authvet's actions for the findings that touch
// the requested range to gopls's answer: each suggested fix and the
// suppress action, as quickfixes tied to their diagnostic.
func addCodeActions(gopls json.RawMessage, p codeActionParams, diags []authvetDiagnostic) json.RawMessage {
	if !wantsQuickfix(p.Context.Only) {
		return gopls
	}
	var actions []json.RawMessage
	if err := json.Unmarshal(gopls, &actions); err != nil {
		return gopls // not a list (an error or a newer shape): leave gopls's answer alone
	}
	n := len(actions)
	for _, d := range diags {
		if !touches(d.Range, p.Range) {
			continue
		}
		for _, a := range append(append([]CodeAction(nil), d.fixes...), d.suppress) {
			a.Diagnostics = []Diagnostic{d.Diagnostic}
			if b, err := json.Marshal(a); err == nil {
				actions = append(actions, b)
			}
		}
	}
	if len(actions) == n {
		return gopls
	}
	out, err := json.Marshal(actions)
	if err != nil {
		return gopls
	}
	return out
}

// wantsQuickfix reports whether a request restricted to the kinds in
// only still asks for quickfixes.
func wantsQuickfix(only []string) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == "" || k == "quickfix" { // the empty kind is the parent of all

			return true
		}
	}
	return false
}

// touches reports whether two ranges overlap or meet, so that a cursor
// (an empty range) anywhere on a finding selects it.
func touches(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(p, q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}
