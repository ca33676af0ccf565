package goplsproxy

import (
	"encoding/json"
	"sync"
)

// diagnosticStore merges gopls's and authvet's diagnostics per file.
//
// In LSP each publishDiagnostics for a file replaces the last one, so
// the proxy never forwards either side's set alone: it keeps the latest
// set from each and publishes their union whenever one changes. The
// publish happens under the store's lock, so what the editor last got
// is always the union of the two latest sets, whatever order they
// arrive in.
type diagnosticStore struct {
	publish func(publishDiagnosticsParams) // sends to the editor

	mu    sync.Mutex
	files map[string]*fileDiagnostics // by file name
	// pull is set once the editor pulls diagnostics (textDocument/diagnostic):
	// authvet's then go into the pull reports and no longer into pushes,
	// so the editor does not show them twice.
	pull bool
}

type fileDiagnostics struct {
	uri          string
	gopls        []json.RawMessage // gopls's latest set, as it sent it
	goplsVersion *int32
	authvet      []authvetDiagnostic
	authvetGen   int // counts changes to authvet, for pull result IDs
}

// authvetDiagnostic is one finding as the editor sees it, with the code
// actions that apply to it.
type authvetDiagnostic struct {
	Diagnostic
	fixes    []CodeAction // its suggested fixes
	suppress CodeAction   // inserts an //authvet:ignore directive
}

func newDiagnosticStore(publish func(publishDiagnosticsParams)) *diagnosticStore {
	return &diagnosticStore{publish: publish, files: map[string]*fileDiagnostics{}}
}

func (s *diagnosticStore) fileLocked(path, uri string) *fileDiagnostics {
	f := s.files[path]
	if f == nil {
		f = &fileDiagnostics{uri: uri}
		s.files[path] = f
	}
	return f
}

// fromGopls records gopls's publish for a file and forwards the union.
func (s *diagnosticStore) fromGopls(path string, p publishDiagnosticsParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.fileLocked(path, p.URI)
	f.uri = p.URI // gopls's spelling of the URI wins: it is what the editor matched so far
	f.gopls, f.goplsVersion = p.Diagnostics, p.Version
	s.publishLocked(f)
}

// fromAuthvet replaces authvet's findings for a file and publishes the
// union if they changed.
func (s *diagnosticStore) fromAuthvet(path, uri string, diags []authvetDiagnostic) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.fileLocked(path, uri)
	if len(f.authvet) == 0 && len(diags) == 0 {
		return // nothing shown, nothing to show: keep the editor's state as gopls left it
	}
	f.authvet = diags
	f.authvetGen++
	if !s.pull {
		s.publishLocked(f)
	}
}

// publishLocked sends the union of a file's two sets.
func (s *diagnosticStore) publishLocked(f *fileDiagnostics) {
	all := make([]json.RawMessage, 0, len(f.gopls)+len(f.authvet))
	all = append(all, f.gopls...)
	if !s.pull {
		all = append(all, marshalDiagnostics(f.authvet)...)
	}
	s.publish(publishDiagnosticsParams{URI: f.uri, Version: f.goplsVersion, Diagnostics: all})
}

// authvetFor returns authvet's current findings for a file.
func (s *diagnosticStore) authvetFor(path string) []authvetDiagnostic {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.files[path]; f != nil {
		return f.authvet
	}
	return nil
}

// marshalDiagnostics encodes authvet's findings as LSP diagnostics.
func marshalDiagnostics(diags []authvetDiagnostic) []json.RawMessage {
	out := make([]json.RawMessage, 0, len(diags))
	for _, d := range diags {
		b, err := json.Marshal(d.Diagnostic)
		if err != nil {
			continue // a Diagnostic of strings and numbers always encodes
		}
		out = append(out, b)
	}
	return out
}
