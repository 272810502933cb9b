#!/usr/bin/env bash
# Runs Buurtverbinders: builds the web client and the API, fills the embedded SQLite database with
# the invented demo data, and serves both on http://127.0.0.1:8080 (BIND_ADDRESS to change).
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-tools.sh
scripts/build-web-client.sh
cargo build --release -p api
export WEB_CLIENT_DIR="${WEB_CLIENT_DIR:-web-client/dist}"
bin="${CARGO_TARGET_DIR:-target}/release/buurtverbinders"
"$bin" seed-demo
echo "==> open http://${BIND_ADDRESS:-127.0.0.1:8080}/ and log in as coordinator@example.org / buurtverbinders-demo"
exec "$bin" serve
