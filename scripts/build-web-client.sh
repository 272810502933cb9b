#!/usr/bin/env bash
# Builds the Yew web client into web-client/dist: the wasm module with its JavaScript glue,
# index.html and the style sheet. Runs from any directory.
set -euo pipefail

WASM_BINDGEN_VERSION="0.2.100"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

dist="web-client/dist"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

echo "==> wasm32 target"
if ! rustup target list --installed | grep -qx "wasm32-unknown-unknown"; then
  rustup target add wasm32-unknown-unknown
fi

echo "==> wasm-bindgen CLI $WASM_BINDGEN_VERSION"
installed=""
if command -v wasm-bindgen >/dev/null 2>&1; then
  installed="$(wasm-bindgen --version | awk '{print $2}')"
fi
if [[ "$installed" != "$WASM_BINDGEN_VERSION" ]]; then
  # The CLI must match the wasm-bindgen library in Cargo.lock exactly.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi

echo "==> cargo build (release, wasm32)"
# Small over fast for a download: optimise every crate for size, link-time optimisation, and
# abort on panic. Set for this build only, so the API's release profile stays as it is.
CARGO_PROFILE_RELEASE_OPT_LEVEL=z \
CARGO_PROFILE_RELEASE_LTO=true \
CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
CARGO_PROFILE_RELEASE_PANIC=abort \
  cargo build -p web-client --release --target wasm32-unknown-unknown

echo "==> wasm-bindgen"
rm -rf "$dist"
mkdir -p "$dist"
wasm-bindgen --target web --no-typescript --out-dir "$dist" \
  "$target_dir/wasm32-unknown-unknown/release/web_client.wasm"

cp web-client/index.html web-client/style.css "$dist/"

echo "==> vendored Leaflet (maps; from npm, no CDN)"
if [[ ! -f node_modules/leaflet/dist/leaflet.js ]]; then
  npm ci --no-audit --no-fund
fi
mkdir -p "$dist/vendor/leaflet"
cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images \
  node_modules/leaflet/LICENSE "$dist/vendor/leaflet/"

echo "==> wasm-opt"
if [[ ! -x node_modules/.bin/wasm-opt ]] && command -v npm >/dev/null 2>&1; then
  npm install --no-audit --no-fund
fi
if [[ -x node_modules/.bin/wasm-opt ]]; then
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$dist/web_client_bg.wasm" "$dist/web_client_bg.wasm"
else
  echo "wasm-opt not available; the module stays unoptimised" >&2
fi

size="$(wc -c < "$dist/web_client_bg.wasm")"
gzipped="$(gzip -c "$dist/web_client_bg.wasm" | wc -c)"
echo "==> done: $dist (wasm $size bytes, $gzipped gzipped)"
