package driver

import (
	"bytes"
	"fmt"
	"go/version"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"golang.org/x/mod/modfile"
)

// CheckGoVersion returns an error when the module in cfg.Dir needs a newer
// Go than the one authvet was built with: authvet type-checks the standard
// library of the go command's Go, and a newer one has code its own
// go/types does not know, which would fail with hundreds of type errors.
// The error is one line that says what to do.
func CheckGoVersion(cfg Config) error {
	cmd := exec.Command("go", "env", "GOMOD", "GOVERSION")
	cmd.Dir, cmd.Env = cfg.Dir, cfg.Env
	out, err := cmd.Output()
	if err != nil {
		return nil // the go command fails again while loading, and says why
	}
	lines := strings.Split(string(bytes.TrimSpace(out)), "\n")
	if len(lines) != 2 {
		return nil
	}
	gomod, goVersion := lines[0], lines[1]
	need, source := goVersion, "the go command is"
	if mod := moduleGo(gomod); version.Compare(mod, need) > 0 {
		need, source = mod, gomod+" needs"
	}
	built := runtime.Version()
	if !version.IsValid(need) || version.Compare(version.Lang(need), version.Lang(built)) <= 0 {
		return nil
	}
	toolchain := need
	if strings.Count(need, ".") == 1 {
		toolchain += ".0" // "go 1.27" in go.mod is the release go1.27.0
	}
	return fmt.Errorf("%s %s, but authvet was built with %s and cannot type-check its standard library; reinstall authvet with that Go: GOTOOLCHAIN=%s go install github.com/authvet/authvet/cmd/authvet@latest",
		source, need, built, toolchain)
}

// moduleGo returns the newest Go that the go.mod file at path asks for,
// with its go and toolchain lines, or "" if there is none.
func moduleGo(path string) string {
	if path == "" || path == os.DevNull {
		return ""
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	f, err := modfile.ParseLax(path, data, nil)
	if err != nil {
		return ""
	}
	var need string
	if f.Go != nil {
		need = "go" + f.Go.Version
	}
	if f.Toolchain != nil && version.Compare(f.Toolchain.Name, need) > 0 {
		need = f.Toolchain.Name
	}
	return need
}
