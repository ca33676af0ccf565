package credentials

import (
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/guard"
)

var Analyzer = &analysis.Analyzer{
	Name:       "credentials",
	Doc:        "describe the values each function uses as credentials",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/tokenquery.md",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{authflow.Analyzer, authevents.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(paramsFact)},
}

// A Use is a value used as a credential.
type Use struct {
	Value ssa.Value
	// Path is the part of Value used, as authflow.Label.Path names it;
	// "" for all of it.
	Path string
	What string    // how it is used: "parsed as a JWT"
	Via  string    // the helper that uses it, if any
	Pos  token.Pos // where: the use, or the call of the helper
}

// String says how a value is used, for messages.
func (u Use) String() string {
	if u.Via == "" {
		return u.What
	}
	return u.What + " in " + u.Via
}

// Result holds the credential uses of a package's functions, and which
// of them answer with a stream. It is complete when run returns and
// never changes after.
type Result struct {
	uses       map[*ssa.Function][]Use
	streams    map[*ssa.Function]bool
	streamKeys map[*ssa.Function][]ssa.Value
}

// Of returns the values fn uses as credentials, in its own code and
// through the helpers it calls, in the order of its instructions.
func (r *Result) Of(fn *ssa.Function) []Use { return r.uses[fn] }

// Stream reports whether fn, or a closure in it, answers with a stream
// that a browser opens without headers (a WebSocket upgrade, server-sent
// events): the query is the only place such a client can put a value.
func (r *Result) Stream(fn *ssa.Function) bool { return r.streams[fn] }

// StreamKeys returns the keys fn looks up in a table of streams: one to
// which only functions that answer with a stream add entries. Such a key
// selects a stream, whatever its name, and is no credential.
func (r *Result) StreamKeys(fn *ssa.Function) []ssa.Value { return r.streamKeys[fn] }

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return &Result{}, nil // library code, or nothing to analyze
	}
	b := &builder{pass: pass, flow: flow, events: pass.ResultOf[authevents.Analyzer].(*authevents.Result), uses: map[*ssa.Function][]Use{},
		extractors: map[*ssa.Function]string{}, streams: map[*ssa.Function]bool{}, params: map[*ssa.Function][]ParamUse{}}
	b.findExtractors()
	r := &Result{uses: b.uses, streams: b.streams, streamKeys: map[*ssa.Function][]ssa.Value{}}
	for _, scc := range flow.Components {
		b.solve(scc)
	}
	for _, fn := range flow.SrcFuncs {
		b.isStream(fn)
		if keys := b.streamKeys(fn); len(keys) > 0 {
			r.streamKeys[fn] = keys
		}
	}
	for _, fn := range flow.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || obj.Pkg() != pass.Pkg || !obj.Exported() {
			continue
		}
		if ps := b.paramUses(fn); len(ps) > 0 {
			pass.ExportObjectFact(obj, &paramsFact{Params: ps})
		}
	}
	return r, nil
}

// A ParamUse is a parameter, or a part of one, that a function uses as
// a credential.
type ParamUse struct {
	Index int    // of the parameter, the receiver first
	Path  string // part of it, as authflow.Label.Path names it
	What  string
	Via   string
}

// paramsFact records the parameters an exported function or method uses
// as credentials, for the packages that call it.
type paramsFact struct{ Params []ParamUse }

func (*paramsFact) AFact() {}

func (f *paramsFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param%d%s: %s", p.Index, p.Path, Use{What: p.What, Via: p.Via}))
	}
	return "credentials(" + strings.Join(parts, "; ") + ")"
}
