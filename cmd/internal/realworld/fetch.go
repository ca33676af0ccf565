package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/version"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/mod/modfile"
	modpath "golang.org/x/mod/module"
)

// fetch returns a writable copy of m with its dependencies downloaded,
// made once under cacheDir/src. The module cache's own copy is read-only,
// and the go command may need to add go.sum lines for packages outside the
// module's usual build.
func fetch(m module, cacheDir string) (string, error) {
	esc, err := modpath.EscapePath(m.Path)
	if err != nil {
		return "", fmt.Errorf("module path %s: %v", m.Path, err)
	}
	dir := filepath.Join(cacheDir, "src", esc+"@"+m.Version)
	ready := dir + ".ready"
	if _, err := os.Stat(ready); err == nil {
		return dir, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}

	out, err := goCmd(m, "", "mod", "download", "-json", m.ID())
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Error != "" || err != nil {
		return "", fmt.Errorf("go mod download %s: %s%v", m.ID(), info.Error, err)
	}
	if err := copyTree(info.Dir, dir); err != nil {
		return "", fmt.Errorf("copying %s: %v", m.ID(), err)
	}
	if err := dropMissingReplaces(dir); err != nil {
		return "", fmt.Errorf("%s: %v", m.ID(), err)
	}
	if _, err := goCmd(m, dir, "mod", "download"); err != nil {
		return "", fmt.Errorf("downloading the dependencies of %s: %v", m.ID(), err)
	}
	return dir, os.WriteFile(ready, nil, 0o644)
}

// dropMissingReplaces removes the replace directives of dir/go.mod that
// point to directories of nested modules: module zips leave nested modules
// out, so the required version is taken from the proxy instead.
func dropMissingReplaces(dir string) error {
	name := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	f, err := modfile.Parse(name, data, nil)
	if err != nil {
		return err
	}
	dropped := false
	for _, r := range f.Replace {
		if r.New.Version != "" || !modfile.IsDirectoryPath(r.New.Path) {
			continue // a module version, not a directory
		}
		if _, err := os.Stat(filepath.Join(dir, r.New.Path, "go.mod")); err == nil {
			continue
		}
		if err := f.DropReplace(r.Old.Path, r.Old.Version); err != nil {
			return err
		}
		dropped = true
	}
	if !dropped {
		return nil
	}
	out, err := f.Format()
	if err != nil {
		return err
	}
	return os.WriteFile(name, out, 0o644)
}

// checkGoVersion reports a module that needs a newer Go than the local one
// when the corpus names no toolchain for it: an authvet built with an older
// Go cannot type-check the newer standard library.
func checkGoVersion(m module, dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	f, err := modfile.ParseLax("go.mod", data, nil)
	if err != nil {
		return err
	}
	if m.Toolchain == "" && f.Go != nil && version.Compare("go"+f.Go.Version, runtime.Version()) > 0 {
		return fmt.Errorf("%s needs go%s, newer than the local %s: set its toolchain column in corpus.tsv (e.g. go1.27.3)", m.ID(), f.Go.Version, runtime.Version())
	}
	return nil
}

// goCmd runs the go command for m in dir and returns its stdout; the error
// carries the end of its stderr.
func goCmd(m module, dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv(m)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("%v: %s", err, lastLines(stderr.String(), 5))
	}
	return out, nil
}

// goEnv is the environment of the go command and authvet for m: outside
// any workspace, allowed to complete go.sum, under m's toolchain.
func goEnv(m module) []string {
	tc := m.Toolchain
	if tc == "" {
		tc = "local"
	}
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN="+tc)
}

// copyTree copies the files of src to dst, writable by their owner.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil // module zips hold only regular files
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// lastLines returns the last n lines of s, trimmed.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
