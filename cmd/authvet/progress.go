package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// A progress line shows, on a terminal, which phase a run is in and how
// many packages are done, once the run has taken a few seconds. It is
// erased before the findings are printed.
type progress struct {
	w    io.Writer
	stop chan struct{}
	done chan struct{}

	mu           sync.Mutex
	phase        string
	count, total int
}

// progressDelay is how long a run goes before its progress shows: a
// short run prints only its findings.
const progressDelay = 2 * time.Second

// startProgress starts showing progress on w.
func startProgress(w io.Writer) *progress {
	p := &progress{w: w, stop: make(chan struct{}), done: make(chan struct{})}
	go p.show()
	return p
}

// report records the phase of the run, for the driver's Config.Progress.
func (p *progress) report(phase string, count, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.phase, p.count, p.total = phase, count, total
}

// show redraws the line a few times a second after progressDelay,
// until end, and then erases it.
func (p *progress) show() {
	defer close(p.done)
	select {
	case <-time.After(progressDelay):
	case <-p.stop:
		return
	}
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		p.mu.Lock()
		line := "authvet: " + p.phase
		if p.total > 0 {
			line += fmt.Sprintf(": %d/%d packages", p.count, p.total)
		}
		p.mu.Unlock()
		fmt.Fprintf(p.w, "\r\033[K%s", line)
		select {
		case <-tick.C:
		case <-p.stop:
			fmt.Fprint(p.w, "\r\033[K")
			return
		}
	}
}

// end erases the line, once the run is over.
func (p *progress) end() {
	close(p.stop)
	<-p.done
}
