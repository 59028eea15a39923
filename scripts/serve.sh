#!/usr/bin/env bash
# Installs what is missing, then serves the playground with trunk (rebuilds on
# every change): http://127.0.0.1:8080/ (another port: PORT=9000 ./scripts/serve.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$ROOT"

ensure_page_tools

port="${PORT:-8080}"
say "serving on http://127.0.0.1:$port/ (Ctrl-C stops)"
exec trunk serve --offline --address 127.0.0.1 --port "$port"
