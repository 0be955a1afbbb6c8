#!/usr/bin/env bash
# Native DLP scan throughput (issue 5) with the default detector set: clean
# text, text dense with findings, many small JSON strings, base64 decoding,
# and adversarial inputs. MB/s over thread CPU time, best of 7; asserts
# nothing. DLP_BENCH=<substring> runs only the matching rows. The in-Envoy
# numbers come from scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --release --quiet --test dlp -- --ignored throughput --nocapture --test-threads=1
