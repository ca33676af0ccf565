# The two commands the README promises:
#   make demo   builds authvet and runs it on the bundled demo module
#   make test   runs every test
GO ?= go

.PHONY: build demo test realworld

build:
	$(GO) build -o bin/authvet ./cmd/authvet

# authvet exits 3 when it reports findings, which is what the demo is for.
demo: build
	cd testdata/demo && ../../bin/authvet ./... ; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 3 ]

# The checks of a package share its dataflow results and run in parallel:
# the concurrent-query test also runs under the race detector.
test:
	$(GO) vet ./...
	$(GO) test ./...
	$(GO) test -race -run TestConcurrentQueries ./passes/authflow/

# Measures precision and recall on the real code bases of
# testdata/realworld against its triage; downloads them (several GB) and
# takes long, so it is not part of make test.
realworld:
	$(GO) run ./cmd/internal/realworld
