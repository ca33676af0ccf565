package goplsproxy

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// goplsEnv names the gopls to run when no -gopls flag does.
const goplsEnv = "AUTHVET_GOPLS"

// splitArgs takes the proxy's own -gopls=PATH flag out of the command
// line; everything else is gopls's.
func splitArgs(args []string) (gopls string, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "gopls" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return "", nil, fmt.Errorf("flag -gopls needs the path of the real gopls")
			}
			i++
			value = args[i]
		}
		gopls = value
	}
	return gopls, rest, nil
}

// findGopls returns the real gopls: the flag's, else $AUTHVET_GOPLS's,
// else the first gopls on PATH that is not this program (which may be
// installed as gopls itself, for editors that only take a path).
func findGopls(flag string) (string, error) {
	if flag != "" {
		return checkExecutable(flag, "-gopls")
	}
	if env := os.Getenv(goplsEnv); env != "" {
		return checkExecutable(env, goplsEnv)
	}
	self, _ := os.Executable()
	selfInfo, selfErr := os.Stat(self)
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			continue
		}
		path := filepath.Join(dir, "gopls")
		info, err := os.Stat(path)
		if err != nil || info.IsDir() || info.Mode()&0o111 == 0 {
			continue
		}
		if selfErr == nil && os.SameFile(info, selfInfo) {
			continue // a gopls -> authvet link: not the real gopls
		}
		return path, nil
	}
	return "", errors.New("gopls not found on PATH (install it with \"go install golang.org/x/tools/gopls@latest\", or name it with -gopls=PATH or " + goplsEnv + ")")
}

// checkExecutable checks that path, named by setting, is a program.
func checkExecutable(path, setting string) (string, error) {
	p, err := exec.LookPath(path)
	if err != nil {
		return "", fmt.Errorf("gopls named by %s: %v", setting, err)
	}
	return p, nil
}

// isServe reports whether gopls's arguments start its LSP server,
// rather than one of the commands, such as "gopls version", that
// editors run and that the proxy hands straight to gopls. Flag values
// may stand apart from their flags, so any word that names no other
// gopls command is taken for the server.
func isServe(args []string) bool {
	for _, a := range args {
		if slices.Contains(goplsCommands, a) {
			return false
		}
	}
	return true
}

// goplsCommands are gopls's commands other than serve (gopls help).
var goplsCommands = []string{
	"api-json", "bug", "call_hierarchy", "check", "codeaction", "codelens",
	"definition", "execute", "fix", "folding_ranges", "format", "help",
	"highlight", "implementation", "imports", "licenses", "links", "mcp",
	"prepare_rename", "references", "remote", "rename", "semtok", "signature",
	"stats", "symbols", "version", "workspace_symbol",
}
