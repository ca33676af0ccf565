package main_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/internal/clitest"
)

// blobSrc reads a query parameter that only -authflow.credential-names
// makes a credential.
const blobSrc = "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() {\n\thttp.HandleFunc(\"/x\", func(w http.ResponseWriter, r *http.Request) {\n\t\tfmt.Fprintln(w, len(r.URL.Query().Get(\"auth_blob\")))\n\t})\n}\n"

// TestPassFlags checks that a flag of a pass the checks require reaches
// it from the command line, standalone and through go vet, and that a bad
// value is an error naming the flag.
func TestPassFlags(t *testing.T) {
	dir := module(t, map[string]string{"main.go": blobSrc})
	stdout, stderr, code := run(t, dir, authvet, "./...")
	require.Equalf(t, 0, code, "no finding without the flag\n%s%s", stdout, stderr)

	const flag = "-authflow.credential-names=auth_blob"
	const want = `main.go:10:37: access token "auth_blob" is read from the URL query`
	_, stderr, code = run(t, dir, authvet, flag, "./...")
	require.Equal(t, 3, code, stderr)
	require.Contains(t, strings.Join(clitest.Findings(dir, stderr), "\n"), want)

	_, stderr, code = run(t, dir, "go", "vet", "-vettool="+authvet, flag, "./...")
	require.NotZero(t, code, stderr)
	require.Contains(t, strings.Join(clitest.Findings(dir, stderr), "\n"), want)

	_, stderr, code = run(t, dir, authvet, "-handlers.login-paths=signin", "./...")
	require.Equal(t, 1, code)
	require.Contains(t, stderr, `invalid value "signin" for flag -handlers.login-paths: "signin" is not a route path (it starts with "/")`)
}
