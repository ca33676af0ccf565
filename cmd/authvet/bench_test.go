package main_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"

	"github.com/authvet/authvet/analyzers"
)

// BenchmarkSuite compares the whole authvet suite with a bare SSA build
// (buildssa) of the same packages, both through the go/analysis checker,
// on packages loaded once. The packages are those matched by ./... in
// the module at $AUTHVET_BENCH_DIR (by default the bundled demo); .ci/bench
// fetches a real application from the module proxy and runs this.
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
	for _, bench := range []struct {
		name      string
		analyzers []*analysis.Analyzer
	}{
		{"buildssa", []*analysis.Analyzer{buildssa.Analyzer}},
		{"authvet", analyzers.All()},
	} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := checker.Analyze(bench.analyzers, pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
