#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a budget, two at a time:
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET [JOBS]
# Each target first replays its regressions (inputs that once crashed), then fuzzes from its
# seed corpus (tests/fuzz/corpus/<name>) and the inputs it found in earlier runs
# (BUILD_DIR/fuzz-corpus/<name>). A crash, leak, timeout or broken invariant fails the run;
# the input is saved as BUILD_DIR/fuzz-crashes/<name>-crash-… and the log's end is printed.
set -euo pipefail
build=$(realpath "$1")
seconds=${2:-30}
jobs=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
targets=$(cd "$build/fuzz" && ls fuzz_* | sed 's/^fuzz_//')
mkdir -p "$build/fuzz-logs" "$build/fuzz-crashes"

run_one() {
    local name=$1 build=$2 seconds=$3 here=$4
    local binary=$build/fuzz/fuzz_$name log=$build/fuzz-logs/$name.log
    local work=$build/fuzz-corpus/$name
    mkdir -p "$work"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$here/lsan.supp:print_suppressions=0
    export QT_QPA_PLATFORM=offscreen
    local regressions=("$here/regressions/$name"/*)
    if [ -e "${regressions[0]}" ] && ! "$binary" "${regressions[@]}" >"$log" 2>&1; then
        echo "fuzz_$name: a regression input fails again"; tail -40 "$log"; return 1
    fi
    if ! "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1 \
            -artifact_prefix="$build/fuzz-crashes/$name-" "$work" "$here/corpus/$name" >"$log" 2>&1; then
        echo "fuzz_$name: FAILED (input saved in $build/fuzz-crashes/)"; tail -60 "$log"; return 1
    fi
    local runs corpus
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    corpus=$(ls "$work" | wc -l)
    printf 'fuzz_%-15s %9s executions in %ss, no crash (%s inputs in its corpus)\n' "$name" "$runs" "$seconds" "$corpus"
}
export -f run_one

echo "$targets" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} "$build" "$seconds" "$here"
