// Command realworld measures authvet on real code: it fetches the Go
// modules listed in testdata/realworld/corpus.tsv from the module proxy at
// their pinned versions, runs the authvet of the current checkout on each,
// and compares the findings with the verdicts of a human review in
// triage.tsv and the known bugs in misses.tsv.
//
// It prints one row per module (lines of code, findings per check, verdicts,
// time and peak memory), the strict precision (true findings over all judged
// ones) per check and overall, and the recall against the known bugs. It
// lists the findings nobody has judged, and the judged ones that are no
// longer reported, and exits 1 when any finding is unjudged or a module
// could not be analyzed, so that a change of the analyzers cannot slip new
// findings past review.
//
// Run it from the repository root (make realworld):
//
//	go run ./cmd/internal/realworld [-only mod1,mod2] [-timeout 20m] [-maxrss 10] [-fresh]
//
// Fetched modules and the findings of each authvet binary are cached in the
// user cache directory, so a rerun with an unchanged build only prints.
// Modules are analyzed one at a time: authvet can take gigabytes on a large
// application, and the machines this runs on are small.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	dataDir := flag.String("data", "testdata/realworld", "directory holding corpus.tsv, triage.tsv and misses.tsv")
	only := flag.String("only", "", "comma-separated modules (path or path@version) to run; the default is the whole corpus")
	timeout := flag.Duration("timeout", 20*time.Minute, "time limit for authvet on one module")
	maxRSS := flag.Float64("maxrss", 10, "memory in GiB past which authvet is stopped on a module (Linux)")
	fresh := flag.Bool("fresh", false, "rerun authvet even when this build's findings for a module are cached")
	cacheDir := flag.String("cache", "", "cache directory (default: realworld under the user cache directory)")
	flag.Parse()

	lim := limits{timeout: *timeout, maxRSSKB: int64(*maxRSS * (1 << 20))}
	if err := run(*dataDir, *only, *cacheDir, lim, *fresh); err != nil {
		fmt.Fprintln(os.Stderr, "realworld:", err)
		os.Exit(1)
	}
}

// errUnclean is returned when the run worked but the corpus is not fully
// judged or not every module was analyzed; the report says why.
var errUnclean = fmt.Errorf("unjudged findings or failed modules; see above")

func run(dataDir, only, cacheDir string, lim limits, fresh bool) error {
	corpus, err := readCorpus(filepath.Join(dataDir, "corpus.tsv"))
	if err != nil {
		return err
	}
	triage, err := readTriage(filepath.Join(dataDir, "triage.tsv"))
	if err != nil {
		return err
	}
	misses, err := readMisses(filepath.Join(dataDir, "misses.tsv"))
	if err != nil {
		return err
	}
	corpus, err = selectModules(corpus, only)
	if err != nil {
		return err
	}
	if cacheDir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return fmt.Errorf("no cache directory: %v; pass -cache", err)
		}
		cacheDir = filepath.Join(base, "authvet-realworld")
	}

	var results []*result
	tools := map[string]*authvet{} // by toolchain
	for _, m := range corpus {
		tool, ok := tools[m.Toolchain]
		if !ok {
			tool, err = buildAuthvet(cacheDir, m.Toolchain)
			if err != nil {
				return err
			}
			tools[m.Toolchain] = tool
		}
		fmt.Fprintf(os.Stderr, "realworld: %s@%s ...\n", m.Path, m.Version)
		results = append(results, analyze(m, tool, cacheDir, lim, fresh))
	}

	rep := compare(results, triage, misses)
	rep.print(os.Stdout)
	if len(rep.unjudged) > 0 || rep.failed > 0 {
		return errUnclean
	}
	return nil
}

// selectModules keeps the corpus entries named by only, a comma-separated
// list of module paths, each optionally with @version.
func selectModules(corpus []module, only string) ([]module, error) {
	if only == "" {
		return corpus, nil
	}
	var out []module
	for name := range strings.SplitSeq(only, ",") {
		found := false
		for _, m := range corpus {
			if name == m.Path || name == m.Path+"@"+m.Version {
				out = append(out, m)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("-only: %s is not in the corpus", name)
		}
	}
	return out, nil
}
