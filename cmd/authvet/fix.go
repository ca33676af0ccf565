package main

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"

	"github.com/authvet/authvet/cmd/internal/driver"
)

// edit is a text edit in byte offsets of one file.
type edit struct {
	start, end int
	text       string
}

// fileFix is what the fixes of some findings do to one file.
type fileFix struct {
	edits    []edit
	findings int
}

// fix applies the first suggested fix of each finding, or with diff
// prints the changes as a unified diff instead, and prints the findings
// it cannot fix. It says which files it wrote and which it could not,
// and returns 3 if findings remain unfixed, 1 if a file could not be
// written.
func fix(findings []driver.Finding, diff bool, context int, stdout, stderr io.Writer) int {
	files := map[string]*fileFix{}
	var unfixed []driver.Finding
	for _, f := range findings {
		if len(f.SuggestedFixes) == 0 {
			unfixed = append(unfixed, f)
			continue
		}
		var edits []edit
		var name string
		for _, e := range f.SuggestedFixes[0].TextEdits {
			start, end := f.Fset.Position(e.Pos), f.Fset.Position(cmp.Or(e.End, e.Pos))
			if name != "" && start.Filename != name {
				edits = nil // a fix across files is left to the user
				break
			}
			name = start.Filename
			edits = append(edits, edit{start.Offset, end.Offset, string(e.NewText)})
		}
		ff := files[name]
		if ff == nil {
			ff = &fileFix{}
		}
		merged, ok := merge(ff.edits, edits)
		if len(edits) == 0 || !ok {
			unfixed = append(unfixed, f) // it conflicts with an earlier fix
			continue
		}
		ff.edits, files[name] = merged, ff
		ff.findings++
	}
	status := exitClean
	for _, name := range sortedNames(files) {
		ff := files[name]
		old, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "authvet: %v; %d fixes not applied\n", err, ff.findings)
			status = exitError
			continue
		}
		updated := apply(old, ff.edits)
		if formatted, err := format.Source(updated); err == nil {
			updated = formatted
		}
		if diff {
			writeDiff(stdout, relPath(name), old, updated)
			continue
		}
		if err := writeFile(name, updated); err != nil {
			fmt.Fprintf(stderr, "authvet: %s not written: %v; its %d fixes were not applied\n", relPath(name), err, ff.findings)
			status = exitError
			continue
		}
		fmt.Fprintf(stderr, "authvet: fixed %d findings in %s\n", ff.findings, relPath(name))
	}
	if diff && len(files) > 0 {
		status = max(status, exitFindings)
	}
	if len(unfixed) > 0 {
		fmt.Fprintf(stderr, "authvet: %d findings have no automatic fix:\n", len(unfixed))
		writeText(stderr, unfixed, context)
		status = max(status, exitFindings)
	}
	if status == exitError {
		return exitError
	}
	return status
}

// merge adds edits to sorted, keeping them sorted and dropping exact
// duplicates; it reports false if an edit overlaps a different one.
func merge(sorted, edits []edit) ([]edit, bool) {
	out := slices.Clone(sorted)
	for _, e := range edits {
		if slices.Contains(out, e) {
			continue
		}
		i, _ := slices.BinarySearchFunc(out, e, func(a, b edit) int { return cmp.Compare(a.start, b.start) })
		if (i > 0 && out[i-1].end > e.start) || (i < len(out) && e.end > out[i].start) {
			return sorted, false
		}
		out = slices.Insert(out, i, e)
	}
	return out, true
}

// apply applies sorted, non-overlapping edits to src.
func apply(src []byte, edits []edit) []byte {
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes()
}

// writeFile replaces the contents of an existing file, keeping its mode.
func writeFile(name string, data []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, info.Mode().Perm())
}

func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
