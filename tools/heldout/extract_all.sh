#!/bin/bash
# Extracts every held-out report with the built command line of the project at REPO (default: this one) into OUT.
# usage: tools/heldout/extract_all.sh OUT.jsonl [REPO]
set -e
OUT=$(realpath -m "$1")
REPO=$(realpath "${2:-$(dirname "$0")/../..}")
cd "$(dirname "$0")/../../extractor/src/test/resources/phrasings"
java -Xmx4g -cp "$REPO/extractor/target/extractor-0.1.0-SNAPSHOT.jar:$REPO/extractor/target/lib/*" \
    io.govreport.extractor.cli.Cli extract $(ls | grep -E '\.(txt|html)$') --out "$OUT" 2> >(grep -v '^extracted' >&2)
