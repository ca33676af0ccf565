package goplsproxy

import (
	"context"
	"encoding/json"
	"go/token"
	"io"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/stretchr/testify/require"
)

// engineFunc is an Engine made of a function.
type engineFunc func(context.Context, Request) (*Result, error)

func (f engineFunc) Analyze(ctx context.Context, r Request) (*Result, error) { return f(ctx, r) }

// TestStaleAnalysis checks that an analysis during which a file of its
// package or the settings changed publishes nothing, and that one that ran undisturbed
// publishes its findings, converted with the text it analyzed.
func TestStaleAnalysis(t *testing.T) {
	var edit func()
	engine := engineFunc(func(_ context.Context, r Request) (*Result, error) {
		require.Equal(t, "package a // é\n", string(r.Overlay["/m/a.go"]), "the unsaved buffer is analyzed")
		if edit != nil {
			edit()
		}
		off := len("package a // é")
		return &Result{
			Files: []string{"/m/a.go", "/m/b.go"},
			Findings: []Finding{{
				Check: "tokenquery", Message: "m", URL: "https://x/tokenquery",
				Pos: token.Position{Filename: "/m/a.go", Offset: off}, End: token.Position{Filename: "/m/a.go", Offset: off},
			}},
		}, nil
	})
	var published []publishDiagnosticsParams
	p := &proxy{opts: Options{Engine: engine, Analyzers: testAnalyzers}, docs: newDocuments(), enc: encodingUTF16, settings: defaultSettings()}
	p.store = newDiagnosticStore(func(pd publishDiagnosticsParams) { published = append(published, pd) })
	p.docs.didOpen("/m/a.go", "file:///m/a.go", 1, "package a // é\n")

	edit = func() { p.docs.touched("/m/b.go") } // another file of the package is saved meanwhile
	p.analyze(context.Background(), "/m/a.go")
	require.Empty(t, published, "a stale analysis is dropped")

	edit = func() { p.applySettings(context.Background(), json.RawMessage(`{"tokenecho": false}`)) }
	p.sched = newScheduler(context.Background(), func(context.Context, string) {})
	p.analyze(context.Background(), "/m/a.go")
	require.Empty(t, published, "an analysis made with older settings is dropped")

	edit = nil
	p.analyze(context.Background(), "/m/a.go")
	require.Len(t, published, 1, "b.go had no findings before and has none now: only a.go is published")
	var d Diagnostic
	require.NoError(t, json.Unmarshal(published[0].Diagnostics[0], &d))
	require.Equal(t, Diagnostic{
		Range:    Range{Start: Position{Character: 14}, End: Position{Character: 14}}, // é is one UTF-16 unit, two bytes
		Severity: severityWarning, Code: "tokenquery", Source: "authvet", Message: "m",
		CodeDescription: &CodeDescription{Href: "https://x/tokenquery"},
	}, d)
}

func TestCodeActions(t *testing.T) {
	at := func(line uint32) Range {
		return Range{Start: Position{Line: line, Character: 2}, End: Position{Line: line, Character: 8}}
	}
	fix := CodeAction{Title: "Add HttpOnly: true", Kind: "quickfix", Edit: &WorkspaceEdit{}}
	diags := []authvetDiagnostic{
		{Diagnostic: Diagnostic{Range: at(3), Code: "cookieflags", Message: "cookie"}, fixes: []CodeAction{fix}, suppress: CodeAction{Title: "suppress cookieflags", Kind: "quickfix", Edit: &WorkspaceEdit{}}},
		{Diagnostic: Diagnostic{Range: at(9), Code: "tokenquery", Message: "query"}, suppress: CodeAction{Title: "suppress tokenquery", Kind: "quickfix", Edit: &WorkspaceEdit{}}},
	}
	cursor := func(line, char uint32, only ...string) codeActionParams {
		var p codeActionParams
		p.Range = Range{Start: Position{Line: line, Character: char}, End: Position{Line: line, Character: char}}
		p.Context.Only = only
		return p
	}
	titles := func(raw json.RawMessage) []string {
		var actions []struct{ Title string }
		require.NoError(t, json.Unmarshal(raw, &actions))
		var out []string
		for _, a := range actions {
			out = append(out, a.Title)
		}
		return out
	}
	gopls := json.RawMessage(`[{"title":"Organize Imports","kind":"source.organizeImports"}]`)

	require.Equal(t, []string{"Organize Imports", "Add HttpOnly: true", "suppress cookieflags"}, titles(addCodeActions(gopls, cursor(3, 8), diags)), "a cursor at the end of the finding")
	require.Equal(t, []string{"Add HttpOnly: true", "suppress cookieflags"}, titles(addCodeActions(json.RawMessage(`null`), cursor(3, 5), diags)), "gopls had none")
	require.JSONEq(t, string(gopls), string(addCodeActions(gopls, cursor(5, 0), diags)), "no finding there: gopls's answer unchanged")
	require.JSONEq(t, string(gopls), string(addCodeActions(gopls, cursor(3, 5, "source.organizeImports"), diags)), "quickfixes not asked for")
	require.Len(t, titles(addCodeActions(gopls, cursor(9, 3, "quickfix"), diags)), 2)

	var actions []CodeAction
	require.NoError(t, json.Unmarshal(addCodeActions(json.RawMessage(`[]`), cursor(9, 3), diags), &actions))
	require.Equal(t, "query", actions[0].Diagnostics[0].Message, "the action names the finding it resolves")
}

func TestSuppressAction(t *testing.T) {
	text := []byte("package a\n\nfunc f() {\n\t\tx := q.Get(\"t\")\n}\n")
	c := newConverter(encodingUTF16, map[string][]byte{"/m/a.go": text})
	a := c.suppress(Finding{Check: "tokenquery", Pos: token.Position{Filename: "/m/a.go", Offset: 29}})
	require.Equal(t, "suppress with //authvet:ignore tokenquery <reason>", a.Title)
	require.Equal(t, map[string][]TextEdit{"file:///m/a.go": {{
		Range:   Range{Start: Position{Line: 3}, End: Position{Line: 3}},
		NewText: "\t\t//authvet:ignore tokenquery REASON: say why this is safe\n",
	}}}, a.Edit.Changes)
}

// TestGoplsCrash checks that when gopls dies, the proxy tells the
// editor and exits with status 1, for the editor to restart it.
func TestGoplsCrash(t *testing.T) {
	c, status := startInProcess(t, Options{Gopls: "false"})
	select {
	case code := <-status:
		require.Equal(t, 1, code)
	case <-time.After(time.Minute):
		t.Fatal("the proxy did not exit after gopls did")
	}
	require.Contains(t, <-c.messages, "gopls exited unexpectedly (exit status 1); authvet gopls exits too")
}

// TestGoplsMissing checks that a gopls that cannot be started fails the
// editor's initialize request with a message naming it.
func TestGoplsMissing(t *testing.T) {
	c, status := startInProcess(t, Options{Gopls: "/nonexistent/gopls"})
	err := c.conn.Call(context.Background(), "initialize", map[string]any{}, nil)
	require.ErrorContains(t, err, "starting gopls (/nonexistent/gopls)")
	require.Contains(t, <-c.messages, "authvet gopls: starting gopls (/nonexistent/gopls)")
	require.NoError(t, c.conn.Notify(context.Background(), "exit", nil))
	require.Equal(t, 1, <-status)

	_, err = findGopls("/nonexistent/gopls")
	require.ErrorContains(t, err, "gopls named by -gopls")
}

// messageClient records the messages a proxy shows.
type messageClient struct {
	conn     *jsonrpc2.Conn
	messages chan string
}

// startInProcess runs a proxy on pipes and returns a client for it and
// the channel its exit status arrives on.
func startInProcess(t *testing.T, opts Options) (*messageClient, <-chan int) {
	stderr = io.Discard
	toProxy, fromClient := io.Pipe()
	toClient, fromProxy := io.Pipe()
	status := make(chan int, 1)
	go func() { status <- Run(context.Background(), rwc{toProxy, fromProxy}, opts) }()
	c := &messageClient{messages: make(chan string, 10)}
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(rwc{toClient, fromClient}, jsonrpc2.VSCodeObjectCodec{}), handler{closed, func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) {
		var m struct{ Message string }
		if req.Method == "window/showMessage" && json.Unmarshal(*req.Params, &m) == nil {
			c.messages <- m.Message
		}
	}})
	t.Cleanup(func() { c.conn.Close() })
	return c, status
}

type rwc struct {
	io.ReadCloser
	io.WriteCloser
}

func (p rwc) Close() error { p.ReadCloser.Close(); return p.WriteCloser.Close() }
