package ssautil

import "go/types"

// Deref returns the type t points to, or t if it is no pointer.
func Deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// IsPointer reports whether t is a pointer type.
func IsPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// IsStringish reports whether t is a string or a byte slice.
func IsStringish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// FieldName returns the name of field i of the struct that t is, or
// points to, or "" if t is no such struct.
func FieldName(t types.Type, i int) string {
	if s, ok := Deref(t).Underlying().(*types.Struct); ok && i < s.NumFields() {
		return s.Field(i).Name()
	}
	return ""
}

// QualifiedTypeName names t with full package paths, a pointer with a
// leading "*": "*net/http.Cookie", the form of the framework tables' keys.
func QualifiedTypeName(t types.Type) string {
	return types.TypeString(types.Unalias(t), nil)
}

// PackageTypeName names the type t is or points to as its package's
// users write it: "sessions.Options".
func PackageTypeName(t types.Type) string {
	return types.TypeString(Deref(t), (*types.Package).Name)
}

// BareTypeName names t without any package: "map[string]*Session".
func BareTypeName(t types.Type) string {
	return types.TypeString(types.Unalias(t), func(*types.Package) string { return "" })
}

// NamedTypeName returns the name, without package, of the named type t
// is or points to, or "".
func NamedTypeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// FuncName names a function called name with signature sig as its
// package's code calls it: "Name", or "T.Name" for a method of T.
func FuncName(name string, sig *types.Signature) string {
	if recv := sig.Recv(); recv != nil {
		if t := NamedTypeName(recv.Type()); t != "" {
			return t + "." + name
		}
	}
	return name
}
