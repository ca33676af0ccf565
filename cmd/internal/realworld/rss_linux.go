package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// watchRSS kills p when its resident memory goes over limitKB, and reports
// through the returned flag that it did. It stops when p exits.
func watchRSS(p *os.Process, limitKB int64) *atomic.Bool {
	var over atomic.Bool
	go func() {
		for {
			kb, err := currentRSS(p.Pid)
			if err != nil {
				return // the process is gone
			}
			if kb > limitKB {
				over.Store(true)
				p.Kill()
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
	}()
	return &over
}

// currentRSS reads VmRSS, in KiB, from /proc/pid/status.
func currentRSS(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			var kb int64
			_, err := fmt.Sscan(rest, &kb)
			return kb, err
		}
	}
	return 0, fmt.Errorf("no VmRSS for process %d", pid)
}
