// Package docutil extracts an analyzer's documentation from its doc.go and
// names the page in docs/ that explains it.
//
// x/tools keeps the same extractor in an internal package, so authvet
// carries its own few lines.
package docutil

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// BaseURL is where the rendered docs/ folder is published.
const BaseURL = "https://github.com/authvet/authvet/blob/main/docs/"

// URL returns the documentation page of the named check.
func URL(name string) string { return BaseURL + name + ".md" }

// MustExtractDoc is ExtractDoc, panicking on error: a malformed doc.go is a
// programming error caught by the suite test.
func MustExtractDoc(content, name string) string {
	doc, err := ExtractDoc(content, name)
	if err != nil {
		panic(fmt.Sprintf("%s: %v", name, err))
	}
	return doc
}

// ExtractDoc returns the "# Analyzer name" section of the package doc
// comment in content, without its "name:" prefix, so that the first line
// becomes the analyzer's title.
func ExtractDoc(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("not a Go source file: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("no package doc comment")
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("'Analyzer %s' heading not followed by '%s: title' line", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("package doc comment has no 'Analyzer %s' heading", name)
}
