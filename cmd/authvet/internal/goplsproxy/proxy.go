// Package goplsproxy implements "authvet gopls": a language server that
// an editor starts as its gopls. It runs the real gopls as a child,
// passes every message between the two unchanged, and adds authvet's
// findings to gopls's diagnostics and authvet's fixes to its code
// actions.
//
// gopls cannot load third-party analyzers (golang/go#59869), so this is
// the way to see authvet's findings as you type. The proxy never makes
// the editor wait for authvet: messages are forwarded as they arrive,
// and analyses run one at a time in the background, their results
// dropped if a file of the package changed while they ran.
//
// If gopls exits on its own, the proxy tells the editor and exits too,
// with status 1, so that the editor restarts the pair as it would
// restart a crashed gopls; the proxy does not restart gopls itself,
// since only the editor can replay the open files and settings.
package goplsproxy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers"
)

// stderr is where the proxy logs; editors keep it as the server's log.
var stderr io.Writer = os.Stderr

// Invoked reports whether a command line asks for the proxy, as
// "authvet gopls ..." or as a program whose name starts with gopls (a
// gopls -> authvet link, for editors that only take a path), and
// returns the arguments that follow.
func Invoked(args []string) ([]string, bool) {
	if len(args) > 1 && args[1] == "gopls" {
		return args[2:], true
	}
	if len(args) > 0 && strings.HasPrefix(filepath.Base(args[0]), "gopls") {
		return args[1:], true
	}
	return nil, false
}

// Main runs the proxy on standard input and output, with authvet's
// analyzers, and returns the exit status.
func Main(args []string) int {
	flag, rest, err := splitArgs(args)
	if err != nil {
		logf("%v", err)
		return 2
	}
	gopls, err := findGopls(flag)
	if err != nil {
		logf("%v", err)
		if isServe(rest) {
			serveMissing(stdio{}, err)
		}
		return 1
	}
	if !isServe(rest) {
		return runDirect(gopls, rest)
	}
	return Run(context.Background(), stdio{}, Options{Gopls: gopls, Args: rest, Engine: new(PackagesEngine), Analyzers: analyzers.All()})
}

// runDirect runs a gopls command that is not the server, such as
// "gopls version", in place of the proxy.
func runDirect(gopls string, args []string) int {
	cmd := exec.Command(gopls, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		logf("%v", err)
		return 1
	}
	return 0
}

// Options configure a proxy.
type Options struct {
	Gopls     string   // the real gopls
	Args      []string // its arguments
	Engine    Engine
	Analyzers []*analysis.Analyzer
	// Debounce is how long typing must pause before an unsaved buffer is
	// analyzed; zero means defaultDebounce.
	Debounce time.Duration
}

// defaultDebounce waits for a pause in typing, short enough to feel live.
const defaultDebounce = 500 * time.Millisecond

type proxy struct {
	opts          Options
	editor, gopls *jsonrpc2.Conn
	docs          *documents
	store         *diagnosticStore
	sched         *scheduler
	exiting       atomic.Bool  // the editor said exit: gopls's exit is expected
	nextID        atomic.Int64 // for the proxy's own requests to the editor

	mu            sync.Mutex
	enc           string // the position encoding gopls chose
	settings      settings
	rawSettings   string // the settings last applied, compacted
	settingsGen   int    // counts settings changes, to drop analyses made with older ones
	refreshPulled bool   // the editor can be asked to pull diagnostics again
}

// Run starts gopls, serves the editor on stream until either side goes
// away, and returns the exit status.
func Run(ctx context.Context, stream io.ReadWriteCloser, opts Options) int {
	if opts.Debounce == 0 {
		opts.Debounce = defaultDebounce
	}
	cmd, gopls, err := startGopls(opts.Gopls, opts.Args)
	if err != nil {
		logf("%v", err)
		serveMissing(stream, err)
		return 1
	}
	return serve(ctx, stream, cmd, gopls, opts)
}

// startGopls starts gopls and returns its standard input and output as
// one stream.
func startGopls(path string, args []string) (*exec.Cmd, io.ReadWriteCloser, error) {
	cmd := exec.Command(path, args...)
	cmd.Stderr = stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, nil, fmt.Errorf("starting gopls (%s): %v", path, err)
	}
	return cmd, readWriteCloser{out, in}, nil
}

// serve relays between the editor and a started gopls.
func serve(ctx context.Context, stream io.ReadWriteCloser, cmd *exec.Cmd, goplsStream io.ReadWriteCloser, opts Options) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	p := &proxy{opts: opts, docs: newDocuments(), enc: encodingUTF16, settings: defaultSettings()}
	p.store = newDiagnosticStore(func(params publishDiagnosticsParams) {
		if err := p.editor.Notify(ctx, "textDocument/publishDiagnostics", params); err != nil {
			logf("publishing diagnostics: %v", err)
		}
	})
	p.sched = newScheduler(ctx, p.analyze)
	// Neither side's messages are handled before both connections exist.
	ready := make(chan struct{})
	p.gopls = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(goplsStream, jsonrpc2.VSCodeObjectCodec{}), handler{ready, p.fromGopls})
	p.editor = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stream, jsonrpc2.VSCodeObjectCodec{}), handler{ready, p.fromEditor})
	close(ready)
	select {
	case <-p.editor.DisconnectNotify():
		cancel()
		p.gopls.Close() // closes gopls's input: gopls exits
		stopped := make(chan struct{})
		go func() { cmd.Wait(); close(stopped) }()
		select {
		case <-stopped:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
		}
		if p.exiting.Load() {
			return 0
		}
		return 1
	case <-p.gopls.DisconnectNotify():
		err := cmd.Wait()
		if p.exiting.Load() {
			return 0
		}
		msg := fmt.Sprintf("gopls exited unexpectedly (%v); authvet gopls exits too, so that the editor restarts both", exitStatus(err))
		logf("%s", msg)
		p.showMessage(ctx, messageError, msg)
		p.editor.Close()
		return 1
	}
}

// exitStatus describes how a process ended.
func exitStatus(err error) string {
	if err == nil {
		return "exit status 0"
	}
	return err.Error()
}

// handler adapts a function to jsonrpc2.Handler, once ready is closed.
// Handlers run one at a time, in the order messages arrive, which keeps
// the order of the editor's notifications and requests as gopls sees
// them.
type handler struct {
	ready  <-chan struct{}
	handle func(context.Context, *jsonrpc2.Conn, *jsonrpc2.Request)
}

func (h handler) Handle(ctx context.Context, c *jsonrpc2.Conn, r *jsonrpc2.Request) {
	<-h.ready
	h.handle(ctx, c, r)
}

// fromEditor forwards a message from the editor to gopls, noting what
// authvet needs on the way.
func (p *proxy) fromEditor(ctx context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) {
	if req.Notif {
		params := p.editorNotification(ctx, req)
		if req.Method == "exit" {
			p.exiting.Store(true)
		}
		if err := p.gopls.Notify(ctx, req.Method, params); err != nil {
			logf("forwarding %s to gopls: %v", req.Method, err)
		}
		return
	}
	params, after := rawParams(req.Params), (func(json.RawMessage) json.RawMessage)(nil)
	switch req.Method {
	case "initialize":
		params = p.initializeParams(ctx, req.Params)
		after = p.initializeResult
	case "textDocument/codeAction":
		var cp codeActionParams
		if parseParams(req.Params, &cp) == nil {
			after = func(r json.RawMessage) json.RawMessage {
				return addCodeActions(r, cp, p.store.authvetFor(URIToPath(cp.TextDocument.URI)))
			}
		}
	case "textDocument/diagnostic":
		params, after = p.pullDiagnostics(req.Params)
	}
	p.forwardCall(ctx, p.gopls, p.editor, req, params, after)
}

// fromGopls forwards a message from gopls to the editor, merging
// authvet's diagnostics into gopls's.
func (p *proxy) fromGopls(ctx context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) {
	if req.Notif {
		if req.Method == "textDocument/publishDiagnostics" {
			var pd publishDiagnosticsParams
			if parseParams(req.Params, &pd) == nil {
				if path := URIToPath(pd.URI); path != "" {
					p.store.fromGopls(path, pd)
					return
				}
			}
		}
		if err := p.editor.Notify(ctx, req.Method, rawParams(req.Params)); err != nil {
			logf("forwarding %s to the editor: %v", req.Method, err)
		}
		return
	}
	var after func(json.RawMessage) json.RawMessage
	if req.Method == "workspace/configuration" {
		after = p.configurationResult
	}
	p.forwardCall(ctx, p.editor, p.gopls, req, rawParams(req.Params), after)
}

// forwardCall sends a request on with its own ID, so that cancellations
// pass through unchanged, and relays the answer back without waiting
// for it: after, if set, may add to a successful result.
func (p *proxy) forwardCall(ctx context.Context, to, from *jsonrpc2.Conn, req *jsonrpc2.Request, params any, after func(json.RawMessage) json.RawMessage) {
	w, err := to.DispatchCall(ctx, req.Method, params, jsonrpc2.PickID(req.ID))
	if err != nil {
		from.ReplyWithError(ctx, req.ID, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("authvet gopls: forwarding %s: %v", req.Method, err)})
		return
	}
	go func() {
		var result json.RawMessage
		err := w.Wait(ctx, &result)
		var rpcErr *jsonrpc2.Error
		switch {
		case errors.As(err, &rpcErr):
			from.ReplyWithError(ctx, req.ID, rpcErr)
		case err != nil:
			from.ReplyWithError(ctx, req.ID, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("authvet gopls: %s: %v", req.Method, err)})
		default:
			if after != nil {
				result = after(result)
			}
			from.Reply(ctx, req.ID, result)
		}
	}()
}

// rawParams returns a message's params for sending on as they are.
func rawParams(raw *json.RawMessage) any {
	if raw == nil {
		return nil
	}
	return *raw
}

// Message types of window/showMessage.
const (
	messageError   = 1
	messageWarning = 2
)

// showMessage shows a message in the editor.
func (p *proxy) showMessage(ctx context.Context, typ int, msg string) {
	p.editor.Notify(ctx, "window/showMessage", map[string]any{"type": typ, "message": msg})
}

// stdio is the proxy's standard input and output as one stream.
type stdio struct{}

func (stdio) Read(b []byte) (int, error)  { return os.Stdin.Read(b) }
func (stdio) Write(b []byte) (int, error) { return os.Stdout.Write(b) }
func (stdio) Close() error                { return errors.Join(os.Stdin.Close(), os.Stdout.Close()) }

// readWriteCloser joins gopls's output and input into one stream.
type readWriteCloser struct {
	io.ReadCloser
	io.WriteCloser
}

func (rw readWriteCloser) Close() error {
	return errors.Join(rw.ReadCloser.Close(), rw.WriteCloser.Close())
}
