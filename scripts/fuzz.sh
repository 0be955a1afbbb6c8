#!/usr/bin/env bash
# Coverage-guided fuzzing of the filter with cargo fuzz (libFuzzer, nightly).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   every target for that long (default 60)
#   scripts/fuzz.sh --smoke                every target for a fixed 20000 runs
#   scripts/fuzz.sh --skip-known [...]     skip inputs of the known-finding
#                                          classes (bench/results/fuzz.md), so a
#                                          campaign looks past them
#   FUZZ_TARGETS="stream sse" scripts/fuzz.sh 600   only some targets
#
# Targets run one at a time under nice -n 19 (the machines are shared). The
# corpus grows in fuzz/corpus/<target> (not committed; fuzz/seeds/<target> is
# read alongside); crashes land in fuzz/artifacts/<target>/. Prints the
# executions of each target and every crash; exits 1 if any target crashed.
# Reproduce one with: fuzz/target/x86_64-unknown-linux-gnu/release/<target> FILE
#
# Installs cargo-fuzz (crates.io) and the nightly toolchain when missing.
# Sanitizer: none by default (FUZZ_SANITIZER=address to change): the code is
# safe Rust, so ASan adds little and costs most of the speed; overflow
# checks and debug assertions stay on (cargo fuzz's default).
#
# scripts/test.sh (CI) ends with `--smoke`; it also runs the same invariants
# as stable property tests over the seeds (cargo test in fuzz/, see
# fuzz/tests/seeds.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

seconds=60
runs=""
skip_known=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) runs=20000 ;;
    --skip-known) skip_known=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *[!0-9]*|"") echo "fuzz.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    *) seconds="$1" ;;
  esac
  shift
done

ALL_TARGETS="json_parse request_parse differential sse dlp list_review stream"
TARGETS="${FUZZ_TARGETS:-$ALL_TARGETS}"
SAN="${FUZZ_SANITIZER:-none}"

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz.sh: installing the nightly toolchain" >&2
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz" >&2
  cargo install --locked cargo-fuzz
fi

cd fuzz
echo "==> cargo +nightly fuzz build -s ${SAN} (release, debug assertions)"
nice -n 10 cargo +nightly fuzz build -s "$SAN" >/dev/null
BIN="$ROOT/fuzz/target/x86_64-unknown-linux-gnu/release"

if [ "$skip_known" = 1 ]; then
  export MCPW_FUZZ_SKIP_KNOWN=1
  echo "==> known-finding classes skipped (MCPW_FUZZ_SKIP_KNOWN=1)"
fi

log_dir="$(mktemp -d)"
trap 'rm -rf "$log_dir"' EXIT
printf '\n%-14s %8s %12s %9s %7s  %s\n' target seconds executions exec/s corpus crashes
status=0
total=0
for t in $TARGETS; do
  mkdir -p "corpus/$t" "artifacts/$t"
  before=$(find "artifacts/$t" -type f | wc -l)
  if [ -n "$runs" ]; then
    limit=(-runs="$runs")
  else
    limit=(-max_total_time="$seconds")
  fi
  start=$(date +%s)
  rc=0
  nice -n 19 "$BIN/$t" "corpus/$t" "seeds/$t" -dict=mcp.dict "${limit[@]}" \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="artifacts/$t/" \
    -print_final_stats=1 >"$log_dir/$t.log" 2>&1 || rc=$?
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log_dir/$t.log" | tail -1)
  execs=${execs:-0}
  total=$((total + execs))
  corpus=$(find "corpus/$t" -type f | wc -l)
  new=$(( $(find "artifacts/$t" -type f | wc -l) - before ))
  rate=$(( execs / (took > 0 ? took : 1) ))
  found="-"
  if [ "$rc" != 0 ] || [ "$new" -gt 0 ]; then
    status=1
    found="$(ls -t "artifacts/$t" | head -n "$(( new > 0 ? new : 1 ))" | sed "s|^|fuzz/artifacts/$t/|" | tr '\n' ' ')"
  fi
  printf '%-14s %8s %12s %9s %7s  %s\n' "$t" "$took" "$execs" "$rate" "$corpus" "$found"
  if [ "$rc" != 0 ]; then
    grep -m1 -A3 'panicked at' "$log_dir/$t.log" | cut -c1-400 | sed 's/^/    /' || tail -n 5 "$log_dir/$t.log" | sed 's/^/    /'
  fi
done
printf '%-14s %8s %12s\n' total "" "$total"
exit $status
