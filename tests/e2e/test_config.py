"""Envoy configs: every rendered config validates, and a bad policy stops the plugin."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from . import harness
from .conftest import EnvoyFactory
from .harness import MODES, ROOT, SampleServer, validate_config
from .policies import alice, base_policy

EXAMPLE_POLICY = ROOT / "examples" / "policy.json"
COMPOSE_DIR = ROOT / "envoy" / "compose"


@pytest.mark.parametrize("with_filter", [True, False], ids=["with-filter", "without-filter"])
@pytest.mark.parametrize("mode", MODES, ids=lambda m: f"mode-{m}")
def test_configs_rendered_from_the_sample_policy_validate(mode: str, with_filter: bool, wasm: Path, tmp_path: Path) -> None:
    text = harness.render_envoy.render(
        harness.TEMPLATE.read_text(encoding="utf-8"),
        EXAMPLE_POLICY.read_text(encoding="utf-8"),
        mode=mode,
        with_filter=with_filter,
        wasm_path=wasm,
        access_log_path=tmp_path / "access.log",
    )
    cfg = tmp_path / "envoy.yaml"
    cfg.write_text(text, encoding="utf-8")
    proc = validate_config(cfg)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "OK" in proc.stdout + proc.stderr


@pytest.mark.parametrize("mode", MODES, ids=lambda m: f"mode-{m}")
def test_the_docker_compose_configs_validate(mode: str, wasm: Path, tmp_path: Path) -> None:
    # The compose files name container paths; point them at this checkout.
    text = (COMPOSE_DIR / f"envoy-mode-{mode}.yaml").read_text(encoding="utf-8")
    text = text.replace("/etc/mcp-warden/mcp_warden.wasm", str(wasm))
    text = text.replace("/etc/mcp-warden/envoy/", str(ROOT / "envoy") + "/")
    assert "/etc/mcp-warden" not in text
    cfg = tmp_path / "compose.yaml"
    cfg.write_text(text, encoding="utf-8")
    proc = validate_config(cfg)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _bad_rule_server() -> dict[str, Any]:
    p = base_policy()
    p["rules"][0]["servers"] = ["no-such-server"]
    return p


def _unknown_server_field() -> dict[str, Any]:
    p = base_policy()
    p["servers"][0]["matchh"] = {"pathPrefix": "/mcp"}
    return p


BAD_POLICIES = {
    # name: (policy, text that must follow "mcp-warden: invalid config at ")
    "rule-names-an-undeclared-server": (_bad_rule_server, "rules[0].servers[0]"),
    "unknown-field": (_unknown_server_field, "servers[0]"),
}


# Each refused start costs a full module compile (several seconds), and config
# validation does not depend on the mode: the main case runs in both modes.
@pytest.mark.parametrize(
    "mode,case",
    [("a", "rule-names-an-undeclared-server"), ("b", "rule-names-an-undeclared-server"), ("a", "unknown-field")],
    ids=lambda v: v if "-" in v else f"mode-{v}",
)
def test_an_invalid_policy_stops_the_plugin_with_the_json_path_in_the_log(
    mode: str, case: str, envoy_factory: EnvoyFactory
) -> None:
    make, path = BAD_POLICIES[case]
    envoy = envoy_factory(make(), mode, slot="x1", start=False)
    code, log = envoy.start_expecting_failure()
    assert code != 0, log[-4000:]
    lines = [line for line in log.splitlines() if "mcp-warden: invalid config at" in line]
    assert lines, f"no 'mcp-warden: invalid config at' line in the Envoy log:\n{log[-6000:]}"
    assert any(f"mcp-warden: invalid config at {path}" in line for line in lines), "\n".join(lines)
    if case == "unknown-field":
        assert any("matchh" in line for line in lines), "\n".join(lines)


def test_a_policy_that_is_not_json_stops_the_plugin(envoy_factory: EnvoyFactory) -> None:
    envoy = envoy_factory('{"apiVersion": "mcp-warden/v1", ', "b", slot="x2", start=False, raw_policy=True)
    code, log = envoy.start_expecting_failure()
    assert code != 0
    assert re.search(r"mcp-warden: invalid config at \S+", log), log[-6000:]


@pytest.mark.parametrize("mode", MODES, ids=lambda m: f"mode-{m}")
def test_a_valid_policy_loads_and_envoy_serves(
    mode: str, envoy_factory: EnvoyFactory, sample_server: SampleServer
) -> None:
    envoy = envoy_factory(base_policy(), mode)
    stats = envoy.stats()
    assert stats.get("envoy_wasm_wasm_vm_count{}", 0) >= 1, {k: v for k, v in stats.items() if "wasm" in k}
    raw = harness.Raw(envoy.url(""))
    try:
        resp = raw.call("/mcp/stateless-json", "tools/call", {"name": "echo", "arguments": {"text": "hi"}}, token=alice())
    finally:
        raw.close()
    assert resp.status_code == 200, resp.text
    assert json.loads(resp.text)["result"]["content"][0]["text"] == "hi"
    envoy.stop()
