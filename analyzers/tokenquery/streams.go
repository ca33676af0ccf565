package tokenquery

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/credentials"
)

// credentialUseOf reports whether fn uses a value carrying the query
// input labelled at one of the positions given as a credential.
func (c *checker) credentialUseOf(fn *ssa.Function, at map[labelKey]bool) bool {
	return slices.ContainsFunc(c.creds.Of(fn), func(u credentials.Use) bool {
		return carries(c.flow.PartTaint(fn, u.Value, u.Path), at)
	})
}

// selectsStream reports whether fn looks up, in a table of streams, a
// key carrying one of the input labels given.
func (c *checker) selectsStream(fn *ssa.Function, at map[labelKey]bool) bool {
	return slices.ContainsFunc(c.creds.StreamKeys(fn), func(key ssa.Value) bool {
		return carries(c.flow.Taint(fn, key), at)
	})
}

// carries reports whether t holds one of the input labels given.
func carries(t authflow.Taint, at map[labelKey]bool) bool {
	return slices.ContainsFunc(t.Inputs(), func(l authflow.Label) bool { return at[keyOf(l)] })
}
