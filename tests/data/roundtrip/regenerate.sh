#!/bin/sh
# Rewrites the golden files: every <case>.in.yaml here is formatted with `podwright fmt`
# into <case>.out.yaml. Run it after an intended change of the canonical export, then review
# the diff (`git diff tests/data/roundtrip`) before committing: tst_manifestwriter compares
# the export of each .in.yaml with its .out.yaml, byte for byte.
#
# Usage: tests/data/roundtrip/regenerate.sh [PATH-TO-podwright]
#        (default: build/src/app/podwright under the source tree)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
podwright=${1:-"$here/../../../build/src/app/podwright"}
if [ ! -x "$podwright" ]; then
    echo "regenerate.sh: no podwright binary at $podwright (build first, or pass its path)" >&2
    exit 2
fi
for input in "$here"/*.in.yaml; do
    output=${input%.in.yaml}.out.yaml
    # Import findings (unknown fields, wrong types) go to stderr; they are expected in some
    # cases, so only a parse failure (exit 2) stops the script.
    "$podwright" fmt "$input" >"$output" 2>/dev/null
    echo "wrote $(basename "$output")"
done
