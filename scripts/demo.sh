#!/usr/bin/env bash
# Quick start: Envoy + mcp-warden in front of a sample MCP server, on 127.0.0.1.
#
#   scripts/demo.sh            # mode a (Istio-like), shows calls, then stops
#   scripts/demo.sh --mode b   # PluginConfig allow_on_headers_stop_iteration: true
#   scripts/demo.sh --keep     # leave everything running until Ctrl-C
#   MCP_WARDEN_WASM=path/to/mcp_warden.wasm scripts/demo.sh   # a prebuilt module, no build
#   LISTEN_PORT=10000 ADMIN_PORT=9901 SERVER_PORT=8000 scripts/demo.sh   # the defaults
#
# Installs what is missing (scripts/env.sh), builds the wasm, renders
# envoy/envoy.yaml.tmpl with examples/policy.json, starts the sample server
# (:8000) and Envoy (:10000, admin :9901), then shows an allowed and a denied
# call with the official MCP client. Everything is stopped on exit or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=a
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE="$2"; shift 2 ;;
    --mode=*) MODE="${1#--mode=}"; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "demo.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$MODE" in a|b) ;; *) echo "demo.sh: --mode must be a or b" >&2; exit 2 ;; esac

LISTEN_PORT="${LISTEN_PORT:-10000}"   # examples/policy.json's resourceMetadataUrl names 10000
ADMIN_PORT="${ADMIN_PORT:-9901}"
SERVER_PORT="${SERVER_PORT:-8000}"
RUN=.run/demo

# shellcheck source=scripts/env.sh
source scripts/env.sh

mw_require_free_ports demo.sh "$LISTEN_PORT" "$ADMIN_PORT" "$SERVER_PORT"
mw_demo_wasm

rm -rf "$RUN"
mkdir -p "$RUN"
"${VENV}/bin/python" scripts/render_envoy.py --policy examples/policy.json --mode "$MODE" \
  --listen-port "$LISTEN_PORT" --admin-port "$ADMIN_PORT" --upstream-port "$SERVER_PORT" \
  --wasm-path "$WASM" --access-log-path "$PWD/$RUN/access.log" --audit-log-path "$PWD/$RUN/audit.log" --out "$RUN/envoy.yaml"
echo "==> rendered $RUN/envoy.yaml (mode $MODE) from envoy/envoy.yaml.tmpl + examples/policy.json"

SERVER_PID=""
ENVOY_PID=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$ENVOY_PID" ] && kill -0 "$ENVOY_PID" 2>/dev/null; then
    curl -s -m 2 -X POST "http://127.0.0.1:${ADMIN_PORT}/quitquitquit" >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do kill -0 "$ENVOY_PID" 2>/dev/null || break; sleep 0.1; done
    kill "$ENVOY_PID" 2>/dev/null || true
  fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  echo "==> stopped Envoy and the sample server (logs in $RUN/)"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> starting the sample MCP server on 127.0.0.1:${SERVER_PORT}"
"${VENV}/bin/python" tests/servers/sample_server.py --port "$SERVER_PORT" --record "$RUN/server.jsonl" \
  >"$RUN/server.log" 2>&1 &
SERVER_PID=$!

echo "==> starting Envoy on 127.0.0.1:${LISTEN_PORT} (admin ${ADMIN_PORT})"
"$ENVOY_BIN" -c "$RUN/envoy.yaml" --concurrency 2 --disable-hot-restart --log-level info --file-flush-interval-msec 200 \
  >"$RUN/envoy.log" 2>&1 &
ENVOY_PID=$!

wait_until() {  # wait_until SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what="$2"
  shift 2
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      echo "demo.sh: $what did not come up; last log lines:" >&2
      tail -n 30 "$RUN/envoy.log" "$RUN/server.log" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
}
wait_until 30 "the sample server" python3 -c "import socket; socket.create_connection(('127.0.0.1', $SERVER_PORT), 1)"
wait_until 30 "Envoy" sh -c "curl -sf -m 1 http://127.0.0.1:${ADMIN_PORT}/ready | grep -q LIVE"

"${VENV}/bin/python" scripts/demo_client.py --url "http://127.0.0.1:${LISTEN_PORT}/mcp" --record "$RUN/server.jsonl"

echo
echo "==> Envoy access log: the MCP facts mcp-warden published for each tools/call ($RUN/access.log)"
sleep 0.5
"${VENV}/bin/python" - "$RUN/access.log" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
cols = ["response_code", "mcp_principal", "mcp_method", "mcp_target", "mcp_decision", "mcp_rule"]
print("  " + "  ".join(f"{c:<24}" for c in cols))
for r in rows:
    if r.get("mcp_method") == "tools/call":
        print("  " + "  ".join(f"{str(r.get(c)):<24}" for c in cols))
PY

if [ "$KEEP" = 1 ]; then
  echo
  echo "==> running: MCP at http://127.0.0.1:${LISTEN_PORT}/mcp, admin at http://127.0.0.1:${ADMIN_PORT}/ ; Ctrl-C stops"
  wait "$ENVOY_PID"
fi
