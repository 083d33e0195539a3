#!/usr/bin/env bash
# Builds the example report (rbm-examples' shaded jar), runs it, and takes a PNG screenshot of the
# implementation report it writes as HTML, in a real headless browser: Debian's Chromium
# (`apt-get install -y chromium`). The screenshot shows what the README shows: the page as a
# reader sees it, with the charts drawn from the page's inline SVG. Not part of `mvn verify` (CI
# has no browser); run it by hand from a clone after changing the report's rendering:
#
#   scripts/screenshot-report.sh            # writes docs/implementation-report-2008-09.png
#   scripts/screenshot-report.sh out.png    # or another file
#
# Chromium starts headless with a new empty profile and without background networking, so that it
# makes no connection of its own (the page has no external assets either). Never `mvn install`:
# the jar is built in the working tree only.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/implementation-report-2008-09.png"}
chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null || { echo "screenshot-report: $chromium not found (apt-get install -y chromium)" >&2; exit 1; }

mvn -B -ntp -q -f "$root/pom.xml" package -pl rbm-examples -am -DskipTests
(cd "$root/rbm-examples/target" && java -jar rbm-examples.jar >/dev/null)
page="$root/rbm-examples/target/implementation-report-2008-09.html"
test -s "$page"

profile=$(mktemp -d "${TMPDIR:-/tmp}/rbm-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$out" --window-size=1200,1600 "file://$page" 2>/dev/null
test -s "$out"
echo "screenshot-report: wrote $out"
