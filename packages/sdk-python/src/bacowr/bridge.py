"""A thin typed client for the worker bridge (``/api``), the API of the seed's Python automation workers.

Every call sends ``X-API-Token`` and ``X-Worker-ID``; answers are the wire types generated from openapi.json
(attributes named as the wire's fields, ``to_dict()`` for the JSON); errors are the package's exceptions by
status (``ValidationError`` for the bridge's 400s, with the per-field messages in ``details["errors"]``,
``NotFoundError``, ``AuthenticationError``, ``RateLimitError`` with ``retry_after``, ``InternalServerError``
for a relay's 500, ``APIConnectionError``). Connection failures, 502/503/504 and 429 are retried (429 after
its ``Retry-After``); calls that could have an effect twice (creating a backlink, relaying an LLM prompt) are
retried only when the request cannot have reached the server. The bridge's rate-limit headers are honoured:
once a bucket reports ``X-RateLimit-Remaining: 0``, every thread sharing this client waits for
``X-RateLimit-Reset`` before its next call in that bucket, instead of spending a request on a certain 429.

>>> bridge = Bridge("http://localhost:8000/api", token="…", worker_id="python-worker-01")
>>> for task in bridge.tasks.pending(limit=10, type="comment"):
...     print(task.id, task.payload)
"""

from __future__ import annotations

import datetime
import random
import threading
import time
from typing import Any, Dict, List, Literal, Mapping, Optional, Union

import httpx

from . import _generated
from ._version import __version__
from .errors import APIConnectionError, APIError, APITimeoutError, error_from_response, retry_after_seconds

__all__ = [
    "Backlink",
    "BacklinkCreated",
    "Bridge",
    "CaptchaSolution",
    "LlmContent",
    "LockedTask",
    "Proxy",
    "ProxyReported",
    "ProxyState",
    "SiteAccount",
    "SiteAccountCreated",
    "Task",
    "TaskLock",
    "Version",
]

ReportedStatus = Literal["success", "failed", "error"]
BacklinkStatus = Literal["submitted", "live", "verified", "lost", "rejected"]
SiteAccountStatus = Literal["pending_verification", "verified", "failed", "banned"]
CaptchaType = Literal["recaptcha_v2", "hcaptcha"]

# The answers, under short names, as generated from openapi.json (attribute access to the wire's fields).
Task = _generated.BridgeTasksPendingResponseTasksItem
TaskLock = _generated.BridgeTasksLockResponse
LockedTask = _generated.BridgeTasksLockResponseTask
BacklinkCreated = _generated.BridgeBacklinksCreateResponse
Backlink = _generated.BridgeBacklinksCreateResponseBacklink
SiteAccountCreated = _generated.BridgeSiteAccountsCreateResponse
SiteAccount = _generated.BridgeSiteAccountsCreateResponseSiteAccount
Proxy = _generated.BridgeProxiesListResponseProxiesItem
ProxyReported = _generated.BridgeProxiesReportResponse
ProxyState = _generated.BridgeProxiesReportResponseProxy
LlmContent = _generated.BridgeLlmGenerateResponse
CaptchaSolution = _generated.BridgeCaptchaSolveResponse
Version = _generated.BridgeMetaVersionResponse


class Cancelled(Exception):
    """A wait inside a call was cut short by the call's ``cancel`` event (the worker is stopping)."""


# -------------------------------------------------------------------------------------------- the client

_RETRY_STATUSES = frozenset({502, 503, 504})


def _bucket(path: str) -> str:
    # The bridge counts three buckets per client IP; each has its own window and reset time.
    if path.startswith("tasks"):
        return "tasks"
    if path.startswith(("llm/", "captcha/")):
        return "relay"
    return "default"


class Bridge:
    """The worker bridge's endpoints: ``tasks``, ``backlinks``, ``site_accounts``, ``proxies``, ``llm``,
    ``captcha``. Safe to share between threads."""

    def __init__(
        self,
        api_url: str,
        token: str,
        worker_id: str,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_rate_limit_waits: int = 10,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        url = httpx.URL(api_url.rstrip("/"))
        # The seed's API_URL ends in /api; a bare origin means the same place.
        if url.path in ("", "/"):
            url = url.copy_with(path="/api")
        self.api_url = str(url).rstrip("/")
        self.worker_id = worker_id
        self.max_retries = max_retries
        self.max_rate_limit_waits = max_rate_limit_waits
        self._headers = {
            "X-API-Token": token,
            "X-Worker-ID": worker_id,
            "Accept": "application/json",
            "User-Agent": f"bacowr-python/{__version__} (worker kit)",
        }
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(
            timeout=timeout, limits=httpx.Limits(max_connections=100, max_keepalive_connections=20)
        )
        self._gate_lock = threading.Lock()
        self._gates: Dict[str, float] = {}  # bucket → monotonic time before which calls wait

        self.tasks = _Tasks(self)
        self.backlinks = _Backlinks(self)
        self.site_accounts = _SiteAccounts(self)
        self.proxies = _Proxies(self)
        self.llm = _Llm(self)
        self.captcha = _Captcha(self)

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> "Bridge":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def version(self) -> Version:
        """``GET /api/meta/version``: the service and its version, and the worker id it read (a start-up check
        that the URL and token are right)."""
        return Version(self.request("GET", "meta/version", params={"verbose": "true"}, idempotent=True))

    # -- rate-limit gates

    def _wait(self, seconds: float, cancel: Optional[threading.Event]) -> None:
        if seconds <= 0:
            return
        if cancel is None:
            time.sleep(seconds)
        elif cancel.wait(seconds):
            raise Cancelled()

    def _close_gate(self, bucket: str, seconds: float) -> None:
        until = time.monotonic() + min(seconds, 3600.0)
        with self._gate_lock:
            self._gates[bucket] = max(self._gates.get(bucket, 0.0), until)

    def _gate_delay(self, bucket: str) -> float:
        with self._gate_lock:
            return self._gates.get(bucket, 0.0) - time.monotonic()

    def _note_limits(self, bucket: str, headers: Mapping[str, str]) -> None:
        remaining, reset = headers.get("x-ratelimit-remaining"), headers.get("x-ratelimit-reset")
        if remaining is None or reset is None:
            return
        try:
            if int(remaining) > 0:
                return
            seconds = float(reset) - time.time()
        except ValueError:
            return
        if seconds > 0:
            self._close_gate(bucket, seconds)

    # -- one call

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Optional[Mapping[str, Any]] = None,
        params: Optional[Mapping[str, Any]] = None,
        idempotent: bool,
        cancel: Optional[threading.Event] = None,
        max_retries: Optional[int] = None,
    ) -> Any:
        """Sends one call with retries and returns its JSON body. An error raised after a try that may have
        reached the server says so (``maybe_delivered(error)``), so a caller can tell its own earlier success
        from someone else's."""
        path = path.lstrip("/")
        bucket = _bucket(path)
        retries = self.max_retries if max_retries is None else max_retries
        failures = 0
        rate_limit_waits = 0
        maybe_delivered = False
        query = {k: v for k, v in (params or {}).items() if v is not None}
        while True:
            self._wait(self._gate_delay(bucket), cancel)
            try:
                response = self._http.request(
                    method, f"{self.api_url}/{path}", json=json, params=query or None, headers=self._headers
                )
            except httpx.TransportError as exc:
                # A connect failure never reached the server; anything later might have.
                ambiguous = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
                maybe_delivered = maybe_delivered or ambiguous
                if failures >= retries or (ambiguous and not idempotent):
                    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                    error = kind(f"{method} {self.api_url}/{path}: {type(exc).__name__}: {exc}")
                    _mark(error, maybe_delivered)
                    raise error from exc
                failures += 1
                self._wait(_backoff(failures), cancel)
                continue

            self._note_limits(bucket, response.headers)
            if response.status_code == 429:
                delay = retry_after_seconds(response.headers)
                delay = 1.0 if delay is None else delay
                self._close_gate(bucket, delay)
                if rate_limit_waits >= self.max_rate_limit_waits:
                    raise _error_of(response, maybe_delivered)
                rate_limit_waits += 1
                continue
            if response.status_code in _RETRY_STATUSES and failures < retries:
                # A gateway's refusal: the request may have been handled behind it only when it is idempotent
                # to repeat, so others give up (the caller sees the error).
                if idempotent:
                    failures += 1
                    self._wait(_backoff(failures), cancel)
                    continue
            if response.status_code >= 400:
                raise _error_of(response, maybe_delivered)
            try:
                body = response.json()
            except ValueError:
                body = None
            if not isinstance(body, dict):
                # A proxy's page or a wrong URL, not the bridge (whose answers are all JSON objects).
                raise APIError(
                    f"The answer to {method} {self.api_url}/{path} is not a JSON object "
                    f"({response.headers.get('content-type')})",
                    status=response.status_code,
                    request_id=response.headers.get("x-request-id"),
                    body=response.text[:500],
                    headers=response.headers,
                )
            return body


def _backoff(failures: int) -> float:
    # Exponential with full jitter, so workers that failed together do not come back together.
    return random.uniform(0, min(8.0, 0.25 * 2**failures))


def _error_of(response: httpx.Response, maybe_delivered: bool) -> APIError:
    try:
        body = response.json()
    except ValueError:
        body = None
    error = error_from_response(response.status_code, body, response.headers)
    _mark(error, maybe_delivered)
    return error


def _mark(error: Exception, maybe_delivered: bool) -> None:
    # An earlier try of this call may have reached the server (its answer was lost): a "Task already locked"
    # may then be this worker's own lock. Read with maybe_delivered().
    setattr(error, "maybe_delivered", maybe_delivered)


def maybe_delivered(error: BaseException) -> bool:
    """Whether an earlier try of the failed call may have reached the server before this error."""
    return bool(getattr(error, "maybe_delivered", False))


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: The default of every optional field: not sent, so the bridge keeps (or defaults) it; ``None`` sends null.
UNSET: Any = _Unset()


def _body(**fields: Any) -> Dict[str, Any]:
    return {k: _sent(v) for k, v in fields.items() if v is not UNSET}


def _sent(value: Any) -> Any:
    # datetime objects go out as ISO 8601; the bridge reads a naive one as UTC.
    return value.isoformat() if hasattr(value, "isoformat") else value


# --------------------------------------------------------------------------------------------- resources


class _Resource:
    def __init__(self, bridge: Bridge) -> None:
        self._bridge = bridge


class _Tasks(_Resource):
    def pending(
        self, *, limit: Optional[int] = None, type: Optional[str] = None, cancel: Optional[threading.Event] = None
    ) -> List[Task]:
        """``GET /api/tasks/pending``: pending, unlocked, due tasks, oldest first (``limit`` 1–100, default 10)."""
        body = self._bridge.request(
            "GET", "tasks/pending", params={"limit": limit, "type": type}, idempotent=True, cancel=cancel
        )
        return _generated.BridgeTasksPendingResponse(body).tasks

    def lock(self, task_id: int, *, cancel: Optional[threading.Event] = None) -> TaskLock:
        """``POST /api/tasks/{id}/lock``. A task someone else locked first is a 400 (``ValidationError``)."""
        body = self._bridge.request(
            "POST",
            f"tasks/{task_id}/lock",
            json={"worker_id": self._bridge.worker_id},
            idempotent=False,
            cancel=cancel,
        )
        return TaskLock(body)

    def try_lock(self, task_id: int, *, cancel: Optional[threading.Event] = None) -> Optional[TaskLock]:
        """Locks a task, or returns ``None`` when another worker has it (or it is gone): a lost race is normal.

        A lock retried after a dropped answer may have succeeded the first time, which the second try reports
        as "already locked"; then the possibly-own lock is released, so the task is not stranded until its
        lease runs out (the bridge refuses to unlock another worker's lock, so this never steals one).
        """
        bridge = self._bridge
        try:
            body = bridge.request(
                "POST",
                f"tasks/{task_id}/lock",
                json={"worker_id": bridge.worker_id},
                idempotent=True,
                cancel=cancel,
            )
        except APIError as exc:
            if exc.status not in (400, 404):
                raise
            if exc.status == 400 and maybe_delivered(exc):
                try:
                    self.unlock(task_id)
                except APIError:
                    pass
            return None
        return TaskLock(body)

    def unlock(self, task_id: int) -> str:
        """``POST /api/tasks/{id}/unlock``: back to pending without counting an attempt; returns the message."""
        body = self._bridge.request("POST", f"tasks/{task_id}/unlock", idempotent=True)
        return str(body["message"])

    def report(
        self,
        task_id: int,
        status: ReportedStatus,
        *,
        result: Optional[Mapping[str, Any]] = None,
        error: Optional[str] = None,
        max_retries: Optional[int] = None,
    ) -> str:
        """``PUT /api/tasks/{id}/status``: ``success`` (with ``result``), ``failed`` (retried by the bridge while
        ``retry_count < max_retries``) or ``error`` (final). Returns the bridge's message."""
        body = self._bridge.request(
            "PUT",
            f"tasks/{task_id}/status",
            json={"status": status, "result": dict(result) if result is not None else None, "error": error},
            idempotent=True,
            max_retries=max_retries,
        )
        return str(body["message"])


class _Backlinks(_Resource):
    def create(
        self,
        *,
        campaign_id: int,
        url: str,
        type: str,
        status: BacklinkStatus = UNSET,
        keyword: Optional[str] = UNSET,
        anchor_text: Optional[str] = UNSET,
        site_account_id: Optional[int] = UNSET,
        verified_at: Optional[Union[str, datetime.date]] = UNSET,
    ) -> BacklinkCreated:
        """``POST /api/backlinks`` (status defaults to ``submitted``)."""
        payload = _body(
            campaign_id=campaign_id,
            url=url,
            type=type,
            status=status,
            keyword=keyword,
            anchor_text=anchor_text,
            site_account_id=site_account_id,
            verified_at=verified_at,
        )
        body = self._bridge.request("POST", "backlinks", json=payload, idempotent=False)
        return BacklinkCreated(body)

    def update(
        self,
        backlink_id: int,
        *,
        url: str = UNSET,
        type: str = UNSET,
        status: BacklinkStatus = UNSET,
        keyword: Optional[str] = UNSET,
        anchor_text: Optional[str] = UNSET,
        site_account_id: Optional[int] = UNSET,
        verified_at: Optional[Union[str, datetime.date]] = UNSET,
    ) -> str:
        """``PUT /api/backlinks/{id}`` with the fields given; returns the bridge's message."""
        payload = _body(
            url=url,
            type=type,
            status=status,
            keyword=keyword,
            anchor_text=anchor_text,
            site_account_id=site_account_id,
            verified_at=verified_at,
        )
        body = self._bridge.request("PUT", f"backlinks/{backlink_id}", json=payload, idempotent=True)
        return str(body["message"])


class _SiteAccounts(_Resource):
    def create(
        self,
        *,
        campaign_id: int,
        site_domain: str,
        username: Optional[str] = UNSET,
        email: Optional[str] = UNSET,
        status: SiteAccountStatus = UNSET,
        verification_link: Optional[str] = UNSET,
        verified_at: Optional[Union[str, datetime.date]] = UNSET,
    ) -> SiteAccountCreated:
        """``POST /api/site-accounts`` (status defaults to ``pending_verification``)."""
        payload = _body(
            campaign_id=campaign_id,
            site_domain=site_domain,
            username=username,
            email=email,
            status=status,
            verification_link=verification_link,
            verified_at=verified_at,
        )
        body = self._bridge.request("POST", "site-accounts", json=payload, idempotent=False)
        return SiteAccountCreated(body)

    def update(
        self,
        site_account_id: int,
        *,
        username: Optional[str] = UNSET,
        email: Optional[str] = UNSET,
        status: SiteAccountStatus = UNSET,
        verification_link: Optional[str] = UNSET,
        verified_at: Optional[Union[str, datetime.date]] = UNSET,
    ) -> str:
        """``PUT /api/site-accounts/{id}`` with the fields given; returns the bridge's message."""
        payload = _body(
            username=username,
            email=email,
            status=status,
            verification_link=verification_link,
            verified_at=verified_at,
        )
        body = self._bridge.request("PUT", f"site-accounts/{site_account_id}", json=payload, idempotent=True)
        return str(body["message"])


class _Proxies(_Resource):
    def list(self, *, country: Optional[str] = None, active_only: Optional[bool] = None) -> List[Proxy]:
        """``GET /api/proxies``: fewest errors first; ``active_only`` defaults to true on the bridge."""
        params = {"country": country, "active_only": None if active_only is None else str(active_only).lower()}
        body = self._bridge.request("GET", "proxies", params=params, idempotent=True)
        return _generated.BridgeProxiesListResponse(body).proxies

    def report(self, proxy_id: int, error: Optional[str] = UNSET) -> ProxyReported:
        """``POST /api/proxies/{id}/report``: a failing proxy; deactivated after the bridge's error limit."""
        body = self._bridge.request(
            "POST", f"proxies/{proxy_id}/report", json=_body(error=error), idempotent=False
        )
        return ProxyReported(body)


class _Llm(_Resource):
    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int = UNSET,
        temperature: float = UNSET,
        model: str = UNSET,
    ) -> LlmContent:
        """``POST /api/llm/generate``; the model name picks the provider."""
        options = _body(max_tokens=max_tokens, temperature=temperature, model=model)
        body = self._bridge.request(
            "POST", "llm/generate", json={"prompt": prompt, "options": options}, idempotent=False
        )
        return LlmContent(body)


class _Captcha(_Resource):
    def solve(
        self,
        captcha_type: CaptchaType,
        *,
        site_key: str,
        page_url: str,
        campaign_id: int = UNSET,
        site_domain: str = UNSET,
    ) -> CaptchaSolution:
        """``POST /api/captcha/solve`` (``recaptcha_v2`` or ``hcaptcha``)."""
        data = _body(site_key=site_key, page_url=page_url, campaign_id=campaign_id, site_domain=site_domain)
        body = self._bridge.request(
            "POST", "captcha/solve", json={"captcha_type": captcha_type, "data": data}, idempotent=False
        )
        return CaptchaSolution(body)
