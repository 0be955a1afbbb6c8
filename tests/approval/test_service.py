"""The approval service (approval/, binary mcp-warden-approval) on its own:
the built binary on a free 127.0.0.1 port, its JSON API driven over HTTP, and
its page driven by a real headless Chromium (Debian chromium + chromium-driver,
Selenium from PyPI).

The service is tested alone here, so the tests set the approver identity
header (x-jwt-payload, base64url of a JWT payload) themselves: over HTTP
directly, and in the browser through the DevTools protocol
(Network.setExtraHTTPHeaders). In production only Envoy's jwt_authn sets it,
on a route that requires a token.

A screenshot of the approval page is saved as a test artefact: under
$MCP_WARDEN_ARTIFACTS if set, else the pytest tmp dir; the path is printed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "approval-test-key-0123456789"
KEY_HEADER = "x-mcp-warden-approval-key"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

BOB = ("bob@example.com", ["ops-leads"])
ALICE = ("alice@example.com", ["support"])
MALLORY = ("mallory@example.com", ["eng"])


def identity(sub: str, groups: list[str]) -> str:
    payload = json.dumps({"iss": "https://auth.example.com", "sub": sub, "groups": groups}).encode()
    return base64.urlsafe_b64encode(payload).rstrip(b"=").decode()


def digest(arguments: dict) -> str:
    canonical = json.dumps(arguments, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_body(arguments: dict, **over) -> dict:
    body = {
        "principal": ALICE[0],
        "agent": "support-bot",
        "server": "tickets",
        "tool": "delete_ticket",
        "argsDigest": digest(arguments),
        # What the filter's DLP stage would show: the secret already masked.
        "argsPreview": {**arguments, "apiKey": "[REDACTED:github_token]"},
        "policyVersion": "sha256:test-policy",
        "rule": "deletes-need-approval",
        "approvers": {"groups": ["ops-*"], "subjects": []},
        "allowSelf": False,
        "ttlSeconds": 900,
        "uses": 1,
        "reason": "Deleting a ticket cannot be undone",
    }
    body.update(over)
    return body


class Service:
    """One mcp-warden-approval process; stopped by the fixture."""

    def __init__(self, binary: Path, workdir: Path, extra: list[str] | None = None) -> None:
        self.workdir = workdir
        self.stdout = open(workdir / "audit.jsonl", "wb")
        self.stderr_path = workdir / "service.log"
        self.stderr = open(self.stderr_path, "wb")
        env = {**os.environ, "MCP_WARDEN_APPROVAL_KEY": KEY}
        self.proc = subprocess.Popen(
            [str(binary), "--listen", "127.0.0.1:0", "--db", str(workdir / "approvals.db"),
             "--sweep-seconds", "1", *(extra or [])],
            stdout=self.stdout, stderr=self.stderr, env=env, cwd=workdir,
        )
        deadline = time.monotonic() + 30
        while True:
            log = self.stderr_path.read_text(errors="replace")
            m = re.search(r"listening on 127\.0\.0\.1:(\d+)", log)
            if m:
                self.port = int(m.group(1))
                break
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"mcp-warden-approval did not start:\n{log}")
            time.sleep(0.05)
        self.base = f"http://127.0.0.1:{self.port}"
        self.http = httpx.Client(base_url=self.base, timeout=10)

    def check(self, body: dict) -> dict:
        r = self.http.post("/v1/check", json=body, headers={KEY_HEADER: KEY})
        assert r.status_code == 200, r.text
        return r.json()

    def get(self, approval_id: str) -> dict:
        r = self.http.get(f"/v1/approvals/{approval_id}", headers={KEY_HEADER: KEY})
        assert r.status_code == 200, r.text
        return r.json()

    def page(self, path: str, who: tuple[str, list[str]] | None) -> httpx.Response:
        headers = {"x-jwt-payload": identity(*who)} if who else {}
        return self.http.get(path, headers=headers)

    def post_form(self, path: str, who: tuple[str, list[str]], token: str, origin: str | None = None) -> httpx.Response:
        headers = {"x-jwt-payload": identity(*who), "origin": origin or self.base}
        return self.http.post(path, headers=headers, data={"csrf": token})

    def audit(self) -> list[dict]:
        self.stdout.flush()
        text = (self.workdir / "audit.jsonl").read_text()
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.stdout.close()
        self.stderr.close()


def form_token(html: str) -> str:
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    assert m, html
    return m.group(1)


@pytest.fixture(scope="module")
def binary() -> Path:
    """The service binary, built (a no-op when scripts/test.sh already did)."""
    proc = subprocess.run(
        ["nice", "-n", "10", "cargo", "build", "--quiet", "-p", "mcp-warden-approval"],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    if proc.returncode != 0:
        pytest.fail(f"cargo build -p mcp-warden-approval failed:\n{proc.stderr[-6000:]}", pytrace=False)
    meta = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    path = Path(json.loads(meta.stdout)["target_directory"]) / "debug" / "mcp-warden-approval"
    assert path.is_file(), path
    return path


@pytest.fixture
def service(binary: Path, tmp_path: Path) -> Iterator[Service]:
    svc = Service(binary, tmp_path)
    yield svc
    svc.stop()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = os.environ.get("MCP_WARDEN_ARTIFACTS")
    path = Path(out) if out else tmp_path_factory.mktemp("artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    """A real headless Chromium from Debian, driven by Selenium over chromedriver."""
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not Path(tool).exists():
            pytest.fail(f"{tool} is missing: scripts/env.sh installs Debian chromium and chromium-driver",
                        pytrace=False)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    # Both paths given, so Selenium never looks for (or downloads) a browser or driver.
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1200,1000"):
        options.add_argument(flag)
    log = tmp_path_factory.mktemp("chromedriver") / "chromedriver.log"
    driver = webdriver.Chrome(service=DriverService(executable_path=CHROMEDRIVER, log_output=str(log)),
                              options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Network.enable", {})
    try:
        yield driver
    finally:
        driver.quit()


def click_and_wait(driver, element) -> None:
    """Click a link or submit button and wait until the next page replaced
    this one (a click does not wait for the navigation it starts; reading
    the page right after it can still see the old one under load)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def replaced(_driver) -> bool:
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            # Chrome sometimes reports a node of the replaced page this way
            # instead of as a stale element.
            if "does not belong to the document" in str(e):
                return True
            raise

    element.click()
    WebDriverWait(driver, 15).until(replaced)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def browse_as(driver, who: tuple[str, list[str]]) -> None:
    """Stand in for Envoy's jwt_authn: every request the browser sends carries this person."""
    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"x-jwt-payload": identity(*who)}})


# ---- JSON API ----


def test_check_creates_one_pending_request_per_binding(service: Service) -> None:
    first = service.check(check_body({"id": 42}))
    assert first["status"] == "pending"
    assert first["url"] == f"{service.base}/approvals/{first['approvalId']}"
    assert "delete_ticket" in first["message"] and "ops-*" in first["message"]
    assert service.check(check_body({"id": 42}))["approvalId"] == first["approvalId"]
    other = service.check(check_body({"id": 43}))
    assert other["status"] == "pending" and other["approvalId"] != first["approvalId"]
    stored = service.get(first["approvalId"])
    assert stored["state"] == "pending"
    assert [e["event"] for e in stored["events"]] == ["requested"]


def test_the_api_refuses_callers_without_the_key_and_bad_bodies(service: Service) -> None:
    body = check_body({"id": 1})
    assert service.http.post("/v1/check", json=body).status_code == 401
    assert service.http.post("/v1/check", json=body, headers={KEY_HEADER: "x" * 30}).status_code == 401
    r = service.http.post("/v1/check", json={**body, "usesLeft": 5}, headers={KEY_HEADER: KEY})
    assert r.status_code == 400 and "usesLeft" in r.json()["message"]
    r = service.http.post("/v1/check", json={**body, "argsDigest": "abc"}, headers={KEY_HEADER: KEY})
    assert r.status_code == 400 and "argsDigest" in r.json()["message"]
    big = {**body, "argsPreview": "x" * 70_000}
    assert service.http.post("/v1/check", json=big, headers={KEY_HEADER: KEY}).status_code == 413
    # Nothing was created by any of them.
    assert service.audit() == []


def test_the_page_needs_an_identity_and_hides_requests_from_strangers(service: Service) -> None:
    pending = service.check(check_body({"id": 7}))
    path = f"/approvals/{pending['approvalId']}"
    assert service.page(path, None).status_code == 401
    assert service.page(path, MALLORY).status_code == 404
    assert pending["approvalId"] not in service.page("/approvals", MALLORY).text
    assert pending["approvalId"] in service.page("/approvals", BOB).text


def test_expired_approval_is_refused(service: Service) -> None:
    body = check_body({"id": 9}, ttlSeconds=1)
    pending = service.check(body)
    path = f"/approvals/{pending['approvalId']}"
    token = form_token(service.page(path, BOB).text)
    assert service.post_form(f"{path}/approve", BOB, token).status_code == 303
    time.sleep(2.2)  # the approval lives 1 s; wait it out (a state check, not a timing assertion)
    again = service.check(body)
    assert again["status"] == "pending" and again["approvalId"] != pending["approvalId"]
    assert service.get(pending["approvalId"])["state"] == "expired"


def test_cross_site_posts_are_refused(service: Service) -> None:
    pending = service.check(check_body({"id": 11}))
    path = f"/approvals/{pending['approvalId']}"
    token = form_token(service.page(path, BOB).text)
    r = service.post_form(f"{path}/approve", BOB, token, origin="https://evil.example")
    assert r.status_code == 403
    assert service.get(pending["approvalId"])["state"] == "pending"


def test_webhook_is_told_of_each_new_request(binary: Path, tmp_path: Path) -> None:
    received: list[dict] = []
    got = threading.Event()

    class Hook(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
            got.set()
            self.send_response(204)
            self.end_headers()

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    svc = Service(binary, tmp_path, ["--webhook-url", f"http://127.0.0.1:{hook.server_address[1]}/hook"])
    try:
        pending = svc.check(check_body({"id": 5}))
        assert got.wait(10), "no webhook call"
        svc.check(check_body({"id": 5}))  # a repeat is not a new request
        time.sleep(0.5)
        assert len(received) == 1
        note = received[0]
        assert note["event"] == "approval.requested"
        assert note["url"] == pending["url"] and note["url"] in note["text"]
        assert note["tool"] == "delete_ticket" and "argsPreview" not in note
    finally:
        svc.stop()
        hook.shutdown()


def test_a_dead_webhook_never_holds_a_check(binary: Path, tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    svc = Service(binary, tmp_path, ["--webhook-url", f"http://127.0.0.1:{dead}/hook"])
    try:
        for i in range(5):
            assert svc.check(check_body({"id": 100 + i}))["status"] == "pending"
        deadline = time.monotonic() + 10
        while "webhook failed" not in svc.stderr_path.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "webhook failed" in svc.stderr_path.read_text()
    finally:
        svc.stop()


# ---- the page in a real browser ----


def test_browser_approval_lets_the_same_call_through_exactly_once(
    service: Service, browser, artifacts: Path
) -> None:
    from selenium.webdriver.common.by import By

    arguments = {"id": 42, "comment": "<script>alert('x')</script>"}
    pending = service.check(check_body(arguments))
    assert pending["status"] == "pending"

    browse_as(browser, BOB)
    browser.get(f"{service.base}/approvals")
    assert browser.find_element(By.ID, "viewer").text == BOB[0]
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Review"))
    assert browser.current_url == pending["url"]
    details = browser.find_element(By.ID, "details").text
    for shown in (ALICE[0], "support-bot", "tickets", "delete_ticket", "deletes-need-approval",
                  "Deleting a ticket cannot be undone", "groups: ops-*"):
        assert shown in details
    args_shown = browser.find_element(By.ID, "arguments").text
    assert "[REDACTED:github_token]" in args_shown
    # The markup in an argument is shown as text, never run.
    assert "<script>alert('x')</script>" in args_shown
    shot = artifacts / "approval-page.png"
    browser.save_screenshot(str(shot))
    print(f"\nscreenshot of the approval page: {shot}")
    assert shot.stat().st_size > 10_000

    click_and_wait(browser, browser.find_element(By.ID, "approve"))
    assert browser.current_url == pending["url"]
    assert browser.find_element(By.ID, "state").text.lower() == "approved"
    assert browser.find_element(By.ID, "decided-by").text == BOB[0]
    browser.save_screenshot(str(artifacts / "approval-page-approved.png"))

    ok = service.check(check_body(arguments))
    assert ok == {"status": "approved", "approvalId": pending["approvalId"], "approvedBy": BOB[0],
                  "usesLeft": 0, "expiresAt": ok["expiresAt"]}
    # Used up (uses = 1): the next identical call needs a new approval.
    again = service.check(check_body(arguments))
    assert again["status"] == "pending" and again["approvalId"] != pending["approvalId"]
    # Other arguments, or another principal, never ride on an approval.
    assert service.check(check_body({**arguments, "id": 43}))["status"] == "pending"
    assert service.check(check_body(arguments, principal=MALLORY[0]))["status"] == "pending"

    events = [(e["event"], e["by"]) for e in service.get(pending["approvalId"])["events"]]
    assert events == [("requested", ALICE[0]), ("approved", BOB[0]), ("used", ALICE[0])]
    audit = [(r["event"], r["by"]) for r in service.audit() if r["approvalId"] == pending["approvalId"]]
    assert audit == events


def test_browser_non_approver_cannot_approve(service: Service, browser) -> None:
    from selenium.webdriver.common.by import By

    pending = service.check(check_body({"id": 77}))
    browse_as(browser, MALLORY)
    browser.get(pending["url"])
    assert "Not found" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.ID, "approve") == []

    # An approver's page left open, then someone else at the keyboard: the
    # form token is bound to the person it was issued to.
    browse_as(browser, BOB)
    browser.get(pending["url"])
    browse_as(browser, MALLORY)
    click_and_wait(browser, browser.find_element(By.ID, "approve"))
    assert "Refused" in browser.find_element(By.TAG_NAME, "h1").text
    assert service.get(pending["approvalId"])["state"] == "pending"
    assert service.check(check_body({"id": 77}))["status"] == "pending"


def test_browser_requester_cannot_approve_their_own_request(service: Service, browser) -> None:
    from selenium.webdriver.common.by import By

    pending = service.check(check_body({"id": 88}, approvers={"groups": ["support"]}))
    # alice is in the approver group "support" herself, and still may not.
    browse_as(browser, ALICE)
    browser.get(pending["url"])
    assert browser.find_elements(By.ID, "approve") == []
    assert "your own request" in browser.find_element(By.ID, "self-note").text
    # A hand-made POST with her own valid token is refused as well.
    token = form_token(browser.page_source)
    r = service.post_form(f"/approvals/{pending['approvalId']}/approve", ALICE, token)
    assert r.status_code == 403
    assert service.check(check_body({"id": 88}, approvers={"groups": ["support"]}))["status"] == "pending"


def test_browser_self_confirmation_when_the_rule_allows_it(service: Service, browser) -> None:
    from selenium.webdriver.common.by import By

    body = check_body({"id": 99}, approvers={}, allowSelf=True, uses=2)
    pending = service.check(body)
    browse_as(browser, ALICE)
    browser.get(pending["url"])
    click_and_wait(browser, browser.find_element(By.ID, "approve"))
    assert browser.find_element(By.ID, "state").text.lower() == "approved"
    assert [service.check(body)["status"] for _ in range(3)] == ["approved", "approved", "pending"]

