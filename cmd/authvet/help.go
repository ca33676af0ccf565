package main

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers"
)

// docsURL is where the documentation of authvet and its checks lives.
const docsURL = "https://github.com/authvet/authvet/blob/main/docs/"

// usage prints the short usage shown for a bad command line.
func usage(w io.Writer, fs *flag.FlagSet, all []*analysis.Analyzer) {
	fmt.Fprintf(w, "usage: authvet [flags] packages\n\nRun 'authvet help' for what it finds and how to run it,\nor 'authvet help <check>' for one check.\n")
}

// help prints authvet's help, or with a check's name that check's.
func help(stdout, stderr io.Writer, fs *flag.FlagSet, all []*analysis.Analyzer, args []string) int {
	if len(args) == 0 {
		writeHelp(stdout, fs, all)
		return exitClean
	}
	status := exitClean
	for _, name := range args {
		i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			fmt.Fprintf(stderr, "authvet: unknown check %q; 'authvet help' lists them\n", name)
			status = exitError
			continue
		}
		writeCheckHelp(stdout, all[i])
	}
	return status
}

func writeHelp(w io.Writer, fs *flag.FlagSet, all []*analysis.Analyzer) {
	fmt.Fprint(w, `authvet finds session and token mistakes in Go web code: session fixation,
cookies without HttpOnly, Secure or SameSite, credentials read from URL
queries, and sessions left valid after a login, logout or password change.
It follows values through SSA across helpers and packages.

Checks (turn one off with -<check>=false, or run only some with -<check>):
`)
	width := 0
	for _, a := range all {
		width = max(width, len(a.Name))
	}
	for _, a := range all {
		fmt.Fprintf(w, "  %-*s  %s (%s)\n", width, a.Name, title(a), strings.Join(cwes(a), ", "))
	}
	fmt.Fprintf(w, `
Run it:
  authvet [flags] ./...                     standalone; exits 3 on findings, 1 on errors
  go vet -vettool=$(which authvet) ./...    as go vet's analysis tool
  golangci-lint with the authvet plugin     see %sgolangci.md
  authvet gopls, as the editor's gopls      see %seditor.md

Flags:
`, docsURL, docsURL)
	fs.VisitAll(func(f *flag.Flag) {
		if strings.Contains(f.Name, ".") || slices.ContainsFunc(all, func(a *analysis.Analyzer) bool { return a.Name == f.Name }) {
			return // listed by 'authvet help <check>'
		}
		fmt.Fprintf(w, "  -%s\n    \t%s\n", f.Name, f.Usage)
	})
	fmt.Fprintf(w, `
Other build flags (-mod, -modfile, ...) are read from GOFLAGS, as by go build.

'authvet help <check>' documents a check and its flags; the docs are at
%s and the project at https://github.com/authvet/authvet.
`, docsURL)
}

// writeCheckHelp prints a check's documentation and flags.
func writeCheckHelp(w io.Writer, a *analysis.Analyzer) {
	fmt.Fprintf(w, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
	for i, pf := range analyzers.Flags(a) {
		if i == 0 {
			fmt.Fprintf(w, "\nFlags:\n")
		}
		def := ""
		if pf.Flag.DefValue != "" {
			def = " (default " + pf.Flag.DefValue + ")"
		}
		fmt.Fprintf(w, "  -%s\n    \t%s%s\n", pf.Name, pf.Flag.Usage, def)
	}
	fmt.Fprintf(w, "\nDocumentation: %s\n", a.URL)
}

// title returns the first line of a check's documentation.
func title(a *analysis.Analyzer) string {
	t, _, _ := strings.Cut(a.Doc, "\n")
	return t
}

var cweRef = regexp.MustCompile(`CWE-\d+`)

// cwes returns the weaknesses a check's documentation names, in order.
func cwes(a *analysis.Analyzer) []string {
	var out []string
	for _, c := range cweRef.FindAllString(a.Doc, -1) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
