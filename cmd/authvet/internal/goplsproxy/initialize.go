package goplsproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"slices"
)

// initializeParams takes authvet's settings out of the initialization
// options and notes whether the editor can be asked to pull
// diagnostics again.
func (p *proxy) initializeParams(ctx context.Context, raw *json.RawMessage) any {
	var params map[string]json.RawMessage
	if parseParams(raw, &params) != nil {
		return rawParams(raw)
	}
	var caps struct {
		Workspace struct {
			Diagnostics struct {
				RefreshSupport bool `json:"refreshSupport"`
			} `json:"diagnostics"`
		} `json:"workspace"`
	}
	if json.Unmarshal(params["capabilities"], &caps) == nil {
		p.mu.Lock()
		p.refreshPulled = caps.Workspace.Diagnostics.RefreshSupport
		p.mu.Unlock()
	}
	rest, av, ok := takeSettings(params["initializationOptions"])
	if !ok {
		return rawParams(raw)
	}
	p.applySettings(ctx, av)
	params["initializationOptions"] = rest
	b, err := json.Marshal(params)
	if err != nil {
		return rawParams(raw)
	}
	return json.RawMessage(b)
}

// initializeResult notes the position encoding gopls chose.
func (p *proxy) initializeResult(result json.RawMessage) json.RawMessage {
	var r struct {
		Capabilities struct {
			PositionEncoding string `json:"positionEncoding"`
		} `json:"capabilities"`
	}
	if json.Unmarshal(result, &r) == nil && r.Capabilities.PositionEncoding != "" {
		p.mu.Lock()
		p.enc = r.Capabilities.PositionEncoding
		p.mu.Unlock()
	}
	return result
}

// configurationResult takes authvet's settings out of the editor's
// answer to gopls's workspace/configuration request.
func (p *proxy) configurationResult(result json.RawMessage) json.RawMessage {
	var items []json.RawMessage
	if json.Unmarshal(result, &items) != nil {
		return result
	}
	changed := false
	for i, item := range items {
		if rest, av, ok := takeSettings(item); ok {
			items[i] = rest
			p.applySettings(context.Background(), av)
			changed = true
		}
	}
	if !changed {
		return result
	}
	b, err := json.Marshal(items)
	if err != nil {
		return result
	}
	return b
}

// applySettings switches to new authvet settings, tells the editor
// about settings it cannot read, and re-analyzes the open files. The
// same settings again, as gopls's repeated workspace/configuration
// requests bring them, change nothing.
func (p *proxy) applySettings(ctx context.Context, raw json.RawMessage) {
	var compact bytes.Buffer
	if json.Compact(&compact, raw) == nil {
		p.mu.Lock()
		same := compact.String() == p.rawSettings
		p.rawSettings = compact.String()
		p.mu.Unlock()
		if same {
			return
		}
	}
	s, err := parseSettings(raw, p.opts.Analyzers)
	if err != nil {
		logf("%v", err)
		p.showMessage(ctx, messageWarning, "authvet gopls: "+err.Error())
	}
	p.mu.Lock()
	p.settings = s
	p.settingsGen++
	p.mu.Unlock()
	overlay, _ := p.docs.snapshot()
	for _, path := range slices.Sorted(maps.Keys(overlay)) {
		p.scheduleGo(path, 0)
	}
}

func (p *proxy) currentSettings() settings {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.settings
}

func (p *proxy) encoding() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.enc
}
