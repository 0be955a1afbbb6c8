#!/usr/bin/env bash
# DLP accuracy: precision and recall per detector over
#  1. the generated corpus tests/dlp/corpus.jsonl (tests/dlp/corpus.rs), and
#  2. the independent corpus tests/dlp/independent.jsonl
#     (scripts/gen_dlp_corpus.py), tune and held-out splits reported apart,
#     with clean-document false-alarm rate and leakage under redaction.
# Prints Markdown; asserts nothing. DLP_VERBOSE=1 lists misses and false alarms.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --quiet --test dlp -- --ignored accuracy --nocapture --test-threads=1
