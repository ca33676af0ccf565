package goplsproxy

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// editorNotification notes what an editor notification tells authvet,
// and returns its params as gopls should get them.
func (p *proxy) editorNotification(ctx context.Context, req *jsonrpc2.Request) any {
	switch req.Method {
	case "textDocument/didOpen":
		var n struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Version int32  `json:"version"`
				Text    string `json:"text"`
			} `json:"textDocument"`
		}
		if parseParams(req.Params, &n) == nil {
			if path := URIToPath(n.TextDocument.URI); path != "" {
				p.docs.didOpen(path, n.TextDocument.URI, n.TextDocument.Version, n.TextDocument.Text)
				p.scheduleGo(path, 0)
			}
		}
	case "textDocument/didChange":
		var n struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Version int32  `json:"version"`
			} `json:"textDocument"`
			ContentChanges []contentChange `json:"contentChanges"`
		}
		if parseParams(req.Params, &n) == nil {
			if path := URIToPath(n.TextDocument.URI); path != "" {
				if err := p.docs.didChange(path, n.TextDocument.Version, n.ContentChanges, p.encoding()); err != nil {
					logf("%v", err)
				} else if p.currentSettings().onChange {
					p.scheduleGo(path, p.opts.Debounce)
				}
			}
		}
	case "textDocument/didSave", "textDocument/didClose":
		var n struct {
			TextDocument textDocumentIdentifier `json:"textDocument"`
		}
		if parseParams(req.Params, &n) == nil {
			if path := URIToPath(n.TextDocument.URI); path != "" {
				if req.Method == "textDocument/didClose" {
					p.docs.didClose(path)
				} else {
					p.docs.touched(path)
					p.scheduleGo(path, 0)
				}
			}
		}
	case "workspace/didChangeWatchedFiles":
		var n struct {
			Changes []struct {
				URI string `json:"uri"`
			} `json:"changes"`
		}
		if parseParams(req.Params, &n) == nil {
			for _, c := range n.Changes {
				if path := URIToPath(c.URI); path != "" {
					p.docs.touched(path)
				}
			}
		}
	case "workspace/didChangeConfiguration":
		var n map[string]json.RawMessage
		if parseParams(req.Params, &n) == nil {
			if rest, av, ok := takeSettings(n["settings"]); ok {
				n["settings"] = rest
				p.applySettings(ctx, av)
				if b, err := json.Marshal(n); err == nil {
					return json.RawMessage(b)
				}
			}
		}
	}
	return rawParams(req.Params)
}

// scheduleGo asks for an analysis of a Go file.
func (p *proxy) scheduleGo(path string, delay time.Duration) {
	if strings.HasSuffix(path, ".go") {
		p.sched.schedule(path, delay)
	}
}
