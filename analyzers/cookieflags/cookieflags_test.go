package cookieflags_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/cookieflags"
)

func TestCookieflags(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		pkg string
		fix bool // compare the suggested fixes with the .golden files
	}{
		{pkg: "nethttp"},
		{pkg: "gin"},
		{pkg: "echo"},
		{pkg: "fiber"},
		{pkg: "gorillasessions"},
		{pkg: "scs"},
		{pkg: "ginsessions"},
		{pkg: "chi"},
		{pkg: "gorillamux"},
		{pkg: "jwtv4"},
		{pkg: "jwtv5"},
		{pkg: "httprouter"},
		{pkg: "macaron"},
		{pkg: "flamego"},
		{pkg: "beego"},
		{pkg: "iris"},
		{pkg: "echocontrib"},
		{pkg: "simplesessions"},
		{pkg: "helpers/..."},
		{pkg: "moves"},
		{pkg: "fix", fix: true},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			t.Parallel()
			if tt.fix {
				analysistest.RunWithSuggestedFixes(t, testdata, cookieflags.Analyzer, "cookieflags/"+tt.pkg)
				return
			}
			analysistest.Run(t, testdata, cookieflags.Analyzer, "cookieflags/"+tt.pkg)
		})
	}
}
