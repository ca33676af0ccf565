package goplsproxy_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
)

// realGopls returns the pinned gopls that .ci/tools/gopls.sh builds
// (make test runs it first; here it only prints the cached path).
func realGopls(t testing.TB, root string) string {
	out, err := exec.Command(filepath.Join(root, ".ci", "tools", "gopls.sh")).Output()
	require.NoError(t, err, "building gopls with .ci/tools/gopls.sh")
	return strings.TrimSpace(string(out))
}

// buildProxy builds authvet and links it as "gopls", the way VS Code
// users install it, and returns the link.
func buildProxy(t testing.TB, root string) string {
	dir := t.TempDir()
	authvet := filepath.Join(dir, "authvet")
	out, err := exec.Command("go", "build", "-o", authvet, filepath.Join(root, "cmd", "authvet")).CombinedOutput()
	require.NoError(t, err, string(out))
	link := filepath.Join(dir, "gopls")
	require.NoError(t, os.Symlink(authvet, link))
	return link
}

// demoCopy copies the demo module to a temporary directory, adding a
// self-assignment that gopls's own analyzers report, next to authvet's
// findings in the same file.
func demoCopy(t *testing.T, root string) string {
	demo := filepath.Join(t.TempDir(), "demo")
	require.NoError(t, os.CopyFS(demo, os.DirFS(filepath.Join(root, "testdata", "demo"))))
	file := filepath.Join(demo, "nethttpapp", "main.go")
	src, err := os.ReadFile(file)
	require.NoError(t, err)
	src = append(src, "\n// reassign does nothing.\nfunc reassign(r *http.Request) {\n\tr = r\n}\n"...)
	require.NoError(t, os.WriteFile(file, src, 0o644))
	return demo
}

// session is the proxy, linked as gopls, serving a client on a copy of
// the demo, with nethttpapp/main.go open.
type session struct {
	c               *client
	link            string
	env             []string
	demo, file, uri string
	text            string         // of the file as opened
	caps            map[string]any // the server's capabilities
	wait            func() error   // waits for the proxy to exit
}

// openDemo starts a session: the client initializes the proxy with
// capabilities and initialization options, and opens the file.
func openDemo(t *testing.T, capabilities, options map[string]any) *session {
	root, err := filepath.Abs("../../../..")
	require.NoError(t, err)
	s := &session{demo: demoCopy(t, root), link: buildProxy(t, root)}
	s.env = append(os.Environ(), "AUTHVET_GOPLS="+realGopls(t, root), "GOFLAGS=-mod=mod")
	cmd := exec.Command(s.link)
	cmd.Dir = s.demo
	cmd.Env = s.env
	cmd.Stderr = os.Stderr
	s.c, s.wait = startCommand(t, cmd)

	var init struct {
		Capabilities map[string]any `json:"capabilities"`
	}
	s.c.call("initialize", map[string]any{
		"processId":             os.Getpid(),
		"rootUri":               goplsproxy.PathToURI(s.demo),
		"capabilities":          capabilities,
		"initializationOptions": options,
	}, &init)
	s.caps = init.Capabilities
	s.c.notify("initialized", map[string]any{})

	s.file = filepath.Join(s.demo, "nethttpapp", "main.go")
	s.uri = goplsproxy.PathToURI(s.file)
	s.text = read(t, s.file)
	s.c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": s.uri, "languageId": "go", "version": 1, "text": s.text}})
	return s
}

// TestEndToEnd runs the proxy in front of a real gopls on the demo, as
// an editor would: one merged set of diagnostics holding gopls's and
// authvet's, authvet's fix and suppression as code actions, and after
// saving the fixed file, the finding gone and gopls's still there.
func TestEndToEnd(t *testing.T) {
	s := openDemo(t, map[string]any{
		"workspace":    map[string]any{"configuration": true},
		"textDocument": map[string]any{"publishDiagnostics": map[string]any{"relatedInformation": true}},
	}, map[string]any{
		// Settings for authvet ride along with gopls's, under their own key.
		"authvet": map[string]any{"sessionrevoke": false},
	})
	require.Contains(t, s.caps, "codeActionProvider")
	c, file, uri, text := s.c, s.file, s.uri, s.text

	// Commands other than the server go straight to gopls, as editors
	// expect when they check its version.
	version := exec.Command(s.link, "version")
	version.Env = s.env
	out, err := version.Output()
	require.NoError(t, err)
	require.Contains(t, string(out), "golang.org/x/tools/gopls v0.23.0")

	// One set holds gopls's finding and authvet's.
	diags := c.waitFor(uri, "gopls's and authvet's diagnostics", func(d []goplsproxy.Diagnostic) bool {
		return has(d, "assign", "") && has(d, "authvet", "cookieflags")
	})
	var cookie goplsproxy.Diagnostic
	for _, d := range diags {
		if d.Source != "authvet" {
			continue
		}
		require.NotEqual(t, "sessionrevoke", d.Code, "sessionrevoke is off in the settings")
		require.Equal(t, 2, d.Severity)
		require.NotNil(t, d.CodeDescription)
		require.Contains(t, d.CodeDescription.Href, d.Code)
		if d.Code == "tokenecho" {
			require.NotEmpty(t, d.RelatedInformation, "tokenecho says where the client-supplied value is read")
			require.Equal(t, "client-supplied value read here", d.RelatedInformation[0].Message)
		}
		if d.Code == "cookieflags" {
			cookie = d
		}
	}
	require.Equal(t, uint32(35), cookie.Range.Start.Line, "the cookie set on line 36")

	// The cookie finding offers authvet's fix and a suppression.
	var actions []goplsproxy.CodeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        cookie.Range,
		"context":      map[string]any{"diagnostics": []goplsproxy.Diagnostic{cookie}},
	}, &actions)
	fix := action(t, actions, "Add HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode")
	require.Equal(t, "quickfix", fix.Kind)
	require.Equal(t, cookie.Message, fix.Diagnostics[0].Message)
	action(t, actions, "suppress with //authvet:ignore cookieflags <reason>")

	// Apply the fix and save: the finding is gone, gopls's stays, and the
	// package still compiles.
	text = apply(t, text, fix.Edit.Changes[uri])
	save(t, c, file, uri, 2, text)
	c.waitFor(uri, "the cookie finding to go", func(d []goplsproxy.Diagnostic) bool {
		return !has(d, "authvet", "cookieflags") && has(d, "assign", "") && has(d, "authvet", "tokenquery")
	})
	build := exec.Command("go", "build", "-o", os.DevNull, "./nethttpapp")
	build.Dir = s.demo
	out, err = build.CombinedOutput()
	require.NoError(t, err, "the fixed file compiles:\n%s", out)

	// The suppression action inserts a directive that takes effect, even
	// before the file is saved.
	diags = c.waitFor(uri, "the token query finding", func(d []goplsproxy.Diagnostic) bool { return has(d, "authvet", "tokenquery") })
	query := diags[slices.IndexFunc(diags, func(d goplsproxy.Diagnostic) bool { return d.Code == "tokenquery" })]
	actions = nil
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        map[string]any{"start": query.Range.Start, "end": query.Range.Start},
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions)
	suppress := action(t, actions, "suppress with //authvet:ignore tokenquery <reason>")
	text = apply(t, text, suppress.Edit.Changes[uri])
	require.Contains(t, text, "\t//authvet:ignore tokenquery ")
	// Unsaved: the buffer is analyzed as it is typed.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{"text": text}},
	})
	c.waitFor(uri, "the suppressed finding to go", func(d []goplsproxy.Diagnostic) bool {
		return !has(d, "authvet", "tokenquery") && has(d, "assign", "") && has(d, "authvet", "tokenecho")
	})

	// Settings change without a restart, and a misspelt one is named;
	// gopls never sees authvet's key, or it would complain about it.
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{
		"gopls": map[string]any{"authvet": map[string]any{"sessionrevoke": true, "tokenqurey": false}},
	}})
	c.waitFor(uri, "sessionrevoke's findings once it is on", func(d []goplsproxy.Diagnostic) bool {
		return has(d, "authvet", "sessionrevoke") && has(d, "assign", "")
	})
	c.mu.Lock()
	shown := slices.Clone(c.messages)
	c.mu.Unlock()
	require.Contains(t, shown, `authvet gopls: unknown authvet setting "tokenqurey" (known: tokenecho, cookieflags, tokenquery, sessionrevoke, analyzeOnChange)`)
	for _, m := range shown {
		require.True(t, strings.HasPrefix(m, "authvet gopls: ") || !strings.Contains(m, "authvet"), "gopls saw authvet's settings: %s", m)
	}

	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	require.NoError(t, s.wait(), "the proxy exits cleanly after exit")
}

func read(t testing.TB, file string) string {
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	return string(b)
}

// save sends an edited text as the whole new document, writes it and
// tells the server, as an editor does on save.
func save(t *testing.T, c *client, file, uri string, version int, text string) {
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": []any{map[string]any{"text": text}},
	})
	require.NoError(t, os.WriteFile(file, []byte(text), 0o644))
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
}

// has reports whether diags hold one from source with code (any code
// if empty).
func has(diags []goplsproxy.Diagnostic, source, code string) bool {
	return slices.ContainsFunc(diags, func(d goplsproxy.Diagnostic) bool {
		return d.Source == source && (code == "" || d.Code == code)
	})
}

// action returns the code action titled title.
func action(t *testing.T, actions []goplsproxy.CodeAction, title string) goplsproxy.CodeAction {
	t.Helper()
	i := slices.IndexFunc(actions, func(a goplsproxy.CodeAction) bool { return a.Title == title })
	require.GreaterOrEqual(t, i, 0, "no code action %q in %+v", title, actions)
	require.NotNil(t, actions[i].Edit)
	return actions[i]
}

// apply applies LSP edits to an ASCII text, last first.
func apply(t *testing.T, text string, edits []goplsproxy.TextEdit) string {
	require.NotEmpty(t, edits)
	slices.SortFunc(edits, func(a, b goplsproxy.TextEdit) int {
		return int(b.Range.Start.Line-a.Range.Start.Line)*1e6 + int(b.Range.Start.Character) - int(a.Range.Start.Character)
	})
	for _, e := range edits {
		text = text[:offset(text, e.Range.Start)] + e.NewText + text[offset(text, e.Range.End):]
	}
	return text
}

func offset(text string, p goplsproxy.Position) int {
	off := 0
	for range p.Line {
		off += strings.IndexByte(text[off:], '\n') + 1
	}
	return off + int(p.Character)
}
