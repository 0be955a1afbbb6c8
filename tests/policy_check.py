"""The policy JSON Schema (schema/policy.schema.json) against the filter.

A JSON Schema can state a policy's structure (types, enums, required and
unknown members): what the filter's `config::parse` checks. It cannot state
cross-references (a rule naming an undeclared server), ranges the filter
checks in code or secrets in the environment (`Policy::from_json`). So the
equivalence checked here is structural: the schema accepts a policy exactly
when `mcp-warden validate` (the filter's own code) does not refuse it at the
`structure` stage.

Known differences, by nature of JSON Schema: `1.0` counts as an integer to
JSON Schema but not to serde, and the CLI runs natively where the filter's
`usize` limits are 64-bit while the wasm filter's (and the schema's) are
32-bit. The corpus avoids neither silently: tests/test_schema.py names them.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schema" / "policy.schema.json"


@functools.cache
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(policy: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator().iter_errors(policy)]


def structurally_valid(verdict: dict[str, Any]) -> bool:
    """From `mcp-warden validate --json`: not refused at the structure stage."""
    return bool(verdict["valid"]) or verdict.get("stage") == "semantics"


def agree(policy: Any, verdict: dict[str, Any]) -> str | None:
    """None when the schema and the filter agree on the structure; else why not."""
    errors = [] if validator().is_valid(policy) else schema_errors(policy)
    filter_ok = structurally_valid(verdict)
    if filter_ok and errors:
        return f"the filter accepts the structure but the schema refuses it: {errors[:3]}"
    if not filter_ok and not errors:
        return f"the schema accepts a policy the filter refuses at {verdict.get('path')}: {verdict.get('message')}"
    return None
