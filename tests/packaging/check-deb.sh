#!/usr/bin/env bash
# Builds the .deb with cpack from a configured and built tree, unpacks it into a scratch root and
# checks what a user would get: the control fields (Depends names the Qt libraries and the
# run-time plugins), the files at their freedesktop places, valid desktop and AppStream files,
# and the installed binaries answering --version and --help without a display; the installed desk
# runs its demo on the installed sandbox.
#
#   check-deb.sh CPACK BUILD_DIR VERSION
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: check-deb.sh CPACK BUILD_DIR VERSION" >&2; exit 2; }
cpack=$1 build=$2 version=$3
app_id=org.agentdesk.AgentDesk

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed (scripts/setup)" >&2; exit 1; }; }
need dpkg-deb
need desktop-file-validate
need appstreamcli
need python3
need readelf

scratch=$(mktemp -d "${TMPDIR:-/tmp}/agentdesk-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# --- build the package -----------------------------------------------------------------------------
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one .deb, got: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}
[ "$(basename "$deb")" = "agentdesk_${version}_$(dpkg --print-architecture).deb" ] ||
    fail "package file name $(basename "$deb")"

# --- control fields --------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = agentdesk ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
[ "$(field Section)" = net ] || fail "Section: $(field Section)"
[[ "$(field Maintainer)" =~ ^.+\ \<.+@.+\>$ ]] || fail "Maintainer: $(field Maintainer)"
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 3 ] || fail "Description has no long text"
depends=$(field Depends)
echo "Depends: $depends"
# The libraries the binaries link and the plugins Qt loads at run time (sqldrivers, platforms,
# iconengines/imageformats for the SVG icons).
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 \
    libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
    # a whole package name: followed by a version, a comma or the end
    grep -Eq "(^|, )${pkg}( \(|,|$)" <<<"$depends" || fail "Depends lacks $pkg"
done

# --- files at their places -------------------------------------------------------------------------
root=$scratch/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/agentdesk usr/bin/agentdesk-cli usr/bin/agentdesk-sandbox; do
    if [ ! -x "$root/$f" ]; then
        fail "$f missing or not executable"
        continue
    fi
    # System Qt only: no RUNPATH into the build tree or a private lib folder.
    ! readelf -d "$root/$f" | grep -Eq "\((RUNPATH|RPATH)\)" || fail "$f has a RUNPATH"
done
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
for f in "$desktop" "$metainfo" "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "$root/usr/share/doc/agentdesk/copyright"; do
    [ -s "$f" ] || fail "${f#"$root"/} missing"
done
# Every PNG size, and each really that size.
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -f "$png" ]; then
        fail "${png#"$root"/} missing"
        continue
    fi
    got=$(python3 -c 'import struct,sys
d = open(sys.argv[1], "rb").read(24)
assert d[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png") || got="unreadable"
    [ "$got" = "${size}x${size}" ] || fail "${png#"$root"/} is $got"
done
if [ -f "$root/usr/share/doc/agentdesk/copyright" ]; then
    grep -q "^License: MIT" "$root/usr/share/doc/agentdesk/copyright" || fail "copyright: no MIT"
    grep -q "Copyright (c) 2026 The AgentDesk developers" "$root/usr/share/doc/agentdesk/copyright" ||
        fail "copyright: no copyright line"
fi

# --- desktop entry and AppStream -------------------------------------------------------------------
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
    grep -qx "Icon=$app_id" "$desktop" || fail "desktop entry: Icon is not $app_id"
    grep -qx "Exec=agentdesk" "$desktop" || fail "desktop entry: Exec is not agentdesk"
fi
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "metainfo: launchable is not $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo: no release $version"
fi

# --- the installed binaries, with no display -------------------------------------------------------
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u AGENTDESK_SANDBOX -u QT_MESSAGE_PATTERN \
        QT_QPA_PLATFORM=offscreen QT_FORCE_STDERR_LOGGING=1 QT_LOGGING_RULES="agentdesk.demo.info=true" "$@"
}
for exe in agentdesk agentdesk-cli; do
    out=$(run "$root/usr/bin/$exe" --version 2>&1) || fail "$exe --version exited $?"
    echo "$exe --version: $out"
    grep -Eq "(^| )${version//./\\.}$" <<<"$out" || fail "$exe --version does not print $version"
    out=$(run "$root/usr/bin/$exe" --help 2>&1) || fail "$exe --help exited $?"
    grep -q "^Usage: " <<<"$out" || fail "$exe --help prints no usage"
done
# Without even the offscreen platform: --version must not need a display at all.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/agentdesk" --version 2>&1) ||
    fail "agentdesk --version needs a display: $out"

# The demo starts the sandbox that sits next to the installed desk, not one from the build tree.
shot=$scratch/demo.png
if run timeout 60 "$root/usr/bin/agentdesk" --demo --data-dir "$scratch/demo" --screenshot "$shot" \
    >"$scratch/demo.log" 2>&1; then
    grep -qF "starting \"$root/usr/bin/agentdesk-sandbox\"" "$scratch/demo.log" ||
        { cat "$scratch/demo.log" >&2; fail "the installed desk did not start the installed sandbox"; }
    [ -s "$shot" ] || fail "the installed desk wrote no demo screenshot"
else
    cat "$scratch/demo.log" >&2
    fail "the installed desk's demo failed"
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: $(basename "$deb") installs and runs"
