#!/usr/bin/env bash
# Installs what is missing, then checks everything, stopping at the first failure:
#
#   lint     tool versions agree; cargo fmt --check; clippy -D warnings, native and wasm32
#   native   cargo test --workspace (every crate, native)
#   browser  wasm-bindgen-test unit tests of the app in headless Chromium
#   build    trunk release build (wasm-opt) with a relative public URL
#   e2e      Playwright specs against that build, served under /playground/
#   size     gzipped release .wasm against the size budget
#
# Usage: ./scripts/test.sh [STAGE...]     (no stage: all of them, in that order)
# Nothing is cleaned: a second run reuses target/, node_modules/ and dist/.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$ROOT"

ALL_STAGES=(lint native browser build e2e size)
declare -A DESCRIPTION=(
    [lint]="versions, format and lint (check-versions.sh, cargo fmt, clippy native and wasm32)"
    [native]="native tests (cargo test --workspace)"
    [browser]="browser unit tests (wasm-bindgen-test, headless Chromium)"
    [build]="release build (trunk --release, wasm-opt, relative public URL)"
    [e2e]="end-to-end tests (Playwright under /playground/)"
    [size]="size budget (release .wasm, gzip -9)"
)
# The issue's budget (README, "Size").
WASM_BUDGET_KB=400
WASM_TARGET_KB=250
E2E_PREFIX=/playground/

LOG_DIR="$ROOT/target/test-logs"
STATIC_SERVER_PID_FILE="$LOG_DIR/static-server.pid"
mkdir -p "$LOG_DIR"

declare -A RESULT=() TIME=() PASSED=() FAILED=() NOTE=()
RUN_START=$(date +%s%N)

# ---------------------------------------------------------------------------
# Stages. Each runs with `set -e` in a subshell; its output goes to the
# terminal and to target/test-logs/STAGE.log, from which the counts are read.
# ---------------------------------------------------------------------------

stage_lint() {
    say "tool versions: scripts/lib/versions.sh against Cargo.toml, Cargo.lock, Trunk.toml, package*.json, README.md"
    "$ROOT/scripts/lib/check-versions.sh"
    say "cargo fmt --all --check"
    cargo fmt --all --check || { echo "formatting differs (shown above): 'cargo fmt --all' fixes it"; return 1; }
    say "clippy, native: whole workspace, all targets"
    cargo clippy --workspace --all-targets -- -D warnings
    say "clippy, wasm32: the app (all targets) and the core"
    cargo clippy --target "$WASM_TARGET" -p async-playground --all-targets -- -D warnings
    cargo clippy --target "$WASM_TARGET" -p playground-core --lib -- -D warnings
}

stage_native() {
    cargo test --workspace
}

stage_browser() {
    # Cargo's runner for wasm32 (.cargo/config.toml) serves each test binary
    # with wasm-bindgen-test-runner and runs it in Chromium; the runner's
    # default 20 s for the suite is short for a debug build on a loaded machine.
    export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}"
    cargo test --target "$WASM_TARGET" -p async-playground
}

stage_build() {
    "$ROOT/scripts/build.sh"
    say "checking that dist/index.html only refers to its files relatively"
    local absolute
    absolute=$(grep -noE "(href|src)=\"/[^\"]*\"|(from|module_or_path:) *'/[^']*'" dist/index.html || true)
    if [[ -n "$absolute" ]]; then
        printf 'absolute URLs in dist/index.html (the build would only work at the site root):\n%s\n' "$absolute"
        return 1
    fi
    grep -q "module_or_path: '\./" dist/index.html
    ls -l dist
}

stage_e2e() {
    [[ -f dist/index.html ]] || { echo "dist/index.html is missing: run the build stage first"; return 1; }
    local port_file="$LOG_DIR/static-server.port"
    rm -f "$port_file"
    # Its output goes to a file: a server left holding this stage's pipe would keep tee waiting.
    node e2e/static-server.mjs --root dist --prefix "$E2E_PREFIX" --port 0 --port-file "$port_file" \
        >"$LOG_DIR/static-server.log" 2>&1 &
    echo $! >"$STATIC_SERVER_PID_FILE"
    trap stop_static_server EXIT
    local tries=0
    until [[ -s "$port_file" ]]; do
        if ! kill -0 "$(cat "$STATIC_SERVER_PID_FILE")" 2>/dev/null; then
            cat "$LOG_DIR/static-server.log"
            echo "the static server exited before listening"
            return 1
        fi
        tries=$((tries + 1))
        if ((tries > 100)); then
            echo "the static server did not start within 10 s"
            return 1
        fi
        sleep 0.1
    done
    local url
    url="http://127.0.0.1:$(tr -d '[:space:]' <"$port_file")$E2E_PREFIX"
    say "static server (pid $(cat "$STATIC_SERVER_PID_FILE")) serves dist/ at $url"
    local status=0
    PLAYGROUND_URL="$url" node --test --test-reporter=spec e2e/*.test.mjs || status=$?
    stop_static_server
    return "$status"
}

stage_size() {
    local wasm_files=(dist/*.wasm)
    [[ ${#wasm_files[@]} -eq 1 && -f "${wasm_files[0]}" ]] ||
        { echo "expected exactly one .wasm in dist/, found: ${wasm_files[*]}"; return 1; }
    local raw gz
    raw=$(wc -c <"${wasm_files[0]}")
    gz=$(gzip -9 -c "${wasm_files[0]}" | wc -c)
    local line
    line=$(awk -v gz="$gz" -v raw="$raw" -v budget="$WASM_BUDGET_KB" -v target="$WASM_TARGET_KB" \
        'BEGIN { printf "%d bytes (%.1f KB) gzipped, %.1f KB raw; budget %d KB, target %d KB", gz, gz / 1024, raw / 1024, budget, target }')
    echo "wasm size: ${wasm_files[0]}: $line"
    echo "$line" >"$LOG_DIR/size.figure"
    if ((gz > WASM_BUDGET_KB * 1024)); then
        echo "over budget: the gzipped wasm must not exceed $WASM_BUDGET_KB KB"
        return 1
    fi
    if ((gz > WASM_TARGET_KB * 1024)); then
        echo "warning: over the $WASM_TARGET_KB KB target (still within the budget)"
    fi
}

# Which tools each stage needs installed.
setup_for() {
    ensure_rust
    case "$1" in
        lint) ensure_wasm_target ;;
        native) ;;
        browser) ensure_wasm_target; ensure_wasm_bindgen; ensure_node_modules; ensure_chromium ;;
        build) ensure_wasm_target; ensure_trunk; ensure_wasm_bindgen; ensure_node_modules ;;
        e2e) ensure_node_modules; ensure_chromium ;;
        size) ;;
    esac
}

# ---------------------------------------------------------------------------
# Running, counting and reporting.
# ---------------------------------------------------------------------------

stop_static_server() {
    if [[ -f "$STATIC_SERVER_PID_FILE" ]]; then
        local pid
        pid=$(cat "$STATIC_SERVER_PID_FILE")
        rm -f "$STATIC_SERVER_PID_FILE"
        if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    fi
}
trap stop_static_server EXIT
trap 'stop_static_server; exit 130' INT TERM

# Sums the "test result: ... N passed; M failed" lines of cargo and wasm-bindgen-test.
count_cargo() {
    awk '/test result:/ {
            for (i = 1; i <= NF; i++) {
                if ($(i) ~ /^passed;?$/) p += $(i - 1)
                if ($(i) ~ /^failed;?$/) f += $(i - 1)
            }
         }
         END { printf "%d %d\n", p, f }' "$1"
}

# Reads the closing "pass N" / "fail N" lines of node's test runner (spec or TAP).
count_node() {
    awk '/^(ℹ|#) pass [0-9]+/ { p += $3 } /^(ℹ|#) fail [0-9]+/ { f += $3 } END { printf "%d %d\n", p, f }' "$1"
}

fmt_ms() {
    awk -v ms="$1" 'BEGIN { s = ms / 1000; if (s < 60) printf "%.1fs", s; else printf "%dm%04.1fs", int(s / 60), s - 60 * int(s / 60) }'
}

run_stage() {
    local stage=$1 log="$LOG_DIR/$1.log"
    printf '\n===== %s: %s =====\n' "$stage" "${DESCRIPTION[$stage]}"
    local start status
    start=$(date +%s%N)
    (
        set -e
        setup_for "$stage"
        "stage_$stage"
    ) 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    TIME[$stage]=$((($(date +%s%N) - start) / 1000000))

    local counts=""
    case "$stage" in
        native | browser) counts=$(count_cargo "$log") ;;
        e2e) counts=$(count_node "$log") ;;
    esac
    if [[ -n "$counts" ]]; then
        PASSED[$stage]=${counts% *}
        FAILED[$stage]=${counts#* }
    fi
    [[ "$stage" == size && -f "$LOG_DIR/size.figure" ]] && NOTE[$stage]=$(cat "$LOG_DIR/size.figure")

    if [[ "$status" -eq 0 ]]; then
        RESULT[$stage]=ok
        return 0
    fi
    RESULT[$stage]=FAILED
    # A stage that failed without a failing test (a lint, a build) counts as one failure.
    if [[ "${FAILED[$stage]:-0}" -eq 0 ]]; then
        FAILED[$stage]=1
        PASSED[$stage]=${PASSED[$stage]:-0}
    fi
    printf '\nFAILED at stage "%s": %s (exit %s). Output above; log: %s\n' \
        "$stage" "${DESCRIPTION[$stage]}" "$status" "${log#"$ROOT"/}"
    return 1
}

print_summary() {
    local total_passed=0 total_failed=0 stage tests
    printf '\n===== summary =====\n'
    printf '%-8s %-8s %9s  %s\n' stage result time tests
    for stage in "${STAGES[@]}"; do
        tests=""
        if [[ -n "${PASSED[$stage]:-}" ]]; then
            tests="${PASSED[$stage]} passed, ${FAILED[$stage]} failed"
            total_passed=$((total_passed + PASSED[$stage]))
            total_failed=$((total_failed + FAILED[$stage]))
        fi
        [[ -n "${NOTE[$stage]:-}" ]] && tests="${tests:+$tests; }${NOTE[$stage]}"
        if [[ -n "${RESULT[$stage]:-}" ]]; then
            printf '%-8s %-8s %9s  %s\n' "$stage" "${RESULT[$stage]}" "$(fmt_ms "${TIME[$stage]}")" "$tests"
        else
            printf '%-8s %-8s %9s\n' "$stage" "not run" "-"
        fi
    done
    printf 'total time: %s\n' "$(fmt_ms $((($(date +%s%N) - RUN_START) / 1000000)))"
    printf '%d passed, %d failed\n' "$total_passed" "$total_failed"
}

STAGES=()
if [[ $# -eq 0 ]]; then
    STAGES=("${ALL_STAGES[@]}")
else
    for arg in "$@"; do
        [[ -n "${DESCRIPTION[$arg]:-}" ]] || die "unknown stage '$arg' (stages: ${ALL_STAGES[*]})"
        STAGES+=("$arg")
    done
fi

exit_status=0
for stage in "${STAGES[@]}"; do
    # Called as a plain command, not in an `if`: there bash would switch off
    # the stage's `set -e`.
    run_stage "$stage"
    stage_status=$?
    if [[ $stage_status -ne 0 ]]; then
        exit_status=1
        break
    fi
done
print_summary
exit "$exit_status"
