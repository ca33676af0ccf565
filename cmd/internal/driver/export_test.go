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

// TestListingKey checks when a kept Loader may reuse its last go list
// -export: only for the same library files and build settings, never for
// a module replaced by a directory, whose code changes in place.
func TestListingKey(t *testing.T) {
	lib := func(version string) *packages.Package {
		return &packages.Package{ID: "example.com/lib", GoFiles: []string{"/mod/example.com/lib@" + version + "/lib.go"},
			Module: &packages.Module{Path: "example.com/lib", Version: version}}
	}
	key := listingKey(Config{}, []*packages.Package{lib("v1.0.0")})
	require.NotEmpty(t, key)
	require.Equal(t, key, listingKey(Config{}, []*packages.Package{lib("v1.0.0")}))
	require.NotEqual(t, key, listingKey(Config{}, []*packages.Package{lib("v1.1.0")}), "another version")
	require.NotEqual(t, key, listingKey(Config{Tags: []string{"dev"}}, []*packages.Package{lib("v1.0.0")}), "other build tags")

	replaced := lib("v1.0.0")
	replaced.Module.Replace = &packages.Module{Path: "../lib"}
	require.Empty(t, listingKey(Config{}, []*packages.Package{replaced}))
}
