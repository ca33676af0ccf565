package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
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

// Run runs analyzers on pkgs and returns their findings, sorted by
// position and each listed once (a file belongs to a package and to its
// test variant), and the errors of the analysis, each once.
func Run(analyzers []*analysis.Analyzer, pkgs []*packages.Package) ([]Finding, []error) {
	if len(pkgs) == 0 {
		return nil, nil
	}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		return nil, []error{err}
	}
	type key struct {
		check, msg string
		pos, end   token.Position
	}
	seen := map[key]bool{}
	var findings []Finding
	var errs []error
	seenErr := map[string]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			msg := act.Err.Error()
			if strings.HasPrefix(msg, "failed prerequisites") || seenErr[msg] {
				continue // the failed prerequisite reports its own error
			}
			seenErr[msg] = true
			errs = append(errs, fmt.Errorf("%s: %v", act, act.Err))
			continue
		}
		if !act.IsRoot {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			k := key{act.Analyzer.Name, d.Message, fset.Position(d.Pos), fset.Position(d.End)}
			if seen[k] {
				continue
			}
			seen[k] = true
			f := Finding{Check: act.Analyzer.Name, Package: act.Package.ID, Diagnostic: d, Fset: fset}
			if n := len(d.Related); n > 0 && strings.HasPrefix(d.Related[n-1].Message, suppressedPrefix) {
				last := d.Related[n-1]
				f.Suppression = &Suppression{Pos: last.Pos, End: last.End, Reason: strings.TrimPrefix(last.Message, suppressedPrefix)}
				f.Related = slices.Clip(d.Related[:n-1])
			}
			findings = append(findings, f)
		}
	}
	slices.SortFunc(findings, func(a, b Finding) int {
		pa, pb := a.Posn(), b.Posn()
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Line, pb.Line),
			cmp.Compare(pa.Column, pb.Column), cmp.Compare(a.Check, b.Check), cmp.Compare(a.Message, b.Message))
	})
	return findings, errs
}
