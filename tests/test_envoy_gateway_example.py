"""examples/envoy-gateway/extension-policy.yaml: a current render of the sample
policy, in the shape Envoy Gateway's API takes (gateway.envoyproxy.io/v1alpha1
SecurityPolicy and EnvoyExtensionPolicy), with an embedded policy the filter
loads and the JSON Schema accepts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from tests import cli_bin, policy_check

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "envoy-gateway" / "extension-policy.yaml"


def docs() -> dict[str, dict]:
    return {d["kind"]: d for d in yaml.safe_load_all(EXAMPLE.read_text(encoding="utf-8"))}


def test_the_example_is_current() -> None:
    before = EXAMPLE.read_text(encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "render_istio.py")], check=True, capture_output=True)
    assert EXAMPLE.read_text(encoding="utf-8") == before, "examples/envoy-gateway is stale: run scripts/render_istio.py"


def test_the_resources_have_envoy_gateways_shape() -> None:
    d = docs()
    assert set(d) == {"SecurityPolicy", "EnvoyExtensionPolicy"}
    for doc in d.values():
        assert doc["apiVersion"] == "gateway.envoyproxy.io/v1alpha1"
        assert doc["metadata"]["namespace"] == "mcp"
        assert doc["spec"]["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "name": "tickets-mcp"}]
    [wasm] = d["EnvoyExtensionPolicy"]["spec"]["wasm"]
    assert set(wasm) <= {"name", "rootID", "code", "config", "failOpen", "env"}
    assert wasm["rootID"] == "mcp_warden" and wasm["failOpen"] is False
    assert wasm["code"]["type"] == "Image" and set(wasm["code"]) == {"type", "image"}
    assert not wasm["code"]["image"]["url"].startswith("oci://")  # EG takes registry/image:tag
    jwt = d["SecurityPolicy"]["spec"]["jwt"]
    assert jwt["optional"] is True  # tokenless requests get mcp-warden's 401 challenge
    [provider] = jwt["providers"]
    # EG keys jwt_authn's payload_in_metadata by the provider name.
    assert wasm["config"]["identity"]["jwt"]["metadataKey"] == provider["name"]


def test_the_embedded_policy_is_the_sample_in_mode_a_and_loads(tmp_path: Path) -> None:
    policy = docs()["EnvoyExtensionPolicy"]["spec"]["wasm"][0]["config"]
    assert policy["envoy"] == {"allowOnHeadersStopIteration": False}
    sample = json.loads((ROOT / "examples" / "policy.json").read_text(encoding="utf-8"))
    assert policy["rules"] == sample["rules"] and policy["servers"] == sample["servers"]
    assert "$schema" not in policy
    [verdict] = cli_bin.validate_json([json.dumps(policy)], tmp_path)
    assert verdict["valid"], verdict
    assert policy_check.schema_errors(policy) == []
