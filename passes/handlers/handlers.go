// Package handlers defines an Analyzer that finds a package's HTTP
// handlers and the role each plays in authentication.
//
// # Analyzer handlers
//
// handlers: find HTTP handlers, their routes and their auth roles
//
// A handler is a function or closure with a modelled framework's handler
// signature, or one registered with a modelled router. Its role (login,
// logout, password or privilege change, OAuth callback) comes from what
// it does (verifying a password makes a login), from the paths it is
// registered under, and from its name. It reports nothing.
package handlers

import (
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"regexp"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/guard"
	"github.com/authvet/authvet/passes/ssautil"
)

var Analyzer = &analysis.Analyzer{
	Name:       "handlers",
	Doc:        "find HTTP handlers, their routes and their auth roles",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/frameworks.md",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{authflow.Analyzer, authevents.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

// Role is a bit set of the parts a handler plays in authentication.
type Role uint8

const (
	Login Role = 1 << iota
	Logout
	PasswordChange
	PrivilegeChange
)

// A Handler is one request handler.
type Handler struct {
	Fn    *ssa.Function
	Paths []string // paths it is registered under
	Roles Role
	// RevokesOwn says that the handler ends the session or key the
	// request came with by a call named for it, whose body may show no
	// effect (an interface's DeleteAPIKeyByID).
	RevokesOwn bool

	// writePaths are the paths registered for methods other than GET
	// and HEAD; only these log in by path.
	writePaths []string
}

// Is reports whether the handler plays role r.
func (h *Handler) Is(r Role) bool { return h.Roles&r != 0 }

// Result lists a package's handlers in source order.
type Result struct {
	Handlers []*Handler
	byFn     map[*ssa.Function]*Handler
}

// CallsHandler reports whether the call at pos in h invokes another
// handler: a defect found there belongs to that handler, and is reported
// once, where it happens, not also in the handler wrapping it.
func (r *Result) CallsHandler(h *Handler, pos token.Pos) bool {
	for _, b := range h.Fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok || call.Common().Pos() != pos {
				continue
			}
			if callee := call.Common().StaticCallee(); callee != nil && callee != h.Fn && r.byFn[callee] != nil {
				return true
			}
		}
	}
	return false
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	byFn := map[*ssa.Function]*Handler{}
	res := &Result{byFn: byFn}
	if flow.Pkg == nil {
		return res, nil
	}
	add := func(fn *ssa.Function) *Handler {
		if h := byFn[fn]; h != nil {
			return h
		}
		h := &Handler{Fn: fn}
		byFn[fn] = h
		res.Handlers = append(res.Handlers, h)
		return h
	}
	for _, fn := range flow.SrcFuncs {
		if matchSignature(fn, flow) {
			add(fn)
		}
	}
	for _, fn := range flow.SrcFuncs {
		for _, reg := range registrations(fn, flow) {
			h := add(reg.fn)
			if reg.path != "" {
				h.Paths = append(h.Paths, reg.path)
				if !reg.readOnly {
					h.writePaths = append(h.writePaths, reg.path)
				}
			}
		}
	}
	for _, h := range res.Handlers {
		h.Roles = roles(h, pass.ResultOf[authevents.Analyzer].(*authevents.Result).Of(h.Fn), &logins)
		h.RevokesOwn = revokesOwn(h, flow)
	}
	return res, nil
}

// matchSignature reports whether fn has a modelled handler signature,
// or a handler's shape: it takes the response and the request among
// other parameters.
func matchSignature(fn *ssa.Function, flow *authflow.Result) bool {
	sig := fn.Signature
	for _, hs := range flow.Model.Handlers {
		if hs.Shape {
			if takesAll(sig.Params(), hs.Params) {
				return true
			}
			continue
		}
		if sig.Params().Len() != len(hs.Params) || sig.Results().Len() != len(hs.Results) {
			continue
		}
		if sameTypes(sig.Params(), hs.Params) && sameTypes(sig.Results(), hs.Results) {
			return true
		}
	}
	return false
}

// takesAll reports whether tup has a parameter of each type named.
func takesAll(tup *types.Tuple, names []string) bool {
	for _, n := range names {
		found := false
		for v := range tup.Variables() {
			if types.TypeString(types.Unalias(v.Type()), nil) == n {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func sameTypes(tup *types.Tuple, names []string) bool {
	for i, n := range names {
		if types.TypeString(types.Unalias(tup.At(i).Type()), nil) != n {
			return false
		}
	}
	return true
}

// A registration is a handler registered with a router.
type registration struct {
	fn       *ssa.Function
	path     string
	readOnly bool // registered for GET or HEAD only
}

// registrations finds router registrations in fn.
func registrations(fn *ssa.Function, flow *authflow.Result) []registration {
	var out []registration
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			obj := ssautil.Callee(call.Common())
			if obj == nil {
				continue
			}
			route := flow.Model.Routes[obj.FullName()]
			if route == nil {
				continue
			}
			_, args := ssautil.SplitArgs(call.Common())
			path, readOnly := routeMethod(call, obj, route, args)
			i, ok := route.Handler.Index()
			if !ok || i >= len(args) {
				continue
			}
			// The handler argument; a variadic one (gin, fiber) is a
			// slice of handlers. Later arguments are middleware (echo).
			for _, h := range FuncsOf(args[i]) {
				out = append(out, registration{fn: h, path: path, readOnly: readOnly})
			}
		}
	}
	return out
}

// FuncsOf resolves a handler argument, or any function-valued argument
// (a middleware's token extractors), to the functions it names:
// a function, closure, method value, conversion to http.HandlerFunc, or
// the elements of a variadic slice.
func FuncsOf(v ssa.Value) []*ssa.Function {
	switch v := v.(type) {
	case *ssa.Function:
		if v.Origin() != nil {
			v = v.Origin() // an instance of a generic handler: analyzed as its origin
		}
		if v.Synthetic != "" {
			if obj, ok := v.Object().(*types.Func); ok {
				if fn := v.Prog.FuncValue(obj); fn != nil && fn != v {
					return []*ssa.Function{fn}
				}
			}
		}
		return []*ssa.Function{v}
	case *ssa.MakeClosure:
		return FuncsOf(v.Fn)
	case *ssa.MakeInterface:
		return FuncsOf(v.X)
	case *ssa.ChangeType:
		return FuncsOf(v.X)
	case *ssa.Convert:
		return FuncsOf(v.X)
	case *ssa.Slice:
		return FuncsOf(v.X)
	case *ssa.Alloc:
		var out []*ssa.Function
		for _, e := range ssautil.Elements(v) {
			out = append(out, FuncsOf(e)...)
		}
		return out
	case *ssa.Call:
		// A constructor returning the handler: follow its returns.
		callee := v.Call.StaticCallee()
		if callee != nil && callee.Origin() != nil {
			callee = callee.Origin() // a generic constructor, read in its own body
		}
		if callee == nil || callee.Blocks == nil || callee.Pkg != v.Parent().Pkg {
			return nil
		}
		var out []*ssa.Function
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
				if _, self := ret.Results[0].(*ssa.Call); !self {
					out = append(out, FuncsOf(ret.Results[0])...)
				}
				for _, p := range adapted(callee, ret.Results[0]) {
					out = append(out, FuncsOf(v.Call.Args[p])...)
				}
			}
		}
		return out
	}
	return nil
}

// adapted returns the indexes of the parameters of fn, a handler
// constructor, that the handler v it returns adapts: a handler function
// given to an adapter that converts it (http.HandlerFunc(h)) or returns
// a closure calling it is registered too.
func adapted(fn *ssa.Function, v ssa.Value) []int {
	switch x := v.(type) {
	case *ssa.ChangeType:
		return adapted(fn, x.X)
	case *ssa.MakeInterface:
		return adapted(fn, x.X)
	case *ssa.Convert:
		return adapted(fn, x.X)
	case *ssa.Parameter:
		return []int{slices.Index(fn.Params, x)}
	case *ssa.MakeClosure:
		// A captured parameter is bound as the variable it is copied into.
		var out []int
		for _, b := range x.Bindings {
			alloc, ok := b.(*ssa.Alloc)
			if !ok {
				continue
			}
			for _, ref := range *alloc.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
					if p, ok := st.Val.(*ssa.Parameter); ok && isFunc(p.Type()) {
						out = append(out, slices.Index(fn.Params, p))
					}
				}
			}
		}
		return out
	}
	return nil
}

// isFunc reports whether t is a function type.
func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// roles decides the auth roles of a handler from what it does, with
// its name and routes as a tiebreak: setting a password the request
// supplies makes a password change (or, named like one, a signup), even when the old password is
// verified first; verifying a credential otherwise makes a login; a
// privilege change must both write a role field and be named like one.
// A handler the user names a login is one, unless it logs out or
// changes a password.
func roles(h *Handler, sum *authevents.Summary, user *Logins) Role {
	texts := append([]string{baseName(h.Fn)}, h.Paths...)
	named := func(re *regexp.Regexp) bool { return slices.ContainsFunc(texts, re.MatchString) }
	var r Role
	switch {
	case named(frameworks.LogoutName):
		r |= Logout
	case hashesRequestPassword(sum):
		if !named(frameworks.SignupName) {
			r |= PasswordChange
		}
	case user.has(h), sum.Has(authevents.CredentialCheck), frameworks.LoginName.MatchString(texts[0]),
		slices.ContainsFunc(h.writePaths, frameworks.LoginPath.MatchString):
		r |= Login
	}
	if sum.Has(authevents.RoleWrite) && named(frameworks.PrivilegeChangeName) {
		r |= PrivilegeChange
	}
	return r
}

// hashesRequestPassword reports whether the handler hashes a password
// the request supplies, one named for a password or not named at all: a
// helper that hashes whatever password a user record carries (a shared
// UpdateUser) does not make every handler that saves a user's other
// settings a password change. Nor does a hash that only goes into a
// record the handler has just allocated: that creates an account. Nor
// does hashing again the very password the handler has verified, and
// nothing else (a login upgrading the stored hash's algorithm): a change
// sets a password other than the one it checks.
func hashesRequestPassword(sum *authevents.Summary) bool {
	checked := inputsOf(sum, authevents.CredentialCheck)
	for _, e := range sum.Events {
		if e.Kind != authevents.PasswordHash || e.NewRecord {
			continue
		}
		// hashing exactly the passwords checked is a rehash on login
		if hashed := passwordInputs(e.Key); len(hashed) > 0 && !maps.Equal(checked, hashed) {
			return true
		}
	}
	return false
}

// An input is a request input, wherever it was read.
type input struct {
	in   frameworks.Input
	name string
}

// inputsOf returns the password inputs of the events of kind in sum.
func inputsOf(sum *authevents.Summary, kind authevents.Kind) map[input]bool {
	var t authflow.Taint
	for _, e := range sum.Events {
		if e.Kind == kind {
			t = append(t, e.Key...)
		}
	}
	return passwordInputs(t)
}

// passwordInputs returns the request inputs of t that may be passwords:
// named for one or not named at all (a decoded body), not the user name
// a stored hash was looked up by.
func passwordInputs(t authflow.Taint) map[input]bool {
	set := map[input]bool{}
	for _, l := range t.Inputs() {
		if l.Name == "" || frameworks.IsPasswordName(l.Name) {
			set[input{l.Input, l.Name}] = true
		}
	}
	return set
}

// baseName returns the name of fn, or of the function declaring a
// closure, without receiver or package.
func baseName(fn *ssa.Function) string {
	return ssautil.DeclaredFunc(fn).Name()
}
