#!/usr/bin/env bash
# Lint openapi.yaml with the pinned Redocly CLI (tools/spec-lint/package.json + package-lock.json)
# and the committed ruleset tools/spec-lint/redocly.yaml. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tools/spec-lint
export REDOCLY_TELEMETRY=off
export NO_UPDATE_NOTIFIER=1
# (Re)install only when node_modules is missing or older than the lockfile (npm ci writes
# node_modules/.package-lock.json; compare against it).
stamp="$here/node_modules/.package-lock.json"
if [[ ! -x "$here/node_modules/.bin/redocly" || ! -f "$stamp" || "$here/package-lock.json" -nt "$stamp" ]]; then
  npm ci --prefix "$here" --no-audit --no-fund
fi
exec "$here/node_modules/.bin/redocly" lint openapi.yaml --config "$here/redocly.yaml" --format=stylish
