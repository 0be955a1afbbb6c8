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


BUILTINS = {"__range", "__rate_interval", "__interval", "datasource"}


def test_queries_use_only_defined_variables_and_extracted_labels():
    dash = json.loads((ROOT / "examples" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    variables = {v["name"] for v in dash["templating"]["list"]}
    tags = set(re.findall(r"tag_name: (mcp_[a-z_]+)", (ROOT / "envoy" / "envoy.yaml.tmpl").read_text(encoding="utf-8")))
    for p in dash["panels"]:
        for t in p["targets"]:
            used_vars = set(re.findall(r"\$\{?(\w+)", t["expr"]))
            assert used_vars <= variables | BUILTINS, (p["title"], used_vars - variables - BUILTINS)
            labels = set(re.findall(r"\b(mcp_[a-z]+)\b\s*(?:=~|!=|=|,|\))", t["expr"])) - {"mcp_warden"}
            assert labels <= tags, (p["title"], labels - tags)


def test_leadership_panels_answer_their_questions():
    dash = json.loads((ROOT / "examples" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    by_title = {p["title"]: p for p in dash["panels"]}
    assert len(by_title) == len(dash["panels"]), "duplicate panel titles"
    assert [p["id"] for p in dash["panels"]] == sorted({p["id"] for p in dash["panels"]})
    leadership = {t: p for t, p in by_title.items() if t.startswith("Leadership: ")}
    exprs = " ".join(t["expr"] for p in leadership.values() for t in p["targets"])
    # Shadow rollout: would_deny over all requests.
    assert 'mcp_decision="would_deny"' in exprs
    # Explicit rule vs the default: the mcp_basis label.
    assert "sum by (mcp_basis)" in exprs
    # High-risk tier: the registry's names, via the high_risk variable.
    assert '$high_risk' in exprs
    for p in leadership.values():
        assert p.get("description"), p["title"]
    # The variable's default is the sample policy's high and critical servers.
    policy = json.loads((ROOT / "examples" / "policy.json").read_text(encoding="utf-8"))
    high = sorted(s["name"] for s in policy["servers"] if s["riskTier"] in ("high", "critical"))
    var = next(v for v in dash["templating"]["list"] if v["name"] == "high_risk")
    assert sorted(var["query"].split("|")) == high
