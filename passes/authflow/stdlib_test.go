package authflow_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/authvet/authvet/passes/authflow"
)

// TestIsStdlib keeps the list of standard-library roots up to date with
// the toolchain: a Go release that adds a root (iter, unique, weak)
// fails here rather than making its package look like the program's.
func TestIsStdlib(t *testing.T) {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range strings.Fields(string(out)) {
		if !authflow.IsStdlib(path) {
			t.Errorf("IsStdlib(%q) = false for a package of go list std", path)
		}
	}
	// A dotless path is not enough: module "app" and GOPATH fixtures
	// have no dot either.
	for _, path := range []string{"app", "app/internal/auth", "tokenquery/gin", "github.com/gin-gonic/gin"} {
		if authflow.IsStdlib(path) {
			t.Errorf("IsStdlib(%q) = true for a package outside the standard library", path)
		}
	}
}
