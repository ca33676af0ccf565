package sessionops_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/passes/sessionops"
)

// describe reports what the sessionops pass records of the package's
// storage and of each handler, for the fixtures to match.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "describe the sessionops pass's result",
	Requires: []*analysis.Analyzer{sessionops.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[sessionops.Analyzer].(*sessionops.Result)
		s := r.Storage
		pass.Reportf(pass.Files[0].Name.Pos(), "storage own=%t lib=%t logins=%t loginStores=%t", s.Own, s.Lib, s.Logins, s.LoginStores)
		for _, o := range r.Handlers {
			incoming := ""
			if o.HasIncoming {
				incoming = o.Incoming.Name
			}
			pass.Reportf(o.Handler.Fn.Pos(), "%s revokes=%t renews=%t store=%t password=%t incoming=%q deleted=%t",
				o.Handler.Name(), o.Revokes, o.Renews, o.Store != nil, o.PasswordSet != nil, incoming, o.DeletedCookie != nil)
		}
		return nil, nil
	},
}

func TestResult(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, describe, "sessionops/nethttp")
}
