package authflow_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/authvet/authvet/passes/authflow"
)

// TestIsStdlib checks the hand-kept list of standard-library roots
// against the Go that runs the test: every package `go list std` names is
// standard, so a root added by a new Go release (iter, unique, weak,
// structs) fails here until it is listed; fixture and module paths are not.
func TestIsStdlib(t *testing.T) {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Skipf("go list std: %v", err)
	}
	for _, path := range strings.Fields(string(out)) {
		if !authflow.IsStdlib(path) {
			t.Errorf("IsStdlib(%q) = false; add its first element to stdRoots", path)
		}
	}
	for _, path := range []string{"authflow/helpers", "cookieflags/nethttp", "github.com/gin-gonic/gin", "golang.org/x/oauth2"} {
		if authflow.IsStdlib(path) {
			t.Errorf("IsStdlib(%q) = true, want false", path)
		}
	}
}
