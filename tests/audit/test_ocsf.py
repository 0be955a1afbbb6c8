"""The `ocsf` audit format against the published OCSF schema.

tests/audit/ocsf_records.jsonl holds one record of each shape the filter
writes, sealed in the OCSF format by the filter's own code (src/audit.rs
keeps the file current). Each must validate against OCSF 1.8.0 API Activity
(class 6003) as compiled by the pinned PyPI package ocsf-json-schema, which
ships the OCSF schema exports (no network, no hand-written schema).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from ocsf_json_schema import OcsfJsonSchemaEmbedded, get_ocsf_schema

ROOT = Path(__file__).resolve().parent.parent.parent
RECORDS = [json.loads(line) for line in (ROOT / "tests" / "audit" / "ocsf_records.jsonl").read_text(encoding="utf-8").splitlines()]
OCSF_VERSION = "1.8.0"  # src/audit.rs OCSF_VERSION


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    ocsf = OcsfJsonSchemaEmbedded(get_ocsf_schema(version=OCSF_VERSION))
    assert ocsf.lookup_class_name_from_uid(class_uid=6003) == "api_activity"
    schema = ocsf.get_class_schema(class_name="api_activity", profiles=[])
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(v: Draft202012Validator, record: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in v.iter_errors(record)]


@pytest.mark.parametrize("n", range(len(RECORDS)), ids=lambda n: f"{RECORDS[n]['activity_name']}-{RECORDS[n]['unmapped']['mcp_warden'].get('decision')}-{n}")
def test_every_record_shape_is_valid_ocsf_api_activity(validator: Draft202012Validator, n: int) -> None:
    rec = RECORDS[n]
    assert errors(validator, rec) == []
    assert rec["metadata"]["version"] == OCSF_VERSION
    assert rec["class_uid"] == 6003 and rec["type_uid"] == 600300 + rec["activity_id"]


def test_the_samples_cover_what_the_filter_writes() -> None:
    decisions = {r["unmapped"]["mcp_warden"].get("decision") for r in RECORDS}
    assert {"allow", "deny", "would_deny"} <= decisions
    assert {r["activity_id"] for r in RECORDS} >= {2, 4, 99}
    assert any("batch" in r["unmapped"]["mcp_warden"] for r in RECORDS)
    assert any("pin_events" in r["unmapped"]["mcp_warden"] for r in RECORDS)
    # A refusal before the registry matched (no server) and an anonymous caller.
    assert any("service" not in r["api"] for r in RECORDS)
    assert any(r["actor"].get("user", {}).get("name") == "anonymous" for r in RECORDS)


@pytest.mark.parametrize(
    "breakage",
    ["drop actor", "drop metadata.version", "unknown top-level member", "string time", "bad activity"],
)
def test_the_validator_catches_what_would_break_a_siem_import(validator: Draft202012Validator, breakage: str) -> None:
    rec = copy.deepcopy(RECORDS[0])
    if breakage == "drop actor":
        del rec["actor"]
    elif breakage == "drop metadata.version":
        del rec["metadata"]["version"]
    elif breakage == "unknown top-level member":
        rec["mcp_decision"] = "allow"
    elif breakage == "string time":
        rec["time"] = "2026-11-21T05:27:13Z"
    elif breakage == "bad activity":
        rec["activity_id"] = 7
    assert errors(validator, rec) != []


def test_the_readme_maps_every_ocsf_attribute_the_records_use() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### SIEM format (OCSF)", 1)[1].split("\n## ", 1)[0]
    used: set[str] = set()
    for r in RECORDS:
        for k, v in r.items():
            if k == "unmapped":
                continue
            used.add(k)
            if isinstance(v, dict):
                used |= {f"{k}.{sub}" for sub in v}
    missing = sorted(u for u in used if f"`{u}`" not in section)
    assert not missing, f"README SIEM mapping table lacks: {missing}"
