"""The Grafana dashboard loads as is and only queries metrics the filter defines."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def defined_metrics() -> set[str]:
    src = (ROOT / "src" / "metrics.rs").read_text(encoding="utf-8")
    return set(re.findall(r'pub const [A-Z_]+: &str = "(mcp_warden_[a-z_]+)";', src))


def test_dashboard_is_grafana_json_with_a_datasource_variable():
    dash = json.loads((ROOT / "examples" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    assert dash["uid"] and dash["panels"]
    names = {v["name"] for v in dash["templating"]["list"]}
    assert {"datasource", "server"} <= names
    for p in dash["panels"]:
        assert p["datasource"]["uid"] == "${datasource}", p["title"]
        assert p["targets"], p["title"]


def test_dashboard_queries_only_metrics_the_filter_emits():
    dash = json.loads((ROOT / "examples" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    known = defined_metrics()
    assert "mcp_warden_requests_total" in known
    used = set()
    for p in dash["panels"]:
        for t in p["targets"]:
            for m in re.findall(r"mcp_warden_[a-z_]+", t["expr"]):
                used.add(re.sub(r"_(bucket|sum|count)$", "", m))
    assert used, "no queries"
    assert used <= known, f"unknown metrics: {used - known}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for m in used:
        assert f"`{m}`" in readme, f"{m} is not documented in the README metrics table"
