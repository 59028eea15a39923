# shellcheck shell=bash
# Shared by scripts/serve.sh and scripts/test.sh: finds the project root, puts
# the project's tools first on PATH, and installs whatever is missing, from the
# package registries only (crates.io, npm, Debian). Each ensure_* function
# checks the exact version first, so a second run installs nothing.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# RUST_VERSION, TRUNK_VERSION, WASM_BINDGEN_VERSION, ..., WASM_TARGET
source "$ROOT/scripts/lib/versions.sh"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
# node_modules/.bin first: trunk must find binaryen's wasm-opt there.
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Printed once, before the first slow install of a run.
_first_install_noted=
note_first_install() {
    if [[ -z "$_first_install_noted" ]]; then
        _first_install_noted=1
        say "Some tools are missing and will be installed now. A first install takes minutes"
        say "(trunk and wasm-bindgen-cli compile from source: about 15 minutes on 2 cores);"
        say "later runs find them and skip this."
    fi
}

ensure_rust() {
    command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup first"
    command -v rustup >/dev/null 2>&1 || die "rustup not found: the wasm target is added with rustup"
    # rust-toolchain.toml names `stable` (a fresh machine has only that, and
    # no toolchain can be downloaded); the pin is checked here instead.
    local rustc_version
    rustc_version=$(cd "$ROOT" && rustc --version 2>/dev/null | awk '{ print $2 }')
    if [[ "$rustc_version" != "$RUST_VERSION" ]]; then
        die "rustc is ${rustc_version:-missing} but the project is pinned to $RUST_VERSION (rustup's stable, see rust-toolchain.toml): install that toolchain as stable, or move RUST_VERSION in scripts/lib/versions.sh and fix what './scripts/test.sh lint' reports"
    fi
    if ! cargo fmt --version >/dev/null 2>&1; then
        say "installing the rustfmt component (rustup)"
        rustup component add rustfmt
    fi
    if ! cargo clippy --version >/dev/null 2>&1; then
        say "installing the clippy component (rustup)"
        rustup component add clippy
    fi
}

ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
        say "installing the Rust target $WASM_TARGET (rustup, seconds)"
        rustup target add "$WASM_TARGET"
    fi
}

ensure_trunk() {
    if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
        note_first_install
        say "installing trunk $TRUNK_VERSION (cargo install from crates.io, about 8 minutes)"
        cargo install trunk --version "$TRUNK_VERSION" --locked
    fi
}

ensure_wasm_bindgen() {
    if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]] ||
        [[ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]]; then
        note_first_install
        say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install from crates.io, about 7 minutes)"
        # Not --locked: its lock file names a crate version crates.io no longer serves.
        cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
    fi
}

ensure_node_modules() {
    command -v node >/dev/null 2>&1 || die "node not found: Node.js 20 or later is needed for the dev tools"
    command -v npm >/dev/null 2>&1 || die "npm not found: it comes with Node.js"
    # The tools themselves, not just the folder: an emptied or partly
    # removed node_modules/ is installed again.
    if [[ ! -x "$ROOT/node_modules/.bin/wasm-opt" || ! -f "$ROOT/node_modules/playwright-core/package.json" \
        || "$ROOT/package-lock.json" -nt "$ROOT/node_modules" ]]; then
        say "installing the npm dev tools from package-lock.json (npm ci: playwright-core, binaryen's wasm-opt)"
        (cd "$ROOT" && npm ci --no-audit --no-fund)
        touch "$ROOT/node_modules"
    fi
}

ensure_chromium() {
    if [[ ! -x /usr/bin/chromium ]]; then
        local sudo=
        if [[ "$(id -u)" -ne 0 ]]; then
            command -v sudo >/dev/null 2>&1 || die "chromium is missing and installing it needs root: apt-get install chromium"
            sudo=sudo
        fi
        say "installing Debian's chromium (apt-get, a minute or two)"
        $sudo apt-get update
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
    fi
}

# What building the page needs (serve.sh, build.sh).
ensure_page_tools() {
    ensure_rust
    ensure_wasm_target
    ensure_trunk
    ensure_wasm_bindgen
    ensure_node_modules
}
