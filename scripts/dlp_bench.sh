#!/usr/bin/env bash
# DLP scan throughput (issue 5) with the default detector set: clean text,
# text dense with findings, many small JSON strings, base64 decoding, and
# adversarial inputs. MB/s, best of 5 rounds; asserts nothing.
#   scripts/dlp_bench.sh        native (thread CPU time)
#   scripts/dlp_bench.sh --v8   the same benchmark compiled to wasm32-wasip1
#                               and run in V8 (node), 1 MiB inputs
# DLP_BENCH=<substring> runs only the matching rows; DLP_BENCH_MB sets the
# input size. The whole-request overhead in Envoy comes from scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--v8" ]]; then
  exec cargo test --release --quiet --test dlp -- --ignored throughput --nocapture --test-threads=1
fi
command -v node >/dev/null || { echo "dlp_bench.sh --v8 needs node (>= 20)" >&2; exit 1; }
rustup target list --installed 2>/dev/null | grep -q wasm32-wasip1 || rustup target add wasm32-wasip1
wasm=$(cargo test --release --target wasm32-wasip1 --test dlp --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("target", {}).get("name") == "dlp" and m.get("executable"):
        print(m["executable"])')
DLP_BENCH_MB="${DLP_BENCH_MB:-1}" exec node --no-warnings scripts/dlp_wasi_run.mjs "$wasm" \
  --ignored throughput --nocapture --test-threads=1
