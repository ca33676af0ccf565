package goplsproxy_test

import (
	"context"
	"encoding/json"
	"io"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
)

// client is a minimal LSP client for the tests: it records the latest
// diagnostics published for each file and the messages shown, and
// answers the server's requests as a plain editor would.
type client struct {
	t    testing.TB
	conn *jsonrpc2.Conn

	mu       sync.Mutex
	diags    map[string][]goplsproxy.Diagnostic // latest publish, by URI
	messages []string
	changed  chan struct{} // signalled on every publish or message
}

func newClient(t testing.TB, stream io.ReadWriteCloser) *client {
	c := &client{t: t, diags: map[string][]goplsproxy.Diagnostic{}, changed: make(chan struct{}, 1)}
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(stream, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() { c.conn.Close() })
	return c
}

func (c *client) handle(ctx context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p struct {
			URI         string                  `json:"uri"`
			Diagnostics []goplsproxy.Diagnostic `json:"diagnostics"`
		}
		if err := json.Unmarshal(*req.Params, &p); err == nil {
			c.mu.Lock()
			c.diags[p.URI] = p.Diagnostics
			c.mu.Unlock()
		}
	case "window/showMessage":
		var p struct {
			Message string `json:"message"`
		}
		if err := json.Unmarshal(*req.Params, &p); err == nil {
			c.mu.Lock()
			c.messages = append(c.messages, p.Message)
			c.mu.Unlock()
		}
	case "workspace/configuration":
		var p struct {
			Items []json.RawMessage `json:"items"`
		}
		json.Unmarshal(*req.Params, &p)
		out := make([]map[string]any, len(p.Items))
		for i := range out {
			out[i] = map[string]any{}
		}
		return out, nil
	}
	select {
	case c.changed <- struct{}{}:
	default:
	}
	return nil, nil
}

// call makes a request and decodes its result.
func (c *client) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	require.NoError(c.t, c.conn.Call(ctx, method, params, result), method)
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	require.NoError(c.t, c.conn.Notify(context.Background(), method, params), method)
}

// waitFor waits until ok holds of the latest diagnostics of uri.
func (c *client) waitFor(uri, what string, ok func([]goplsproxy.Diagnostic) bool) []goplsproxy.Diagnostic {
	c.t.Helper()
	deadline := time.After(3 * time.Minute)
	for {
		c.mu.Lock()
		d, seen := c.diags[uri]
		c.mu.Unlock()
		if seen && ok(d) {
			return d
		}
		select {
		case <-c.changed:
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("timed out waiting for %s; last diagnostics of %s: %+v", what, uri, d)
		}
	}
}

// pipeStream is one end of a pair of pipes as a stream.
type pipeStream struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipeStream) Close() error {
	p.ReadCloser.Close()
	return p.WriteCloser.Close()
}

// startCommand starts a proxy command and returns a client talking to it.
func startCommand(t testing.TB, cmd *exec.Cmd) (*client, func() error) {
	in, err := cmd.StdinPipe()
	require.NoError(t, err)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill() })
	return newClient(t, pipeStream{out, in}), cmd.Wait
}
