#!/usr/bin/env bash
# Baseline benchmark for mcp-warden: the same MCP workload, in one run, against
#   direct      the upstream itself (no proxy)
#   envoy       Envoy with the same bootstrap minus the filter (render_envoy.py --without-filter)
#   warden-a    Envoy + mcp-warden, mode a (no allow_on_headers_stop_iteration: Istio WasmPlugin)
#   warden-b    Envoy + mcp-warden, mode b (allow_on_headers_stop_iteration: true)
# Workloads, on one MCP session (initialize once, then every request carries
# its mcp-session-id) with an RS256 JWT for a caller bench/policy.json allows:
#   tools/call with ~1 KiB and ~64 KiB of arguments, tools/list (JSON and SSE).
# Upstreams:
#   static  a second Envoy answering canned JSON-RPC with direct_response
#           (bench/upstream.yaml.tmpl), so the proxy is the bottleneck;
#   real    tests/servers/sample_server.py (Python SDK), a short reference pass.
# Prints a Markdown table (req/s, p50, p99, ratios vs direct and vs Envoy
# without the filter, a correctness check per cell) and writes it to
# bench/results/latest.md. It never fails on timings; it exits non-zero only
# when it cannot run at all. Cells that fail (non-2xx, JSON-RPC errors, an
# unfiltered list) are marked **FAIL** in the table.
#
# Usage (on a fresh machine; installs wrk with apt-get when missing):
#   scripts/bench.sh
#   BENCH_DURATION=3 BENCH_CONNECTIONS=16 BENCH_REAL=0 scripts/bench.sh   # quick look
#
# Knobs (environment):
#   BENCH_DURATION=10        seconds of load per cell (static upstream), split into rounds
#   BENCH_ROUNDS=3           rounds per cell, targets interleaved; the table shows the median
#   BENCH_WARMUP=2           seconds of warm-up load before each cell
#   BENCH_CONNECTIONS="1 16" connection counts (closed loop; 1 shows per-request latency)
#   BENCH_MODES="a b"        filter modes to run
#   BENCH_WORKLOADS="call-1k call-64k list list-sse"   static-upstream workloads
#                            (also call-1k-1k: 1 KiB arguments and a ~1 KiB result)
#   BENCH_POLICY=bench/policy.json   the filter's policy (bench/policy-dlp-quota.json:
#                            the same plus DLP on the server and a per-caller quota)
#   BENCH_REAL=1             also run the short pass against the Python server
#   BENCH_REAL_DURATION=6    seconds per cell of that pass
#   BENCH_REAL_CONNECTIONS=8
#   BENCH_WRK_THREADS=1      wrk threads (they share the 2 cores with Envoy)
#   BENCH_CONCURRENCY=2      Envoy --concurrency
#   BENCH_PORT_BASE=31000    ports base..base+25 on 127.0.0.1
#   BENCH_SKIP_BUILD=1       use dist/mcp_warden.wasm as it is
#   BENCH_WASM=PATH          benchmark this .wasm instead (no build); BENCH_WASM_LABEL names it
#   BENCH_RESULTS=bench/results/latest.md
#   BENCH_KEEP=1             keep the run directory (configs, logs) after exit
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source scripts/env.sh
PY="${VENV}/bin/python"
HELP="${ROOT}/bench/bench.py"

DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-2}"
ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-1 16}"
MODES="${BENCH_MODES:-a b}"
WORKLOADS="${BENCH_WORKLOADS:-call-1k call-64k list list-sse}"
REAL="${BENCH_REAL:-1}"
REAL_DURATION="${BENCH_REAL_DURATION:-6}"
REAL_CONNECTIONS="${BENCH_REAL_CONNECTIONS:-8}"
WRK_THREADS="${BENCH_WRK_THREADS:-1}"
CONCURRENCY="${BENCH_CONCURRENCY:-2}"
BASE="${BENCH_PORT_BASE:-31000}"
RESULTS="${BENCH_RESULTS:-${ROOT}/bench/results/latest.md}"
POLICY="${BENCH_POLICY:-${ROOT}/bench/policy.json}"

log() { echo "bench: $*" >&2; }
die() { log "$*"; exit 1; }

# ------------------------------------------------------------------ tools

missing=()
for tool in wrk jq curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing: ${missing[*]}; install them (no apt-get here)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "installing ${missing[*]} (Debian packages)"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -n "${BENCH_WASM:-}" ]; then
  WASM="$(cd "$(dirname "$BENCH_WASM")" && pwd)/$(basename "$BENCH_WASM")"
  WASM_LABEL="${BENCH_WASM_LABEL:-$WASM}"
else
  if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
    scripts/build.sh >&2
  fi
  WASM="${ROOT}/dist/mcp_warden.wasm"
  WASM_LABEL="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if ! git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null; then
    WASM_LABEL="$WASM_LABEL + uncommitted changes in src/"
  fi
fi
[ -f "$WASM" ] || die "$WASM is missing (scripts/build.sh)"

# --------------------------------------------------------------- processes

RUN="$(mktemp -d "${TMPDIR:-/tmp}/mcp-warden-bench.XXXXXX")"
PIDS=()
NAMES=()

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  local i pid
  for i in "${!PIDS[@]}"; do
    pid="${PIDS[$i]}"
    kill -TERM "$pid" 2>/dev/null || true
  done
  for i in "${!PIDS[@]}"; do
    pid="${PIDS[$i]}"
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "${NAMES[$i]} (pid $pid) ignored SIGTERM; killing"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  if [ "${BENCH_KEEP:-0}" = "1" ] || [ "$status" -ne 0 ] || [ "${CELLS_FAILED:-0}" = "1" ]; then
    log "run directory kept: $RUN"
  else
    rm -rf "$RUN"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for off in 0 1 2 10 11 12 13 14 15 20 21 22 23 24 25; do
  if port_busy $((BASE + off)); then
    die "port $((BASE + off)) on 127.0.0.1 is in use; set BENCH_PORT_BASE to a free block of 26 ports"
  fi
done

# start NAME LOGFILE CMD... : runs CMD in the background, remembers its pid in LAST_PID.
start() {
  local name="$1" logf="$2"
  shift 2
  "$@" >"$logf" 2>&1 </dev/null &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
  NAMES+=("$name")
}

forget_pid() { # PID: no longer ours to stop
  local i
  for i in "${!PIDS[@]}"; do
    if [ "${PIDS[$i]}" = "$1" ]; then unset 'PIDS[i]' 'NAMES[i]'; fi
  done
}

# stop_pid PID: SIGTERM, wait up to 5 s, SIGKILL; then forget it.
stop_pid() {
  local pid="$1"
  forget_pid "$pid"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# run_wrk OUT STDOUT ARGS...: wrk in the background, waited for with `wait`,
# which (unlike a foreground command) lets a Ctrl-C run the trap at once.
# wrk stops by itself after -d; the EXIT trap stops it otherwise.
run_wrk() {
  local out="$1" stdout="$2"
  shift 2
  BENCH_OUT="$out" wrk "$@" >"$stdout" 2>&1 </dev/null &
  local pid=$!
  PIDS+=("$pid")
  NAMES+=(wrk)
  wait "$pid" || true
  forget_pid "$pid"
}

wait_envoy_ready() { # ADMIN_PORT PID NAME LOG
  local i
  for i in $(seq 300); do
    kill -0 "$2" 2>/dev/null || { tail -n 40 "$4" >&2; die "$3 exited during start-up (log above)"; }
    if [ "$(curl -s --max-time 1 "http://127.0.0.1:$1/ready" || true)" = "LIVE" ]; then
      return 0
    fi
    sleep 0.1
  done
  tail -n 40 "$4" >&2
  die "$3 not ready within 30 s"
}

wait_port() { # PORT PID NAME LOG
  local i
  for i in $(seq 300); do
    kill -0 "$2" 2>/dev/null || { tail -n 40 "$4" >&2; die "$3 exited during start-up (log above)"; }
    port_busy "$1" && return 0
    sleep 0.1
  done
  tail -n 40 "$4" >&2
  die "$3 did not listen on $1 within 30 s"
}

# start_proxy NAME MODE|none LISTEN ADMIN UPSTREAM_PORT: an Envoy from envoy/envoy.yaml.tmpl.
declare -A ENVOY_PID ENVOY_LOG ENVOY_ACCESS
start_proxy() {
  local name="$1" mode="$2" listen="$3" admin="$4" upstream="$5"
  local cfg="$RUN/$name.yaml" extra=()
  if [ "$mode" = "none" ]; then
    extra=(--without-filter)
    mode=a
  fi
  "$PY" scripts/render_envoy.py --policy "$POLICY" --mode "$mode" "${extra[@]}" \
    --out "$cfg" --listen-port "$listen" --admin-port "$admin" --upstream-port "$upstream" \
    --wasm-path "$WASM" --access-log-path "$RUN/$name-access.log" --audit-log-path "$RUN/$name-audit.log"
  : >"$RUN/$name-access.log"
  start "$name" "$RUN/$name.log" "$ENVOY_BIN" -c "$cfg" --concurrency "$CONCURRENCY" --disable-hot-restart --log-level info
  ENVOY_PID[$name]=$LAST_PID
  ENVOY_LOG[$name]="$RUN/$name.log"
  ENVOY_ACCESS[$name]="$RUN/$name-access.log"
  wait_envoy_ready "$admin" "$LAST_PID" "$name" "$RUN/$name.log"
}

# -------------------------------------------------------------- workloads

"$PY" "$HELP" bodies --dir "$RUN/bodies"
TOKEN="$("$PY" "$HELP" token)"
RESULTS_JSONL="$RUN/results.jsonl"
MEMORY_JSONL="$RUN/memory.jsonl"
NOTES="$RUN/notes.txt"
: >"$RESULTS_JSONL"; : >"$MEMORY_JSONL"; : >"$NOTES"; : >"$RUN/warmup.jsonl"

body_of() { # WORKLOAD -> body file
  case "$1" in
    call-1k | call-1k-1k) echo "$RUN/bodies/call-1k.json" ;;
    call-64k) echo "$RUN/bodies/call-64k.json" ;;
    list | list-sse) echo "$RUN/bodies/list.json" ;;
    *) die "unknown workload $1" ;;
  esac
}
op_of() { # WORKLOAD -> x-bench-op (the static upstream's switch)
  case "$1" in
    call-1k-1k) echo call-1k ;; # a ~1 KiB result
    call-*) echo call ;;
    *) echo "$1" ;;
  esac
}

declare -A SESSION URL PLAIN_BYTES SERVING_PID
CLK_TCK="$(getconf CLK_TCK)"
# init_session TARGET URL TOKEN: initialize once; a failure is recorded, not fatal.
init_session() {
  local target="$1" url="$2" token="$3" sid
  URL[$target]="$url"
  if sid="$("$PY" "$HELP" init --url "$url" --token "$token" --bodies "$RUN/bodies" 2>"$RUN/init-$target.err")"; then
    SESSION[$target]="$sid"
    log "  $target: session ${sid:-<none>}"
  else
    SESSION[$target]=""
    log "  $target: initialize FAILED: $(cat "$RUN/init-$target.err")"
    echo "$PHASE/$target: initialize failed: $(tr '\n' ' ' <"$RUN/init-$target.err")" >>"$NOTES"
  fi
}

# One cell = one (workload, connections, target). run_group runs the cells of
# all targets for one (workload, connections): a probe and a warm-up per
# target, then ROUNDS rounds in which every target gets DURATION/ROUNDS
# seconds of load, in a rotating order, so that a burst of other work on the
# machine hits all targets alike. The table shows the median round.

# cell_env TARGET WORKLOAD: sets CELL_URL CELL_BODY CELL_OP CELL_TOKEN CELL_SESSION
cell_env() {
  CELL_URL="${URL[$1]}"
  CELL_SESSION="${SESSION[$1]}"
  CELL_BODY="$(body_of "$2")"
  CELL_OP="$(op_of "$2")"
  CELL_TOKEN="$TOKEN"
  [ "$1" = "direct" ] && CELL_TOKEN="" # the upstream knows nothing of JWTs
  return 0
}

# cpu_ticks PID: user + system CPU time of a process (all threads), in clock ticks.
cpu_ticks() {
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# load TARGET WORKLOAD CONNS SECONDS OUT: one wrk run, its JSON line appended
# to OUT with the CPU time the serving process (the proxy; for "direct" the
# upstream) spent meanwhile.
load() {
  local threads="$WRK_THREADS"
  [ "$threads" -gt "$3" ] && threads="$3"
  cell_env "$1" "$2"
  export BENCH_BODY="$CELL_BODY" BENCH_OP="$CELL_OP" BENCH_SESSION="$CELL_SESSION" BENCH_TOKEN="$CELL_TOKEN"
  local before ticks0 ticks1 pid="${SERVING_PID[$1]:-}"
  before="$(wc -l <"$5")"
  ticks0="$( [ -n "$pid" ] && cpu_ticks "$pid" || echo 0)"
  run_wrk "$RUN/round.json" "$RUN/wrk.stdout" -t"$threads" -c"$3" -d"${4}s" --timeout 5s -s bench/wrk.lua "$CELL_URL"
  ticks1="$( [ -n "$pid" ] && cpu_ticks "$pid" || echo 0)"
  if [ -s "$RUN/round.json" ]; then
    jq -c --argjson t $((ticks1 - ticks0)) --argjson hz "$CLK_TCK" '. + {cpu_us: ($t * 1000000 / $hz)}' "$RUN/round.json" >>"$5"
  else
    log "  wrk produced no result for $1: $(tail -n 3 "$RUN/wrk.stdout" | tr '\n' ' ')"
    echo '{"requests":0,"duration_us":0,"p50_us":0,"p90_us":0,"p99_us":0,"max_us":0,"err_status":0}' >>"$5"
  fi
  rm -f "$RUN/round.json"
}

# run_group PHASE WORKLOAD CONNS DURATION TARGET...
run_group() {
  local phase="$1" workload="$2" conns="$3" duration="$4"
  shift 4
  local targets=("$@") t r i n=$#
  local per_round=$(((duration + ROUNDS - 1) / ROUNDS))
  declare -A probe offset rounds_file
  for t in "${targets[@]}"; do
    cell_env "$t" "$workload"
    local filtered=()
    case "$t" in warden-*) filtered=(--filtered) ;; esac
    offset[$t]=0
    [ "$t" != "direct" ] && offset[$t]="$(stat -c %s "${ENVOY_ACCESS[$t]}")"
    probe[$t]="$("$PY" "$HELP" probe --url "$CELL_URL" --token "$CELL_TOKEN" --session "$CELL_SESSION" \
      --op "$CELL_OP" --body "$CELL_BODY" "${filtered[@]}")"
    rounds_file[$t]="$RUN/wrk-$phase-$workload-$conns-$t.jsonl"
    : >"${rounds_file[$t]}"
    if [ "$WARMUP" != "0" ]; then load "$t" "$workload" "$conns" "$WARMUP" "$RUN/warmup.jsonl"; fi
  done
  for r in $(seq 0 $((ROUNDS - 1))); do
    for i in $(seq 0 $((n - 1))); do
      t="${targets[$(((i + r) % n))]}"
      load "$t" "$workload" "$conns" "$per_round" "${rounds_file[$t]}"
    done
  done
  sleep 1.2 # Envoy flushes access logs every second
  for t in "${targets[@]}"; do
    # The unfiltered list's size, from Envoy without the filter: a filtered
    # answer under load that is this big was not filtered.
    local unfiltered=() logstats='{}'
    if [ "$t" = "envoy" ]; then
      PLAIN_BYTES[$workload]="$(jq -r '.bytes // 0' <<<"${probe[$t]}")"
    elif [[ "$t" == warden-* && "$workload" == list* && "${PLAIN_BYTES[$workload]:-0}" -gt 0 ]]; then
      unfiltered=(--unfiltered-bytes "${PLAIN_BYTES[$workload]}")
    fi
    if [ "$t" != "direct" ]; then
      tail -c +$((offset[$t] + 1)) "${ENVOY_ACCESS[$t]}" >"$RUN/cell-access.log"
      logstats="$("$PY" "$HELP" accesslog --path "$RUN/cell-access.log" "${unfiltered[@]}")"
    fi
    "$PY" "$HELP" combine --rounds "${rounds_file[$t]}" --phase "$phase" --workload "$workload" \
      --conns "$conns" --target "$t" --probe "${probe[$t]}" --log "$logstats" >>"$RESULTS_JSONL"
    jq -r '"  \(.workload) c=\(.conns) \(.target): \(.rps | floor) req/s (rounds \(.rounds_rps | map(floor) | join("/"))), p50 \(.p50_us / 1000) ms, p99 \(.p99_us / 1000) ms; probe: \(.probe.status) \(.probe.detail)"' \
      <<<"$(tail -n1 "$RESULTS_JSONL")" >&2
  done
}

record_memory() { # PHASE TARGET PID START_KB
  local end_kb
  end_kb="$("$PY" "$HELP" rss --pid "$3")"
  jq -nc --arg phase "$1" --arg target "$2" --argjson s "$4" --argjson e "$end_kb" \
    '{phase: $phase, target: $target, rss_start_kb: $s, rss_end_kb: $e}' >>"$MEMORY_JSONL"
}

# envoy_log_notes PHASE NAME: warnings, errors and VM crashes in an Envoy log go to the notes.
envoy_log_notes() {
  local f="${ENVOY_LOG[$2]}" lines n
  # Envoy warns about an unlimited connection count at every start: noise here.
  lines="$(grep -E '\[(warning|error|critical)\]|panicked at|wasm_fail_stream|Wasm VM failed' "$f" | grep -v global_downstream_max_connections || true)"
  n="$(grep -c . <<<"$lines" || true)"
  if [ "${n:-0}" -gt 0 ]; then
    echo "$1/$2: $n warning/error lines in the Envoy log, most frequent: $(sed -E 's/^\[[^]]*\]\[[0-9]+\]//' <<<"$lines" | sort | uniq -c | sort -rn | head -n 3 | tr -s ' ' | tr '\n' ';' | cut -c1-600)" >>"$NOTES"
  fi
}

# run_phase PHASE UPSTREAM_PORT PORT_OFFSET DURATION "CONNS" "WORKLOADS"
run_phase() {
  PHASE="$1"
  local upstream_port="$2" off="$3" duration="$4" conns_list="$5" workloads="$6"
  local targets=(direct envoy) mode name t
  for mode in $MODES; do targets+=("warden-$mode"); done
  declare -A rss0 pid_of
  log "phase $PHASE: starting Envoys"
  start_proxy "$PHASE-envoy" none $((BASE + off)) $((BASE + off + 1)) "$upstream_port"
  pid_of[envoy]=${ENVOY_PID[$PHASE-envoy]}
  local i=2
  for mode in $MODES; do
    name="$PHASE-warden-$mode"
    start_proxy "$name" "$mode" $((BASE + off + i)) $((BASE + off + i + 1)) "$upstream_port"
    pid_of[warden-$mode]=${ENVOY_PID[$name]}
    i=$((i + 2))
  done
  # The cells look targets up by their short names.
  SERVING_PID[direct]="$UPSTREAM_PID"
  SERVING_PID[envoy]="${pid_of[envoy]}"
  for mode in $MODES; do SERVING_PID[warden-$mode]="${pid_of[warden-$mode]}"; done
  ENVOY_ACCESS[envoy]="${ENVOY_ACCESS[$PHASE-envoy]}"
  for mode in $MODES; do ENVOY_ACCESS[warden-$mode]="${ENVOY_ACCESS[$PHASE-warden-$mode]}"; done
  for t in "${!pid_of[@]}"; do rss0[$t]="$("$PY" "$HELP" rss --pid "${pid_of[$t]}")"; done

  log "phase $PHASE: initialize"
  init_session direct "http://127.0.0.1:${upstream_port}/mcp" ""
  init_session envoy "http://127.0.0.1:$((BASE + off))/mcp" "$TOKEN"
  i=2
  for mode in $MODES; do
    init_session "warden-$mode" "http://127.0.0.1:$((BASE + off + i))/mcp" "$TOKEN"
    i=$((i + 2))
  done

  local w c
  for w in $workloads; do
    for c in $conns_list; do
      run_group "$PHASE" "$w" "$c" "$duration" "${targets[@]}"
    done
  done

  for t in envoy "${targets[@]:2}"; do
    record_memory "$PHASE" "$t" "${pid_of[$t]}" "${rss0[$t]}"
  done
  envoy_log_notes "$PHASE" "$PHASE-envoy"
  for mode in $MODES; do envoy_log_notes "$PHASE" "$PHASE-warden-$mode"; done
  for t in "${!pid_of[@]}"; do stop_pid "${pid_of[$t]}"; done
}

# ------------------------------------------------------------------- run

log "run directory: $RUN"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
"$PY" "$HELP" render-upstream --listen-port "$BASE" --admin-port $((BASE + 1)) --out "$RUN/static-upstream.yaml"
# The static upstream gets one worker: it only copies canned bytes.
start static-upstream "$RUN/static-upstream.log" "$ENVOY_BIN" -c "$RUN/static-upstream.yaml" --concurrency 1 --disable-hot-restart --log-level warn
STATIC_PID=$LAST_PID
UPSTREAM_PID=$STATIC_PID
wait_envoy_ready $((BASE + 1)) "$STATIC_PID" static-upstream "$RUN/static-upstream.log"
run_phase static "$BASE" 10 "$DURATION" "$CONNECTIONS" "$WORKLOADS"
stop_pid "$STATIC_PID"

if [ "$REAL" = "1" ]; then
  start sample-server "$RUN/sample-server.log" "$PY" tests/servers/sample_server.py --port $((BASE + 2))
  SERVER_PID=$LAST_PID
  UPSTREAM_PID=$SERVER_PID
  wait_port $((BASE + 2)) "$SERVER_PID" sample-server "$RUN/sample-server.log"
  run_phase real $((BASE + 2)) 20 "$REAL_DURATION" "$REAL_CONNECTIONS" "call-1k call-64k list-sse"
  stop_pid "$SERVER_PID"
fi

# ----------------------------------------------------------------- report

wasm_bytes="$(stat -c %s "$WASM")"
envoy_build="$("$ENVOY_BIN" --version | sed -nE 's/.*version: ([^ ]+).*/\1/p' | head -n1)"
envoy_version="$(cut -d/ -f2 <<<"$envoy_build") (build $(cut -c1-12 <<<"$envoy_build"), $(cut -d/ -f4,5 <<<"$envoy_build"))"
cpu="$(sed -nE 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n1)"
mem_gib="$(awk '/MemTotal/ {printf "%d", $2 / 1048576 + 0.5}' /proc/meminfo)"
cmdline="scripts/bench.sh"
for v in BENCH_WASM BENCH_POLICY BENCH_DURATION BENCH_ROUNDS BENCH_WARMUP BENCH_CONNECTIONS BENCH_MODES BENCH_WORKLOADS BENCH_REAL BENCH_REAL_DURATION BENCH_REAL_CONNECTIONS BENCH_WRK_THREADS BENCH_CONCURRENCY; do
  if [ -n "${!v:-}" ]; then cmdline="$v=\"${!v}\" $cmdline"; fi
done
jq -n --arg date "$(date -u '+%Y-%m-%d %H:%M UTC')" --arg envoy_version "$envoy_version" \
  --argjson concurrency "$CONCURRENCY" --argjson wasm_bytes "$wasm_bytes" --arg commit "$WASM_LABEL" \
  --argjson cores "$(nproc)" --arg cpu "$cpu" --arg mem_gib "$mem_gib" --argjson wrk_threads "$WRK_THREADS" \
  --arg duration "$DURATION" --arg warmup "$WARMUP" --argjson rounds "$ROUNDS" --arg command "$cmdline" \
  --arg load "$LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at the end" \
  --rawfile notes "$NOTES" \
  '{date: $date, envoy_version: $envoy_version, concurrency: $concurrency, wasm_bytes: $wasm_bytes,
    commit: $commit, cores: $cores, cpu: $cpu, mem_gib: $mem_gib, wrk_threads: $wrk_threads,
    duration: $duration, warmup: $warmup, rounds: $rounds, command: $command, load: $load,
    notes: ($notes | split("\n") | map(select(length > 0)))}' >"$RUN/meta.json"
"$PY" "$HELP" report --results "$RESULTS_JSONL" --meta "$RUN/meta.json" --memory "$MEMORY_JSONL" --out "$RESULTS"
cp "$RESULTS_JSONL" "${RESULTS%.md}.jsonl" # the raw cells, for re-rendering with bench/bench.py report
log "written to $RESULTS (raw cells: ${RESULTS%.md}.jsonl)"
if grep -q '| \*\*FAIL' "$RESULTS"; then
  CELLS_FAILED=1
  log "some cells FAILED: see the check column; configs and Envoy logs are kept in $RUN"
fi
