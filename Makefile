# The two commands the README promises:
#   make demo   builds authvet and runs it on the bundled demo module
#   make test   runs every test
GO ?= go

.PHONY: build demo test

build:
	$(GO) build -o bin/authvet ./cmd/authvet

# authvet exits 3 when it reports findings, which is what the demo is for.
demo: build
	cd testdata/demo && ../../bin/authvet ./... ; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 3 ]

# The checks of a package share its dataflow results and run in parallel:
# the concurrent-query and determinism tests also run under the race detector.
# The editor tests run the proxy in front of a pinned gopls, built once
# into the user cache directory by .ci/tools/gopls.sh, and in Neovim,
# installed from the distribution's packages when missing.
test:
	.ci/tools/gopls.sh >/dev/null
	.ci/tools/neovim.sh
	$(GO) vet ./...
	$(GO) test ./...
	$(GO) test -race -run 'TestConcurrentQueries|TestDeterministic/fixtures' ./passes/authflow/ ./analyzers/
