#!/usr/bin/env bash
# Builds dist/mcp_warden.wasm and the OCI image layout Istio's WasmPlugin and
# Envoy Gateway pull (dist/oci, tag = the crate version unless given), with
# no Docker: `mcp-warden package` writes the layout and its manifest itself.
# Push it with any OCI tool, e.g.
#   skopeo copy oci:dist/oci:0.1.0 docker://registry.example.com/mcp-warden:0.1.0
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cargo build --quiet --release -p mcp-warden-cli
exec target/release/mcp-warden package --wasm dist/mcp_warden.wasm --out dist/oci "$@"
