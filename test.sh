#!/usr/bin/env bash
# Runs every check and test: formatting, lints, the API tests on SQLite and PostgreSQL, the OpenAPI
# document (current and passing the ADR ruleset), the web client build and the browser tests.
set -euo pipefail
cd "$(dirname "$0")"

# Each step says how long the run has taken so far, to see where the time goes.
step() { echo; echo "==> $* ($((SECONDS / 60)) min $((SECONDS % 60)) s in)"; }

scripts/ensure-tools.sh --test

step "PostgreSQL for the tests"
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! pg_isready -q -d "$TEST_POSTGRES_URL" 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -d "$TEST_POSTGRES_URL" && break; sleep 1; done
fi
pg_isready -d "$TEST_POSTGRES_URL" || { echo "PostgreSQL is needed at $TEST_POSTGRES_URL (set TEST_POSTGRES_URL)"; exit 1; }

step "formatting"
cargo fmt --all --check

step "lints"
cargo clippy -p api -p api-types --all-targets -- -D warnings
cargo clippy -p web-client -p api-types --target wasm32-unknown-unknown -- -D warnings

step "API tests on SQLite and PostgreSQL (and the OpenAPI document is current)"
ICALENDAR_PYTHON="$PWD/.tools/python/bin/python" cargo test -p api -p api-types --no-fail-fast

step "web client unit tests (messages in both languages, words for every API value)"
cargo test -p web-client --lib

step "OpenAPI document against the NLGov REST API Design Rules"
if [[ -f ../shared/adr/ruleset.yaml ]]; then
  cmp -s ../shared/adr/ruleset.yaml openapi/nlgov-adr-ruleset.yaml \
    || { echo "openapi/nlgov-adr-ruleset.yaml differs from the published ruleset: copy it again"; exit 1; }
fi
node_modules/.bin/spectral lint --fail-severity warn -r openapi/nlgov-adr-ruleset.yaml openapi/openapi.json

step "the OpenAPI document as integrators use it: Redocly, openapi-generator, generated Python and TypeScript clients"
scripts/check-generated-clients.sh

step "web client"
scripts/build-web-client.sh

step "browser tests"
# They start the server binary the API tests built (target/debug): a `cargo build` here would build
# the dependencies again without the tests' features, minutes on a fresh machine.
# A test that waits forever fails after five minutes instead of holding the run.
node --test --test-timeout=300000 tests/browser/
