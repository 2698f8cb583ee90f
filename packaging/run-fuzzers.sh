#!/bin/sh
# Runs every libFuzzer target of a `fuzz` build for a fixed time each, on a fresh corpus made from
# the committed seeds (tests/fuzz/seeds/<target>/) plus, for the MSPDI, GanttProject and Planner
# targets, the conformance files in ../shared/conformance when they are there. Fails when a target
# crashes, leaks, times out or runs out of memory, and prints where the input that did it is.
#
#   cmake --preset fuzz && cmake --build --preset fuzz
#   packaging/run-fuzzers.sh build/fuzz 60
#
# RELM_FUZZ_ARTIFACTS chooses where crash inputs go (default: BUILD_DIR/fuzz-artifacts).
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
build_dir=$1
seconds=$2
source_dir=$(cd "$(dirname "$0")/.." && pwd)
fuzz_dir="$build_dir/tests/fuzz"
artifacts=${RELM_FUZZ_ARTIFACTS:-$build_dir/fuzz-artifacts}
conformance="$source_dir/../shared/conformance/mspdi"
plans="$source_dir/../shared/conformance"

if [ ! -d "$fuzz_dir" ]; then
    echo "$0: no fuzz targets in $fuzz_dir; build them with: cmake --preset fuzz && cmake --build --preset fuzz" >&2
    exit 2
fi
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=0
ran=0
for target in "$fuzz_dir"/fuzz_*; do
    if [ ! -f "$target" ] || [ ! -x "$target" ]; then
        continue
    fi
    name=$(basename "$target")
    corpus="$work/$name"
    mkdir -p "$corpus"
    if [ -d "$source_dir/tests/fuzz/seeds/$name" ]; then
        cp "$source_dir/tests/fuzz/seeds/$name"/* "$corpus"/ 2>/dev/null
    fi
    dict=""
    max_len=4096
    case $name in
    fuzz_mspdi*)
        max_len=524288 # the largest conformance file whole, not cut off
        # Real files other tools wrote; copied for this run only, never into the repository.
        if [ -d "$conformance" ]; then
            cp "$conformance"/*.xml "$corpus"/
        fi
        dict="-dict=$source_dir/tests/fuzz/mspdi.dict"
        ;;
    fuzz_gan | fuzz_planner)
        max_len=65536
        extension=${name#fuzz_}
        if [ -d "$plans/$extension" ]; then
            cp "$plans/$extension"/*."$extension" "$corpus"/ 2>/dev/null
        fi
        dict="-dict=$source_dir/tests/fuzz/$extension.dict"
        ;;
    esac
    echo "== $name: ${seconds}s on $(find "$corpus" -type f | wc -l) seed(s)"
    # -timeout: one input taking this long counts as a hang; -rss_limit_mb: as running away.
    # shellcheck disable=SC2086
    "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len -print_final_stats=1 \
        -artifact_prefix="$artifacts/$name-" $dict "$corpus" >"$work/$name.log" 2>&1
    status=$?
    ran=$((ran + 1))
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done [0-9]+ runs' "$work/$name.log" | sed 's/^/   /'
    if [ $status -ne 0 ]; then
        failed=$((failed + 1))
        echo "!! $name failed (exit $status):"
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written to' "$work/$name.log" | head -n 8 | sed 's/^/   /'
        grep -oE 'Test unit written to [^ ]+' "$work/$name.log" | sed 's/Test unit written to //' |
            while read -r input; do
                echo "   crashing input: $input"
                echo "   reproduce: $target $input"
            done
        cp "$work/$name.log" "$artifacts/$name.log"
        echo "   full log: $artifacts/$name.log"
    fi
done

if [ $ran -eq 0 ]; then
    echo "$0: no fuzz targets found in $fuzz_dir" >&2
    exit 2
fi
if [ $failed -ne 0 ]; then
    echo "$failed of $ran fuzz target(s) failed; inputs are in $artifacts"
    exit 1
fi
echo "All $ran fuzz targets ran ${seconds}s each without a finding."
