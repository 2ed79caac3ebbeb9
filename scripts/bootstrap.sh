#!/usr/bin/env bash
# Installs, only when missing and at pinned versions, every tool the build and the
# tests need. Safe to run again: each step checks first. Debian 12 is assumed.
set -euo pipefail

cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, or the build fails.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

step() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }
fail() { printf '\033[31mbootstrap: could not install %s\033[0m\n%s\n' "$1" "${2:-}" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="$HOME/.cargo/bin:$PATH"

have cargo || fail "the Rust toolchain" "cargo is not on PATH; install rustup first (https://rustup.rs)."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "the wasm32-unknown-unknown target"
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (takes several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked || fail "trunk $TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the locked tree of this release names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force \
    || fail "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
fi

apt_missing=()
have chromium || apt_missing+=(chromium)
have chromedriver || apt_missing+=(chromium-driver)
[ -x /usr/sbin/nginx ] || apt_missing+=(nginx)
# nginx's module that sends the build's Brotli copies (deploy/nginx.conf, brotli_static).
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || apt_missing+=(libnginx-mod-http-brotli-static)
if [ ${#apt_missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${apt_missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || fail "${apt_missing[*]}" "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_missing[@]}" >/dev/null \
    || fail "${apt_missing[*]}" "apt-get install failed"
fi

# Trunk builds with --offline (Trunk.toml), so every crate, the wasm target's included,
# must be in cargo's cache first; on a fresh machine `make serve` would otherwise stop
# at "failed to download". Quick when they are there already.
cargo fetch --locked --quiet || fail "the crates of Cargo.lock" "cargo fetch failed"

have node || fail "Node.js" "node is not on PATH; install Node.js 20 (Debian: apt-get install nodejs npm)."
# npm ci only when the lock file changed since the last install.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp.src" 2>/dev/null; then
  step "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error || fail "the npm packages" "npm ci failed"
  cp package-lock.json "$stamp.src"
fi

step "all tools present: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
