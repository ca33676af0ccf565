package goplsproxy

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestMerge checks that, whatever order gopls's and authvet's sets
// arrive in, the editor's last publish for a file is their union, and
// that each side's new set replaces only its own old one.
func TestMerge(t *testing.T) {
	gopls := func(msgs ...string) publishDiagnosticsParams {
		p := publishDiagnosticsParams{URI: "file:///m/a.go", Diagnostics: []json.RawMessage{}}
		for _, m := range msgs {
			b, _ := json.Marshal(Diagnostic{Source: "compiler", Message: m})
			p.Diagnostics = append(p.Diagnostics, b)
		}
		return p
	}
	authvet := func(msgs ...string) []authvetDiagnostic {
		var out []authvetDiagnostic
		for _, m := range msgs {
			out = append(out, authvetDiagnostic{Diagnostic: Diagnostic{Source: "authvet", Message: m}})
		}
		return out
	}
	type step struct {
		gopls   *publishDiagnosticsParams
		authvet []authvetDiagnostic
		want    []string // the messages the editor then has; nil: no publish
	}
	g := func(msgs ...string) *publishDiagnosticsParams { p := gopls(msgs...); return &p }
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"gopls first", []step{
			{gopls: g("g1"), want: []string{"g1"}},
			{authvet: authvet("a1"), want: []string{"g1", "a1"}},
		}},
		{"authvet first", []step{
			{authvet: authvet("a1"), want: []string{"a1"}},
			{gopls: g("g1"), want: []string{"g1", "a1"}},
		}},
		{"gopls clears only its own", []step{
			{gopls: g("g1"), want: []string{"g1"}},
			{authvet: authvet("a1"), want: []string{"g1", "a1"}},
			{gopls: g(), want: []string{"a1"}},
			{gopls: g("g2"), want: []string{"g2", "a1"}},
		}},
		{"authvet clears only its own", []step{
			{authvet: authvet("a1", "a2"), want: []string{"a1", "a2"}},
			{gopls: g("g1"), want: []string{"g1", "a1", "a2"}},
			{authvet: authvet("a2"), want: []string{"g1", "a2"}},
			{authvet: authvet(), want: []string{"g1"}},
		}},
		{"an empty authvet set over nothing publishes nothing", []step{
			{authvet: authvet(), want: nil},
			{gopls: g("g1"), want: []string{"g1"}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			published := false
			s := newDiagnosticStore(func(p publishDiagnosticsParams) {
				require.Equal(t, "file:///m/a.go", p.URI)
				require.NotNil(t, p.Diagnostics, "an empty set is sent as [], not null")
				published, got = true, nil
				for _, raw := range p.Diagnostics {
					var d Diagnostic
					require.NoError(t, json.Unmarshal(raw, &d))
					got = append(got, d.Message)
				}
			})
			for i, st := range tc.steps {
				published = false
				if st.gopls != nil {
					s.fromGopls("/m/a.go", *st.gopls)
				} else {
					s.fromAuthvet("/m/a.go", "file:///m/a.go", st.authvet)
				}
				require.Equal(t, st.want != nil, published, "step %d publishes", i)
				if st.want != nil {
					require.Equal(t, st.want, got, "step %d", i)
				}
			}
		})
	}
}

// TestPullMode checks that once the editor pulls, authvet's findings
// leave the pushed sets and go into the pulled reports, with result IDs
// that change when authvet's findings do.
func TestPullMode(t *testing.T) {
	var pushed [][]json.RawMessage
	s := newDiagnosticStore(func(p publishDiagnosticsParams) { pushed = append(pushed, p.Diagnostics) })
	s.fromAuthvet("/m/a.go", "file:///m/a.go", []authvetDiagnostic{{Diagnostic: Diagnostic{Source: "authvet", Message: "a1"}}})
	require.Len(t, pushed[len(pushed)-1], 1)

	gen := s.startPull("/m/a.go")
	require.Empty(t, pushed[len(pushed)-1], "authvet's finding leaves the pushed set")

	report := s.addToReport("/m/a.go", json.RawMessage(`{"kind":"full","resultId":"7","items":[{"message":"g1"}]}`), gen)
	require.JSONEq(t, `{"kind":"full","resultId":"7 authvet-1","items":[{"message":"g1"},{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"source":"authvet","message":"a1"}]}`, string(report))

	unchanged := s.addToReport("/m/a.go", json.RawMessage(`{"kind":"unchanged","resultId":"7"}`), gen)
	require.JSONEq(t, `{"kind":"unchanged","resultId":"7 authvet-1"}`, string(unchanged))

	s.fromAuthvet("/m/a.go", "file:///m/a.go", nil)
	require.Equal(t, gen+1, s.startPull("/m/a.go"), "a new generation once authvet's findings change")

	// A request whose result ID carries the current generation keeps
	// gopls's part; an older one asks gopls for a full report.
	p := &proxy{store: s}
	for prev, want := range map[string]string{
		"7 authvet-2": `{"textDocument":{"uri":"file:///m/a.go"},"previousResultId":"7"}`,
		"7 authvet-1": `{"textDocument":{"uri":"file:///m/a.go"}}`,
	} {
		raw := json.RawMessage(`{"textDocument":{"uri":"file:///m/a.go"},"previousResultId":"` + prev + `"}`)
		params, _ := p.pullDiagnostics(&raw)
		require.JSONEq(t, want, string(params.(json.RawMessage)), prev)
	}
}
