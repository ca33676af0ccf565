package tokenquery

import (
	"golang.org/x/tools/go/ssa"
)

// credentialUseOf reports whether fn uses a value carrying the query
// input labelled at one of the positions given as a credential.
func (c *checker) credentialUseOf(fn *ssa.Function, at map[labelKey]bool) bool {
	for _, u := range c.creds.Of(fn) {
		for _, l := range c.flow.PartTaint(fn, u.Value, u.Path).Inputs() {
			if at[labelKey{l.Pos, l.Input, l.Name}] {
				return true
			}
		}
	}
	return false
}

// selectsStream reports whether fn looks up, in a table of streams, a
// key carrying one of the input labels given.
func (c *checker) selectsStream(fn *ssa.Function, at map[labelKey]bool) bool {
	for _, key := range c.creds.StreamKeys(fn) {
		for _, l := range c.flow.Taint(fn, key).Inputs() {
			if at[labelKey{l.Pos, l.Input, l.Name}] {
				return true
			}
		}
	}
	return false
}
