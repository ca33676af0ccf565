package authflow

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"github.com/authvet/authvet/passes/frameworks"
)

// LabelKind says where a value came from.
type LabelKind uint8

const (
	Input LabelKind = iota + 1 // read from the HTTP request
	Fresh                      // minted by a secret generator
	Param                      // the function's parameter Index (symbolic, in summaries)
	Free                       // the closure's free variable Index (symbolic, in summaries)
)

// A Label is one origin of a value.
type Label struct {
	Kind  LabelKind
	Input frameworks.Input // for Input
	Name  string           // input, field or map key name, e.g. "token"
	Index int              // for Param and Free
	// Path, for Param and Free, is the access path of the part of the
	// argument or binding that was read ("" for all of it): ".Token" when
	// the function reads only the Token field of the struct it is given.
	Path string
	// NameParam, when Name is empty, is the index + 1 of the parameter
	// that names the input, resolved at each call of the function.
	NameParam int
	Pos       token.Pos // where it was read; NoPos when imported from a fact
}

func (l Label) String() string {
	switch l.Kind {
	case Input:
		return fmt.Sprintf("%s %q", l.Input, l.Name)
	case Fresh:
		return "fresh secret"
	case Param:
		return fmt.Sprintf("param%d%s", l.Index, l.Path)
	default:
		return fmt.Sprintf("free%d%s", l.Index, l.Path)
	}
}

// Taint is a small set of labels, kept sorted (see compareLabels) so
// that it, the facts holding it and the messages naming its first
// label depend on the code alone, not on the order it was visited in.
type Taint []Label

// union returns t with the labels of u added, and whether it grew.
// Union returns the origins of t and of u.
func (t Taint) Union(u Taint) Taint {
	out, _ := t.union(u)
	return out
}

func (t Taint) union(u Taint) (Taint, bool) {
	grew := false
	for _, l := range u {
		i, found := slices.BinarySearchFunc(t, l, compareLabels)
		if found {
			continue
		}
		if !grew {
			t = slices.Clip(t) // never insert into a slice another value shares
		}
		t = slices.Insert(t, i, l)
		grew = true
		if l.Kind == Param || l.Kind == Free {
			t = t.coarsened(i)
		}
	}
	return t, grew
}

// maxParts bounds the parts of one argument a taint names apart; more
// stand for all of it.
const maxParts = 4

// coarsened returns t with the labels of the argument or binding whose
// label is t[i] merged: its parts are left out when all of it is
// there, and stand for all of it when there are more than maxParts.
// Such labels sort together, all of it ("" path) first.
func (t Taint) coarsened(i int) Taint {
	same := func(l Label) bool {
		return l.Kind == t[i].Kind && l.Index == t[i].Index && l.Input == 0 && l.Name == "" && l.NameParam == 0
	}
	if !same(t[i]) {
		return t
	}
	lo, hi := i, i+1
	for lo > 0 && same(t[lo-1]) {
		lo--
	}
	for hi < len(t) && same(t[hi]) {
		hi++
	}
	if t[lo].Path != "" && hi-lo <= maxParts {
		return t
	}
	whole := t[lo]
	whole.Path, whole.Pos = "", 0
	return slices.Replace(t, lo, hi, whole)
}

// compareLabels orders labels by kind, input, name, index and position.
func compareLabels(a, b Label) int {
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Input, b.Input),
		strings.Compare(a.Name, b.Name),
		cmp.Compare(a.Index, b.Index),
		strings.Compare(a.Path, b.Path),
		cmp.Compare(a.NameParam, b.NameParam),
		cmp.Compare(a.Pos, b.Pos),
	)
}

// Inputs returns the labels of client input.
func (t Taint) Inputs() Taint {
	var out Taint
	for _, l := range t {
		if l.Kind == Input {
			out = append(out, l)
		}
	}
	return out
}

// HasFresh reports whether some origin is a freshly minted secret.
func (t Taint) HasFresh() bool {
	return slices.ContainsFunc(t, func(l Label) bool { return l.Kind == Fresh })
}

// Minted reports whether some origin is a freshly minted secret and none
// is read from the request: the value is the server's. Parameters may
// still be among the origins (a cookie's Domain from a configuration
// the handler was given).
func (t Taint) Minted() bool {
	return t.HasFresh() && !slices.ContainsFunc(t, func(l Label) bool { return l.Kind == Input })
}

// named returns t with every unnamed label named name.
func (t Taint) named(name string) Taint {
	if name == "" || len(t) == 0 {
		return t
	}
	out := make(Taint, len(t))
	for i, l := range t {
		if l.Name == "" && (l.Kind == Input || l.Kind == Fresh) {
			l.Name = name
		}
		out[i] = l
	}
	return out.sorted()
}

// namedBy returns t with every unnamed input label named, at each call,
// by parameter index nameParam - 1 (if nameParam > 0).
func (t Taint) namedBy(nameParam int) Taint {
	if nameParam == 0 || len(t) == 0 {
		return t
	}
	out := make(Taint, len(t))
	for i, l := range t {
		if l.Name == "" && l.Kind == Input {
			l.NameParam = nameParam
		}
		out[i] = l
	}
	return out.sorted()
}

// as returns t with every input label's kind replaced by in (if set).
// A name given under another kind (the "RawQuery" field of a URL) does
// not name the new input, whose parts an accessor names afresh.
func (t Taint) as(in frameworks.Input) Taint {
	if in == 0 {
		return t
	}
	out := make(Taint, len(t))
	for i, l := range t {
		if l.Kind == Input && l.Input != in {
			l.Input, l.Name = in, ""
		}
		out[i] = l
	}
	return out.sorted()
}

// subst replaces symbolic labels by the caller's taint of the matching
// argument or closure binding, and names inputs whose name a parameter
// gave. Labels named at the call take its position: that is where the
// caller chose the name.
func (t Taint) subst(a actuals, pos token.Pos) Taint {
	var out Taint
	for _, l := range t {
		switch {
		case l.Kind == Param && l.Index < len(a.params):
			out, _ = out.union(a.part(false, l.Index, l.Path))
		case l.Kind == Free && l.Index < len(a.frees):
			out, _ = out.union(a.part(true, l.Index, l.Path))
		case l.Kind == Param || l.Kind == Free:
			// unknown argument: drop
		default:
			if l.NameParam > 0 && l.NameParam <= len(a.names) {
				k := l.NameParam - 1
				l.Name, l.NameParam = a.names[k], a.nameParams[k]
				if l.Name != "" {
					l.Pos = pos
				}
			}
			if l.Pos == token.NoPos {
				l.Pos = pos
			}
			out, _ = out.union(Taint{l})
		}
	}
	return out
}

// maxPathSteps bounds the access path a symbolic label keeps: a longer
// path is cut to its first steps, which stand for more of the argument,
// so that summaries stay small on deeply nested structs.
const maxPathSteps = 4

// at returns the symbolic label l for the part at path of what it
// stands for.
func (l Label) at(path string) Label {
	l.Path = truncPath(l.Path+path, maxPathSteps)
	return l
}

// truncPath returns the first n steps of access path p.
func truncPath(p string, n int) string {
	steps := 0
	for i := 0; i < len(p); i++ {
		if strings.IndexByte(".[*", p[i]) < 0 || (p[i] == '.' && i > 0 && p[i-1] == '[') {
			continue
		}
		if steps == n {
			return p[:i]
		}
		steps++
	}
	return p
}

// maxMemSteps bounds the access path of a location that a callee's
// write adds to the memory model.
const maxMemSteps = 8

// boundPath returns p cut where it would revisit a field it has passed
// (a linked structure's .next.next), or after maxMemSteps steps:
// otherwise writes through recursive types, carried from callee to
// caller, would name exponentially many paths (a 69k-line program took
// over 10 GB). What is stored deeper is kept at the cut, as part of it.
func boundPath(p string) string {
	seen := map[string]bool{}
	for i := 0; i < len(p); i++ {
		if p[i] != '.' || (i > 0 && p[i-1] == '[') {
			continue
		}
		end := i + 1
		for end < len(p) && strings.IndexByte(".[*", p[end]) < 0 {
			end++
		}
		field := p[i+1 : end]
		if seen[field] {
			return p[:i]
		}
		seen[field] = true
	}
	return truncPath(p, maxMemSteps)
}

// Stripped returns t without positions, for export in a fact.
func (t Taint) Stripped() Taint {
	out := make(Taint, len(t))
	for i, l := range t {
		l.Pos = token.NoPos
		out[i] = l
	}
	return out.sorted()
}

// sorted returns t in canonical order without duplicates, after its
// labels were rewritten in place.
func (t Taint) sorted() Taint {
	slices.SortFunc(t, compareLabels)
	return slices.CompactFunc(t, func(a, b Label) bool { return compareLabels(a, b) == 0 })
}
