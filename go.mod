module github.com/authvet/authvet

go 1.26.0

require (
	github.com/golangci/plugin-module-register v0.1.2
	github.com/sourcegraph/jsonrpc2 v0.2.3
	github.com/stretchr/testify v1.12.1
	golang.org/x/mod v0.41.0
	golang.org/x/tools v0.49.0 // pinned: v0.50 to v0.52 break go vet -vettool on real modules (TestVetSharedInterface)
)

require (
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sync v0.24.0 // indirect
)
