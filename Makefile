# The two commands the README promises:
#   make demo   builds authvet and runs it on the bundled demo module
#   make test   runs every test
GO ?= go

.PHONY: build demo demo-golden test tools realworld

build:
	$(GO) build -o bin/authvet ./cmd/authvet

# authvet exits 3 when it reports findings, which is what the demo is for.
demo: build
	cd testdata/demo && ../../bin/authvet ./... ; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 3 ]

# Rewrites the demo's golden output (cmd/authvet/testdata/demo.golden)
# from the current build; TestDemoGolden fails when they differ.
demo-golden:
	$(GO) test ./cmd/authvet -run '^TestDemoGolden$$' -update

# Tools the end-to-end tests run, each built or installed once by
# .ci/tools/<name> into the user cache directory, outside the
# repository, so that go test itself only runs tests. Add a tool by
# adding its name here and its script there. Tools built from this
# checkout live in a directory of their own per checkout.
TOOLS := golangci-lint sarif-multitool
CACHE_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/authvet
export AUTHVET_TOOLS_BIN ?= $(CACHE_DIR)/checkout-$(shell printf %s "$(CURDIR)" | cksum | cut -d' ' -f1)/bin

tools: $(addprefix tool-,$(TOOLS))

tool-%:
	.ci/tools/$* "$(CACHE_DIR)" "$(AUTHVET_TOOLS_BIN)"

# The timeout fits a first run on a busy 2-core machine with room to
# spare; go test's default of 10 minutes does not.
#
# The checks of a package share its dataflow results and run in parallel:
# the concurrent-query and determinism tests also run under the race
# detector. The editor tests run the proxy in front of a pinned gopls,
# built once into the user cache directory by .ci/tools/gopls.sh, and in
# Neovim, installed from the distribution's packages when missing.
test: tools
	.ci/tools/gopls.sh >/dev/null
	.ci/tools/neovim.sh
	$(GO) vet ./...
	$(GO) test -timeout 40m ./...
	$(GO) test -timeout 20m -race -run 'TestConcurrentQueries|TestDeterministic/fixtures' ./passes/authflow/ ./passes/authevents/ ./analyzers/

# Measures precision and recall on the real code bases of
# testdata/realworld against its triage; downloads them (several GB) and
# takes long, so it is not part of make test.
realworld:
	$(GO) run ./cmd/internal/realworld
