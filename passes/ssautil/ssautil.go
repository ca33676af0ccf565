// Package ssautil holds the small SSA and go/types helpers that the
// passes and the checks share: which function a call invokes, how its
// receiver and arguments split, which argument a table row names, what
// constant a value is, and how types, fields and functions are named. It
// knows no framework and keeps no state; the access paths of authflow's
// memory model stay in authflow.
package ssautil

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
)

// Callee returns the function or method a call invokes, the generic
// origin of an instantiation, or nil for a call of a function value.
func Callee(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if sc := c.StaticCallee(); sc != nil {
		if sc.Origin() != nil {
			sc = sc.Origin()
		}
		if obj, ok := sc.Object().(*types.Func); ok {
			return obj
		}
	}
	return nil
}

// CallOf returns the call v is the result of and the function it
// invokes; nil when v is no call of a known function.
func CallOf(v ssa.Value) (*ssa.Call, *types.Func) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	obj := Callee(call.Common())
	if obj == nil {
		return nil, nil
	}
	return call, obj
}

// IsCallTo reports whether c invokes the function or method named by
// fullName as types.Func.FullName writes it: "(*sync.Map).Load".
func IsCallTo(c *ssa.CallCommon, fullName string) bool {
	obj := Callee(c)
	return obj != nil && obj.FullName() == fullName
}

// SplitArgs separates the receiver of a method call from its arguments;
// recv is nil for a call of a function.
func SplitArgs(c *ssa.CallCommon) (recv ssa.Value, args []ssa.Value) {
	if c.IsInvoke() {
		return c.Value, c.Args
	}
	if c.Signature().Recv() != nil && len(c.Args) > 0 {
		return c.Args[0], c.Args[1:]
	}
	if sc := c.StaticCallee(); sc != nil && sc.Signature.Recv() != nil && len(c.Args) > 0 {
		return c.Args[0], c.Args[1:]
	}
	return nil, c.Args
}

// DeclaredFunc returns the declared function fn is, or is a function
// literal in.
func DeclaredFunc(fn *ssa.Function) *ssa.Function {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn
}

// Unconverted looks through conversions, type changes and interface
// boxing to the value converted.
func Unconverted(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// ConstValue returns the constant value of v, looking through
// conversions, or nil.
func ConstValue(v ssa.Value) constant.Value {
	if c, ok := Unconverted(v).(*ssa.Const); ok {
		return c.Value
	}
	return nil
}

// ConstString returns v as a constant string, or "".
func ConstString(v ssa.Value) string {
	if c := ConstValue(v); c != nil && c.Kind() == constant.String {
		return constant.StringVal(c)
	}
	return ""
}

// Elements returns the values stored into the elements of alloc, the
// array behind a variadic argument.
func Elements(alloc *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, st.Val)
			}
		}
	}
	return out
}

// Arg returns the argument a names, or nil if there is none.
func Arg(args []ssa.Value, a frameworks.Arg) ssa.Value {
	v, _ := frameworks.Pick(args, a)
	return v
}

// ArgString returns argument a as a constant string, or "".
func ArgString(args []ssa.Value, a frameworks.Arg) string {
	if v := Arg(args, a); v != nil {
		return ConstString(v)
	}
	return ""
}

// ParseConst decodes a constant written by constant.Value.ExactString,
// as facts keep them (a fact cannot hold a constant.Value).
func ParseConst(s string) constant.Value {
	switch {
	case s == "":
		return nil
	case s == "true" || s == "false":
		return constant.MakeBool(s == "true")
	case s[0] == '"':
		return constant.MakeFromLiteral(s, token.STRING, 0)
	default:
		return constant.MakeFromLiteral(s, token.INT, 0)
	}
}
