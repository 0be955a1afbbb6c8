"""Fast checks (no Envoy): examples/policy.json mirrors policy.jsonc, the
committed docker-compose configs are fresh renders, the renderer's modes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import render_envoy  # noqa: E402

TEMPLATE = (ROOT / "envoy" / "envoy.yaml.tmpl").read_text(encoding="utf-8")
POLICY_JSON = ROOT / "examples" / "policy.json"
POLICY_JSONC = ROOT / "examples" / "policy.jsonc"


def test_policy_json_is_policy_jsonc_without_comments() -> None:
    commented = json.loads(render_envoy.strip_jsonc(POLICY_JSONC.read_text(encoding="utf-8")))
    plain = json.loads(POLICY_JSON.read_text(encoding="utf-8"))
    assert plain == commented, "examples/policy.json is stale: run scripts/sync_policy_json.py"


def test_strip_jsonc_keeps_comment_markers_inside_strings() -> None:
    text = '{"url": "http://x/*y*/", // note\n "a": "//not a comment", /* block\n */ "b": "\\"//"}'
    assert json.loads(render_envoy.strip_jsonc(text)) == {"url": "http://x/*y*/", "a": "//not a comment", "b": '"//'}


@pytest.mark.parametrize("mode", ["a", "b"])
def test_compose_configs_are_fresh_renders(mode: str) -> None:
    want = render_envoy.render(
        TEMPLATE, POLICY_JSON.read_text(encoding="utf-8"), mode=mode, **render_envoy.PRESETS["compose"]
    )
    got = (ROOT / "envoy" / "compose" / f"envoy-mode-{mode}.yaml").read_text(encoding="utf-8")
    assert got == want, "envoy/compose is stale: run scripts/render_compose.sh"


def _embedded_policy(rendered: str) -> dict:
    line = next(x for x in rendered.splitlines() if x.strip().startswith("value: "))
    return json.loads(json.loads(line.strip()[len("value: ") :]))


@pytest.mark.parametrize("mode,flag", [("a", False), ("b", True)])
def test_the_mode_sets_plugin_config_and_policy_together(mode: str, flag: bool) -> None:
    out = render_envoy.render(TEMPLATE, POLICY_JSONC.read_text(encoding="utf-8"), mode=mode)
    settings = [x.strip() for x in out.splitlines() if x.strip().startswith("allow_on_headers_stop_iteration:")]
    assert settings == (["allow_on_headers_stop_iteration: true"] if flag else [])
    assert _embedded_policy(out)["envoy"] == {"allowOnHeadersStopIteration": flag}
    assert "@mode-b-only" not in out and "@begin-filter" not in out and "$" not in out


def test_raw_policies_are_embedded_byte_for_byte() -> None:
    text = '{"apiVersion": "mcp-warden/v1", "bogus": "é\\u00e9", '
    out = render_envoy.render(TEMPLATE, text, mode="a", raw_policy=True)
    line = next(x for x in out.splitlines() if x.strip().startswith("value: "))
    assert json.loads(line.strip()[len("value: ") :]) == text


def test_without_filter_leaves_only_jwt_authn_and_router() -> None:
    out = render_envoy.render(TEMPLATE, POLICY_JSON.read_text(encoding="utf-8"), mode="a", with_filter=False)
    assert "envoy.filters.http.wasm" not in out
    assert "envoy.filters.http.jwt_authn" in out and "envoy.filters.http.router" in out


def test_envoy_buffers_stay_above_the_filter_caps() -> None:
    policy = json.loads(POLICY_JSON.read_text(encoding="utf-8"))
    policy["limits"]["maxRequestBodyBytes"] = 3 * 1024 * 1024
    policy["limits"]["maxResponseBodyBytes"] = 2 * 1024 * 1024
    out = render_envoy.render(TEMPLATE, json.dumps(policy), mode="a")
    limits = [int(v) for v in re.findall(r"per_connection_buffer_limit_bytes: (\d+)", out)]
    # Listener: covers requests and the answers the filter buffers; cluster: answers.
    assert limits and limits[0] == 6 * 1024 * 1024, limits
    assert all(v >= 2 * 2 * 1024 * 1024 for v in limits), limits
    policy["limits"]["maxResponseBodyBytes"] = 16 * 1024 * 1024
    out = render_envoy.render(TEMPLATE, json.dumps(policy), mode="a")
    limits = [int(v) for v in re.findall(r"per_connection_buffer_limit_bytes: (\d+)", out)]
    assert limits and min(limits) == 32 * 1024 * 1024, limits


def test_the_cli_renders_a_file(tmp_path: Path) -> None:
    out = tmp_path / "envoy.yaml"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_envoy.py"), "--policy", str(POLICY_JSONC), "--mode", "b", "--out", str(out), "--listen-port", "12345"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "port_value: 12345" in out.read_text(encoding="utf-8")
