package driver

import (
	"cmp"
	"go/token"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Finding is one diagnostic of one check.
type Finding struct {
	Check   string // the analyzer's name
	Package string // the ID of the package it was found in
	analysis.Diagnostic
	// Suppression is the //authvet:ignore directive that suppresses the
	// finding, with ReportSuppressed; nil otherwise.
	Suppression *Suppression
	Fset        *token.FileSet
}

// A Suppression is an //authvet:ignore directive and its reason.
type Suppression struct {
	Pos, End token.Pos
	Reason   string
}

// ReportSuppressed makes the checks report the findings that
// //authvet:ignore directives suppress, too, as findings with a
// Suppression, for outputs that list them (SARIF). It sets the process
// environment variable that analyzers/internal/diag reads, with the
// prefix diag gives the directive's related information; call it before
// Run.
func ReportSuppressed() error { return os.Setenv("AUTHVET_REPORT_SUPPRESSED", "1") }

// suppressedPrefix is diag.SuppressedPrefix, which this package cannot
// import; the SARIF test checks that suppressions come through.
const suppressedPrefix = "suppressed by //authvet:ignore: "

// Posn returns the position of the finding.
func (f Finding) Posn() token.Position { return f.Fset.Position(f.Pos) }

// collect returns the findings of the root packages, sorted by position
// and each listed once (a file belongs to a package and to its test
// variant).
func collect(units []*unit) []Finding {
	type key struct {
		check, msg string
		pos, end   token.Position
	}
	seen := map[key]bool{}
	var findings []Finding
	for _, u := range units {
		for _, f := range u.findings {
			k := key{f.Check, f.Message, f.Posn(), f.Fset.Position(f.End)}
			if seen[k] {
				continue
			}
			seen[k] = true
			findings = append(findings, f)
		}
	}
	slices.SortFunc(findings, func(a, b Finding) int {
		pa, pb := a.Posn(), b.Posn()
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Line, pb.Line),
			cmp.Compare(pa.Column, pb.Column), cmp.Compare(a.Check, b.Check), cmp.Compare(a.Message, b.Message))
	})
	return findings
}

// newFinding returns the finding of diagnostic d, with the suppression
// the checks append as its last related information taken out.
func newFinding(check, pkg string, d analysis.Diagnostic, fset *token.FileSet) Finding {
	f := Finding{Check: check, Package: pkg, Diagnostic: d, Fset: fset}
	if n := len(d.Related); n > 0 && strings.HasPrefix(d.Related[n-1].Message, suppressedPrefix) {
		last := d.Related[n-1]
		f.Suppression = &Suppression{Pos: last.Pos, End: last.End, Reason: strings.TrimPrefix(last.Message, suppressedPrefix)}
		f.Related = slices.Clip(d.Related[:n-1])
	}
	return f
}
