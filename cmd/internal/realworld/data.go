package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// A module is one code base of the corpus, pinned to a version the module
// proxy serves.
type module struct {
	Path, Version string
	// Toolchain is the Go toolchain to build authvet with and to run the
	// go command under (GOTOOLCHAIN), for a module whose go line is newer
	// than the local Go; empty means the local one.
	Toolchain string
	Note      string
}

// ID is how the triage and misses files name the module.
func (m module) ID() string { return m.Path + "@" + m.Version }

// A verdict is a reviewer's judgment of one finding.
type verdict struct {
	Key      key
	Verdict  string // true, false or debatable
	Reviewer string
	Reason   string
	Message  string // the message when it was judged, for the reader
	line     int    // in triage.tsv, for error messages
}

// A key names a finding stably across runs of a pinned module: positions
// are repository-relative, so they do not depend on where it was fetched.
type key struct {
	Module string // path@version
	Check  string
	Posn   string // file.go:line:col, relative to the module root
}

// A miss is a real bug found by reading a module that authvet should
// report: Location is file.go:line, matched by any finding of Check there.
type miss struct {
	Module, Check, Location string
	Baseline                string // found or missed, by the build the file was written with
	Description             string
}

var verdicts = map[string]bool{"true": true, "false": true, "debatable": true}

// readTSV calls row for each line of a tab-separated file with at least n
// fields, skipping blank lines, '#' comments and the header, whose first
// field is header.
func readTSV(name, header string, n int, row func(f []string, line int) error) error {
	data, err := os.Open(name)
	if err != nil {
		return err
	}
	defer data.Close()
	sc := bufio.NewScanner(data)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if f[0] == header {
			continue
		}
		if len(f) < n {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, line, n, len(f))
		}
		if err := row(f, line); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	return sc.Err()
}

// readCorpus reads module, version, toolchain, note rows.
func readCorpus(name string) ([]module, error) {
	var ms []module
	seen := map[string]bool{}
	err := readTSV(name, "module", 4, func(f []string, _ int) error {
		m := module{Path: f[0], Version: f[1], Toolchain: f[2], Note: f[3]}
		if m.Path == "" || m.Version == "" {
			return fmt.Errorf("module and version must be set")
		}
		if seen[m.Path] {
			return fmt.Errorf("module %s is listed twice", m.Path)
		}
		seen[m.Path] = true
		ms = append(ms, m)
		return nil
	})
	return ms, err
}

// readTriage reads module@version, check, position, verdict, reviewer,
// reason, message rows.
func readTriage(name string) (map[key]*verdict, error) {
	vs := map[key]*verdict{}
	err := readTSV(name, "module", 7, func(f []string, line int) error {
		v := &verdict{Key: key{f[0], f[1], f[2]}, Verdict: f[3], Reviewer: f[4], Reason: f[5], Message: f[6], line: line}
		if !verdicts[v.Verdict] {
			return fmt.Errorf("verdict %q is not true, false or debatable", v.Verdict)
		}
		if v.Reason == "" || v.Reviewer == "" {
			return fmt.Errorf("a verdict needs a reviewer and a reason")
		}
		if old, ok := vs[v.Key]; ok {
			return fmt.Errorf("finding judged twice (first on line %d)", old.line)
		}
		vs[v.Key] = v
		return nil
	})
	return vs, err
}

// readMisses reads module@version, check, location, baseline, description
// rows.
func readMisses(name string) ([]miss, error) {
	var ms []miss
	err := readTSV(name, "module", 5, func(f []string, _ int) error {
		m := miss{Module: f[0], Check: f[1], Location: f[2], Baseline: f[3], Description: f[4]}
		if m.Baseline != "found" && m.Baseline != "missed" {
			return fmt.Errorf("baseline %q is not found or missed", m.Baseline)
		}
		ms = append(ms, m)
		return nil
	})
	return ms, err
}
