package sessionrevoke_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/sessionrevoke"
)

// TestSingleSession runs before the parallel tests, which read the
// flag it sets.
func TestSingleSession(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	require.NoError(t, sessionrevoke.Analyzer.Flags.Set("single-session", "true"))
	defer sessionrevoke.Analyzer.Flags.Set("single-session", "false")
	analysistest.Run(t, testdata, sessionrevoke.Analyzer, "sessionrevoke/singlesession")
}

func TestSessionrevoke(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		patterns []string
	}{
		{"nethttp", []string{"sessionrevoke/nethttp"}},
		{"gin", []string{"sessionrevoke/gin"}},
		{"echo", []string{"sessionrevoke/echo"}},
		{"chi", []string{"sessionrevoke/chi"}},
		{"fiber", []string{"sessionrevoke/fiber"}},
		{"fibersession", []string{"sessionrevoke/fibersession"}},
		{"scs", []string{"sessionrevoke/scs"}},
		{"ginsessions", []string{"sessionrevoke/ginsessions", "sessionrevoke/ginsessions/cookiestore"}},
		{"gorilla", []string{"sessionrevoke/gorilla"}},
		{"gorillamux", []string{"sessionrevoke/gorillamux"}},
		{"jwtv4", []string{"sessionrevoke/jwtv4"}},
		{"jwtv5", []string{"sessionrevoke/jwtv5"}},
		{"stateless", []string{"sessionrevoke/stateless"}},
		{"onetime", []string{"sessionrevoke/onetime", "sessionrevoke/onetimebad"}},
		{"storeops", []string{"sessionrevoke/storeops"}},
		{"apikeys", []string{"sessionrevoke/apikeys"}},
		{"moves", []string{"sessionrevoke/moves"}},
		{"httprouter", []string{"sessionrevoke/httprouter"}},
		{"macaron", []string{"sessionrevoke/macaron"}},
		{"flamego", []string{"sessionrevoke/flamego"}},
		{"beego", []string{"sessionrevoke/beego"}},
		{"iris", []string{"sessionrevoke/iris"}},
		{"echocontrib", []string{"sessionrevoke/echocontrib"}},
		{"simplesessions", []string{"sessionrevoke/simplesessions"}},
		{"crosspkg", []string{"sessionrevoke/crosspkg/store", "sessionrevoke/crosspkg/kv", "sessionrevoke/crosspkg/auth", "sessionrevoke/crosspkg/app"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, testdata, sessionrevoke.Analyzer, tt.patterns...)
		})
	}
}
