package main

import (
	"flag"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// checkFlags registers, for each check, -name to turn it on or off and
// -name.flag for each of its own flags, as go vet does. The returned
// function gives the checks to run: those turned on if any is, else all
// but those turned off.
func checkFlags(fs *flag.FlagSet, all []*analysis.Analyzer) func() []*analysis.Analyzer {
	state := make(map[*analysis.Analyzer]*triState, len(all))
	for _, a := range all {
		s := new(triState)
		state[a] = s
		fs.Var(s, a.Name, "enable the "+a.Name+" check")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	passFlags(fs, all)
	return func() []*analysis.Analyzer {
		anyOn := false
		for _, s := range state {
			anyOn = anyOn || *s == on
		}
		var out []*analysis.Analyzer
		for _, a := range all {
			if s := *state[a]; s == on || (!anyOn && s != off) {
				out = append(out, a)
			}
		}
		return out
	}
}

// passFlags registers -pass.flag for each flag of the passes the checks
// require (-authflow.credential-names, -handlers.login-paths): the
// go/analysis drivers, unitchecker included, connect only the flags of
// the analyzers they are given, and a pass's flag decides for every
// check that requires it.
func passFlags(fs *flag.FlagSet, all []*analysis.Analyzer) {
	for _, a := range all {
		for _, pf := range flagsOf(a) {
			if pf.owner != a && !slices.Contains(all, pf.owner) && fs.Lookup(pf.name) == nil {
				fs.Var(pf.flag.Value, pf.name, pf.flag.Usage)
			}
		}
	}
}

// An ownedFlag is a flag of an analyzer, by its command-line name.
type ownedFlag struct {
	owner *analysis.Analyzer
	name  string // -owner.flag
	flag  *flag.Flag
}

// flagsOf returns the flags of a and of the passes it requires, a's
// first, each once.
func flagsOf(a *analysis.Analyzer) []ownedFlag {
	var out []ownedFlag
	seen := map[*analysis.Analyzer]bool{}
	var visit func(*analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		a.Flags.VisitAll(func(f *flag.Flag) {
			out = append(out, ownedFlag{a, a.Name + "." + f.Name, f})
		})
		for _, r := range a.Requires {
			visit(r)
		}
	}
	visit(a)
	return out
}

// triState is a boolean flag that remembers whether it was set.
type triState int

const (
	unset triState = iota
	on
	off
)

func (t *triState) String() string {
	switch *t {
	case on:
		return "true"
	case off:
		return "false"
	}
	return "unset"
}

func (t *triState) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	*t = off
	if b {
		*t = on
	}
	return nil
}

func (t *triState) IsBoolFlag() bool { return true }
