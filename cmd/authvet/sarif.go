package main

import (
	"io"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/cmd/internal/driver"
)

func writeSARIF(w io.Writer, checks []*analysis.Analyzer, findings []driver.Finding) error {
	return nil
}
