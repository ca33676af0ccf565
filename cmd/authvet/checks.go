package main

import (
	"flag"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers"
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
		for _, pf := range analyzers.Flags(a) {
			if pf.Owner != a && !slices.Contains(all, pf.Owner) && fs.Lookup(pf.Name) == nil {
				fs.Var(pf.Flag.Value, pf.Name, pf.Flag.Usage)
			}
		}
	}
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
