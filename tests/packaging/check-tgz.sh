#!/usr/bin/env bash
# Builds the .tar.gz with cpack from a configured and built tree, unpacks it into a scratch folder
# and checks what a user gets: one top folder agentdesk-VERSION-Linux holding the same files the
# .deb installs under /usr, and programs that run from wherever the folder was unpacked.
#
#   check-tgz.sh CPACK BUILD_DIR VERSION
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: check-tgz.sh CPACK BUILD_DIR VERSION" >&2; exit 2; }
cpack=$1 build=$2 version=$3

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
command -v dpkg-deb >/dev/null || { echo "FAIL: dpkg-deb is not installed (scripts/setup)" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/agentdesk-tgz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

for generator in TGZ DEB; do
    if ! "$cpack" -G $generator --config "$build/CPackConfig.cmake" -B "$scratch/out" \
        >"$scratch/cpack-$generator.log" 2>&1; then
        cat "$scratch/cpack-$generator.log" >&2
        echo "FAIL: cpack -G $generator" >&2
        exit 1
    fi
done
tgz=$scratch/out/agentdesk-$version-Linux.tar.gz
[ -f "$tgz" ] || { echo "FAIL: no $(basename "$tgz") in: $(ls "$scratch/out")" >&2; exit 1; }

# One top folder, nothing beside it.
tops=$(tar tzf "$tgz" | cut -d/ -f1 | sort -u)
[ "$tops" = "agentdesk-$version-Linux" ] || fail "top folders of the archive: $tops"

# The same files as the .deb's /usr.
mkdir -p "$scratch/tgz" "$scratch/deb"
tar xzf "$tgz" -C "$scratch/tgz"
dpkg-deb -x "$scratch"/out/*.deb "$scratch/deb"
top=$scratch/tgz/agentdesk-$version-Linux
(cd "$top" && find . -type f | sort) >"$scratch/tgz.files"
(cd "$scratch/deb/usr" && find . -type f | sort) >"$scratch/deb.files"
if ! diff -u "$scratch/deb.files" "$scratch/tgz.files"; then
    fail "the archive and the .deb hold different files (diff above)"
fi
[ "$(wc -l <"$scratch/tgz.files")" -ge 15 ] || fail "the archive holds only $(wc -l <"$scratch/tgz.files") files"

# The programs run from the unpacked folder, with no display.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for exe in agentdesk agentdesk-cli agentdesk-sandbox; do
    [ -x "$top/bin/$exe" ] || { fail "bin/$exe missing or not executable"; continue; }
done
for exe in agentdesk agentdesk-cli; do
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$top/bin/$exe" --version 2>&1) ||
        fail "$exe --version exited $?"
    echo "$exe --version: $out"
    grep -Eq "(^| )${version//./\\.}$" <<<"$out" || fail "$exe --version does not print $version"
done
# The unpacked desk's demo starts the sandbox next to it.
if env -u DISPLAY -u WAYLAND_DISPLAY -u AGENTDESK_SANDBOX QT_QPA_PLATFORM=offscreen \
    QT_FORCE_STDERR_LOGGING=1 QT_LOGGING_RULES="agentdesk.demo.info=true" \
    timeout 60 "$top/bin/agentdesk" --demo --data-dir "$scratch/demo" \
    --screenshot "$scratch/demo.png" >"$scratch/demo.log" 2>&1; then
    grep -qF "starting \"$top/bin/agentdesk-sandbox\"" "$scratch/demo.log" ||
        { cat "$scratch/demo.log" >&2; fail "the unpacked desk did not start its own sandbox"; }
    [ -s "$scratch/demo.png" ] || fail "the unpacked desk wrote no demo screenshot"
else
    cat "$scratch/demo.log" >&2
    fail "the unpacked desk's demo failed"
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: $(basename "$tgz") unpacks and runs"
