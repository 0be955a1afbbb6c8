"""schema/policy.schema.json against the filter, on a corpus.

The schema is generated from the filter's config types (`mcp-warden schema`;
cli/src/schema.rs checks the committed file is current). What it can state
is the structure; the filter also checks cross-references, ranges and the
environment, which no JSON Schema can (see tests/policy_check.py). So:

- every policy in the repository (examples, bench, the end-to-end policies
  and each test file's policy builder) is schema-valid and loads;
- on thousands of structural mutations of those policies (unknown members,
  wrong types, bad enum values, missing members, nulls), the schema accepts
  exactly the ones the filter's parser accepts (`mcp-warden validate`,
  stage `structure`), in both directions;
- semantic errors pass the schema and are caught by validate only.

The end-to-end harness also checks every policy a test gives Envoy
(tests/e2e/harness.py, Envoy._check_policy).
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import cli_bin, policy_check
from tests.e2e import policies

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import render_envoy  # noqa: E402  (strip_jsonc)


def repo_policies() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for p in [ROOT / "examples" / "policy.json", ROOT / "examples" / "policy.jsonc", ROOT / "bench" / "policy.json"]:
        out[str(p.relative_to(ROOT))] = json.loads(render_envoy.strip_jsonc(p.read_text(encoding="utf-8")))
    for path in (ROOT / "examples").rglob("*.yaml"):
        # Rendered examples embed the policy as one JSON line.
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, value = line.strip().partition(": ")
            if key in ("pluginConfig", "config") and value.startswith("{"):
                out[f"{path.relative_to(ROOT)}:{key}"] = json.loads(value)
            if key == "value" and value.startswith("{"):
                cfg = json.loads(value).get("typed_config", {}).get("config", {})
                inner = cfg.get("configuration", {}).get("value")
                if inner:
                    out[f"{path.relative_to(ROOT)}:configuration"] = json.loads(inner)
    return out


def e2e_policies() -> dict[str, Any]:
    """The policies the end-to-end tests build (tests/e2e/policies.py and the
    builders in the test files), with the arguments the tests pass."""
    from tests.e2e import test_audit, test_config, test_credentials, test_dlp, test_integrity, test_quotas
    from tests.e2e import test_server_options, test_shadow, test_spiffe

    pins = [{"tool": "time_zone", "digest": "a" * 64}, {"tool": "unit_convert", "digest": "b" * 64}]
    out: dict[str, Any] = {
        "policies.base_policy": policies.base_policy(),
        "test_audit.sink_policy": test_audit.sink_policy(),
        "test_credentials.credentials_policy": test_credentials.credentials_policy(10000),
        "test_dlp.dlp_policy(ENFORCE)": test_dlp.dlp_policy(test_dlp.ENFORCE),
        "test_dlp.dlp_policy(RECORD_ONLY)": test_dlp.dlp_policy(test_dlp.RECORD_ONLY),
        "test_dlp.dlp_policy(SHADOW)": test_dlp.dlp_policy(test_dlp.SHADOW),
        "test_integrity.integrity_policy": test_integrity.integrity_policy(pins),
        "test_quotas.quota_policy": test_quotas.quota_policy(),
        "test_server_options.policy": test_server_options.policy(),
        "test_shadow.shadow_policy": test_shadow.shadow_policy(),
        "test_shadow.shadow_rule_policy": test_shadow.shadow_rule_policy(),
        "test_spiffe.policy": test_spiffe.policy(),
    }
    for name, (make, _) in test_config.BAD_POLICIES.items():
        out[f"test_config.{name}"] = make()
    return out


def corpus() -> dict[str, Any]:
    return {**repo_policies(), **e2e_policies()}


def e2e_env() -> dict[str, str]:
    """The secrets the end-to-end tests give Envoy's environment."""
    from tests.e2e import test_audit, test_credentials

    return {**os.environ, test_audit.HMAC_ENV: test_audit.HMAC_KEY, **test_credentials.SECRETS}


# ------------------------------------------------------------------ mutations

Mutation = tuple[str, Any]


def _walk(v: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, v
    if isinstance(v, dict):
        for k, child in v.items():
            yield from _walk(child, (*path, k))
    elif isinstance(v, list):
        for i, child in enumerate(v):
            yield from _walk(child, (*path, i))


def _set(doc: Any, path: tuple[Any, ...], fn: Callable[[Any, Any], None]) -> Any:
    d = copy.deepcopy(doc)
    parent = d
    for k in path[:-1]:
        parent = parent[k]
    fn(parent, path[-1])
    return d


def _replace(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    def put(parent: Any, key: Any) -> None:
        parent[key] = value

    return _set(doc, path, put)


def _delete(doc: Any, path: tuple[Any, ...]) -> Any:
    def drop(parent: Any, key: Any) -> None:
        del parent[key]

    return _set(doc, path, drop)


def mutations(doc: dict[str, Any], seen: set[str] | None = None) -> Iterator[Mutation]:
    """Structural changes at every node: each may or may not be one the filter
    refuses (a map of costs takes any key; a string may be any string); the
    test only asks that the schema and the filter agree. `seen` skips nodes
    (same place, same content) an earlier policy already had mutated."""
    for path, v in _walk(doc):
        if seen is not None:
            key = json.dumps([path, v], sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
        where = "/".join(map(str, path)) or "(top)"
        if isinstance(v, dict):
            yield f"{where}: unknown member", _replace(doc, path, {**v, "zzUnknown": 1}) if path else {**v, "zzUnknown": 1}
            for k in v:
                yield f"{where}: without {k}", _delete(doc, (*path, k))
        if not path:
            continue
        for label, value in (("null", None), ("a number", 42), ("a string", "x"), ("a list", []), ("an object", {}),
                             ("true", True), ("-1", -1), ("1.5", 1.5), ("2^64", 2**64)):
            if value == v and type(value) is type(v):
                continue
            if isinstance(v, dict) and isinstance(value, list):
                continue  # test_a_list_in_place_of_an_object_is_refused
            yield f"{where}: {label}", _replace(doc, path, value)
        if isinstance(v, str):
            yield f"{where}: other text", _replace(doc, path, v + "-changed")
        if isinstance(v, list):
            yield f"{where}: an odd item", _replace(doc, path, [*v, 42])


# --------------------------------------------------------------------- tests


def test_every_policy_in_the_repository_and_the_e2e_tests_is_schema_valid_and_loads(tmp_path: Path) -> None:
    docs = corpus()
    assert len(docs) >= 20, sorted(docs)
    verdicts = cli_bin.validate_json([json.dumps(d) for d in docs.values()], tmp_path, env=e2e_env())
    problems = []
    for (name, doc), verdict in zip(docs.items(), verdicts):
        expected_invalid = name.startswith("test_config.")  # built to be refused
        errors = policy_check.schema_errors(doc)
        if not expected_invalid and (errors or not verdict["valid"]):
            problems.append(f"{name}: schema {errors[:2]}, filter {verdict}")
        if disagreement := policy_check.agree(doc, verdict):
            problems.append(f"{name}: {disagreement}")
    assert not problems, "\n".join(problems)


def test_the_schema_and_the_filter_agree_on_the_structure_of_mutated_policies(tmp_path: Path) -> None:
    docs = corpus()
    # The richest policies cover every section between them.
    bases = [docs[n] for n in ("test_credentials.credentials_policy", "test_dlp.dlp_policy(ENFORCE)",
                               "test_integrity.integrity_policy", "test_quotas.quota_policy",
                               "test_audit.sink_policy", "examples/policy.json", "test_shadow.shadow_rule_policy")]
    cases: list[Mutation] = []
    seen: set[str] = set()
    for b in bases:
        cases.extend(mutations(b, seen))
    cases += [("not an object: list", []), ("not an object: string", "x"), ("not an object: null", None),
              ("$schema for editors", {**docs["examples/policy.json"], "$schema": "../schema/policy.schema.json"})]
    verdicts = cli_bin.validate_json([json.dumps(doc) for _, doc in cases], tmp_path, env=None)
    mismatches = []
    structural = 0
    for (label, doc), verdict in zip(cases, verdicts):
        if not policy_check.structurally_valid(verdict):
            structural += 1
        if problem := policy_check.agree(doc, verdict):
            mismatches.append(f"{label}: {problem}")
    assert not mismatches, f"{len(mismatches)} of {len(cases)} disagree:\n" + "\n".join(mismatches[:40])
    # The corpus really exercises both sides.
    assert structural >= 1000 and len(cases) - structural >= 300, (structural, len(cases))


SEMANTIC = {
    "a rule names an undeclared server": (lambda p: p["rules"][0].__setitem__("servers", ["nope"]), "rules[0].servers[0]"),
    "duplicate rule names": (lambda p: p["rules"][1].__setitem__("name", p["rules"][0]["name"]), "rules[1].name"),
    "an empty who": (lambda p: p["rules"][0].__setitem__("who", {}), "rules[0].who"),
    "an unknown MCP method": (lambda p: p["rules"][0].__setitem__("methods", ["tools/cal"]), "rules[0].methods[0]"),
    "a server name that is no metric label": (lambda p: p["servers"][0].__setitem__("name", "Tickets Prod"), "servers[0].name"),
    "a limit below its minimum": (lambda p: p["limits"].__setitem__("maxJsonDepth", 1), "limits.maxJsonDepth"),
    "a path prefix without /": (lambda p: p["servers"][0]["match"].__setitem__("pathPrefix", "mcp"), "servers[0].match.pathPrefix"),
    "the wrong apiVersion value": (lambda p: p.__setitem__("apiVersion", "mcp-warden/v2"), "apiVersion"),
}


@pytest.mark.parametrize("case", sorted(SEMANTIC))
def test_what_no_schema_can_say_is_left_to_validate(case: str, tmp_path: Path) -> None:
    mutate, path = SEMANTIC[case]
    p = policies.base_policy()
    mutate(p)
    [verdict] = cli_bin.validate_json([json.dumps(p)], tmp_path)
    assert not verdict["valid"] and verdict["path"] == path, verdict
    if case == "the wrong apiVersion value":
        # A constant the schema does state: both refuse it.
        assert verdict["stage"] == "structure" and policy_check.schema_errors(p)
    else:
        assert verdict["stage"] == "semantics", verdict
        assert policy_check.schema_errors(p) == [], case


def test_known_limits_of_json_schema_are_what_the_readme_says(tmp_path: Path) -> None:
    # 1. JSON Schema's integers include 1.0; serde's do not (the filter refuses).
    p = policies.base_policy()
    p["limits"]["maxBatchSize"] = 4.0
    q = policies.base_policy()
    q["limits"]["maxRequestBodyBytes"] = 2**33  # over 32 bits: the wasm filter's usize
    v1, v2 = cli_bin.validate_json([json.dumps(p).replace('"maxBatchSize": 4', '"maxBatchSize": 4.0'), json.dumps(q)], tmp_path)
    assert policy_check.schema_errors(p) == [] and not v1["valid"] and v1["stage"] == "structure"
    # 2. The schema bounds usize members at 32 bits like the wasm filter; the
    #    CLI runs natively (64-bit usize): its parser lets 2^33 through (a
    #    range check in code may still refuse it, at the semantics stage).
    assert policy_check.schema_errors(q) and policy_check.structurally_valid(v2), v2
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`1.0`" in readme and "32-bit" in readme


def test_a_list_in_place_of_an_object_is_refused(tmp_path: Path) -> None:
    p = policies.base_policy()
    p["envoy"] = []
    p["limits"] = [65536, 1048576, 16, 4]
    assert policy_check.schema_errors(p)
    [verdict] = cli_bin.validate_json([json.dumps(p)], tmp_path)
    assert not policy_check.structurally_valid(verdict), verdict
