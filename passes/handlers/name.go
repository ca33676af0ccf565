package handlers

import (
	"fmt"

	"github.com/authvet/authvet/passes/ssautil"
)

// Name names the handler for messages: a function by its name, a method
// as T.Name, a function literal by the route it is registered at or else
// by the function that declares it ("in main").
func (h *Handler) Name() string {
	fn := h.Fn
	if fn.Parent() == nil {
		return ssautil.FuncName(fn.Name(), fn.Signature)
	}
	if len(h.Paths) > 0 {
		return fmt.Sprintf("for %q", h.Paths[0])
	}
	root := ssautil.DeclaredFunc(fn)
	return "in " + ssautil.FuncName(root.Name(), root.Signature)
}
