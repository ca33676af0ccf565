package main

import (
	"fmt"
	"io"
	"strings"
)

// writeDiff prints the change from old to new as a unified diff with
// three lines of context. Fixes touch a few lines of a file, so a plain
// longest-common-subsequence table is small enough.
func writeDiff(w io.Writer, name string, old, new []byte) {
	a, b := splitLines(string(old)), splitLines(string(new))
	ops := lineOps(a, b)
	const context = 3
	fmt.Fprintf(w, "--- %s\n+++ %s\n", name, name)
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-context)
		end := i
		for j := i; j < len(ops); j++ { // extend the hunk while changes are near
			if ops[j].kind != ' ' {
				end = j + 1
			} else if j-end >= 2*context {
				break
			}
		}
		end = min(len(ops), end+context)
		hunk := ops[start:end]
		oldStart, newStart := ops[start].a+1, ops[start].b+1
		var oldN, newN int
		for _, op := range hunk {
			if op.kind != '+' {
				oldN++
			}
			if op.kind != '-' {
				newN++
			}
		}
		fmt.Fprintf(w, "@@ -%d,%d +%d,%d @@\n", oldStart, oldN, newStart, newN)
		for _, op := range hunk {
			fmt.Fprintf(w, "%c%s", op.kind, op.line)
		}
		i = end
	}
}

// lineOp is one line of a diff: kept (' '), removed ('-') or added ('+'),
// with the indexes of the old and new lines it stands at.
type lineOp struct {
	kind byte
	line string
	a, b int
}

// lineOps returns the edit script from a to b.
func lineOps(a, b []string) []lineOp {
	// lcs[i][j] is the length of the longest common subsequence of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []lineOp
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, lineOp{' ', a[i], i, j})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, lineOp{'-', a[i], i, j})
			i++
		default:
			ops = append(ops, lineOp{'+', b[j], i, j})
			j++
		}
	}
	return ops
}

// splitLines splits s after each newline; a last line without one gets it.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		lines[len(lines)-1] += "\n"
	}
	return lines
}
