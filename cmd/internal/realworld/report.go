package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/authvet/authvet/analyzers"
)

// A report compares the findings of a run with the triage and the misses.
type report struct {
	results  []*result
	triage   map[key]*verdict
	checks   []string
	counts   map[string]*tally // by check; "" is the total
	unjudged []finding
	vanished []*verdict
	misses   []missStatus
	failed   int
}

// A tally counts findings by verdict.
type tally struct{ total, t, f, d, u int }

func (t *tally) add(v *verdict) {
	t.total++
	switch {
	case v == nil:
		t.u++
	case v.Verdict == "true":
		t.t++
	case v.Verdict == "false":
		t.f++
	default:
		t.d++
	}
}

// precision is the strict precision: true findings over judged ones.
func (t *tally) precision() string {
	judged := t.t + t.f + t.d
	if judged == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%% (%d/%d)", 100*float64(t.t)/float64(judged), t.t, judged)
}

// A missStatus says whether the current build reports a known bug.
type missStatus struct {
	miss
	found bool
	// judged says a finding that reports the bug is judged true: the
	// bug is counted once, as that finding.
	judged bool
}

// compare matches the findings of results against the verdicts and misses.
func compare(results []*result, triage map[key]*verdict, misses []miss) *report {
	rep := &report{results: results, triage: triage, counts: map[string]*tally{"": {}}}
	checks := map[string]bool{}
	for _, a := range analyzers.All() {
		checks[a.Name] = true // a check without findings still gets its column
	}
	reported := map[key]bool{}
	ran := map[string]bool{}
	for _, r := range results {
		if r.Err != "" {
			rep.failed++
		}
		if r.Err == "" || len(r.Findings) > 0 {
			ran[r.Module.ID()] = true
		}
		for _, f := range r.Findings {
			reported[f.Key] = true
			checks[f.Key.Check] = true
			v := rep.verdictOf(f)
			if v == nil {
				rep.unjudged = append(rep.unjudged, f)
			}
			rep.counts[""].add(v)
			if rep.counts[f.Key.Check] == nil {
				rep.counts[f.Key.Check] = &tally{}
			}
			rep.counts[f.Key.Check].add(v)
		}
	}
	for k, v := range triage {
		if ran[k.Module] && !reported[k] {
			rep.vanished = append(rep.vanished, v)
		}
		checks[k.Check] = true
	}
	sort.Slice(rep.vanished, func(i, j int) bool { return less(rep.vanished[i].Key, rep.vanished[j].Key) })
	for _, m := range misses {
		if !ran[m.Module] {
			continue
		}
		st := missStatus{miss: m}
		for k := range reported {
			if k.Module == m.Module && k.Check == m.Check && strings.HasPrefix(k.Posn, m.Location+":") {
				st.found = true
				if v := triage[k]; v != nil && v.Verdict == "true" {
					st.judged = true
				}
			}
		}
		rep.misses = append(rep.misses, st)
	}
	for c := range checks {
		rep.checks = append(rep.checks, c)
	}
	sort.Strings(rep.checks)
	return rep
}

// print writes the tables and lists of the report.
func (rep *report) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "module\tversion\tLOC\t%s\tT\tF\tD\tU\ttime\tRSS\t\n", strings.Join(rep.checks, "\t"))
	for _, r := range rep.results {
		per := map[string]int{}
		var t tally
		for _, f := range r.Findings {
			per[f.Key.Check]++
		}
		for _, f := range r.Findings {
			t.add(rep.verdictOf(f))
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t", r.Module.Path, r.Module.Version, r.LOC)
		for _, c := range rep.checks {
			fmt.Fprintf(tw, "%d\t", per[c])
		}
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%.0fs\t%.1fG\t\n", t.t, t.f, t.d, t.u, r.Seconds, float64(r.MaxRSSKB)/(1<<20))
	}
	tw.Flush()

	fmt.Fprintln(w, "\ncheck\tfindings\tT\tF\tD\tunjudged\tstrict precision")
	for _, c := range append(rep.checks, "") {
		t := rep.counts[c]
		if t == nil {
			t = &tally{}
		}
		name := c
		if c == "" {
			name = "all"
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%s\n", name, t.total, t.t, t.f, t.d, t.u, t.precision())
	}
	rep.printRecall(w)

	for _, r := range rep.results {
		if r.Err != "" {
			fmt.Fprintf(w, "\nFAILED %s: %s\n", r.Module.ID(), r.Err)
		} else if r.LoadErr != "" {
			fmt.Fprintf(w, "\nsome packages of %s did not load (their findings are missing):\n%s\n", r.Module.ID(), r.LoadErr)
		}
	}
	if len(rep.vanished) > 0 {
		fmt.Fprintf(w, "\njudged but no longer reported (%d):\n", len(rep.vanished))
		for _, v := range rep.vanished {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", v.Key.Module, v.Key.Check, v.Key.Posn, v.Verdict)
		}
	}
	if len(rep.unjudged) > 0 {
		fmt.Fprintf(w, "\nunjudged findings (%d), as triage.tsv rows to complete:\n", len(rep.unjudged))
		for _, f := range rep.unjudged {
			fmt.Fprintf(w, "%s\t%s\t%s\t\t\t\t%s\n", f.Key.Module, f.Key.Check, f.Key.Posn, f.Message)
		}
	}
}

// recall counts the known bugs, the true verdicts and the misses of the
// modules that ran, that the current build reports.
func (rep *report) printRecall(w io.Writer) {
	found, known := 0, 0
	reported := map[key]bool{}
	for _, r := range rep.results {
		for _, f := range r.Findings {
			reported[f.Key] = true
			if v := rep.verdictOf(f); v != nil && v.Verdict == "true" {
				found++
				known++
			}
		}
	}
	for _, v := range rep.vanished {
		if v.Verdict == "true" {
			known++
		}
	}
	var flipped []string
	for _, m := range rep.misses {
		if !m.judged {
			known++
			if m.found {
				found++
			}
		}
		if m.found != (m.Baseline == "found") {
			flipped = append(flipped, fmt.Sprintf("%s %s %s: baseline %s, now found=%v", m.Module, m.Check, m.Location, m.Baseline, m.found))
		}
	}
	if known == 0 {
		fmt.Fprintln(w, "\nrecall: no known bugs")
		return
	}
	fmt.Fprintf(w, "\nrecall: %.0f%% (%d of %d known bugs: true findings and misses.tsv)\n", 100*float64(found)/float64(known), found, known)
	for _, s := range flipped {
		fmt.Fprintln(w, "  miss changed:", s)
	}
}

// verdictOf returns the verdict on f, or nil.
func (rep *report) verdictOf(f finding) *verdict { return rep.triage[f.Key] }
