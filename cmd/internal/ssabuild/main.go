// Command ssabuild builds the SSA form of the packages matched by its
// arguments, and their tests, and nothing else: the baseline that
// .ci/bench compares authvet with. Dependencies come from export data, as
// in authvet, so the difference is what authvet's passes add.
//
//	ssabuild ./...
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

func main() {
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: true}
	pkgs, err := packages.Load(cfg, os.Args[1:]...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ssabuild:", err)
		os.Exit(1)
	}
	packages.PrintErrors(pkgs) // as authvet, build what loads
	prog, _ := ssautil.Packages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
}
