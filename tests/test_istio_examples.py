"""The Istio examples are current renders of the sample policy, in the right mode."""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def embedded(path: str, key: str) -> dict:
    text = (ROOT / "examples" / "istio" / path).read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if l.strip().startswith(key + ":"))
    return json.loads(line.split(":", 1)[1])


def test_the_istio_examples_are_current(tmp_path):
    before = {p.name: p.read_text() for p in (ROOT / "examples" / "istio").glob("*.yaml")}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "render_istio.py")], check=True, capture_output=True)
    after = {p.name: p.read_text() for p in (ROOT / "examples" / "istio").glob("*.yaml")}
    assert before == after, "examples/istio is stale: run scripts/render_istio.py"


def test_the_wasmplugin_runs_mode_a_and_the_envoyfilter_mode_b():
    plugin = embedded("wasmplugin.yaml", "pluginConfig")
    assert plugin["envoy"] == {"allowOnHeadersStopIteration": False}
    patch = embedded("envoyfilter.yaml", "value")
    cfg = patch["typed_config"]["config"]
    assert cfg["allow_on_headers_stop_iteration"] is True
    assert cfg["failure_policy"] == "FAIL_CLOSED"
    policy = json.loads(cfg["configuration"]["value"])
    assert policy["envoy"] == {"allowOnHeadersStopIteration": True}
    sample = json.loads((ROOT / "examples" / "policy.json").read_text())
    for p in (plugin, policy):
        assert p["rules"] == sample["rules"] and p["servers"] == sample["servers"]
        assert p["identity"]["jwt"]["metadataKey"] == "https://issuer.example.com"
    assert re.search(r"phase: AUTHZ", (ROOT / "examples" / "istio" / "wasmplugin.yaml").read_text())
