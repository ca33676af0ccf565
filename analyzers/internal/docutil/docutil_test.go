package docutil_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/analyzers/internal/docutil"
)

func TestExtractDoc(t *testing.T) {
	const src = `// Package x does things.
//
// # Analyzer x
//
// x: report things
//
// More about x.
package x
`
	doc, err := docutil.ExtractDoc(src, "x")
	require.NoError(t, err)
	require.Equal(t, "report things\n\nMore about x.", doc)

	_, err = docutil.ExtractDoc(src, "y")
	require.EqualError(t, err, "package doc comment has no 'Analyzer y' heading")

	_, err = docutil.ExtractDoc("// Package x.\n//\n// # Analyzer x\n//\n// report things\npackage x\n", "x")
	require.EqualError(t, err, "'Analyzer x' heading not followed by 'x: title' line")

	_, err = docutil.ExtractDoc("package x\n", "x")
	require.EqualError(t, err, "no package doc comment")

	require.Equal(t, "https://github.com/authvet/authvet/blob/main/docs/x.md", docutil.URL("x"))
}
