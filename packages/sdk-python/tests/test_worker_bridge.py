"""The worker kit's thin bridge calls against the real server, and its handling of the bridge's rate limits
(the real limits, then exact timings on a fake)."""

from __future__ import annotations

import datetime
import http.server
import json
import threading
import time
from typing import Any, Dict, List, Optional, Tuple

import httpx
import pytest
from worker_support import (
    BASE_URL,
    BRIDGE_TOKEN,
    LIMITED_BASE_URL,
    Calls,
    admin,
    make_worker,
    needs_kit_server,
    run_until_final,
    seed_tasks,
    unique_type,
)

from bacowr.bridge import Bridge
from bacowr.errors import (
    APIError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ValidationError,
)
from bacowr.worker import Worker

pytestmark = needs_kit_server


@pytest.fixture()
def worker() -> Worker:
    with make_worker("python-kit-01") as w:
        yield w


def test_tasks_lock_unlock_report_and_a_lost_race(worker: Worker) -> None:
    version = worker.bridge.version()
    assert (version.name, version.worker_id) == ("bacowr", "python-kit-01")
    task_type = unique_type("calls")
    _, [task_id] = seed_tasks([{"type": task_type, "payload": {"k": "v"}}])
    [task] = worker.tasks.pending(type=task_type)
    assert (task.id, task.payload["k"], task.status) == (task_id, "v", "pending")
    assert (task.retry_count, task.max_retries) == (0, 3)

    lock = worker.tasks.lock(task_id)
    assert (lock.task.id, lock.task.status, lock.task.locked_by) == (task_id, "running", "python-kit-01")
    # Another worker's try: the bridge's 400, which try_lock reads as a lost race.
    with make_worker("python-kit-02") as rival:
        assert rival.tasks.try_lock(task_id) is None
        with pytest.raises(ValidationError) as refused:
            rival.tasks.lock(task_id)
        assert refused.value.status == 400
        # Nor may it unlock or report on a lock it does not hold.
        with pytest.raises(ValidationError) as not_yours:
            rival.tasks.unlock(task_id)
        assert not_yours.value.status == 400
    assert worker.tasks.unlock(task_id) == "Task unlocked successfully"
    assert worker.tasks.try_lock(task_id) is not None
    assert worker.tasks.report(task_id, "success", result={"url": "https://example.com/x"}) == (
        "Task status updated successfully"
    )
    assert worker.tasks.pending(type=task_type) == []
    with pytest.raises(NotFoundError) as missing:
        worker.tasks.lock(2_000_000_000)
    assert missing.value.status == 404
    assert worker.tasks.try_lock(2_000_000_000) is None


def test_backlinks_and_site_accounts(worker: Worker) -> None:
    campaign_id, _ = seed_tasks([{"type": unique_type("records")}])
    account = worker.site_accounts.create(
        campaign_id=campaign_id, site_domain="example.com", username="john_doe", email="john@example.com"
    )
    assert account.message == "Site account created successfully"
    assert (account.site_account.campaign_id, account.site_account.status) == (campaign_id, "pending_verification")
    # A naive datetime goes out as ISO 8601 and the bridge reads it as UTC.
    assert worker.site_accounts.update(
        account.site_account.id, status="verified", verified_at=datetime.datetime(2025, 12, 3, 10, 20)
    ) == "Site account updated successfully"

    created = worker.backlinks.create(
        campaign_id=campaign_id,
        url="https://example.com/article#comment-123",
        type="comment",
        keyword="seo tools",
        anchor_text="best seo tools",
        site_account_id=account.site_account.id,
    )
    assert (created.backlink.url, created.backlink.type, created.backlink.status) == (
        "https://example.com/article#comment-123",
        "comment",
        "submitted",
    )
    assert worker.backlinks.update(created.backlink.id, status="verified", verified_at="2025-12-03T10:15:00Z") == (
        "Backlink updated successfully"
    )

    with pytest.raises(ValidationError) as invalid:
        worker.backlinks.create(campaign_id=campaign_id, url="not a url", type="Comment!")
    assert invalid.value.status == 400
    assert set(invalid.value.details["errors"]) == {"url", "type"}
    with pytest.raises(NotFoundError) as unknown:
        worker.backlinks.update(2_000_000_000, status="lost")
    assert unknown.value.status == 404


def test_proxies_llm_and_captcha(worker: Worker) -> None:
    host = f"{unique_type('p').replace('_', '-')}.proxy.example"
    with admin() as call:
        imported = call.post(
            "/v1/proxies",
            json={"proxies": [{"host": host, "port": 8080, "username": "u", "password": "secret", "country": "SE"}]},
        )
        assert imported.status_code in (200, 201), imported.text
    [proxy] = [p for p in worker.proxies.list(country="SE") if p.host == host]
    assert (proxy.port, proxy.username, proxy.password) == (8080, "u", "secret")
    assert (proxy.type, proxy.is_active) == ("http", True)
    reported = worker.proxies.report(proxy.id, error="connection reset")
    assert (reported.proxy.id, reported.proxy.error_count) == (proxy.id, proxy.error_count + 1)
    assert any(p.id == proxy.id for p in worker.proxies.list(active_only=False))

    generated = worker.llm.generate("Write a comment.", max_tokens=50, temperature=0.7, model="gpt-3.5-turbo")
    assert (generated.success, generated.content) == (True, "relayed: Write a comment.")
    with pytest.raises(ValidationError) as too_many:
        worker.llm.generate("x", max_tokens=1_000_000)
    assert too_many.value.status == 400 and "options.max_tokens" in too_many.value.details["errors"]
    # A relay's 500 says why, and is not repeated (a second try could be billed twice).
    with pytest.raises(InternalServerError) as unconfigured:
        worker.llm.generate("x", model="claude-3-5-haiku-latest")
    assert unconfigured.value.status == 500 and "anthropic" in unconfigured.value.message

    campaign_id, _ = seed_tasks([{"type": unique_type("captcha")}])
    solved = worker.captcha.solve(
        "recaptcha_v2",
        site_key="6Le-wvkSAAAAAPBMRTvw0Q4Muexq9bi0DJwx_mJ-",
        page_url="https://example.com/register",
        campaign_id=campaign_id,
        site_domain="example.com",
    )
    assert solved.success is True and solved.solution and solved.task_id and solved.cost >= 0


def test_a_wrong_token_stops_run_with_401() -> None:
    with Worker(f"{BASE_URL}/api", token="wrong-token", worker_id="intruder") as worker:
        with pytest.raises(AuthenticationError) as refused:
            worker.run(lambda task: None, types=["any"])
    assert refused.value.status == 401


# ----------------------------------------------------------------------------------------------- rate limits


@pytest.mark.skipif(not LIMITED_BASE_URL, reason="needs BACOWR_TEST_LIMITED_BASE_URL (worker-kit.test.ts)")
def test_workers_finish_under_the_bridges_real_rate_limit() -> None:
    # That server allows 8 task calls per second per IP; three workers on one IP need a few times that.
    task_type = unique_type("limited")
    _, ids = seed_tasks([{"type": task_type, "payload": {}} for _ in range(6)], base_url=LIMITED_BASE_URL)
    refusals: List[httpx.Response] = []
    exhausted: List[httpx.Response] = []

    def count(response: httpx.Response) -> None:
        if response.status_code == 429:
            refusals.append(response)
        elif response.headers.get("X-RateLimit-Remaining") == "0":
            exhausted.append(response)

    calls = Calls()

    def handle(task):
        calls.record(task.id)
        return {}

    def counted() -> httpx.Client:
        return httpx.Client(event_hooks={"response": [count]})

    workers = [make_worker(f"limited-{i}", base_url=LIMITED_BASE_URL, http_client=counted()) for i in range(3)]
    stats, rows = run_until_final(workers, handle, types=[task_type], expected=6, base_url=LIMITED_BASE_URL)
    assert all(row["status"] == "success" and row["retry_count"] == 0 for row in rows.values())
    assert calls.by_task == {task_id: 1 for task_id in ids}
    assert sum(s.lost_reports for s in stats) == 0
    assert refusals or exhausted, "the limit was never reached: the test proves nothing"
    for refusal in refusals:
        assert refusal.headers["Retry-After"].isdigit()


class _FakeBridge(http.server.ThreadingHTTPServer):
    """Answers from a script: (status, headers, body) per call; records when each call arrived."""

    def __init__(self, script: List[Tuple[int, Dict[str, str], Any]]) -> None:
        self.script = script
        self.arrivals: List[Tuple[float, str]] = []
        super().__init__(("127.0.0.1", 0), _FakeHandler)
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api"


class _FakeHandler(http.server.BaseHTTPRequestHandler):
    server: _FakeBridge

    def _answer(self) -> None:
        self.server.arrivals.append((time.monotonic(), self.path))
        status, headers, body = self.server.script.pop(0) if self.server.script else (200, {}, {"tasks": []})
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *_: Any) -> None:
        pass


def _close(server: _FakeBridge, bridge: Bridge) -> None:
    bridge.close()
    server.shutdown()
    server.server_close()


def _fake(script: List[Tuple[int, Dict[str, str], Any]]) -> Tuple[_FakeBridge, Bridge]:
    server = _FakeBridge(script)
    return server, Bridge(server.url, token="t", worker_id="w", max_rate_limit_waits=2)


def test_429_waits_retry_after_then_retries() -> None:
    server, bridge = _fake([(429, {"Retry-After": "1"}, {"error": "Too Many Requests"})])
    try:
        assert bridge.tasks.pending() == []
        (first, _), (second, _) = server.arrivals
        assert second - first >= 0.95
    finally:
        _close(server, bridge)


def test_429_beyond_the_retry_budget_raises_rate_limit_error_with_retry_after() -> None:
    refusal = (429, {"Retry-After": "0"}, {"error": "Too Many Requests"})
    server, bridge = _fake([refusal] * 3)
    try:
        with pytest.raises(RateLimitError) as limited:
            bridge.tasks.pending()
        assert (limited.value.status, limited.value.retry_after, limited.value.message) == (429, 0, "Too Many Requests")
        assert len(server.arrivals) == 3
    finally:
        _close(server, bridge)


def test_remaining_zero_holds_that_bucket_until_its_reset() -> None:
    reset = str(int(time.time()) + 2)
    exhausted = {"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
    server, bridge = _fake([(200, exhausted, {"tasks": []}), (200, {}, {"proxies": []}), (200, {}, {"tasks": []})])
    try:
        bridge.tasks.pending()
        sent = time.time()
        assert bridge.proxies.list() == []  # another bucket: not held
        assert time.time() - sent < 1.0  # well under the 2 s hold; generous for a loaded CI
        bridge.tasks.pending()  # the exhausted bucket: waits for the reset instead of earning a 429
        assert time.time() >= int(reset) - 0.05
        assert [path.split("?")[0] for _, path in server.arrivals] == [
            "/api/tasks/pending",
            "/api/proxies",
            "/api/tasks/pending",
        ]
    finally:
        _close(server, bridge)


def test_an_answer_that_is_not_the_bridges_json_is_an_api_error() -> None:
    # A success status from something else (a captive portal, a proxy's page, a wrong api_url).
    class Page(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, text="<html>Welcome</html>", headers={"content-type": "text/html"})

    with httpx.Client(transport=Page()) as http:
        bridge = Bridge("http://bridge.invalid/api", token="t", worker_id="w", http_client=http)
        with pytest.raises(APIError) as wrong:
            bridge.tasks.pending()
    assert wrong.value.status == 200 and "not a JSON object (text/html)" in wrong.value.message


def test_a_dropped_lock_answer_is_not_left_locked() -> None:
    # The first lock try reaches the server but its answer is lost; the retry hears "already locked" (its own
    # lock, for all it knows), so try_lock unlocks rather than strand the task until its lease runs out.
    class Flaky(httpx.BaseTransport):
        def __init__(self) -> None:
            self.seen: List[str] = []

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            self.seen.append(f"{request.method} {request.url.path}")
            if len(self.seen) == 1:
                raise httpx.ReadTimeout("answer lost", request=request)
            if request.url.path.endswith("/lock"):
                return httpx.Response(400, json={"error": "Task already locked"})
            return httpx.Response(200, json={"message": "Task unlocked successfully"})

    transport = Flaky()
    with httpx.Client(transport=transport) as http:
        bridge = Bridge("http://bridge.invalid/api", token="t", worker_id="w", http_client=http)
        assert bridge.tasks.try_lock(7) is None
    assert transport.seen == ["POST /api/tasks/7/lock", "POST /api/tasks/7/lock", "POST /api/tasks/7/unlock"]


def test_api_url_may_be_the_seeds_api_url_or_a_bare_origin() -> None:
    for given, expected in [
        ("http://localhost:8000/api", "http://localhost:8000/api"),
        ("http://localhost:8000/", "http://localhost:8000/api"),
        ("https://h.example/bacowr/api/", "https://h.example/bacowr/api"),
    ]:
        with Bridge(given, token="t", worker_id="w") as bridge:
            assert bridge.api_url == expected
