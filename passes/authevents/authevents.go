package authevents

import (
	"reflect"
	"regexp"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/guard"
)

var Analyzer = &analysis.Analyzer{
	Name:       "authevents",
	Doc:        "find the session and credential operations each function performs",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/frameworks.md",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{authflow.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(summaryFact)},
}

// Result holds the operations of a package's functions. It is complete
// when run returns and never changes after.
type Result struct {
	own *own
	// stores answers StoreMap: the engine's result and the constant
	// tables, without what only summarizing needs.
	stores *builder
}

// Of returns the operations of fn, a function of the package, itself
// and through the functions it calls: an empty summary when it has none.
// Callers only read it.
func (r *Result) Of(fn *ssa.Function) *Summary {
	if r.own != nil {
		if sum := r.own.Of(fn); sum != nil {
			return sum
		}
	}
	return &none
}

// none is the summary of the functions that do nothing of note.
var none Summary

// StoreMap reports whether m, a map or sync.Map value in fn, is a
// long-lived store of sessions or tokens, judged as session-store events
// are: by the name of the global or field that holds it, or by its type.
// It returns that name.
func (r *Result) StoreMap(fn *ssa.Function, m ssa.Value) (string, bool) {
	if r.stores == nil {
		return "", false // nothing analyzed
	}
	return scope{r.stores, fn}.storeMap(m)
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	r := &Result{}
	if flow.Pkg == nil {
		return r, nil // nothing analyzed, so nothing done
	}
	b := &builder{flow: flow, tables: constTables(flow), own: authflow.NewOwn[Summary, *summaryFact](flow), matches: map[matchKey]bool{}}
	b.own.Solve(pass, authflow.OwnSpec[Summary, *summaryFact]{
		Summarize: func(fn *ssa.Function) *Summary { return scope{b, fn}.summary() },
		Empty:     (*Summary).empty,
		Export:    (*Summary).exported,
	})
	r.own, r.stores = b.own, &builder{flow: flow, tables: b.tables}
	return r, nil
}

// own are the summaries of this pass.
type own = authflow.Own[Summary, *summaryFact]

// builder holds what the summaries of one package share while run
// computes them.
type builder struct {
	flow    *authflow.Result
	tables  map[*ssa.Global]bool
	own     *own              // nil for queries after run, which do not summarize
	matches map[matchKey]bool // the answers of match
}

// match reports whether re matches s. classify asks the conventions'
// case-insensitive regexps, slow to run, about the same few names at
// every call of every round, so the builder keeps the answers.
func (b *builder) match(re *regexp.Regexp, s string) bool {
	k := matchKey{re, s}
	m, ok := b.matches[k]
	if !ok {
		m = re.MatchString(s)
		b.matches[k] = m
	}
	return m
}

// matchKey identifies a question to match.
type matchKey struct {
	re *regexp.Regexp
	s  string
}
