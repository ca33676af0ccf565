package guard_test

import (
	"go/types"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/passes/guard"
)

func TestRunTurnsPanicIntoError(t *testing.T) {
	a := &analysis.Analyzer{Name: "boom"}
	run := guard.Run(func(*analysis.Pass) (any, error) { panic("unexpected construct") })
	res, err := run(&analysis.Pass{Analyzer: a, Pkg: types.NewPackage("example.com/app", "app")})
	require.Nil(t, res)
	require.ErrorContains(t, err, "internal error in boom analyzing example.com/app")
	require.ErrorContains(t, err, "unexpected construct")
}

func TestRunPassesResultThrough(t *testing.T) {
	run := guard.Run(func(*analysis.Pass) (any, error) { return 42, nil })
	res, err := run(&analysis.Pass{Analyzer: &analysis.Analyzer{Name: "ok"}})
	require.NoError(t, err)
	require.Equal(t, 42, res)
}
