package main

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/cmd/internal/driver"
)

// securitySeverity is each check's CVSS-like score, which GitHub code
// scanning shows as the alert's severity: fixation and a token sent back
// hand over a session (high); a credential in a URL or a session left
// valid leak or extend one (medium); a missing cookie flag needs another
// flaw to matter (medium).
var securitySeverity = map[string]string{
	"tokenecho":     "8.1",
	"cookieflags":   "5.3",
	"tokenquery":    "6.5",
	"sessionrevoke": "5.4",
}

// SARIF 2.1.0, the subset authvet writes. Hand-written rather than
// github.com/owenrumney/go-sarif's: its v3 types write "byteOffset": 0 and
// "charOffset": 0 into every region and -1 indexes into every location,
// which misstate where a finding is.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult               `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string         `json:"id"`
		ShortDescription sarifText      `json:"shortDescription"`
		FullDescription  sarifText      `json:"fullDescription"`
		HelpURI          string         `json:"helpUri"`
		Help             sarifText      `json:"help"`
		Properties       map[string]any `json:"properties"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string             `json:"ruleId"`
		RuleIndex           int                `json:"ruleIndex"`
		Level               string             `json:"level"`
		Message             sarifText          `json:"message"`
		Locations           []sarifLocation    `json:"locations"`
		RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string  `json:"partialFingerprints"`
		Fixes               []sarifFix         `json:"fixes,omitempty"`
		Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifSuppression struct {
		Kind          string         `json:"kind"`
		Justification string         `json:"justification"`
		Location      *sarifLocation `json:"location,omitempty"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           sarifRegion      `json:"region"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int  `json:"startLine,omitempty"`
		StartColumn int  `json:"startColumn,omitempty"`
		EndLine     int  `json:"endLine,omitempty"`
		EndColumn   int  `json:"endColumn,omitempty"`
		ByteOffset  *int `json:"byteOffset,omitempty"`
		ByteLength  *int `json:"byteLength,omitempty"`
	}
	sarifFix struct {
		Description     sarifText             `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent sarifText   `json:"insertedContent"`
	}
)

// srcRoot is the SARIF base of every location: code scanning resolves
// %SRCROOT% to the checkout.
const srcRoot = "%SRCROOT%"

// writeSARIF prints findings as a SARIF 2.1.0 log, with locations
// relative to the repository root (the nearest directory above the
// current one that holds .git, or the current one). Findings suppressed
// by //authvet:ignore carry the directive's reason as the justification
// of an in-source suppression.
func writeSARIF(w io.Writer, checks []*analysis.Analyzer, findings []driver.Finding) error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root := repoRoot(wd)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "authvet",
			Version:        sarifVersion(),
			InformationURI: "https://github.com/authvet/authvet",
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{srcRoot: {URI: "file://" + filepath.ToSlash(root) + "/"}},
		Results:            []sarifResult{},
	}
	index := map[string]int{}
	for i, a := range checks {
		index[a.Name] = i
		tags := []string{"security"}
		for _, c := range cwes(a) {
			tags = append(tags, "external/cwe/"+strings.ToLower(c))
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:               a.Name,
			ShortDescription: sarifText{title(a)},
			FullDescription:  sarifText{strings.TrimSpace(a.Doc)},
			HelpURI:          a.URL,
			Help:             sarifText{fmt.Sprintf("%s\n\nSee %s", strings.TrimSpace(a.Doc), a.URL)},
			Properties: map[string]any{
				"tags":              tags,
				"security-severity": securitySeverity[a.Name],
				"precision":         "high",
				"problem.severity":  "warning",
			},
		})
	}
	occurrences := map[string]int{}
	for _, f := range findings {
		r := sarifResult{
			RuleID:    f.Check,
			RuleIndex: index[f.Check],
			Level:     "warning",
			Message:   sarifText{f.Message},
			Locations: []sarifLocation{location(root, f.Fset, f.Pos, f.End, "")},
		}
		for i, rel := range f.Related {
			loc := location(root, f.Fset, rel.Pos, rel.End, rel.Message)
			loc.ID = new(i + 1)
			r.RelatedLocations = append(r.RelatedLocations, loc)
		}
		key := fingerprint(root, f)
		occurrences[key]++
		r.PartialFingerprints = map[string]string{"authvet/v1": fmt.Sprintf("%s:%d", key, occurrences[key])}
		for _, fix := range f.SuggestedFixes {
			r.Fixes = append(r.Fixes, sarifFixOf(root, f.Fset, fix))
		}
		if sup := f.Suppression; sup != nil {
			loc := location(root, f.Fset, sup.Pos, sup.End, "")
			r.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: sup.Reason, Location: &loc}}
		}
		run.Results = append(run.Results, r)
	}
	data, err := json.MarshalIndent(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// location returns the SARIF location of the range pos-end.
func location(root string, fset *token.FileSet, pos, end token.Pos, msg string) sarifLocation {
	start, stop := fset.Position(pos), fset.Position(cmp.Or(end, pos))
	loc := sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: artifact(root, start.Filename),
		Region:           sarifRegion{StartLine: start.Line, StartColumn: start.Column, EndLine: stop.Line, EndColumn: stop.Column},
	}}
	if msg != "" {
		loc.Message = &sarifText{strings.TrimSpace(msg)}
	}
	return loc
}

// artifact names a file relative to %SRCROOT% when it is below root.
func artifact(root, name string) sarifArtifactLoc {
	if rel, err := filepath.Rel(root, name); err == nil && filepath.IsLocal(rel) {
		return sarifArtifactLoc{URI: filepath.ToSlash(rel), URIBaseID: srcRoot}
	}
	return sarifArtifactLoc{URI: "file://" + filepath.ToSlash(name)}
}

// fingerprint identifies a finding by what does not move when lines are
// added above it: the check, the file, the message and the text of the
// reported line.
func fingerprint(root string, f driver.Finding) string {
	posn := f.Posn()
	line := ""
	if data, err := os.ReadFile(posn.Filename); err == nil {
		if lines := strings.Split(string(data), "\n"); posn.Line-1 < len(lines) {
			line = strings.TrimSpace(lines[posn.Line-1])
		}
	}
	sum := sha256.Sum256([]byte(strings.Join([]string{f.Check, artifact(root, posn.Filename).URI, f.Message, line}, "\x00")))
	return fmt.Sprintf("%x", sum[:16])
}

// sarifFixOf converts a suggested fix into byte-range replacements.
func sarifFixOf(root string, fset *token.FileSet, fix analysis.SuggestedFix) sarifFix {
	out := sarifFix{Description: sarifText{fix.Message}}
	byFile := map[string]int{}
	for _, e := range fix.TextEdits {
		start, end := fset.Position(e.Pos), fset.Position(cmp.Or(e.End, e.Pos))
		i, ok := byFile[start.Filename]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[start.Filename] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(root, start.Filename)})
		}
		ch := &out.ArtifactChanges[i]
		ch.Replacements = append(ch.Replacements, sarifReplacement{
			DeletedRegion:   sarifRegion{ByteOffset: new(start.Offset), ByteLength: new(end.Offset - start.Offset)},
			InsertedContent: sarifText{string(e.NewText)},
		})
	}
	return out
}

// repoRoot returns the nearest directory at or above dir holding .git,
// or dir itself.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// sarifVersion is authvet's version as SARIF asks for it, starting with a
// number: the module version without its "v", or 0.0.0-devel.
func sarifVersion() string {
	if v := moduleVersion(); v != "devel" {
		return strings.TrimPrefix(v, "v")
	}
	return "0.0.0-devel"
}
