package authflow

import (
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A carrier keeps its entries in memory at the path "[@key]" below it,
// so that a helper returning a carrier passes them on as writes into
// its result, keys and all.
const carrierEntry = "[@"

// carry models a value carrier call: a put stores the value under its
// key, a derivation copies the entries of the carrier it derives from,
// a get returns what is stored under its key.
func (f *flow) carry(call *ssa.Call, c *ssa.CallCommon, vc *frameworks.ValueCarrier, recv ssa.Value, args []ssa.Value) {
	from := recv
	if vc.From != 0 {
		from = ssautil.Arg(args, vc.From)
	}
	if from == nil {
		return
	}
	key := "?" // a key authvet cannot name matches any
	if k := ssautil.Arg(args, vc.Key); k != nil {
		key = cmpKey(k)
	}
	if vc.Value == 0 && vc.Key != 0 {
		f.result(call, 0, args, f.carried(from, key)) // the result carries it
		return
	}
	into := from
	if vc.Returns {
		if into = f.writeTarget(call, c, -1); into == nil {
			return
		}
		f.derive(into, from)
	}
	if v := ssautil.Arg(args, vc.Value); v != nil {
		root, path := f.addr(into)
		f.store(root, path+carrierEntry+key+"]", Stored{Value: v, Const: ssautil.ConstValue(v), Pos: c.Pos()})
	}
}

// cmpKey names a carrier key: a constant by its type and value, a zero
// struct key by its type, a package variable by its name; "?" otherwise.
func cmpKey(k ssa.Value) string {
	switch v := k.(type) {
	case *ssa.MakeInterface:
		return cmpKey(v.X)
	case *ssa.Const:
		name := types.TypeString(v.Type(), nil)
		if v.Value != nil {
			name += "=" + v.Value.ExactString()
		}
		return strings.NewReplacer("[", "(", "]", ")").Replace(name)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok {
			return g.RelString(nil)
		}
	}
	return "?"
}

// entries calls visit with each entry of the carrier v: those stored at
// its address, or at that of any value a phi merges into it.
func (f *flow) entries(v ssa.Value, visit func(key string, s Stored)) {
	seen := map[ssa.Value]bool{}
	for work := []ssa.Value{v}; len(work) > 0; {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[v] {
			continue
		}
		seen[v] = true
		if phi, ok := v.(*ssa.Phi); ok {
			work = append(work, phi.Edges...)
			continue
		}
		root, path := f.addr(v)
		for _, p := range slices.Sorted(maps.Keys(f.mem[root])) {
			rest, ok := strings.CutPrefix(p, path+carrierEntry)
			if !ok {
				continue
			}
			key := strings.TrimSuffix(rest, "]")
			for _, s := range f.mem[root][p] {
				visit(key, s)
			}
		}
	}
}

// derive gives the carrier into the entries of from.
func (f *flow) derive(into, from ssa.Value) {
	root, path := f.addr(into)
	f.entries(from, func(key string, s Stored) {
		f.store(root, path+carrierEntry+key+"]", s)
	})
}

// carried returns the origins of what carrier v holds under key.
func (f *flow) carried(v ssa.Value, key string) Taint {
	var t Taint
	f.entries(v, func(k string, s Stored) {
		if k == key || k == "?" || key == "?" {
			t, _ = t.union(s.Taint)
			if s.Value != nil {
				t, _ = t.union(f.deepTaint(s.Value))
			}
		}
	})
	return t
}
