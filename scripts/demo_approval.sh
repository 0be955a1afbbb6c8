#!/usr/bin/env bash
# A second demo: a person approves one specific agent call from a browser.
#
#   scripts/demo_approval.sh                 # mode a; approves as bob itself when stdin is not a terminal
#   scripts/demo_approval.sh --mode b        # PluginConfig allow_on_headers_stop_iteration: true
#   scripts/demo_approval.sh --wait-for-me   # wait for you to approve in a browser (Enter: approve as bob)
#   scripts/demo_approval.sh --keep          # leave everything running until Ctrl-C
#   LISTEN_PORT=10000 ADMIN_PORT=9901 SERVER_PORT=8000 APPROVAL_PORT=8787 scripts/demo_approval.sh
#
# Starts the sample MCP server, the approval service (mcp-warden-approval,
# built here) and Envoy + mcp-warden rendered from envoy/envoy.yaml.tmpl with
# examples/policy-approvals.json and the approval page route; then alice's
# agent calls delete_ticket, gets the approval page URL (printed), the call
# is approved on the page (through Envoy, which requires a token there), and
# the retry runs the tool exactly once. Everything is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=a
KEEP=0
AUTO=""
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE="$2"; shift 2 ;;
    --mode=*) MODE="${1#--mode=}"; shift ;;
    --keep) KEEP=1; shift ;;
    --wait-for-me) AUTO="--no-auto-approve"; shift ;;
    --auto-approve) AUTO="--auto-approve"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "demo_approval.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$MODE" in a|b) ;; *) echo "demo_approval.sh: --mode must be a or b" >&2; exit 2 ;; esac

LISTEN_PORT="${LISTEN_PORT:-10000}"
ADMIN_PORT="${ADMIN_PORT:-9901}"
SERVER_PORT="${SERVER_PORT:-8000}"
APPROVAL_PORT="${APPROVAL_PORT:-8787}"
RUN=.run/demo-approval
# A demo key: the filter reads it through host_env_keys, the service from its environment.
export MCP_WARDEN_APPROVAL_KEY="${MCP_WARDEN_APPROVAL_KEY:-demo-approval-key-$(date +%s)-$$-0123456789}"

# shellcheck source=scripts/env.sh
source scripts/env.sh

mw_require_free_ports demo_approval.sh "$LISTEN_PORT" "$ADMIN_PORT" "$SERVER_PORT" "$APPROVAL_PORT"
mw_demo_wasm
echo "==> building the approval service (cargo build -p mcp-warden-approval)"
cargo build --quiet -p mcp-warden-approval
APPROVAL_BIN="$(cargo metadata --format-version 1 --no-deps | "${VENV}/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/mcp-warden-approval"

rm -rf "$RUN"
mkdir -p "$RUN"
"${VENV}/bin/python" scripts/render_envoy.py --policy examples/policy-approvals.json --mode "$MODE" \
  --listen-port "$LISTEN_PORT" --admin-port "$ADMIN_PORT" --upstream-port "$SERVER_PORT" \
  --approval-service-port "$APPROVAL_PORT" --host-env-keys MCP_WARDEN_APPROVAL_KEY \
  --wasm-path "$WASM" --access-log-path "$PWD/$RUN/access.log" --audit-log-path "$PWD/$RUN/audit.log" --out "$RUN/envoy.yaml"
echo "==> rendered $RUN/envoy.yaml (mode $MODE) from envoy/envoy.yaml.tmpl + examples/policy-approvals.json"

PIDS=()
ENVOY_PID=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$ENVOY_PID" ] && kill -0 "$ENVOY_PID" 2>/dev/null; then
    curl -s -m 2 -X POST "http://127.0.0.1:${ADMIN_PORT}/quitquitquit" >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do kill -0 "$ENVOY_PID" 2>/dev/null || break; sleep 0.1; done
    kill "$ENVOY_PID" 2>/dev/null || true
  fi
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  echo "==> stopped Envoy, the approval service and the sample server (logs in $RUN/)"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> starting the sample MCP server on 127.0.0.1:${SERVER_PORT}"
"${VENV}/bin/python" tests/servers/sample_server.py --port "$SERVER_PORT" --record "$RUN/server.jsonl" \
  >"$RUN/server.log" 2>&1 &
PIDS+=("$!")

echo "==> starting the approval service on 127.0.0.1:${APPROVAL_PORT} (pages at http://127.0.0.1:${LISTEN_PORT}/approvals)"
"$APPROVAL_BIN" --listen "127.0.0.1:${APPROVAL_PORT}" --db "$RUN/approvals.db" \
  --public-url "http://127.0.0.1:${LISTEN_PORT}" >"$RUN/approval-audit.jsonl" 2>"$RUN/approval.log" &
PIDS+=("$!")

echo "==> starting Envoy on 127.0.0.1:${LISTEN_PORT} (admin ${ADMIN_PORT})"
"$ENVOY_BIN" -c "$RUN/envoy.yaml" --concurrency 2 --disable-hot-restart --log-level info --file-flush-interval-msec 200 \
  >"$RUN/envoy.log" 2>&1 &
ENVOY_PID=$!

wait_until() {  # wait_until SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what="$2"
  shift 2
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      echo "demo_approval.sh: $what did not come up; last log lines:" >&2
      tail -n 30 "$RUN/envoy.log" "$RUN/server.log" "$RUN/approval.log" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
}
wait_until 30 "the sample server" python3 -c "import socket; socket.create_connection(('127.0.0.1', $SERVER_PORT), 1)"
wait_until 30 "the approval service" curl -sf -m 1 "http://127.0.0.1:${APPROVAL_PORT}/healthz"
wait_until 60 "Envoy" sh -c "curl -sf -m 1 http://127.0.0.1:${ADMIN_PORT}/ready | grep -q LIVE"

"${VENV}/bin/python" scripts/demo_approval_client.py --url "http://127.0.0.1:${LISTEN_PORT}/mcp" \
  --service "http://127.0.0.1:${APPROVAL_PORT}" --record "$RUN/server.jsonl" --audit "$RUN/audit.log" \
  --token-dir "$RUN" ${AUTO}

if [ "$KEEP" = 1 ]; then
  echo
  echo "==> running: MCP at http://127.0.0.1:${LISTEN_PORT}/mcp, approvals at http://127.0.0.1:${LISTEN_PORT}/approvals"
  echo "    (send 'Authorization: Bearer \$(cat $RUN/approver.token)'); Ctrl-C stops"
  wait "$ENVOY_PID"
fi
