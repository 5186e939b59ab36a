#!/usr/bin/env bash
# Usage: tools/check_part.sh spec/parts/NAME.yaml [more parts...]
# Merges base + the parts, validates with openapi-spec-validator and runs the generator with --fail-on-warning.
set -euo pipefail
cd "$(dirname "$0")/.."
V=/tmp/tv/bin
tmp=$(mktemp -d)
$V/python tools/merge_spec.py "$tmp/openapi.yaml" "$@"
$V/openapi-spec-validator "$tmp/openapi.yaml"
PATH=$V:$PATH $V/openapi-python-client generate --path "$tmp/openapi.yaml" --meta none --output-path "$tmp/out" --fail-on-warning >"$tmp/gen.log" 2>&1 || { cat "$tmp/gen.log"; echo GENERATOR FAILED; exit 1; }
cd "$tmp" && PYTHONPATH="$tmp" $V/python -c "
import importlib, pkgutil, sys
sys.path.insert(0, '.')
import out
n=0
for m in pkgutil.walk_packages(out.__path__, 'out.'):
    importlib.import_module(m.name); n+=1
print('imported', n, 'generated modules OK')
"
echo "OK: $tmp/openapi.yaml"
