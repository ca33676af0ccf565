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
// It exits with status 3 when it reports findings, 1 on errors.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/authvet/authvet/analyzers"
)

func main() { multichecker.Main(analyzers.All()...) }
