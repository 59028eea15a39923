#!/usr/bin/env bash
# Checks that every file naming a pinned tool version agrees with
# scripts/lib/versions.sh, the one place they are set. Run by the lint stage;
# prints each disagreement and exits 1 if there is any.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/scripts/lib/versions.sh"
cd "$ROOT"

bad=0
# expect FILE TEXT WHY: FILE must contain TEXT verbatim.
expect() {
    if ! grep -qF -- "$2" "$1"; then
        printf '%s: expected %s (%s)\n' "$1" "$2" "$3"
        bad=1
    fi
}

expect Cargo.toml "wasm-bindgen = \"=$WASM_BINDGEN_VERSION\"" "the crate must match the wasm-bindgen CLI"
lock_wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$lock_wb" != "$WASM_BINDGEN_VERSION" ]]; then
    printf 'Cargo.lock: wasm-bindgen is %s, expected %s\n' "${lock_wb:-missing}" "$WASM_BINDGEN_VERSION"
    bad=1
fi
expect Trunk.toml "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "trunk's wasm-bindgen"
expect Trunk.toml "wasm_opt = \"version_$BINARYEN_VERSION\"" "trunk's wasm-opt"
expect rust-toolchain.toml 'channel = "stable"' "setup.sh checks that stable is rustc $RUST_VERSION"
expect README.md "trunk $TRUNK_VERSION" "the install table"
expect README.md "wasm-bindgen-cli $WASM_BINDGEN_VERSION" "the install table"
expect README.md "playwright-core $PLAYWRIGHT_CORE_VERSION, binaryen $BINARYEN_VERSION" "the install table"
expect README.md "rustc $RUST_VERSION" "the install notes"

# package.json's devDependencies and what package-lock.json resolved them to.
python3 - "$BINARYEN_VERSION.0.0" "$PLAYWRIGHT_CORE_VERSION" <<'PY' || bad=1
import json, sys
want = {"binaryen": sys.argv[1], "playwright-core": sys.argv[2]}
pkg = json.load(open("package.json"))
lock = json.load(open("package-lock.json"))
ok = True
for name, version in want.items():
    found = {
        "package.json": pkg.get("devDependencies", {}).get(name),
        "package-lock.json (root)": lock["packages"][""].get("devDependencies", {}).get(name),
        "package-lock.json (installed)": lock["packages"].get(f"node_modules/{name}", {}).get("version"),
    }
    for where, got in found.items():
        if got != version:
            print(f"{where}: {name} is {got}, expected {version}")
            ok = False
sys.exit(0 if ok else 1)
PY

if [[ "$bad" -ne 0 ]]; then
    echo "tool versions disagree with scripts/lib/versions.sh (above)"
    exit 1
fi
echo "tool versions agree with scripts/lib/versions.sh"
