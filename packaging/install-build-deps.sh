#!/bin/sh
# Installs the Debian 12 packages Relm needs to build, test and run.
# Does nothing when everything is already there; uses sudo when not root.
# The asan preset uses g++'s sanitizer runtimes (libasan8, libubsan1: pulled in by build-essential);
# the fuzz preset needs clang 14 with its libFuzzer and sanitizer runtimes, and llvm-symbolizer
# (llvm-14) for readable crash stacks. tst_icalendar reads exports with python3-icalendar and
# python3-dateutil, an independent iCalendar parser; tst_sbom checks SBOMs with python3-jsonschema libxml2-utils
# and tst_mspdiinterchange MS Project XML with xmllint (libxml2-utils) when given the schemas.
# lld links the hundred test programs several times faster than the default linker.
# The tests start throwaway PostgreSQL 15 servers of their own (postgresql-15: initdb, pg_ctl).
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config git ca-certificates
qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
libgl-dev libxkbcommon-dev fonts-dejavu-core fonts-noto-cjk libsodium-dev libsqlite3-dev libexpat1-dev
xvfb xauth poppler-utils python3-icalendar python3-dateutil python3-jsonschema
clang-14 libclang-rt-14-dev llvm-14 lld postgresql-15"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "Installing build dependencies:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "error: missing packages ($missing) and neither root nor sudo available" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
