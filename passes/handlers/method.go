package handlers

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// routeMethod returns the path of a registration, without the method
// of a ServeMux pattern, and whether the route serves only GET or HEAD,
// which never log in. The method comes from the registering call's
// name (r.GET), a constant method argument just before the path
// (gin's Handle, echo's and fiber's Add, chi's Method), a ServeMux
// pattern ("GET /session"), or a restricting call on the result
// (gorilla's r.HandleFunc(path, h).Methods("GET")).
func routeMethod(call ssa.CallInstruction, obj *types.Func, route *frameworks.Route, args []ssa.Value) (path string, readOnly bool) {
	i, hasPath := route.Path.Index()
	if hasPath && i < len(args) {
		path = ssautil.ConstString(args[i])
	}
	if method, rest, ok := strings.Cut(path, " "); ok && method != "" && method[0] >= 'A' && method[0] <= 'Z' && strings.ToUpper(method) == method {
		path = strings.TrimLeft(rest, " \t")
		return path, readOnlyMethod(method)
	}
	if readOnlyMethod(obj.Name()) {
		return path, true
	}
	if hasPath && i > 0 && i <= len(args) {
		if m := ssautil.ConstString(args[i-1]); m != "" {
			return path, readOnlyMethod(m)
		}
	}
	if route.Methods != "" {
		return path, restrictedToRead(call, route.Methods)
	}
	return path, false
}

// restrictedToRead reports whether the result of call is passed to
// the named method with only GET and HEAD as constant arguments.
func restrictedToRead(call ssa.CallInstruction, methods string) bool {
	v := call.Value()
	if v == nil || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		c, ok := ref.(ssa.CallInstruction)
		if !ok {
			continue
		}
		if !ssautil.IsCallTo(c.Common(), methods) {
			continue
		}
		recv, args := ssautil.SplitArgs(c.Common())
		if recv != v {
			continue
		}
		ms := constStrings(args)
		if len(ms) == 0 {
			return false
		}
		for _, m := range ms {
			if !readOnlyMethod(m) {
				return false
			}
		}
		return true
	}
	return false
}

// constStrings returns the constant strings among args, looking into a
// variadic slice.
func constStrings(args []ssa.Value) []string {
	var out []string
	for _, a := range args {
		if s := ssautil.ConstString(a); s != "" {
			out = append(out, s)
			continue
		}
		sl, ok := a.(*ssa.Slice)
		if !ok {
			continue
		}
		alloc, ok := sl.X.(*ssa.Alloc)
		if !ok {
			continue
		}
		for _, e := range ssautil.Elements(alloc) {
			if s := ssautil.ConstString(e); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// readOnlyMethod reports whether an HTTP method name is GET or HEAD.
func readOnlyMethod(m string) bool {
	return strings.EqualFold(m, "get") || strings.EqualFold(m, "head")
}
