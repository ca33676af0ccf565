package cookies_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/cookies"
)

// describe reports what the cookies pass records of each cookie,
// session manager and options literal, for the fixtures to match.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "describe the cookies pass's result",
	Requires: []*analysis.Analyzer{cookies.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
		for _, c := range r.Cookies {
			var tags []string
			for _, t := range []struct {
				on   bool
				name string
			}{{c.Credential, "credential"}, {c.Deleted, "deleted"}, {c.Helper != nil, "helper"}, {c.Builder != nil, "builder"}} {
				if t.on {
					tags = append(tags, t.name)
				}
			}
			pass.Reportf(c.Call.Pos(), "cookie %q %v missing=%v %s", c.Name, &c.Attrs, c.Attrs.Missing(), strings.Join(tags, " "))
		}
		for _, s := range r.Sessions {
			pass.Reportf(s.Call.Pos(), "session %s %v missing=%v", s.Manager, &s.Attrs, s.Attrs.Missing())
		}
		for _, o := range r.Options {
			pass.Reportf(o.Lit, "options %s %v missing=%v", o.Type.Type, &o.Attrs, o.Attrs.Missing())
		}
		return nil, nil
	},
}

func TestResult(t *testing.T) {
	testdata := testdataDir(t)
	analysistest.Run(t, testdata, describe, "cookies/nethttp", "cookies/scs", "cookies/buildersapp")
}

// TestFacts checks the summaries the cookies pass exports for helpers.
func TestFacts(t *testing.T) {
	testdata := testdataDir(t)
	analysistest.Run(t, testdata, cookies.Analyzer, "cookies/builders")
}

// sets reports the cookies each function sets, for the fixtures to
// match.
var sets = &analysis.Analyzer{
	Name:     "sets",
	Doc:      "report the cookies each function sets",
	Requires: []*analysis.Analyzer{cookies.Analyzer, authflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
		for _, fn := range pass.ResultOf[authflow.Analyzer].(*authflow.Result).SrcFuncs {
			for _, s := range r.SetsOf(fn) {
				verb := "sets"
				if s.Deleted {
					verb = "deletes"
				}
				pass.Reportf(s.Pos, "%s %q", verb, s.Name)
			}
		}
		return nil, nil
	},
}

func TestSets(t *testing.T) {
	testdata := testdataDir(t)
	analysistest.Run(t, testdata, sets, "cookies/sets")
}

// TestAttributes checks the names and defaults the messages rely on.
func TestAttributes(t *testing.T) {
	a := cookies.Attrs{}
	a.Of[cookies.SameSite] = cookies.Attr{State: cookies.On, Mode: "lax"}
	if got, want := a.String(), "HttpOnly=unset Secure=unset SameSite=lax"; got != want {
		t.Errorf("Attrs.String() = %q, want %q", got, want)
	}
	if got, want := fmt.Sprint(a.Missing()), "[HttpOnly Secure]"; got != want {
		t.Errorf("Missing() = %s, want %s", got, want)
	}
	a.Defaults.HTTPOnly, a.Defaults.Secure = true, true
	if got := a.Missing(); !reflect.DeepEqual(got, []cookies.Attribute(nil)) {
		t.Errorf("Missing() with defaults on = %v, want none", got)
	}
}

// testdataDir returns the absolute path of the fixtures' GOPATH.
func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
