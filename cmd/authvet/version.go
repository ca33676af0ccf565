package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
)

// printVersion prints authvet's version line for -V or -V=full.
//
// go vet runs a vet tool with -V=full and keys its cache on the answer
// (cmd/go/internal/work/buildid.go, toolID): the line must read
// "<name> version <version> ...", and a "devel" version must end with
// "buildID=<id>". authvet always ends -V=full with a hash of its own
// executable, so that a rebuilt authvet never reuses stale vet results.
func printVersion(stdout, stderr io.Writer, mode string) int {
	version, tools := moduleVersion(), "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "golang.org/x/tools" {
				tools = dep.Version
			}
		}
	}
	line := fmt.Sprintf("authvet version %s %s golang.org/x/tools@%s", version, runtime.Version(), tools)
	switch mode {
	case "true", "short":
	case "full":
		id, err := executableHash()
		if err != nil {
			fmt.Fprintf(stderr, "authvet: -V=full: %v\n", err)
			return exitError
		}
		line += " buildID=" + id
	default:
		fmt.Fprintf(stderr, "authvet: -V=%s: want -V or -V=full\n", mode)
		return exitError
	}
	fmt.Fprintln(stdout, line)
	return exitClean
}

// executableHash returns the SHA-256 of the running executable, in hex.
func executableHash() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", sha256.Sum256(data)), nil
}

// versionFlag is -V: bare, or -V=full.
type versionFlag string

func (v *versionFlag) String() string     { return string(*v) }
func (v *versionFlag) Set(s string) error { *v = versionFlag(s); return nil }
func (v *versionFlag) IsBoolFlag() bool   { return true }

// moduleVersion returns authvet's module version from its build
// information, or "devel" for a build without one.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return "devel"
}
