package goplsproxy

import (
	"encoding/json"
	"net/url"
	"path/filepath"
)

// The few LSP types the proxy reads or writes. Everything else passes
// through as raw JSON, so the proxy does not depend on a protocol
// version beyond these stable shapes.

// Position is an LSP position: a line and a column in the negotiated
// position encoding (UTF-16 code units unless the server said otherwise).
type Position struct {
	Line      uint32 `json:"line"`
	Character uint32 `json:"character"`
}

// Range is an LSP range.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Location is an LSP location.
type Location struct {
	URI   string `json:"uri"`
	Range Range  `json:"range"`
}

// Diagnostic is an LSP diagnostic.
type Diagnostic struct {
	Range              Range                `json:"range"`
	Severity           int                  `json:"severity,omitempty"`
	Code               string               `json:"code,omitempty"`
	CodeDescription    *CodeDescription     `json:"codeDescription,omitempty"`
	Source             string               `json:"source,omitempty"`
	Message            string               `json:"message"`
	RelatedInformation []RelatedInformation `json:"relatedInformation,omitempty"`
}

// CodeDescription links a diagnostic to its documentation.
type CodeDescription struct {
	Href string `json:"href"`
}

// RelatedInformation is a secondary position of a diagnostic.
type RelatedInformation struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// severityWarning is DiagnosticSeverity.Warning: authvet's findings are
// defects to review, not compile errors.
const severityWarning = 2

// TextEdit is an LSP text edit.
type TextEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// WorkspaceEdit is an LSP workspace edit in its simplest form, which
// every client supports.
type WorkspaceEdit struct {
	Changes map[string][]TextEdit `json:"changes"`
}

// CodeAction is an LSP code action.
type CodeAction struct {
	Title       string         `json:"title"`
	Kind        string         `json:"kind"`
	Diagnostics []Diagnostic   `json:"diagnostics,omitempty"`
	IsPreferred bool           `json:"isPreferred,omitempty"`
	Edit        *WorkspaceEdit `json:"edit"`
}

// publishDiagnosticsParams is the textDocument/publishDiagnostics
// notification. gopls's diagnostics are kept raw, as gopls wrote them.
type publishDiagnosticsParams struct {
	URI         string            `json:"uri"`
	Version     *int32            `json:"version,omitempty"`
	Diagnostics []json.RawMessage `json:"diagnostics"`
}

// textDocumentIdentifier names a document in a request.
type textDocumentIdentifier struct {
	URI string `json:"uri"`
}

// URIToPath returns the file name of a file: URI, or "" for any other
// scheme (an untitled buffer, say), which the proxy does not analyze.
func URIToPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	return filepath.Clean(filepath.FromSlash(u.Path))
}

// PathToURI returns the file: URI of an absolute file name.
func PathToURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
