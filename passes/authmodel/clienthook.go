package authmodel

import (
	"go/types"
	"strings"

	"github.com/authvet/authvet/passes/frameworks"
)

// A clientHook is the signature of a function an HTTP client calls with
// a request it sends; name is the method's name, "" for a func-typed
// field, whose value may be any function.
type clientHook struct {
	name string
	sig  *types.Signature
}

// resolveClientHooks returns the client hooks of fw that deps declare.
func resolveClientHooks(deps map[string]*types.Package, fw *frameworks.Framework) []clientHook {
	var out []clientHook
	for _, m := range fw.ClientHooks {
		typ, name, _ := strings.Cut(strings.TrimPrefix(m, "("), ").") // "(net/http.RoundTripper).RoundTrip"
		iface, ok := lookupType(deps, typ).(*types.Interface)
		if !ok {
			continue
		}
		for f := range iface.Methods() {
			if f.Name() == name {
				out = append(out, clientHook{name: name, sig: f.Signature()})
			}
		}
	}
	for _, fld := range fw.ClientHookFields {
		typ, name := splitMember(fld)
		s, ok := lookupType(deps, typ).(*types.Struct)
		if !ok {
			continue
		}
		for f := range s.Fields() {
			if sig, isFunc := f.Type().Underlying().(*types.Signature); isFunc && f.Name() == name {
				out = append(out, clientHook{sig: sig})
			}
		}
	}
	return out
}

// splitMember splits "path/pkg.Type.Member" at its last dot.
func splitMember(s string) (typ, member string) {
	i := strings.LastIndex(s, ".")
	return s[:i], s[i+1:]
}

// lookupType returns the underlying type of the package-level type
// named by its full name ("net/http.Client"), or nil.
func lookupType(deps map[string]*types.Package, fullName string) types.Type {
	typ, name := splitMember(fullName)
	pkg := deps[typ]
	if pkg == nil {
		return nil
	}
	if tn, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok {
		return tn.Type().Underlying()
	}
	return nil
}

// IsClientHook reports whether fn is a function an HTTP client calls
// with the requests it sends (a CheckRedirect func, a RoundTripper's
// RoundTrip), from its signature: its *Request parameters are outgoing.
func (m *Model) IsClientHook(fn *types.Func, sig *types.Signature) bool {
	for _, h := range m.clientHooks {
		if h.name != "" && (fn == nil || fn.Name() != h.name || sig.Recv() == nil) {
			continue // a hook method must be a method of that name
		}
		if types.Identical(sig, h.sig) { // receivers are not compared
			return true
		}
	}
	return false
}
