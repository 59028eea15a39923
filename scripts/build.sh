#!/usr/bin/env bash
# Installs what is missing, then builds the page for publishing: dist/ is a
# folder of static files that works under any path of any static host
# (README, "Publish").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$ROOT"

ensure_page_tools

say "building dist/ (release, relative URLs)"
trunk build --release --offline --public-url ./
say "dist/ is ready to publish: $(du -sh dist | cut -f1), the .wasm $(gzip -9 -c dist/*.wasm | wc -c) B gzipped"
