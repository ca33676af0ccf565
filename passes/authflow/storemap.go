package authflow

import "golang.org/x/tools/go/ssa"

// StoreMap reports whether m, a map or sync.Map value in fn, is a
// long-lived store of sessions or tokens, judged as session-store events
// are: by the name of the global or field that holds it, or by its type.
// It returns that name.
func (r *Result) StoreMap(fn *ssa.Function, m ssa.Value) (string, bool) {
	return r.flow(fn).storeMap(m)
}
