package tokenecho_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/tokenecho"
)

func TestTokenecho(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		pattern string
	}{
		{"nethttp", "tokenecho/nethttp"},
		{"fields", "tokenecho/fields"},
		{"gin", "tokenecho/gin"},
		{"echo", "tokenecho/echo"},
		{"chi", "tokenecho/chi"},
		{"gorillamux", "tokenecho/gorillamux"},
		{"fiber", "tokenecho/fiber"},
		{"scs", "tokenecho/scs"},
		{"gorillasessions", "tokenecho/gorillasessions"},
		{"ginsessions", "tokenecho/ginsessions"},
		{"jwtv3", "tokenecho/jwtv3"},
		{"jwtv4", "tokenecho/jwtv4"},
		{"jwtv5", "tokenecho/jwtv5"},
		{"httprouter", "tokenecho/httprouter"},
		{"macaron", "tokenecho/macaron"},
		{"flamego", "tokenecho/flamego"},
		{"beego", "tokenecho/beego"},
		{"iris", "tokenecho/iris"},
		{"echocontrib", "tokenecho/echocontrib"},
		{"simplesessions", "tokenecho/simplesessions"},
		{"sessionlib", "tokenecho/sessionlib"},
		// app calls helpers of package auth, followed through facts.
		{"crosspkg", "tokenecho/crosspkg/..."},
		{"storeops", "tokenecho/storeops"},
		{"shapes", "tokenecho/shapes"},
		// values moved by method values, interfaces, channels and contexts.
		{"moves", "tokenecho/moves/..."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, testdata, tokenecho.Analyzer, tt.pattern)
		})
	}
}
