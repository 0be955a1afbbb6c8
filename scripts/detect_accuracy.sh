#!/usr/bin/env bash
# Detection accuracy and speed: DLP and tool-poisoning scanning, measured
# over the corpora in tests/dlp/ and tests/integrity/corpus/ (tuning and
# held-out parts reported apart), plus native scan throughput. Writes
# bench/results/detection-latest.md (and prints it); asserts nothing.
#   scripts/detect_accuracy.sh            accuracy + throughput
#   DETECT_VERBOSE=1 scripts/detect_accuracy.sh   also lists misses and false
#                                         alarms of the tuning parts
# Not part of scripts/test.sh (it is a measurement; `cargo test` runs a
# smoke test of both corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/results/detection-latest.md
verbose=()
if [[ -n "${DETECT_VERBOSE:-}" ]]; then verbose=(env DLP_VERBOSE=1 POISON_VERBOSE=1); fi
strip() { grep -v -E '^(running [0-9]+ tests?|test result:.*|\.+)$' || true; }
{
  echo "# Detection accuracy and speed (scripts/detect_accuracy.sh)"
  echo
  echo "$(date -u +%Y-%m-%d) on $(uname -m), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "## DLP (every built-in detector on, record mode; leakage with every detector on redact)"
  "${verbose[@]}" cargo test --release --quiet --test dlp -- --ignored independent_accuracy --nocapture --test-threads=1 2>&1 | strip
  echo
  echo "### DLP, generated corpus (tests/dlp/corpus.jsonl, written with the detectors)"
  cargo test --release --quiet --test dlp -- --ignored accuracy --exact --nocapture 2>&1 | strip | grep -v -E '^  ' || true
  echo
  echo "## Tool poisoning"
  "${verbose[@]}" cargo test --release --quiet --test integrity -- --ignored poisoning_accuracy --nocapture 2>&1 | strip
  # The learned wording model was trained on the tuning part: its tuning
  # figures above are in-sample; these are out of fold.
  cargo test --release --quiet --test integrity -- --ignored wording_out_of_fold --nocapture 2>&1 | strip
  echo
  echo "## Speed"
  cargo test --release --quiet --test integrity -- --ignored scan_throughput scanner_build_time --nocapture --test-threads=1 2>&1 | strip
  cargo test --release --quiet --test dlp -- --ignored throughput --nocapture --test-threads=1 2>&1 | strip
} | tee "$out"
echo "wrote $out" >&2
