#!/usr/bin/env bash
# Regenerate generated/cobalt_api_client from openapi.yaml into $1 (default: generated/cobalt_api_client).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-generated/cobalt_api_client}
rm -rf "$out"
mkdir -p "$(dirname "$out")"
spec=$(mktemp --suffix=.json)
trap 'rm -f "$spec"' EXIT
python generator/prepare_spec.py openapi.yaml "$spec"  # parameter descriptions reach the docstrings
openapi-python-client generate --path "$spec" --meta none --output-path "$out" \
  --fail-on-warning --config generator/config.yaml --custom-template-path generator/templates
rm -rf "$out/.ruff_cache"
python generator/stamp.py "$out"  # every generated .py says it is generated, and by what
touch "$out/py.typed"  # the generator writes none with --meta none
