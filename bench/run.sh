#!/usr/bin/env bash
# Benchmarks (a documented command, not a test): each program under CPython
# 3.11 and under the playground's CLI, in the same run on the same machine.
# Reports user CPU seconds, wall seconds and peak memory for both, and the
# ratio ours/CPython. For tasks_100k CPython really sleeps 1 s (wall) while
# the CLI runs on a virtual clock: compare CPU time and memory.
#
# Usage: bench/run.sh            (builds the CLI with the native-fast profile)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --profile native-fast -p playground-cli
CLI=target/native-fast/playground
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT

# Prints "user_seconds peak_kb wall_seconds" for a command.
measure() {
    /usr/bin/time -o "$TIMES" -f "%U %M %e" "$@" >/dev/null 2>&1
    cat "$TIMES"
}

printf '%-14s %9s %9s %8s | %9s %9s %8s | %7s %7s\n' program "py cpu s" "py wall" "py MB" "our cpu s" "our wall" "our MB" "cpu x" "mem x"
for prog in bench/tasks_100k.py bench/fib.py bench/sum_squares.py bench/thread_switches.py bench/thread_pool.py bench/process_pool.py \
    bench/re_crawler.py bench/json_roundtrip.py bench/counter.py bench/datetime_format.py bench/objects.py; do
    read -r pu pm pw <<<"$(measure python3 "$prog")"
    read -r ou om ow <<<"$(measure "$CLI" run "$prog")"
    python3 - "$prog" "$pu" "$pm" "$pw" "$ou" "$om" "$ow" <<'PY'
import os, sys
prog, pu, pm, pw, ou, om, ow = sys.argv[1], *map(float, sys.argv[2:])
name = os.path.basename(prog)[:-3]
print(f"{name:<14} {pu:9.2f} {pw:9.2f} {pm/1024:8.0f} | {ou:9.2f} {ow:9.2f} {om/1024:8.0f} | {ou/max(pu, 0.01):7.2f} {om/max(pm, 1):7.2f}")
PY
done
