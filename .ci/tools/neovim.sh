#!/usr/bin/env bash
# Installs Neovim from the distribution's packages when it is missing:
# the editor test of `authvet gopls` runs it headless. CI runs as root.
set -euo pipefail
if ! command -v nvim >/dev/null; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi
nvim --version | head -1
