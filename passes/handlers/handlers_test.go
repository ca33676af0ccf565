package handlers_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/passes/handlers"
)

// roles reports each handler with its roles and paths, so that fixtures
// can state what discovery must find.
var roles = &analysis.Analyzer{
	Name:     "roles",
	Doc:      "report handlers and their roles",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, h := range pass.ResultOf[handlers.Analyzer].(*handlers.Result).Handlers {
			var names []string
			for _, r := range []struct {
				role handlers.Role
				name string
			}{{handlers.Login, "login"}, {handlers.Logout, "logout"}, {handlers.PasswordChange, "password"}, {handlers.PrivilegeChange, "privilege"}} {
				if h.Is(r.role) {
					names = append(names, r.name)
				}
			}
			pass.Reportf(h.Fn.Pos(), "handler roles=[%s] paths=%v", strings.Join(names, " "), fmt.Sprint(h.Paths))
		}
		return nil, nil
	},
}

func TestDiscovery(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, roles, "handlers/nethttp", "handlers/gin", "handlers/adapters")
}
