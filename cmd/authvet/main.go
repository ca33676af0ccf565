// Command authvet finds session and token mistakes in Go web code.
//
// Run it on packages, as a standalone tool:
//
//	authvet ./...
//	authvet -json ./...
//	authvet -fix ./...
//	authvet help tokenecho
//
// or as a vet tool:
//
//	go vet -vettool=$(which authvet) ./...
//
// or as a language server, in front of gopls (see docs/editor.md):
//
//	authvet gopls
//
// It exits with status 3 when it reports findings, 1 on errors.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
)

func main() {
	if args, ok := goplsproxy.Invoked(os.Args); ok {
		os.Exit(goplsproxy.Main(args))
	}
	multichecker.Main(analyzers.All()...)
}
