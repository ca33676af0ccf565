package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// authvet is one build of the checkout's authvet.
type authvet struct {
	bin       string
	hash      string // of the binary: equal builds share cached findings
	toolchain string
}

// buildAuthvet builds cmd/authvet from the current directory's checkout
// with toolchain (empty for the local Go).
func buildAuthvet(cacheDir, toolchain string) (*authvet, error) {
	name := "authvet"
	if toolchain != "" {
		name += "-" + toolchain
	}
	bin := filepath.Join(cacheDir, "bin", name)
	if _, err := goCmd(module{Toolchain: toolchain}, "", "build", "-o", bin, "./cmd/authvet"); err != nil {
		return nil, fmt.Errorf("building authvet (run from the repository root): %v", err)
	}
	f, err := os.Open(bin)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return &authvet{bin: bin, hash: hex.EncodeToString(h.Sum(nil))[:16], toolchain: toolchain}, nil
}

// A finding is one deduplicated diagnostic of a run.
type finding struct {
	Key     key
	Message string
}

// A result is what one run of authvet on one module gave.
type result struct {
	Module   module
	LOC      int
	Findings []finding
	Seconds  float64
	MaxRSSKB int64
	Err      string // the module could not be fetched or analyzed
	// LoadErr holds the end of authvet's errors when some packages did not
	// load (it exits 1 then); the findings of the rest still count.
	LoadErr string
	Cached  bool `json:"-"`
}

// analyze fetches m and runs tool on it, or returns the findings this
// build gave before.
func analyze(m module, tool *authvet, cacheDir string, lim limits, fresh bool) *result {
	esc := strings.ReplaceAll(m.ID(), "/", "!")
	saved := filepath.Join(cacheDir, "results", tool.hash, esc+".json")
	if !fresh {
		if data, err := os.ReadFile(saved); err == nil {
			var r result
			if json.Unmarshal(data, &r) == nil {
				r.Cached = true
				return &r
			}
		}
	}
	r := &result{Module: m}
	dir, err := fetch(m, cacheDir)
	if err != nil {
		r.Err = err.Error()
		return r // not saved: a fetch may work next time
	}
	if err := checkGoVersion(m, dir); err != nil {
		r.Err = err.Error()
		return r
	}
	r.LOC, _ = countLOC(dir)
	if err := runAuthvet(r, tool, dir, lim); err != nil {
		r.Err = err.Error()
	}
	if data, err := json.MarshalIndent(r, "", "\t"); err == nil {
		if os.MkdirAll(filepath.Dir(saved), 0o755) == nil {
			os.WriteFile(saved, data, 0o644)
		}
	}
	return r
}

// limits bound one run of authvet.
type limits struct {
	timeout time.Duration
	// maxRSSKB is the resident memory, in KiB, past which authvet is
	// killed: the machines this runs on are shared, and an analyzer that
	// blows up would otherwise take the others down with it.
	maxRSSKB int64
}

// runAuthvet runs `authvet -json ./...` in dir and records its findings,
// time and peak memory in r.
func runAuthvet(r *result, tool *authvet, dir string, lim limits) error {
	ctx, cancel := context.WithTimeout(context.Background(), lim.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, tool.bin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = goEnv(r.Module)
	cmd.WaitDelay = 10 * time.Second // for the go list processes it starts
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	overMemory := watchRSS(cmd.Process, lim.maxRSSKB)
	err := cmd.Wait()
	r.Seconds = time.Since(start).Seconds()
	r.MaxRSSKB = maxRSS(cmd.ProcessState)
	if overMemory.Load() {
		return fmt.Errorf("authvet went over %.1f GiB of memory and was stopped (-maxrss)", float64(lim.maxRSSKB)/(1<<20))
	}
	if ctx.Err() != nil {
		return fmt.Errorf("authvet did not finish within %v (-timeout)", lim.timeout)
	}
	findings, perr := parseFindings(stdout.Bytes(), dir, r.Module.ID())
	r.Findings = findings
	if perr != nil {
		return fmt.Errorf("reading authvet -json output: %v; stderr: %s", perr, lastLines(stderr.String(), 5))
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 && stdout.Len() > 0 {
		r.LoadErr = lastLines(stderr.String(), 3)
		return nil
	}
	if err != nil {
		return fmt.Errorf("authvet: %v: %s", err, lastLines(stderr.String(), 3))
	}
	return nil
}

// parseFindings reads the go/analysis JSON tree
// {"pkg": {"analyzer": [diagnostic...] or {"error": ...}}}, deduplicating
// the findings reported for both a package and its test variant.
func parseFindings(out []byte, dir, id string) ([]finding, error) {
	var tree map[string]map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(out))
	seen := map[key]bool{}
	var fs []finding
	for {
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return fs, err
		}
		for _, checks := range tree {
			for check, raw := range checks {
				var diags []struct{ Posn, Message string }
				if json.Unmarshal(raw, &diags) != nil {
					continue // {"error": ...}: the load error is on stderr too
				}
				for _, d := range diags {
					k := key{Module: id, Check: check, Posn: relPosn(d.Posn, dir)}
					if !seen[k] {
						seen[k] = true
						fs = append(fs, finding{k, d.Message})
					}
				}
			}
		}
		tree = nil
	}
	sort.Slice(fs, func(i, j int) bool { return less(fs[i].Key, fs[j].Key) })
	return fs, nil
}

// relPosn makes file:line:col relative to the module root dir.
func relPosn(posn, dir string) string {
	if rel, err := filepath.Rel(dir, posn); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return posn
}

// less orders keys by module, file position and check.
func less(a, b key) bool {
	if a.Module != b.Module {
		return a.Module < b.Module
	}
	if a.Posn != b.Posn {
		return a.Posn < b.Posn
	}
	return a.Check < b.Check
}

// countLOC counts the lines of the non-test Go files that ./... covers:
// not in testdata, vendor, or directories starting with . or _.
func countLOC(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != dir && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			n++
		}
		return nil
	})
	return n, err
}
