#!/usr/bin/env bash
# Installs what building and testing need, at pinned versions, skipping what is already there:
# the wasm32 target, wasm-bindgen-cli, the npm packages and (for the tests) Python tools, a Java
# runtime and Chromium.
# Usage: scripts/ensure-tools.sh [--test]   (--test: also what the tests need: Python's icalendar,
# recurring-ical-events, openapi-python-client, mypy and openapi-generator-cli in .tools/python,
# Java, and Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.100

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "==> adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ]]; then
  echo "==> installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --locked
fi

if [[ ! -x node_modules/.bin/spectral || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "==> installing npm packages"
  npm ci --no-audit --no-fund
fi

ICALENDAR_VERSION=7.3.2
RECURRING_ICAL_EVENTS_VERSION=3.8.2
installed_python_packages() {
  .tools/python/bin/python -c 'from importlib.metadata import version; print(version("icalendar"), version("recurring-ical-events"))' 2>/dev/null || true
}
if [[ "${1:-}" == "--test" && "$(installed_python_packages)" != "${ICALENDAR_VERSION} ${RECURRING_ICAL_EVENTS_VERSION}" ]]; then
  echo "==> installing Python's icalendar ${ICALENDAR_VERSION} and recurring-ical-events ${RECURRING_ICAL_EVENTS_VERSION} (check the calendar feeds in the tests)"
  python3 -m venv .tools/python
  .tools/python/bin/pip install --quiet "icalendar==${ICALENDAR_VERSION}" "recurring-ical-events==${RECURRING_ICAL_EVENTS_VERSION}"
fi

# What checks the OpenAPI document as integrators use it: a Python client generated from it and
# type-checked, and openapi-generator's validator (a jar in the wheel; it needs Java).
OPENAPI_PYTHON_CLIENT_VERSION=0.29.1
MYPY_VERSION=2.4.1
OPENAPI_GENERATOR_VERSION=7.26.0
installed_client_tools() {
  .tools/python/bin/python -c 'from importlib.metadata import version; print(version("openapi-python-client"), version("mypy"), version("openapi-generator-cli"))' 2>/dev/null || true
}
if [[ "${1:-}" == "--test" && "$(installed_client_tools)" != "${OPENAPI_PYTHON_CLIENT_VERSION} ${MYPY_VERSION} ${OPENAPI_GENERATOR_VERSION}" ]]; then
  echo "==> installing openapi-python-client ${OPENAPI_PYTHON_CLIENT_VERSION}, mypy ${MYPY_VERSION} and openapi-generator-cli ${OPENAPI_GENERATOR_VERSION} (check the generated clients)"
  .tools/python/bin/pip install --quiet "openapi-python-client==${OPENAPI_PYTHON_CLIENT_VERSION}" "mypy==${MYPY_VERSION}" "openapi-generator-cli==${OPENAPI_GENERATOR_VERSION}"
fi

apt_install() {
  if [[ "$(id -u)" == 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

if [[ "${1:-}" == "--test" ]] && ! command -v java >/dev/null; then
  echo "==> installing a Java runtime for openapi-generator"
  apt_install default-jre-headless
fi

if [[ "${1:-}" == "--test" ]] && ! command -v chromium >/dev/null; then
  echo "==> installing Chromium for the browser tests"
  apt_install chromium
fi
