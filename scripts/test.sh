#!/usr/bin/env bash
# THE test command (README, CI): formatting, lints (native and wasm32),
# Rust unit tests, the wasm build, then the Python suite (renderer/example
# checks and the end-to-end tests in a real Envoy). Works on a fresh machine:
# scripts/env.sh installs what is missing. Extra arguments go to pytest,
# e.g. scripts/test.sh -k batch -x
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

# A cold run writes about 4 GB under target/ (debug tests, release wasm,
# the stable fuzz harness). Incremental caches would add more and a fresh
# clone gains nothing from them.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
mkdir -p target
free_kb=$(df -Pk target | awk 'NR==2 {print $4}')
if [ "${free_kb:-0}" -lt 3000000 ]; then
  echo "test.sh: only $((free_kb / 1024)) MB free under target/; a cold run needs about 4 GB" >&2
fi

step "cargo fmt --check"
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml -- --check

step "cargo clippy --workspace --all-targets (native)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo clippy --target wasm32-wasip1 --lib"
cargo clippy --target wasm32-wasip1 --lib --quiet -- -D warnings

step "cargo test --workspace"
cargo test --workspace --quiet

# The fuzz targets' invariants as stable property tests over fuzz/seeds and
# every finding's reproducer (the long nightly cargo fuzz campaigns are
# scripts/fuzz.sh; a smoke run of each closes this script). Its own target dir: the filter is also a cdylib, so its rlib has no
# hash in its file name, and a build with other features (`testing`) in a
# shared target dir overwrites the other's without either noticing.
step "fuzz invariants over the seeds (fuzz/tests/seeds.rs)"
CARGO_TARGET_DIR="$PWD/target/fuzz-stable" cargo clippy --manifest-path fuzz/Cargo.toml \
  --no-default-features --all-targets --quiet -- -D warnings
CARGO_TARGET_DIR="$PWD/target/fuzz-stable" cargo test --manifest-path fuzz/Cargo.toml \
  --no-default-features --quiet

step "scripts/build.sh"
scripts/build.sh

step "cargo build -p mcp-warden-cli (the operator CLI the Python tests call)"
cargo build --quiet -p mcp-warden-cli

step "pytest tests/ (Envoy ${ENVOY_BIN##*/site-packages/})"
# The wasm and the CLI were built just above; the test fixtures need not rebuild them.
MCP_WARDEN_SKIP_BUILD=1 "${VENV}/bin/python" -m pytest tests/ "$@"

# libFuzzer itself, briefly, on every target: proves the nightly fuzz build
# and each harness still work (installs nightly and cargo-fuzz when missing).
# MCP_WARDEN_SKIP_FUZZ=1 skips it for quick local runs.
if [ "${MCP_WARDEN_SKIP_FUZZ:-0}" != 1 ]; then
  step "cargo fuzz smoke run of every target (scripts/fuzz.sh --smoke)"
  scripts/fuzz.sh --smoke
fi
