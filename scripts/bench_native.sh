#!/usr/bin/env bash
# Native stream benchmark (benches/stream.rs over the fake host), in two
# forms:
#   1. timings: ns per stream and per phase, allocations, host calls
#      (cargo bench; wall-clock, so it moves with the machine's load);
#   2. instructions per stream under callgrind (valgrind): deterministic,
#      the figure to compare on a shared machine.
# Prints Markdown. Asserts nothing about timings.
#
#   scripts/bench_native.sh                 # both
#   BENCH_NATIVE_IR=0 scripts/bench_native.sh   # timings only
#   BENCH_NATIVE_TIME=0 scripts/bench_native.sh # instructions only
#   BENCH_NATIVE_DIR=/path/to/checkout scripts/bench_native.sh  # another checkout with the same bench
#
# Installs valgrind with apt-get when missing (instruction counts only).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${BENCH_NATIVE_DIR:-$ROOT}"
cd "$DIR"
FEATURES=(--features testing)
grep -q '^testing' Cargo.toml || FEATURES=()
# Symbols for callgrind; codegen is that of the release profile.
export CARGO_PROFILE_BENCH_STRIP=false CARGO_PROFILE_BENCH_DEBUG=1
BIN="$(nice -n 10 cargo bench "${FEATURES[@]}" --bench stream --no-run --message-format=json 2>/dev/null \
  | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n1)"
[ -x "$BIN" ] || { echo "bench_native: no bench executable" >&2; exit 1; }

if [ "${BENCH_NATIVE_TIME:-1}" = "1" ]; then
  echo "### Wall clock (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  BENCH_ITERS="${BENCH_ITERS:-2000}" BENCH_BATCHES="${BENCH_BATCHES:-7}" "$BIN"
  echo
fi

if [ "${BENCH_NATIVE_IR:-1}" = "1" ]; then
  if ! command -v valgrind >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
  fi
  iters=200
  out="$(mktemp -d)"
  echo "### Instructions per stream (callgrind, $iters streams per cell)"
  echo
  echo "| workload | mode | instructions/stream | of which: JSON parse | ACL decisions | audit seal | sha256 |"
  echo "|---|---|--:|--:|--:|--:|--:|"
  for w in call-1k call-64k list list-sse call-1k+dlp+quota; do
    for m in a b; do
      f="$out/cg-$w-$m.out"
      BENCH_ITERS=$iters BENCH_BATCHES=1 BENCH_MODES=$m valgrind --tool=callgrind --callgrind-out-file="$f" \
        "$BIN" "$w" >/dev/null 2>&1 || { echo "| $w | $m | failed | | | | |"; continue; }
      # Only cells whose name matches exactly (call-1k also matches call-1k+dlp+quota).
      callgrind_annotate --inclusive=yes --threshold=100 "$f" 2>/dev/null | python3 -c '
import re, sys
w, m, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
inc = {}
for line in sys.stdin:
    mm = re.match(r"\s*([\d,]+) \([^)]*\)\s+(.*?\.(?:rs|c|h)|\?\?\?):(.+?) \[", line)
    if not mm:
        continue
    ir = int(mm.group(1).replace(",", ""))
    fn = mm.group(3)
    inc[fn] = max(inc.get(fn, 0), ir)
def pick(pat):
    return max([v for k, v in inc.items() if re.search(pat, k)] or [0])
cols = [r"^stream::one$", r"json::Doc::parse_string$", r"Policy::decide$", r"Stream::seal$", r"sha256::compress256$"]
vals = ["{:,.0f}".format(pick(p) / n) for p in cols]
print("| " + " | ".join([w, m] + vals) + " |")
' "$w" "$m" "$((iters + 2))"
    done
  done
  rm -rf "$out"
  echo
fi
