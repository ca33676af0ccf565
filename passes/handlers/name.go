package handlers

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Name names the handler for messages: a function by its name, a method
// as T.Name, a function literal by the route it is registered at or else
// by the function that declares it ("in main").
func (h *Handler) Name() string {
	fn := h.Fn
	if fn.Parent() == nil {
		return funcName(fn)
	}
	if len(h.Paths) > 0 {
		return fmt.Sprintf("for %q", h.Paths[0])
	}
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return "in " + funcName(fn)
}

// funcName returns the name of a declared function, or T.Name for a
// method.
func funcName(fn *ssa.Function) string {
	recv := fn.Signature.Recv()
	if recv == nil {
		return fn.Name()
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name() + "." + fn.Name()
	}
	return fn.Name()
}
