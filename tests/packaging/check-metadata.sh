#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo in the source tree: valid for their validators
# (offline), naming the same application id, releasing this version, and showing screenshots that
# exist in the repository at the size they declare.
#
#   check-metadata.sh SOURCE_DIR VERSION HOMEPAGE_URL
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: check-metadata.sh SOURCE_DIR VERSION HOMEPAGE_URL" >&2; exit 2; }
src=$1 version=$2 homepage=$3
app_id=org.agentdesk.AgentDesk
desktop=$src/packaging/linux/$app_id.desktop
metainfo=$src/packaging/linux/$app_id.metainfo.xml

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
for tool in desktop-file-validate appstreamcli python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/setup)" >&2; exit 1; }
done

desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"

python3 - "$metainfo" "$src" "$app_id" "$version" "$homepage" <<'PY' || fail "metainfo contents"
import struct, sys, xml.etree.ElementTree as ET
metainfo, src, app_id, version, homepage = sys.argv[1:]
root = ET.parse(metainfo).getroot()
errors = []
def check(ok, what):
    if not ok:
        errors.append(what)
check(root.findtext("id") == app_id, "id is not " + app_id)
check(root.findtext("launchable") == app_id + ".desktop", "launchable is not the desktop entry")
check(root.findtext("project_license") == "MIT", "project_license is not MIT")
check(root.findtext("url[@type='homepage']") == homepage, "homepage is not " + homepage)
releases = [r.get("version") for r in root.findall("releases/release")]
check(version in releases, "no release %s in %s" % (version, releases))
check(root.find("content_rating[@type='oars-1.1']") is not None, "no OARS 1.1 content rating")
shots = root.findall("screenshots/screenshot/image")
check(len(shots) >= 2, "fewer than two screenshots")
prefix = homepage + "/raw/main/"
for image in shots:
    url = image.text.strip()
    if not url.startswith(prefix):
        errors.append("screenshot %s is not under %s" % (url, prefix))
        continue
    path = src + "/" + url[len(prefix):]
    try:
        head = open(path, "rb").read(24)
    except OSError:
        errors.append("screenshot %s is not in the repository" % path)
        continue
    size = struct.unpack(">II", head[16:24])
    declared = (int(image.get("width")), int(image.get("height")))
    check(size == declared, "%s is %dx%d, declared %dx%d" % ((path,) + size + declared))
for e in errors:
    print("FAIL: " + e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: desktop entry and metainfo"
