#!/usr/bin/env bash
# Uses the OpenAPI document as integrators do: Redocly's recommended rules, openapi-generator's
# validator, a Python client (openapi-python-client) and TypeScript types (openapi-typescript with
# openapi-fetch) generated from it, the example scripts in examples/ type-checked strictly against
# them (mypy --strict, tsc --strict) and then run against the server with the demo data.
# Needs the tools of `scripts/ensure-tools.sh --test` and the server binary: target/debug (as the
# test command builds it) unless BUURTVERBINDERS_BIN names another. The clients are generated
# beside the examples, in examples/*/generated/, as examples/README.md does by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCUMENT=openapi/openapi.json
OUT="${CARGO_TARGET_DIR:-target}/generated"
PY_CLIENT=examples/python/generated
TS_CLIENT=examples/typescript/generated
BIN="${BUURTVERBINDERS_BIN:-${CARGO_TARGET_DIR:-target}/debug/buurtverbinders}"
PYTHON=.tools/python/bin
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

echo "--> Redocly, recommended rules"
node_modules/.bin/redocly lint --extends=recommended "$DOCUMENT" 2>&1 | grep -v "Node.js 20\|║\|╔\|╚" || true
node_modules/.bin/redocly lint --extends=recommended "$DOCUMENT" >/dev/null 2>&1 \
  || { echo "Redocly finds errors in $DOCUMENT"; exit 1; }

echo "--> openapi-generator validate"
"$PYTHON/openapi-generator-cli" validate -i "$DOCUMENT"

echo "--> Python client, mypy --strict"
rm -rf "$PY_CLIENT"
mkdir -p "$OUT"
"$PYTHON/openapi-python-client" generate --path "$DOCUMENT" --output-path "$PY_CLIENT/buurtverbinders_api_client" \
  --meta none >"$OUT.python.log" 2>&1 || { cat "$OUT.python.log"; exit 1; }
# The generator warns only that it could not run ruff, a formatter; any other warning fails.
if grep -i "warning" "$OUT.python.log" | grep -qv "Warning(s) encountered while generating"; then
  cat "$OUT.python.log"; exit 1
fi
if grep -v "ruff is not in PATH\|Skipping Integration\|Warning(s) encountered\|Generating \|If you believe\|^$" "$OUT.python.log" | grep -q .; then
  cat "$OUT.python.log"; exit 1
fi
MYPYPATH="$PY_CLIENT" "$PYTHON/mypy" --strict --cache-dir "$OUT/mypy-cache" \
  "$PY_CLIENT/buurtverbinders_api_client" examples/python/quarter_report.py

echo "--> TypeScript types, tsc --strict"
rm -rf "$TS_CLIENT"
mkdir -p "$TS_CLIENT"
node_modules/.bin/openapi-typescript "$DOCUMENT" --output "$TS_CLIENT/schema.d.ts" >/dev/null
node_modules/.bin/tsc -p examples/typescript
echo '{ "type": "module" }' >"$TS_CLIENT/js/package.json"

echo "--> the examples against the server with the demo data"
data="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export DATABASE_URL="sqlite://$data/demo.sqlite3"
"$BIN" seed-demo >/dev/null
BIND_ADDRESS="127.0.0.1:$port" WEB_CLIENT_DIR="$data" "$BIN" serve >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
"$PYTHON/python" - "$port" <<'WAIT'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/v1/health", timeout=1)
        break
    except OSError:
        time.sleep(0.1)
WAIT
client_id=0193b5c0-0000-7000-8000-00000000d3a0
secret=buurtverbinders-demo-client
PYTHONPATH="$PY_CLIENT" "$PYTHON/python" examples/python/quarter_report.py "http://127.0.0.1:$port" "$client_id" "$secret"
node "$TS_CLIENT/js/quarter-report.js" "http://127.0.0.1:$port" "$client_id" "$secret"
