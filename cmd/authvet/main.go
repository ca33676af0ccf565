// Command authvet finds session and token mistakes in Go web code.
//
// Run it on packages, as a standalone tool:
//
//	authvet ./...
//	authvet -json ./...
//	authvet -sarif ./... > authvet.sarif
//	authvet -fix ./...
//	authvet help tokenecho
//
// or as a vet tool:
//
//	go vet -vettool=$(which authvet) ./...
//
// or as a language server, in front of gopls (see docs/editor.md):
//
//	authvet gopls
//
// It exits with status 3 when it reports findings, 1 on errors. On a
// terminal, a run that takes more than two seconds shows its phase and
// the packages analyzed on stderr, until it prints its findings.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
	"github.com/authvet/authvet/cmd/internal/driver"
)

// Exit statuses, as go vet's.
const (
	exitClean    = 0
	exitError    = 1
	exitFindings = 3
)

func main() {
	if args, ok := goplsproxy.Invoked(os.Args); ok {
		os.Exit(goplsproxy.Main(args)) // authvet gopls, or a link named gopls
	}
	all := analyzers.All()
	if vetInvocation(os.Args[1:]) {
		passFlags(flag.CommandLine, all) // unitchecker connects only the checks' own flags
		unitchecker.Main(all...)         // go vet -vettool: one package per .cfg file
	}
	stop := startCPUProfile(os.Getenv("AUTHVET_CPUPROFILE"))
	status := run(os.Args[1:], all, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// startCPUProfile writes a CPU profile to file, if it is not "", until
// the returned function is called. It is a hidden environment variable,
// not a flag, since it is for authvet's developers (issue 8), not users.
func startCPUProfile(file string) (stop func()) {
	if file == "" {
		return func() {}
	}
	f, err := os.Create(file)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "authvet: AUTHVET_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// vetInvocation reports whether go vet (or go fix) runs authvet as its
// vet tool: it asks for the flags with -flags, then passes a .cfg file
// describing one package. -V=full, which go vet asks first, is answered
// by authvet itself.
func vetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// options are the command's own flags.
type options struct {
	json, sarif bool
	format      string
	fix, diff   bool
	tags        string
	tests       bool
	context     int
	version     versionFlag
}

// run is the command, from its arguments to its exit status.
func run(args []string, all []*analysis.Analyzer, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("authvet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.json, "json", false, "print findings as the go/analysis JSON tree on stdout (exit status 0)")
	fs.BoolVar(&o.sarif, "sarif", false, "print findings as SARIF 2.1.0 on stdout, for code scanning (same as -format=sarif)")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.BoolVar(&o.fix, "fix", false, "apply suggested fixes to the files")
	fs.BoolVar(&o.diff, "diff", false, "print suggested fixes as a unified diff instead of applying them")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags, as go build -tags (other build flags go in GOFLAGS)")
	fs.BoolVar(&o.tests, "test", true, "also load the packages' tests (nothing in _test.go files is reported)")
	fs.IntVar(&o.context, "c", -1, "print this many lines of source around each finding")
	fs.Var(&o.version, "V", "print the version and exit (-V=full adds the build ID, for go vet)")
	enabled := checkFlags(fs, all)
	fs.Usage = func() { usage(stderr, fs, all) }
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	if o.version != "" {
		return printVersion(stdout, stderr, string(o.version))
	}
	args = fs.Args()
	if len(args) > 0 && args[0] == "help" {
		return help(stdout, stderr, fs, all, args[1:])
	}
	if len(args) == 0 {
		usage(stderr, fs, all)
		return exitError
	}
	format, err := o.outputFormat()
	if err != nil {
		fmt.Fprintf(stderr, "authvet: %v\n", err)
		return exitError
	}
	return analyze(driver.Config{Tags: splitTags(o.tags), Tests: o.tests}, args, enabled(), format, o, stdout, stderr)
}

// outputFormat reconciles -json, -sarif and -format.
func (o options) outputFormat() (string, error) {
	format := o.format
	switch format {
	case "text", "json", "sarif":
	default:
		return "", fmt.Errorf("-format=%s: want text, json or sarif", format)
	}
	for _, f := range []struct {
		set  bool
		name string
	}{{o.json, "json"}, {o.sarif, "sarif"}} {
		if !f.set {
			continue
		}
		if format != "text" && format != f.name {
			return "", fmt.Errorf("-%s conflicts with -format=%s", f.name, format)
		}
		format = f.name
	}
	if (o.fix || o.diff) && format != "text" {
		return "", fmt.Errorf("-fix and -diff print text; they cannot be combined with -format=%s", format)
	}
	return format, nil
}

// splitTags splits a -tags value, which go build accepts comma- or
// space-separated.
func splitTags(tags string) []string {
	return strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' })
}

// analyze loads the packages, runs the checks and prints the findings in
// the chosen format, and returns the exit status.
func analyze(cfg driver.Config, patterns []string, checks []*analysis.Analyzer, format string, o options, stdout, stderr io.Writer) int {
	if err := driver.CheckGoVersion(cfg); err != nil {
		fmt.Fprintf(stderr, "authvet: %v\n", err)
		return exitError
	}
	if format == "sarif" {
		if err := driver.ReportSuppressed(); err != nil {
			fmt.Fprintf(stderr, "authvet: %v\n", err)
			return exitError
		}
	}
	end := func() {}
	if format == "text" && !o.fix && !o.diff && isTerminal(stderr) { // a pipe or a machine-read format gets no progress
		p := startProgress(stderr)
		cfg.Progress, end = p.report, p.end
	}
	prog, err := driver.Run(cfg, patterns, checks)
	end()
	if err != nil {
		fmt.Fprintf(stderr, "authvet: %v\n", err)
		return exitError
	}
	findings, errs := prog.Findings, prog.Errors
	status := exitClean
	switch {
	case o.fix || o.diff:
		status = fix(findings, o.diff, o.context, stdout, stderr)
	case format == "json":
		writeJSON(stdout, findings)
	case format == "sarif":
		if err := writeSARIF(stdout, checks, findings); err != nil {
			fmt.Fprintf(stderr, "authvet: %v\n", err)
			return exitError
		}
	default:
		writeText(stderr, findings, o.context)
		if len(findings) > 0 {
			status = exitFindings
		}
		if isTerminal(stderr) {
			writeSummary(stderr, checks, findings)
		}
	}
	for _, b := range prog.Broken {
		for _, line := range b.Lines(relPath) {
			fmt.Fprintln(stderr, line)
		}
	}
	for _, err := range errs {
		fmt.Fprintf(stderr, "authvet: %v\n", err)
	}
	if len(prog.Broken) > 0 || len(errs) > 0 {
		status = exitError
	}
	return status
}
