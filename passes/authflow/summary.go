package authflow

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/authvet/authvet/passes/frameworks"
)

// A Summary says what a function does with client input, in terms of
// its parameters. Summaries of exported functions cross
// package boundaries as facts.
type Summary struct {
	Results []Taint   // origins of each result
	Sinks   []SinkHit // values sent to the client, here or in callees
	Writes  []Write   // fields written through parameters
	// FreeWrites, of a function literal, are the writes through its free
	// variables (Param indexes them): a goroutine sending on a channel
	// or setting a variable of the function that started it.
	FreeWrites []Write
}

// A SinkHit is a value sent to the client.
type SinkHit struct {
	Output frameworks.Output
	Name   string // header or cookie name, or the store of a session key
	Taint  Taint
	Pos    token.Pos // the sending call, or the call that leads to it
}

// A Write is a store into a field reached from parameter Param, such as
// a helper setting cookie.HttpOnly. Const is the stored constant in
// go/constant's ExactString form, or "" if not constant.
type Write struct {
	Param int
	Path  string
	Const string
	Taint Taint
}

// compact merges the sinks and writes that differ only in their
// origins, uniting those: a caller records a callee's sinks at each
// call, and without merging, summaries grow with the number of paths
// through the call graph rather than with the calls (a recursive-descent
// parser of 100k lines took 24 GB). A field written on every return
// path, or by each call of a helper, is one write; unmerged, writes
// multiplied along call chains (a 69k-line program took 10 GB).
func (s *Summary) compact() {
	type sinkKey struct {
		out  frameworks.Output
		name string
		pos  token.Pos
		// minted keeps a value the server minted apart from others sent
		// through the same call: a helper that sets a signed session
		// cookie and a second cookie from a client value sets two
		// cookies, not one of mixed origin.
		minted bool
	}
	s.Sinks = MergeBy(s.Sinks, func(h *SinkHit) (sinkKey, *Taint) {
		return sinkKey{h.Output, h.Name, h.Pos, h.Taint.Minted()}, &h.Taint
	})
	type writeKey struct {
		param       int
		path, konst string
	}
	writeOf := func(w *Write) (writeKey, *Taint) { return writeKey{w.Param, w.Path, w.Const}, &w.Taint }
	s.Writes = MergeBy(s.Writes, writeOf)
	s.FreeWrites = MergeBy(s.FreeWrites, writeOf)
}

// MergeBy returns xs with the elements of the same key merged into the
// first of them, uniting their origins; of returns an element's key and
// origins. Summaries compact their lists with it.
func MergeBy[T any, K comparable](xs []T, of func(*T) (K, *Taint)) []T {
	out := xs[:0:0]
	at := map[K]int{}
	for _, x := range xs {
		k, t := of(&x)
		if i, ok := at[k]; ok {
			_, into := of(&out[i])
			*into, _ = into.union(*t)
			continue
		}
		at[k] = len(out)
		out = append(out, x)
	}
	return out
}

func (s *Summary) empty() bool {
	for _, r := range s.Results {
		if len(r) > 0 {
			return false
		}
	}
	return len(s.Sinks) == 0 && len(s.Writes) == 0 && len(s.FreeWrites) == 0
}

// summaryFact carries the Summary of an exported function or method.
type summaryFact struct{ Summary }

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string {
	var parts []string
	for i, r := range f.Results {
		if len(r) > 0 {
			parts = append(parts, fmt.Sprintf("result%d=%v", i, r))
		}
	}
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("%s<-%v", s.Output, s.Taint))
	}
	for _, w := range f.Writes {
		if w.Param < 0 {
			parts = append(parts, fmt.Sprintf("result%d%s=%s", -1-w.Param, w.Path, w.Const))
		} else {
			parts = append(parts, fmt.Sprintf("param%d%s=%s", w.Param, w.Path, w.Const))
		}
	}
	return "summary(" + strings.Join(parts, ", ") + ")"
}

// exported returns a copy of s without positions, which mean nothing
// in another package's file set.
func (s *Summary) exported() *summaryFact {
	f := &summaryFact{}
	for _, r := range s.Results {
		f.Results = append(f.Results, r.Stripped())
	}
	for _, h := range s.Sinks {
		h.Taint, h.Pos = h.Taint.Stripped(), token.NoPos
		f.Sinks = append(f.Sinks, h)
	}
	for _, w := range s.Writes {
		w.Taint = w.Taint.Stripped()
		f.Writes = append(f.Writes, w)
	}
	return f
}
