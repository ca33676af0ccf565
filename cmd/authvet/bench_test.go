package main_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/authvet/authvet/analyzers"
)

// BenchmarkSuite compares the whole authvet suite with building SSA for
// the same packages: directly with go/ssa ("ssa", the root packages
// only), and through the go/analysis checker ("buildssa", which also runs
// ctrlflow on every dependency), on packages loaded once. The packages are those matched by ./... in
// the module at $AUTHVET_BENCH_DIR (by default the bundled demo). It
// measures the passes alone; .ci/bench measures the command, loading
// included, against other tools.
//
// The ratio of the two ns/op figures is authvet's cost over building SSA
// once; B/op is the memory allocated per run.
func BenchmarkSuite(b *testing.B) {
	dir := os.Getenv("AUTHVET_BENCH_DIR")
	if dir == "" {
		dir = "../../testdata/demo"
	}
	cfg := &packages.Config{Dir: dir, Mode: packages.LoadAllSyntax | packages.NeedModule}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		b.Fatalf("%d errors loading %s", n, dir)
	}
	b.Run("ssa", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			prog, _ := ssautil.Packages(pkgs, ssa.InstantiateGenerics)
			prog.Build()
		}
	})
	for _, bench := range []struct {
		name      string
		analyzers []*analysis.Analyzer
	}{
		{"buildssa", []*analysis.Analyzer{buildssa.Analyzer}},
		{"authvet", analyzers.All()},
	} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			var findings int
			for b.Loop() {
				graph, err := checker.Analyze(bench.analyzers, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				findings = 0
				for act := range graph.All() {
					if act.Err != nil {
						b.Fatalf("%s on %s: %v", act.Analyzer, act.Package, act.Err)
					}
					if act.IsRoot {
						findings += len(act.Diagnostics)
					}
				}
			}
			b.ReportMetric(float64(findings), "findings")
		})
	}
}
