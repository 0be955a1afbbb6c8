"""examples/prometheus/mcp-warden-alerts.yaml: valid for Prometheus (promtool
check rules), each alert unit-tested (promtool test rules: it fires on its
situation and stays quiet on the look-alike), over metrics and labels the
filter defines and the README documents."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "examples" / "prometheus" / "mcp-warden-alerts.yaml"
TESTS = ROOT / "tests" / "prometheus" / "mcp-warden-alerts.test.yaml"


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool is missing: scripts/env.sh installs it (Debian package prometheus)", pytrace=False)
    return path


def test_promtool_accepts_the_rules() -> None:
    proc = subprocess.run([promtool(), "check", "rules", str(RULES)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS" in proc.stdout


def test_the_promtool_unit_tests_pass() -> None:
    proc = subprocess.run([promtool(), "test", "rules", str(TESTS)], capture_output=True, text=True, timeout=120, cwd=TESTS.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_alert_has_a_unit_test_that_sees_it_fire() -> None:
    alerts = re.findall(r"- alert: (\w+)", RULES.read_text(encoding="utf-8"))
    assert len(alerts) == 7, alerts
    tests = TESTS.read_text(encoding="utf-8")
    for a in alerts:
        blocks = re.findall(rf"alertname: {a}\n\s+exp_alerts:(.*?)(?=\n\s+- eval_time|\n  - interval|\Z)", tests, re.S)
        assert any("exp_labels" in b for b in blocks), f"{a}: no unit test expects it to fire"
        assert any(b.strip() == "[]" for b in blocks), f"{a}: no unit test expects it to stay quiet"


def test_the_rules_use_only_defined_documented_metrics_and_labels() -> None:
    src = (ROOT / "src" / "metrics.rs").read_text(encoding="utf-8")
    defined = set(re.findall(r'pub const [A-Z_]+: &str = "(mcp_warden_[a-z_]+)";', src))
    tags = set(re.findall(r"tag_name: (mcp_[a-z_]+)", (ROOT / "envoy" / "envoy.yaml.tmpl").read_text(encoding="utf-8")))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    text = RULES.read_text(encoding="utf-8")
    used = {re.sub(r"_(bucket|sum|count)$", "", m) for m in re.findall(r"mcp_warden_[a-z_]+", text)}
    assert used and used <= defined, used - defined
    for m in used:
        assert f"`{m}`" in readme, f"{m} is not in the README metrics table"
    labels = set(re.findall(r"\b(mcp_[a-z]+)\b", text)) - {"mcp_warden"}
    assert labels <= tags, f"labels no stats_tags rule extracts: {labels - tags}"
