package driver

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"
)

// TestUnreadableExportData checks that a dependency whose export data
// this build cannot read (a newer toolchain's format) is type-checked
// from source, with the packages that import it, rather than failing.
func TestUnreadableExportData(t *testing.T) {
	newer := filepath.Join(t.TempDir(), "newer.a")
	require.NoError(t, os.WriteFile(newer, []byte("!<arch>\nnot export data in any known format\n"), 0o644))
	base := &packages.Package{ID: "example.com/base", PkgPath: "example.com/base", Name: "base"}
	user := &packages.Package{ID: "example.com/user", PkgPath: "example.com/user", Name: "user",
		Imports: map[string]*packages.Package{"example.com/base": base}}
	other := &packages.Package{ID: "unsafe", PkgPath: "unsafe", Name: "unsafe"}
	listed := map[string]*packages.Package{
		base.ID: {ID: base.ID, ExportFile: newer},
		user.ID: {ID: user.ID, ExportFile: newer},
	}
	source := map[*packages.Package]bool{}
	new(Loader).readExportData([]*packages.Package{other, base, user}, source, listed)
	require.True(t, source[base], "the package whose export data is unreadable")
	require.True(t, source[user], "a package that imports it")
	require.False(t, source[other])
	require.Empty(t, base.Errors)
	require.False(t, base.IllTyped)
}
