#!/usr/bin/env bash
# Builds dist/mcp_warden.wasm (release, wasm32-wasip1) and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! rustup target list --installed | grep -qx wasm32-wasip1; then
  rustup target add wasm32-wasip1
fi
cargo build --quiet --release --target wasm32-wasip1 --lib
mkdir -p dist
cp target/wasm32-wasip1/release/mcp_warden.wasm dist/mcp_warden.wasm
size=$(wc -c < dist/mcp_warden.wasm)
echo "built dist/mcp_warden.wasm: ${size} bytes ($((size / 1024)) KiB)"
