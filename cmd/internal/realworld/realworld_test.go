package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// authvet -json lists a finding of a package and of its test variant
// twice; the report must count it once, at a module-relative position.
func TestParseFindingsDedupes(t *testing.T) {
	out := `{
	"m/a": {"cookieflags": [{"posn": "/src/m/a/a.go:3:4", "message": "cookie \"s\" is set without Secure"}]},
	"m/a [m/a.test]": {
		"cookieflags": [{"posn": "/src/m/a/a.go:3:4", "message": "cookie \"s\" is set without Secure"}],
		"tokenquery": {"error": "some load error"}
	}
}`
	fs, err := parseFindings([]byte(out), "/src/m", "m@v1.0.0")
	require.NoError(t, err)
	require.Equal(t, []finding{{key{"m@v1.0.0", "cookieflags", "a/a.go:3:4"}, `cookie "s" is set without Secure`}}, fs)
}

func TestCompare(t *testing.T) {
	id := "m@v1.0.0"
	judged := key{id, "tokenquery", "a.go:1:1"}
	gone := key{id, "cookieflags", "b.go:2:2"}
	fresh := key{id, "tokenquery", "c.go:3:3"}
	triage := map[key]*verdict{
		judged: {Key: judged, Verdict: "false"},
		gone:   {Key: gone, Verdict: "true"},
	}
	misses := []miss{
		{Module: id, Check: "tokenquery", Location: "c.go:3", Baseline: "missed"},
		{Module: id, Check: "sessionrevoke", Location: "d.go:9", Baseline: "missed"},
	}
	results := []*result{{Module: module{Path: "m", Version: "v1.0.0"}, Findings: []finding{{Key: judged}, {Key: fresh}}}}

	rep := compare(results, triage, misses)
	require.Equal(t, []finding{{Key: fresh}}, rep.unjudged)
	require.Equal(t, []*verdict{triage[gone]}, rep.vanished)
	require.Equal(t, tally{total: 2, f: 1, u: 1}, *rep.counts[""])
	require.Equal(t, []bool{true, false}, []bool{rep.misses[0].found, rep.misses[1].found})
}

func TestReadTriageRejectsBadRows(t *testing.T) {
	for name, row := range map[string]string{
		"verdict":   "m@v1\tcookieflags\ta.go:1:1\tmaybe\tme\twhy\tmsg\n",
		"no reason": "m@v1\tcookieflags\ta.go:1:1\ttrue\tme\t\tmsg\n",
		"too short": "m@v1\tcookieflags\ta.go:1:1\ttrue\n",
	} {
		file := filepath.Join(t.TempDir(), "triage.tsv")
		require.NoError(t, os.WriteFile(file, []byte(row), 0o644))
		_, err := readTriage(file)
		require.Error(t, err, name)
	}
}

// A replace to a nested module's directory, which module zips leave out,
// is dropped so that the required version comes from the proxy; a replace
// to a directory that is there stays.
func TestDropMissingReplaces(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "kept"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "kept", "go.mod"), []byte("module k\n"), 0o644))
	gomod := "module m\n\nrequire (\n\tk v1.0.0\n\tn v1.2.0\n)\n\nreplace k => ./kept\n\nreplace n => ./internal/n\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))

	require.NoError(t, dropMissingReplaces(dir))
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	require.NoError(t, err)
	require.Contains(t, string(data), "replace k => ./kept")
	require.NotContains(t, string(data), "./internal/n")
}

// TestRecallCountsABugOnce checks that a known bug that a true finding
// reports counts once, not as the finding and again as its miss row.
func TestRecallCountsABugOnce(t *testing.T) {
	id := "m@v1.0.0"
	hit := key{id, "sessionrevoke", "a.go:7:2"}
	triage := map[key]*verdict{hit: {Key: hit, Verdict: "true"}}
	misses := []miss{
		{Module: id, Check: "sessionrevoke", Location: "a.go:7", Baseline: "missed"},
		{Module: id, Check: "tokenquery", Location: "b.go:3", Baseline: "missed"},
	}
	results := []*result{{Module: module{Path: "m", Version: "v1.0.0"}, Findings: []finding{{Key: hit}}}}
	var out strings.Builder
	compare(results, triage, misses).printRecall(&out)
	require.Contains(t, out.String(), "recall: 50% (1 of 2 known bugs")
}
