#!/usr/bin/env bash
# Builds the pinned gopls that the editor tests of `authvet gopls` run
# behind the proxy, from the Go module proxy, into the user cache
# directory (outside the repository, like the golangci-lint build), and
# prints its path. Later runs find it there and build nothing.
set -euo pipefail
version=v0.23.0
cache="${XDG_CACHE_HOME:-$HOME/.cache}/authvet/gopls-$version"
if [ ! -x "$cache/gopls" ]; then
	GOBIN="$cache" GOFLAGS= go install "golang.org/x/tools/gopls@$version" >&2
fi
echo "$cache/gopls"
