package goplsproxy

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// Pull diagnostics (textDocument/diagnostic), which gopls offers when
// its pullDiagnostics setting is on. The proxy adds authvet's findings
// to gopls's full reports and extends gopls's result IDs with the
// generation of authvet's findings, so that "unchanged" stays true of
// the union: when authvet's findings changed, the proxy drops the
// previous result ID from the request and gopls sends a full report.

// resultIDSep joins gopls's result ID and authvet's generation.
const resultIDSep = " authvet-"

// pullDiagnostics rewrites a textDocument/diagnostic request and returns
// what to do with gopls's report.
func (p *proxy) pullDiagnostics(raw *json.RawMessage) (any, func(json.RawMessage) json.RawMessage) {
	var params map[string]json.RawMessage
	var doc struct {
		TextDocument     textDocumentIdentifier `json:"textDocument"`
		PreviousResultID string                 `json:"previousResultId"`
	}
	if parseParams(raw, &params) != nil || parseParams(raw, &doc) != nil {
		return rawParams(raw), nil
	}
	path := URIToPath(doc.TextDocument.URI)
	gen := p.store.startPull(path)
	if doc.PreviousResultID != "" {
		goplsID, ours, ok := strings.Cut(doc.PreviousResultID, resultIDSep)
		if ok && ours == strconv.Itoa(gen) {
			params["previousResultId"], _ = json.Marshal(goplsID)
		} else {
			delete(params, "previousResultId") // authvet's part changed: ask gopls for everything
		}
	}
	b, err := json.Marshal(params)
	if err != nil {
		return rawParams(raw), nil
	}
	return json.RawMessage(b), func(result json.RawMessage) json.RawMessage {
		return p.store.addToReport(path, result, gen)
	}
}

// startPull switches the store to pull mode, taking authvet's findings
// out of the pushed sets, and returns the generation of the file's
// findings.
func (s *diagnosticStore) startPull(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.pull {
		s.pull = true
		for _, f := range s.files {
			if len(f.authvet) > 0 {
				s.publishLocked(f)
			}
		}
	}
	if f := s.files[path]; f != nil {
		return f.authvetGen
	}
	return 0
}

// addToReport adds authvet's findings to gopls's full report, or
// marks an unchanged one with the generation the request was made at.
func (s *diagnosticStore) addToReport(path string, result json.RawMessage, requestGen int) json.RawMessage {
	var report map[string]json.RawMessage
	var head struct {
		Kind     string            `json:"kind"`
		ResultID string            `json:"resultId"`
		Items    []json.RawMessage `json:"items"`
	}
	if json.Unmarshal(result, &report) != nil || json.Unmarshal(result, &head) != nil {
		return result
	}
	gen := requestGen
	if head.Kind != "unchanged" { // a full report; gopls v0.23 leaves out its kind
		s.mu.Lock()
		if f := s.files[path]; f != nil {
			gen = f.authvetGen
			head.Items = append(head.Items, marshalDiagnostics(f.authvet)...)
		}
		s.mu.Unlock()
		report["items"], _ = json.Marshal(append([]json.RawMessage{}, head.Items...))
	}
	report["resultId"], _ = json.Marshal(head.ResultID + resultIDSep + strconv.Itoa(gen))
	b, err := json.Marshal(report)
	if err != nil {
		return result
	}
	return b
}

// refreshPull asks an editor that pulls diagnostics to pull again, now
// that authvet's findings changed.
func (p *proxy) refreshPull(ctx context.Context) {
	p.store.mu.Lock()
	pull := p.store.pull
	p.store.mu.Unlock()
	p.mu.Lock()
	can := p.refreshPulled
	p.mu.Unlock()
	if !pull || !can {
		return
	}
	id := jsonrpc2.ID{Str: fmt.Sprintf("authvet-%d", p.nextID.Add(1)), IsString: true}
	w, err := p.editor.DispatchCall(ctx, "workspace/diagnostic/refresh", nil, jsonrpc2.PickID(id))
	if err != nil {
		logf("asking the editor to pull diagnostics: %v", err)
		return
	}
	go w.Wait(ctx, nil)
}
