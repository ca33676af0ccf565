package goplsproxy

import (
	"context"
	"fmt"
	"maps"
	"runtime/debug"
	"slices"
	"sync"
	"time"
)

// scheduler runs analyses one at a time, in the background, so that the
// editor's traffic with gopls never waits for authvet.
//
// Each file asked for is due at a time: on open and save at once, on a
// change after a pause in typing. While one analysis runs, files that
// become due wait for it; a file asked for again before it ran is
// analyzed once.
type scheduler struct {
	analyze func(ctx context.Context, path string) // runs one analysis and delivers its result

	mu      sync.Mutex
	due     map[string]time.Time // pending files and when to analyze them
	running bool
	timer   *time.Timer
	ctx     context.Context
}

func newScheduler(ctx context.Context, analyze func(context.Context, string)) *scheduler {
	return &scheduler{analyze: analyze, due: map[string]time.Time{}, ctx: ctx}
}

// schedule asks for an analysis of the package of path after delay.
func (s *scheduler) schedule(path string, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.due[path] = time.Now().Add(delay)
	s.wakeLocked()
}

// wakeLocked starts the worker if a file is due and none runs, or sets
// a timer for the next file to fall due.
func (s *scheduler) wakeLocked() {
	if s.running || len(s.due) == 0 {
		return
	}
	next := slices.MinFunc(slices.Collect(maps.Keys(s.due)), func(a, b string) int { return s.due[a].Compare(s.due[b]) })
	wait := time.Until(s.due[next])
	if s.timer != nil {
		s.timer.Stop()
	}
	if wait > 0 {
		s.timer = time.AfterFunc(wait, func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.wakeLocked()
		})
		return
	}
	delete(s.due, next)
	s.running = true
	go s.run(next)
}

// run analyzes path, then looks for the next due file.
func (s *scheduler) run(path string) {
	defer func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.running = false
		s.wakeLocked()
	}()
	defer func() {
		if p := recover(); p != nil { // a bug in authvet must not take gopls down with the proxy
			logf("internal error analyzing %s (please report it): %v\n%s", path, p, debug.Stack())
		}
	}()
	if s.ctx.Err() != nil {
		return
	}
	s.analyze(s.ctx, path)
}

// logf writes a line to stderr, which editors keep as the server's log.
var logf = func(format string, args ...any) {
	fmt.Fprintf(stderr, "authvet gopls: "+format+"\n", args...)
}
