#!/usr/bin/env bash
# Load test of an authenticated `GET /api/v1/groups` (a page of 20) on SQLite and on PostgreSQL:
# requests per second, p50/p99 latency (wrk) and the server's peak resident memory (VmHWM).
# Usage: bench/groups-list.sh [duration, default 20s]. Needs wrk (Debian package `wrk`) and a
# PostgreSQL at TEST_POSTGRES_URL. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20s}"
PG_ADMIN="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=18089
BIN=target/release/buurtverbinders

cargo build --release -p api >/dev/null
WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

run_one() {
  local name="$1" url="$2"
  export DATABASE_URL="$url" BIND_ADDRESS="127.0.0.1:$PORT" JWT_SECRET="bench-secret-bench-secret-bench-secret" RUST_LOG=warn
  "$BIN" seed-demo >/dev/null
  "$BIN" serve & SERVER=$!
  for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break; sleep 0.2; done
  local token neighbourhood
  token=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
    -d '{"email":"coordinator@example.org","password":"buurtverbinders-demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  neighbourhood=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/neighbourhoods" -H "authorization: Bearer $token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  # 200 more groups, so every page is full and the table is not trivially small.
  for i in $(seq 1 200); do
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:$PORT/api/v1/groups" -H "authorization: Bearer $token" \
      -H 'content-type: application/json' -d "{\"name\":\"Benchgroep $i\",\"neighbourhoodId\":\"$neighbourhood\"}"
  done
  echo "### $name"
  wrk -t2 -c32 -d"$DURATION" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/api/v1/groups?pageSize=20" \
    | grep -E 'Requests/sec|50%|99%|requests in|Non-2xx' || true
  echo "peak RSS: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}')"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
}

run_one "SQLite" "sqlite://$WORK/bench.sqlite3"

psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS bv_bench WITH (FORCE)" -c "CREATE DATABASE bv_bench" >/dev/null
run_one "PostgreSQL" "${PG_ADMIN%/*}/bv_bench"
psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS bv_bench WITH (FORCE)" >/dev/null
