# shellcheck shell=bash
# The one place tool versions are pinned. scripts/lib/setup.sh installs and
# checks these; the other files that must name the same versions (Cargo.toml,
# Cargo.lock, Trunk.toml, package.json, package-lock.json, README.md) are
# compared with them by scripts/lib/check-versions.sh in the lint stage.
# To move a tool: change it here, run `./scripts/test.sh lint`, and fix what
# it names.

RUST_VERSION=1.95.0           # rustup's `stable` must be this rustc (rust-toolchain.toml)
TRUNK_VERSION=0.21.14         # cargo install trunk
WASM_BINDGEN_VERSION=0.2.130  # wasm-bindgen-cli, and the `wasm-bindgen = "=..."` crate pin
BINARYEN_VERSION=132          # npm binaryen (wasm-opt), trunk's wasm_opt
PLAYWRIGHT_CORE_VERSION=1.65.1
WASM_TARGET=wasm32-unknown-unknown
