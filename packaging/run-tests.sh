#!/bin/sh
# Runs the whole Relm test suite headless in the given build folder; further arguments go to
# ctest (e.g. -R tst_cli). In the asan build each test also fails on any sanitizer report
# (cmake/RunSanitized.cmake).
set -eu
build_dir=${1:-build/dev}
[ $# -gt 0 ] && shift
runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
trap 'rm -rf "$runtime_dir"' EXIT
export XDG_RUNTIME_DIR="$runtime_dir"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" "$@"
