package frameworks

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Names are names a user adds to one of the naming conventions, as a
// flag of the pass that makes the decision (-authflow.credential-names=
// sid,auth_blob), the way printf's -funcs adds printf wrappers. They
// are matched case-insensitively, as the conventions are.
type Names struct {
	Kind NameKind
	set  []string // lower case, sorted, without duplicates
}

// A NameKind says what a list of names names, and so which names are
// valid in it.
type NameKind uint8

const (
	// InputName is a request input (query, form, header or cookie name)
	// or a variable or field name: sid, auth_blob, X-Session.
	InputName NameKind = iota
	// FuncName is a function or method, by name or by
	// types.Func.FullName: RevokeTenant, (*example.com/app/store.Store).RevokeTenant.
	FuncName
	// RoutePath is a route path: /signin-form.
	RoutePath
)

var (
	inputNameSyntax = regexp.MustCompile(`^[\pL\pN_.-]+$`)
	funcNameSyntax  = regexp.MustCompile(`^([^\s(),*]+\.|\(\*?[^\s(),*]+\.[\pL_][\pL\pN_]*\)\.)?[\pL_][\pL\pN_]*$`)
	routePathSyntax = regexp.MustCompile(`^/[^\s,]*$`)
)

// Set replaces the names with those of a comma-separated list; the empty
// string is the empty list.
func (n *Names) Set(list string) error {
	var set []string
	if list != "" {
		for name := range strings.SplitSeq(list, ",") {
			if err := n.Kind.Check(name); err != nil {
				return err
			}
			set = append(set, strings.ToLower(name))
		}
	}
	slices.Sort(set)
	n.set = slices.Compact(set)
	return nil
}

// String returns the names as a comma-separated list.
func (n *Names) String() string {
	if n == nil {
		return ""
	}
	return strings.Join(n.set, ",")
}

// Has reports whether name is one of the names.
func (n *Names) Has(name string) bool {
	_, ok := slices.BinarySearch(n.set, strings.ToLower(name))
	return ok
}

// HasSuffix reports whether s ends with one of the names, as a route
// path registered under a group (/auth/signin-form) ends with the path
// the user gave (/signin-form).
func (n *Names) HasSuffix(s string) bool {
	s = strings.ToLower(s)
	return slices.ContainsFunc(n.set, func(name string) bool { return strings.HasSuffix(s, name) })
}

// Check returns an error that says why name cannot be a name of kind k.
func (k NameKind) Check(name string) error {
	switch k {
	case FuncName:
		if !funcNameSyntax.MatchString(name) {
			return fmt.Errorf("%q is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)", name)
		}
	case RoutePath:
		if !routePathSyntax.MatchString(name) {
			return fmt.Errorf("%q is not a route path (it starts with \"/\")", name)
		}
	default:
		if !inputNameSyntax.MatchString(name) {
			return fmt.Errorf("%q is not a valid name (letters, digits, \"_\", \"-\" and \".\")", name)
		}
	}
	return nil
}
