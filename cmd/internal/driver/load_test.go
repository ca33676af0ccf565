package driver_test

import (
	"fmt"
	"go/types"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/authvet/authvet/cmd/internal/driver"
)

// TestRunParsesOnlyTheProgram checks that the root packages and the
// main-module packages they import are type-checked from source, the
// standard library and required modules come from export data, and a
// kept Loader reuses the dependencies' types.
func TestRunParsesOnlyTheProgram(t *testing.T) {
	parsed := map[string]bool{}
	var main bool
	spy := &analysis.Analyzer{
		Name: "spy",
		Doc:  "records which packages have syntax",
		Run: func(pass *analysis.Pass) (any, error) {
			parsed[pass.Pkg.Path()] = len(pass.Files) > 0
			if pass.TypesInfo == nil || pass.TypesInfo.Uses == nil {
				return nil, fmt.Errorf("%s has no type information", pass.Pkg.Path())
			}
			if pass.Pkg.Path() == "example.com/demo/nethttpapp" {
				main = pass.Module.Main // authflow analyzes a modelled library only as the main module
			}
			return nil, nil
		},
		FactTypes: []analysis.Fact{new(fact)},
	}
	var l driver.Loader
	cfg := driver.Config{Dir: filepath.Join("..", "..", "..", "testdata", "demo")}
	prog, err := l.Run(cfg, []string{"./nethttpapp"}, []*analysis.Analyzer{spy})
	require.NoError(t, err)
	require.Empty(t, prog.Broken)
	require.Empty(t, prog.Errors)
	require.True(t, parsed["example.com/demo/nethttpapp"], "the root")
	require.True(t, parsed["example.com/demo/auth"], "a main-module package the root imports")
	require.False(t, parsed["net/http"], "the standard library")
	require.False(t, parsed["golang.org/x/crypto/bcrypt"], "a required module")
	require.True(t, main, "the pass knows the main module")

	again, err := l.Run(cfg, []string{"./nethttpapp"}, []*analysis.Analyzer{spy})
	require.NoError(t, err)
	require.Same(t, httpTypes(prog), httpTypes(again))
}

type fact struct{}

func (*fact) AFact() {}

// httpTypes returns the types of net/http in prog.
func httpTypes(prog *driver.Program) *types.Package {
	var found *types.Package
	packages.Visit(prog.Roots, nil, func(p *packages.Package) {
		if p.PkgPath == "net/http" {
			found = p.Types
		}
	})
	return found
}
