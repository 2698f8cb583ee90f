#!/bin/bash
# Installs a Relm .deb into a throwaway Debian 12 root and checks that what it installed runs.
#
#   packaging/test-install.sh build/release/relm_0.1.0-1_amd64.deb
#
# Steps: bootstrap a minimal bookworm root under /tmp (mmdebstrap, in a tmpfs), copy the package in,
# "apt-get install -y ./relm_*.deb" in a chroot (apt fetches the dependencies from the mirror), then
# check relm-cli (version, a new database, releases in it) and the relm window (offscreen: version,
# then a real start that quits once idle). The root is removed afterwards, on failure too.
#
# Needs root (re-runs itself through sudo otherwise), network access to the Debian mirror, and
# mmdebstrap (installed with apt-get when missing). Settings, from the environment:
#   RELM_TEST_MIRROR          the Debian mirror (default http://deb.debian.org/debian)
#   RELM_TEST_SECURITY_MIRROR the security mirror (default http://deb.debian.org/debian-security)
#   RELM_TEST_NO_RECOMMENDS=1 install without the package's Recommends (faster: no CJK fonts)
#   RELM_TEST_KEEP_ROOT=1     leave the root in place to look at (it is printed); remove it yourself
#   RELM_TEST_ON_DISK=1       build the root on disk under /tmp, not in a tmpfs (it takes up to 1 GB)
# Exit status: 0 when every check passed, 1 when one failed, 2 on wrong usage.
set -Eeuo pipefail

me=test-install
usage() {
    echo "usage: $0 path/to/relm_VERSION_ARCH.deb" >&2
    exit 2
}
[ $# -eq 1 ] || usage
case "$1" in -h | --help) usage ;; esac

[ -f "$1" ] || {
    echo "$me: FAIL: no such package file: $1" >&2
    exit 1
}
deb=$(readlink -f -- "$1")

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || {
        echo "$me: FAIL: must run as root, and sudo is not available" >&2
        exit 1
    }
    exec sudo --preserve-env=RELM_TEST_MIRROR,RELM_TEST_SECURITY_MIRROR,RELM_TEST_NO_RECOMMENDS,RELM_TEST_KEEP_ROOT,RELM_TEST_ON_DISK,http_proxy,https_proxy,no_proxy \
        -- "$0" "$deb"
fi

# Everything below runs in a mount namespace of its own: whatever is mounted for the test (the
# root's tmpfs, /dev and /proc inside it) goes away with this script, even when it is killed.
if [ -z "${RELM_TEST_PRIVATE_MOUNTS:-}" ]; then
    RELM_TEST_PRIVATE_MOUNTS=1 exec unshare --mount --propagation private -- "$0" "$deb"
fi

mirror=${RELM_TEST_MIRROR:-http://deb.debian.org/debian}
security_mirror=${RELM_TEST_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
suite=bookworm

# The script's own stdout and stderr: a trap can run while a command's output still goes to the log.
exec 3>&1 4>&2
started=$(date +%s)
phase_started=$started
root=""
log=""

elapsed() { echo $(($(date +%s) - $1)); }
step() {
    echo "$me: [$(elapsed "$started")s] $*"
    phase_started=$(date +%s)
}
done_step() { echo "$me:     ok ($(elapsed "$phase_started")s)"; }

fail() {
    exec 1>&3 2>&4
    echo "$me: FAIL: $*" >&2
    if [ -n "$log" ] && [ -s "$log" ]; then
        echo "$me: last lines of the output:" >&2
        tail -n 40 "$log" | cut -c 1-300 | sed "s/^/    /" >&2
    fi
    exit 1
}

# The mount points at or below the root.
mounts_in_root() {
    findmnt -rn -o TARGET | awk -v root="$root" '$0 == root || index($0, root "/") == 1'
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    set +e
    exec 1>&3 2>&4
    if [ -n "$root" ] && [ -d "$root" ]; then
        if [ "${RELM_TEST_KEEP_ROOT:-0}" = 1 ]; then
            echo "$me: the root is kept at $root"
        else
            # Unmount the tmpfs and anything a chroot left behind, then delete what is on disk;
            # never delete through a mount (a bind mount of /dev above all).
            mounts_in_root | sort -r | xargs -r -n1 umount -l
            if [ -n "$(mounts_in_root)" ]; then
                echo "$me: FAIL: $root still has mounts; not removing it" >&2
                status=1
            else
                step "removing the root"
                rm -rf --one-file-system -- "$root"
                done_step
            fi
        fi
    fi
    [ -n "$log" ] && rm -f -- "$log"
    if [ "$status" -eq 0 ]; then
        echo "$me: PASS in $(elapsed "$started")s"
    else
        echo "$me: FAILED after $(elapsed "$started")s (exit $status)" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo "$me: interrupted" >&4; exit 130' INT
trap 'echo "$me: terminated" >&4; exit 143' TERM HUP
trap 'fail "unexpected error at line $LINENO: $BASH_COMMAND"' ERR

# Runs a command in the root, as root, with /dev and /proc mounted in a mount namespace of its own:
# the mounts vanish with the command, whatever happens to this script.
in_root() {
    # shellcheck disable=SC2016 # the inner shell expands these
    unshare --mount --propagation private -- /bin/sh -c '
        root=$1; shift
        mount --rbind /dev "$root/dev" && mount -t proc proc "$root/proc" || exit 125
        exec chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
            ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
            "$@"' in_root "$root" "$@"
}

# What the package says about itself.
package=$(dpkg-deb -f "$deb" Package) || fail "$deb is not a Debian package"
[ "$package" = relm ] || fail "$deb holds the package '$package', not relm"
version=$(dpkg-deb -f "$deb" Version)
upstream_version=${version%-*}
upstream_version=${upstream_version#*:}
echo "$me: testing $package $version ($deb)"

log=$(mktemp /tmp/relm-test-install-log.XXXXXX)

if ! command -v mmdebstrap >/dev/null 2>&1; then
    step "installing mmdebstrap on this machine"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap; } >"$log" 2>&1 ||
        fail "could not install mmdebstrap"
    done_step
fi

root=$(mktemp -d /tmp/relm-test-root.XXXXXX)
# In memory unless it is to be kept: quicker to fill, and gone at once afterwards.
if [ "${RELM_TEST_ON_DISK:-0}" != 1 ] && [ "${RELM_TEST_KEEP_ROOT:-0}" != 1 ]; then
    mount -t tmpfs -o size=4G,mode=755 relm-test-root "$root" || fail "could not mount a tmpfs at $root"
fi
step "bootstrapping Debian $suite into $root"
# The package lists are kept (--skip=cleanup/apt/lists) for the apt-get install that follows. A
# root that is thrown away needs no fsync (force-unsafe-io, also for that install) nor translated
# package descriptions.
mmdebstrap --mode=root --variant=apt --skip=cleanup/apt/lists --components=main \
    --dpkgopt=force-unsafe-io --aptopt='Acquire::Languages "none"' \
    "$suite" "$root" \
    "deb $mirror $suite main" \
    "deb $mirror $suite-updates main" \
    "deb $security_mirror $suite-security main" >"$log" 2>&1 ||
    fail "mmdebstrap could not bootstrap $suite from $mirror"
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# No services start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
done_step

step "installing $(basename "$deb") with apt-get"
mkdir -p "$root/tmp/relm-test"
cp -- "$deb" "$root/tmp/relm-test/"
apt_options=(-y)
[ "${RELM_TEST_NO_RECOMMENDS:-0}" = 1 ] && apt_options+=(--no-install-recommends)
in_root sh -c "cd /tmp/relm-test && apt-get install ${apt_options[*]} ./relm_*.deb" >"$log" 2>&1 ||
    fail "apt-get install ./$(basename "$deb") failed"
# shellcheck disable=SC2016 # dpkg-query's format, not the shell's
status_field=$(in_root dpkg-query -W -f='${Status}' relm 2>"$log") || true
[ "$status_field" = "install ok installed" ] || fail "dpkg does not list relm as installed ($status_field)"
# shellcheck disable=SC2016
echo "$me:     $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages in the root"
for file in /usr/share/applications/org.relm.Relm.desktop /usr/share/metainfo/org.relm.Relm.metainfo.xml \
    /usr/share/mime/packages/org.relm.Relm.xml /usr/share/man/man1/relm.1.gz /usr/share/man/man1/relm-cli.1.gz \
    /usr/share/doc/relm/copyright; do
    [ -f "$root$file" ] || fail "the package did not install $file"
done
# When shared-mime-info came along, its trigger has registered Relm's file type.
if [ -f "$root/usr/share/mime/types" ]; then
    grep -qx application/x-relm-database "$root/usr/share/mime/types" ||
        fail "the MIME database does not know application/x-relm-database"
fi
done_step

step "checking relm-cli"
db=/tmp/relm-test/test.relm
out=$(in_root relm-cli --version 2>"$log") || fail "relm-cli --version failed"
[ "$out" = "relm-cli $upstream_version" ] ||
    fail "relm-cli --version printed '$out', expected 'relm-cli $upstream_version'"
echo "$me:     $out"
in_root relm-cli --db "$db" init --demo >"$log" 2>&1 || fail "relm-cli init could not create a database"
[ -s "$root$db" ] || fail "relm-cli init reported success but $db is missing"
# Changes are made as a person of the database. root is not one, so act as its first release
# manager (the window, too: otherwise it stops to ask who you are).
in_root relm-cli --db "$db" person list >"$log" 2>&1 || fail "relm-cli person list failed"
actor=$(awk 'NR > 2 && /Release manager/ { print $1; exit }' "$log")
[ -n "$actor" ] || fail "the demo database has no release manager to act as"
in_root relm-cli --db "$db" --as "$actor" release create "Install check" --type minor >"$log" 2>&1 ||
    fail "relm-cli release create failed"
in_root relm-cli --db "$db" release list >"$log" 2>&1 || fail "relm-cli release list failed"
grep -q "^Install check " "$log" || fail "relm-cli release list does not show the release just created"
echo "$me:     release list: $(($(wc -l <"$log") - 2)) releases"
done_step

step "checking the relm window (QT_QPA_PLATFORM=offscreen)"
gui_env=(env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/relm-test/runtime)
mkdir -m 700 "$root/tmp/relm-test/runtime"
out=$(in_root "${gui_env[@]}" relm --version 2>"$log") || fail "relm --version failed"
[ "$out" = "relm $upstream_version" ] || fail "relm --version printed '$out', expected 'relm $upstream_version'"
echo "$me:     $out"
# A real start: open the database, show the window, quit once idle (exit 3: the database was
# refused). timeout catches a window that never becomes idle.
status=0
in_root timeout 60 "${gui_env[@]}" relm --db "$db" --as "$actor" --exit-when-idle >"$log" 2>&1 || status=$?
[ "$status" -ne 124 ] || fail "relm --exit-when-idle did not quit within 60 seconds"
[ "$status" -eq 0 ] || fail "relm --db $db --exit-when-idle exited with $status"
# The first start without a database: Relm creates its own, with the demo content, in the home
# folder.
status=0
in_root timeout 60 "${gui_env[@]}" relm --as "$actor" --exit-when-idle >"$log" 2>&1 || status=$?
[ "$status" -ne 124 ] || fail "relm's first start did not become idle within 60 seconds"
[ "$status" -eq 0 ] || fail "relm's first start (its own database) exited with $status"
[ -s "$root/root/.local/share/Relm/relm/relm.db" ] || fail "relm's first start did not create its database"
done_step

step "removing relm"
in_root apt-get purge -y relm >"$log" 2>&1 || fail "apt-get purge relm failed"
[ ! -e "$root/usr/bin/relm" ] || fail "/usr/bin/relm is still there after apt-get purge"
done_step
