package goplsproxy

import (
	"context"
	"io"

	"github.com/sourcegraph/jsonrpc2"
)

// serveMissing answers an editor when gopls cannot be run: the
// initialize request fails with err, which is also shown as a message,
// and the proxy waits for the editor to hang up, answering shutdown so
// that the editor can stop it cleanly.
func serveMissing(stream io.ReadWriteCloser, err error) {
	ctx := context.Background()
	msg := "authvet gopls: " + err.Error()
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stream, jsonrpc2.VSCodeObjectCodec{}), handler{closed, func(ctx context.Context, c *jsonrpc2.Conn, req *jsonrpc2.Request) {
		switch {
		case req.Method == "exit":
			c.Close()
		case req.Notif:
		case req.Method == "shutdown":
			c.Reply(ctx, req.ID, nil)
		default:
			if req.Method == "initialize" {
				c.Notify(ctx, "window/showMessage", map[string]any{"type": messageError, "message": msg})
			}
			c.ReplyWithError(ctx, req.ID, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: msg})
		}
	}})
	<-conn.DisconnectNotify()
}

// closed is a closed channel: a handler that needs no wait.
var closed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()
