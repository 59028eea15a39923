#!/usr/bin/env bash
# Benchmarks: each program under CPython 3.11 and under the playground's CLI
# (virtual clock), in the same run on the same machine. Reports user CPU
# seconds and peak memory for both, and our/CPython ratios. For the 100,000
# tasks program CPython really sleeps 1 s, so its CPU time is the reference
# (the target is our CPU time <= CPython's CPU time beyond the sleep).
#
# Usage: bench/run.sh            (builds the CLI with the native-fast profile)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --profile native-fast -p playground-cli
CLI=target/native-fast/playground
measure() { # prints "user_seconds max_rss_kb wall_seconds"
    local out
    out=$( { /usr/bin/time -f "%U %M %e" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1 )
    echo "$out"
}
printf '%-16s %10s %10s %8s %10s %10s %8s\n' program "py cpu s" "py MB" "" "our cpu s" "our MB" "cpu x"
for prog in bench/tasks_100k.py bench/fib.py bench/sum_squares.py; do
    read -r pu pm pw <<<"$(measure python3 "$prog")"
    read -r ou om ow <<<"$(measure "$CLI" run "$prog")"
    ratio=$(python3 -c "print(f'{($ou)/max($pu,0.01):.2f}')")
    printf '%-16s %10s %10s %8s %10s %10s %8s\n' "$(basename "$prog" .py)" "$pu" "$((pm/1024))" "" "$ou" "$((om/1024))" "$ratio"
done
