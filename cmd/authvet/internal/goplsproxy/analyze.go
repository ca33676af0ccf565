package goplsproxy

import (
	"context"
	"maps"
	"slices"
	"time"
)

// analyze runs the engine on the package of path and publishes the
// findings, unless a file of the package or the settings changed
// meanwhile: a newer analysis is then on its way.
func (p *proxy) analyze(ctx context.Context, path string) {
	overlay, edits := p.docs.snapshot()
	p.mu.Lock()
	settings, gen := p.settings, p.settingsGen
	p.mu.Unlock()
	start := time.Now()
	res, err := p.opts.Engine.Analyze(ctx, Request{File: path, Overlay: overlay, Analyzers: settings.enabled(p.opts.Analyzers)})
	if err != nil {
		logf("analyzing %s: %v", path, err)
		return
	}
	if p.docs.stale(append(slices.Clone(res.Files), path), edits) {
		logf("dropped the analysis of %s: a file of its package changed while it ran", path)
		return
	}
	p.mu.Lock()
	newSettings := p.settingsGen != gen
	p.mu.Unlock()
	if newSettings {
		logf("dropped the analysis of %s: the settings changed while it ran", path)
		return
	}
	logf("analyzed %s in %.2fs: %d findings", path, time.Since(start).Seconds(), len(res.Findings))
	conv := newConverter(p.encoding(), overlay)
	byFile := conv.diagnostics(res)
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		uri, _, ok := p.docs.lookup(file)
		if !ok {
			uri = PathToURI(file)
		}
		p.store.fromAuthvet(file, uri, byFile[file])
	}
	p.refreshPull(ctx)
}
