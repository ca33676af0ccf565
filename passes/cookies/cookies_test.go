package cookies_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

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
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, describe, "cookies/nethttp", "cookies/scs")
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
