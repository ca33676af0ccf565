package goplsproxy

import (
	"bytes"
	"fmt"
	"go/token"
	"os"
)

// sourceName is the LSP source of authvet's diagnostics, which editors
// show next to the message.
const sourceName = "authvet"

// converter turns findings into LSP diagnostics and code actions. It
// converts byte offsets to positions in the negotiated encoding with
// the texts that were analyzed: the editor's buffers, else the files.
type converter struct {
	enc     string
	overlay map[string][]byte
	read    map[string][]byte
}

func newConverter(enc string, overlay map[string][]byte) *converter {
	return &converter{enc: enc, overlay: overlay, read: map[string][]byte{}}
}

// text returns the analyzed text of a file.
func (c *converter) text(file string) []byte {
	if t, ok := c.overlay[file]; ok {
		return t
	}
	t, ok := c.read[file]
	if !ok {
		t, _ = os.ReadFile(file) // a file gone since the analysis gets positions clamped to nothing
		c.read[file] = t
	}
	return t
}

func (c *converter) rangeOf(file string, start, end int) Range {
	t := c.text(file)
	return Range{Start: toPosition(t, start, c.enc), End: toPosition(t, end, c.enc)}
}

// diagnostics converts a result into each file's diagnostics; every
// file of the result has an entry, empty when it has no findings.
func (c *converter) diagnostics(res *Result) map[string][]authvetDiagnostic {
	out := make(map[string][]authvetDiagnostic, len(res.Files))
	for _, f := range res.Files {
		out[f] = nil
	}
	for _, f := range res.Findings {
		if f.Pos.Filename == "" {
			continue // an analyzer reported at no position: nowhere to show it
		}
		out[f.Pos.Filename] = append(out[f.Pos.Filename], c.diagnostic(f))
	}
	return out
}

// diagnostic converts one finding.
func (c *converter) diagnostic(f Finding) authvetDiagnostic {
	d := Diagnostic{
		Range:    c.rangeOf(f.Pos.Filename, f.Pos.Offset, endOffset(f.Pos, f.End)),
		Severity: severityWarning,
		Code:     f.Check,
		Source:   sourceName,
		Message:  f.Message,
	}
	if f.URL != "" {
		d.CodeDescription = &CodeDescription{Href: f.URL}
	}
	for _, r := range f.Related {
		d.RelatedInformation = append(d.RelatedInformation, RelatedInformation{
			Location: Location{URI: PathToURI(r.Pos.Filename), Range: c.rangeOf(r.Pos.Filename, r.Pos.Offset, endOffset(r.Pos, r.End))},
			Message:  r.Message,
		})
	}
	ad := authvetDiagnostic{Diagnostic: d, suppress: c.suppress(f)}
	for _, fix := range f.Fixes {
		edit := &WorkspaceEdit{Changes: map[string][]TextEdit{}}
		for _, e := range fix.Edits {
			uri := PathToURI(e.File)
			edit.Changes[uri] = append(edit.Changes[uri], TextEdit{Range: c.rangeOf(e.File, e.Start, e.End), NewText: e.NewText})
		}
		ad.fixes = append(ad.fixes, CodeAction{Title: fix.Message, Kind: "quickfix", IsPreferred: true, Edit: edit})
	}
	return ad
}

// endOffset is the offset of end, or of pos when end lies elsewhere.
func endOffset(pos, end token.Position) int {
	if end.Filename != pos.Filename || end.Offset < pos.Offset {
		return pos.Offset
	}
	return end.Offset
}

// directive is the comment that suppresses a finding, as
// analyzers/internal/diag reads it (that package is internal to the
// analyzers; the end-to-end test checks the inserted directive works).
const directive = "//authvet:ignore"

// suppressReason is the placeholder reason of an inserted directive; a
// directive needs a reason to take effect, and this one asks for it.
const suppressReason = "REASON: say why this is safe"

// suppress returns the action that inserts an ignore directive, with
// the line's indentation, on a line of its own above the finding.
func (c *converter) suppress(f Finding) CodeAction {
	t := c.text(f.Pos.Filename)
	start := min(f.Pos.Offset, len(t))
	lineStart := bytes.LastIndexByte(t[:start], '\n') + 1
	indent := t[lineStart:lineStart]
	for i := lineStart; i < len(t) && (t[i] == ' ' || t[i] == '\t'); i++ {
		indent = t[lineStart : i+1]
	}
	text := fmt.Sprintf("%s%s %s %s\n", indent, directive, f.Check, suppressReason)
	at := toPosition(t, lineStart, c.enc)
	return CodeAction{
		Title: fmt.Sprintf("suppress with %s %s <reason>", directive, f.Check),
		Kind:  "quickfix",
		Edit:  &WorkspaceEdit{Changes: map[string][]TextEdit{PathToURI(f.Pos.Filename): {{Range: Range{Start: at, End: at}, NewText: text}}}},
	}
}
