package tokenquery_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/tokenquery"
)

func TestTokenquery(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"nethttp", "gin", "echo", "fiber", "chi", "jwt", "xpkg", "xpkg/auth", "gorillamux", "gorillasessions", "scs", "ginsessions", "jwtv4", "httprouter", "macaron", "flamego", "beego", "iris", "echocontrib", "simplesessions", "onetime", "oauthtest", "signedurl", "streams", "jwtauth", "oauth2server", "oauth2server/setter", "oauth2server/field", "oauth2server/resolvers", "oauth2server/testonly", "fields"} {
		t.Run(pkg, func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, testdata, tokenquery.Analyzer, "tokenquery/"+pkg)
		})
	}
}

// TestLookupFix checks the fix that drops the URL query from a
// middleware's lookup string.
func TestLookupFix(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, tokenquery.Analyzer, "tokenquery/lookups")
}
