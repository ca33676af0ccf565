package analyzers_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/analyzers/internal/docutil"
)

// TestSuite checks what every check promises its users: a valid
// analyzer, a vet-style title, and a docs page that matches its doc.go.
func TestSuite(t *testing.T) {
	all := analyzers.All()
	require.NoError(t, analysis.Validate(all))
	names := []string{}
	for _, a := range all {
		names = append(names, a.Name)
	}
	require.Equal(t, []string{"tokenecho", "cookieflags", "tokenquery", "sessionrevoke"}, names, "analyzer names are a public interface")

	for _, a := range all {
		t.Run(a.Name, func(t *testing.T) {
			title, _, _ := strings.Cut(a.Doc, "\n")
			require.NotEmpty(t, title)
			require.Truef(t, unicode.IsLower(rune(title[0])), "title %q starts in lower case", title)
			require.Falsef(t, strings.HasSuffix(title, "."), "title %q has no trailing period", title)
			require.LessOrEqualf(t, len(title), 80, "title %q is short", title)
			require.Equal(t, docutil.URL(a.Name), a.URL)

			page, err := os.ReadFile(filepath.Join("..", "docs", a.Name+".md"))
			require.NoError(t, err, "every check has a docs page")
			require.Truef(t, strings.HasPrefix(string(page), "# "+a.Name+": "+title+"\n"),
				"docs/%s.md opens with the Doc title %q", a.Name, "# "+a.Name+": "+title)
			for _, section := range []string{"suppress", "CWE-"} {
				require.Containsf(t, strings.ToLower(string(page)), strings.ToLower(section), "docs/%s.md mentions %s", a.Name, section)
			}
		})
	}
}

// TestFlagsAreDocumented checks that every flag of the checks and of the
// passes they require is named in the README or a docs page.
func TestFlagsAreDocumented(t *testing.T) {
	var docs strings.Builder
	pages, err := filepath.Glob(filepath.Join("..", "docs", "*.md"))
	require.NoError(t, err)
	for _, p := range append(pages, filepath.Join("..", "README.md")) {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		docs.Write(b)
	}
	for _, f := range analyzers.Flags(analyzers.All()...) {
		require.Truef(t, strings.Contains(docs.String(), "`-"+f.Name), "the flag -%s is named in the README or docs/", f.Name)
	}
}

// TestCategoriesAreDocumented checks that every Category constant an
// analyzer reports with is an anchor (a heading) in its docs page.
func TestCategoriesAreDocumented(t *testing.T) {
	constDecl := regexp.MustCompile(`(?m)^\s*(?:category\w*|\w+Category)\s*=\s*"([a-z0-9-]+)"`)
	for _, a := range analyzers.All() {
		src, err := os.ReadFile(filepath.Join(a.Name, a.Name+".go"))
		require.NoError(t, err)
		page, err := os.ReadFile(filepath.Join("..", "docs", a.Name+".md"))
		require.NoError(t, err)
		cats := constDecl.FindAllStringSubmatch(string(src), -1)
		require.NotEmptyf(t, cats, "%s declares its categories as constants", a.Name)
		for _, c := range cats {
			heading := regexp.MustCompile(`(?m)^#+ ` + regexp.QuoteMeta(c[1]) + `\s*$`)
			require.Truef(t, heading.Match(page), "docs/%s.md has a heading %q", a.Name, c[1])
		}
	}
}
