package analyzers

import (
	"flag"

	"golang.org/x/tools/go/analysis"
)

// A Flag is a flag of a check or of a pass it requires.
type Flag struct {
	Owner *analysis.Analyzer
	Name  string // its command-line name: owner.flag
	Flag  *flag.Flag
}

// Flags returns the flags of the analyzers as and of the passes they
// require, each analyzer's before its passes', each once: a pass's flag
// decides for every check that requires it.
func Flags(as ...*analysis.Analyzer) []Flag {
	var out []Flag
	seen := map[*analysis.Analyzer]bool{}
	var visit func(*analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		a.Flags.VisitAll(func(f *flag.Flag) {
			out = append(out, Flag{a, a.Name + "." + f.Name, f})
		})
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return out
}
