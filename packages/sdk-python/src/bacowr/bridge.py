"""A thin typed client for the worker bridge (``/api``), the API of the seed's Python automation workers.

Every call sends ``X-API-Token`` and ``X-Worker-ID``; answers come back as small dataclasses whose field names
are the wire's. Connection failures, 502/503/504 and 429 are retried (429 after its ``Retry-After``); calls
that could have an effect twice (creating a backlink, relaying an LLM prompt) are retried only when the
request cannot have reached the server. The bridge's rate-limit headers are honoured: once a bucket reports
``X-RateLimit-Remaining: 0``, every thread sharing this client waits for ``X-RateLimit-Reset`` before its next
call in that bucket, instead of spending a request on a certain 429.

>>> bridge = Bridge("http://localhost:8000/api", token="…", worker_id="python-worker-01")
>>> for task in bridge.tasks.pending(limit=10, type="comment"):
...     print(task.id, task.payload)
"""

from __future__ import annotations

import dataclasses
import email.utils
import random
import threading
import time
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Type, TypeVar

import httpx

__all__ = [
    "Backlink",
    "BacklinkCreated",
    "Bridge",
    "BridgeConnectionError",
    "BridgeError",
    "BridgeRateLimitError",
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
]

TaskStatus = Literal["pending", "running", "success", "failed", "error"]
ReportedStatus = Literal["success", "failed", "error"]
BacklinkStatus = Literal["submitted", "live", "verified", "lost", "rejected"]
SiteAccountStatus = Literal["pending_verification", "verified", "failed", "banned"]
ProxyType = Literal["http", "https", "socks4", "socks5"]
CaptchaType = Literal["recaptcha_v2", "hcaptcha"]


# ---------------------------------------------------------------- wire types (the bridge's response bodies)


@dataclasses.dataclass(frozen=True)
class Task:
    """A pending task, as ``GET /api/tasks/pending`` lists it."""

    id: int
    campaign_id: int
    type: str
    status: TaskStatus
    payload: Dict[str, Any]
    max_retries: int
    retry_count: int
    created_at: str


@dataclasses.dataclass(frozen=True)
class LockedTask:
    id: int
    status: TaskStatus
    locked_at: Optional[str]
    locked_by: Optional[str]


@dataclasses.dataclass(frozen=True)
class TaskLock:
    """The answer to ``POST /api/tasks/{id}/lock``."""

    message: str
    task: LockedTask


@dataclasses.dataclass(frozen=True)
class Backlink:
    id: int
    campaign_id: int
    url: str
    type: str
    status: BacklinkStatus
    created_at: str


@dataclasses.dataclass(frozen=True)
class BacklinkCreated:
    message: str
    backlink: Backlink


@dataclasses.dataclass(frozen=True)
class SiteAccount:
    id: int
    campaign_id: int
    site_domain: str
    status: SiteAccountStatus


@dataclasses.dataclass(frozen=True)
class SiteAccountCreated:
    message: str
    site_account: SiteAccount


@dataclasses.dataclass(frozen=True)
class Proxy:
    id: int
    host: str
    port: int
    username: Optional[str]
    password: Optional[str]
    type: ProxyType
    country: Optional[str]
    is_active: bool
    error_count: int


@dataclasses.dataclass(frozen=True)
class ProxyState:
    id: int
    is_active: bool
    error_count: int


@dataclasses.dataclass(frozen=True)
class ProxyReported:
    message: str
    proxy: ProxyState


@dataclasses.dataclass(frozen=True)
class LlmContent:
    success: bool
    content: str


@dataclasses.dataclass(frozen=True)
class CaptchaSolution:
    success: bool
    solution: str
    task_id: str
    cost: float


# Nested wire objects, by (outer class, field): resolved here rather than from annotations, which
# `from __future__ import annotations` leaves as strings.
_NESTED: Dict[Tuple[type, str], type] = {
    (TaskLock, "task"): LockedTask,
    (BacklinkCreated, "backlink"): Backlink,
    (SiteAccountCreated, "site_account"): SiteAccount,
    (ProxyReported, "proxy"): ProxyState,
}

W = TypeVar("W")


def _from_wire(cls: Type[W], data: Any) -> W:
    """Builds a wire dataclass, ignoring fields it does not know, so a newer server never breaks a worker."""
    if not isinstance(data, Mapping):
        raise BridgeError(None, f"unexpected answer for {cls.__name__}: {data!r}")
    values: Dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        value = data.get(field.name)
        nested = _NESTED.get((cls, field.name))
        values[field.name] = _from_wire(nested, value) if nested is not None else value
    return cls(**values)


# ------------------------------------------------------------------------------------------------- errors


class BridgeError(Exception):
    """An answer of the bridge that is not a success: ``{"error": message, "errors": {field: [messages]}}``."""

    def __init__(
        self,
        status: Optional[int],
        message: str,
        *,
        errors: Optional[Dict[str, List[str]]] = None,
        request_id: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message if status is None else f"{status}: {message}")
        self.status = status
        self.message = message
        self.errors: Dict[str, List[str]] = errors or {}
        self.request_id = request_id
        self.headers: Mapping[str, str] = headers or {}
        #: True when an earlier try of the same call failed in a way that may have reached the server.
        self.maybe_delivered = False


class BridgeRateLimitError(BridgeError):
    """429 after the client's own retries: ``retry_after`` says how many seconds to wait."""

    def __init__(self, message: str, *, retry_after: float, **kwargs: Any) -> None:
        super().__init__(429, message, **kwargs)
        self.retry_after = retry_after


class BridgeConnectionError(BridgeError):
    """The bridge could not be reached (or did not answer in time), after the client's retries."""

    def __init__(self, message: str, *, ambiguous: bool) -> None:
        super().__init__(None, message)
        #: True when the request may have reached the server (a read timeout, a dropped connection).
        self.ambiguous = ambiguous


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


def _retry_after(headers: Mapping[str, str], default: float = 1.0) -> float:
    value = headers.get("retry-after")
    if value is None:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, when.timestamp() - time.time())


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
            "User-Agent": "bacowr-python-worker",
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
        reached the server says so (``maybe_delivered``), so a caller can tell its own earlier success from
        someone else's."""
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
                    raise BridgeConnectionError(
                        f"{method} /{path}: {type(exc).__name__}: {exc}", ambiguous=maybe_delivered
                    ) from exc
                failures += 1
                self._wait(_backoff(failures), cancel)
                continue

            self._note_limits(bucket, response.headers)
            if response.status_code == 429:
                delay = _retry_after(response.headers)
                self._close_gate(bucket, delay)
                if rate_limit_waits >= self.max_rate_limit_waits:
                    error = _error_of(response, retry_after=delay)
                    error.maybe_delivered = maybe_delivered
                    raise error
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
                error = _error_of(response)
                error.maybe_delivered = maybe_delivered
                raise error
            return response.json() if response.content else None


def _backoff(failures: int) -> float:
    # Exponential with full jitter, so workers that failed together do not come back together.
    return random.uniform(0, min(8.0, 0.25 * 2**failures))


def _error_of(response: httpx.Response, retry_after: Optional[float] = None) -> BridgeError:
    message = response.reason_phrase or "error"
    errors: Optional[Dict[str, List[str]]] = None
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        if isinstance(body.get("error"), str):
            message = body["error"]
        if isinstance(body.get("errors"), Mapping):
            errors = {str(k): [str(m) for m in v] for k, v in body["errors"].items() if isinstance(v, list)}
    request_id = response.headers.get("x-request-id")
    if retry_after is not None:
        return BridgeRateLimitError(
            message, retry_after=retry_after, errors=errors, request_id=request_id, headers=response.headers
        )
    return BridgeError(
        response.status_code, message, errors=errors, request_id=request_id, headers=response.headers
    )


def _body(**fields: Any) -> Dict[str, Any]:
    """A request body of the fields given; ``None`` means "not sent" (use the bridge's default)."""
    return {k: v for k, v in fields.items() if v is not None}


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
        return [_from_wire(Task, task) for task in body["tasks"]]

    def lock(self, task_id: int, *, cancel: Optional[threading.Event] = None) -> TaskLock:
        """``POST /api/tasks/{id}/lock``. A task someone else locked first is a 400 ``BridgeError``."""
        body = self._bridge.request(
            "POST",
            f"tasks/{task_id}/lock",
            json={"worker_id": self._bridge.worker_id},
            idempotent=False,
            cancel=cancel,
        )
        return _from_wire(TaskLock, body)

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
        except BridgeError as exc:
            if exc.status not in (400, 404):
                raise
            if exc.status == 400 and exc.maybe_delivered:
                try:
                    self.unlock(task_id)
                except BridgeError:
                    pass
            return None
        return _from_wire(TaskLock, body)

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
        status: Optional[BacklinkStatus] = None,
        keyword: Optional[str] = None,
        anchor_text: Optional[str] = None,
        site_account_id: Optional[int] = None,
        verified_at: Any = None,
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
            verified_at=_sent(verified_at),
        )
        body = self._bridge.request("POST", "backlinks", json=payload, idempotent=False)
        return _from_wire(BacklinkCreated, body)

    def update(
        self,
        backlink_id: int,
        *,
        url: Optional[str] = None,
        type: Optional[str] = None,
        status: Optional[BacklinkStatus] = None,
        keyword: Optional[str] = None,
        anchor_text: Optional[str] = None,
        site_account_id: Optional[int] = None,
        verified_at: Any = None,
    ) -> str:
        """``PUT /api/backlinks/{id}`` with the fields given; returns the bridge's message."""
        payload = _body(
            url=url,
            type=type,
            status=status,
            keyword=keyword,
            anchor_text=anchor_text,
            site_account_id=site_account_id,
            verified_at=_sent(verified_at),
        )
        body = self._bridge.request("PUT", f"backlinks/{backlink_id}", json=payload, idempotent=True)
        return str(body["message"])


class _SiteAccounts(_Resource):
    def create(
        self,
        *,
        campaign_id: int,
        site_domain: str,
        username: Optional[str] = None,
        email: Optional[str] = None,
        status: Optional[SiteAccountStatus] = None,
        verification_link: Optional[str] = None,
        verified_at: Any = None,
    ) -> SiteAccountCreated:
        """``POST /api/site-accounts`` (status defaults to ``pending_verification``)."""
        payload = _body(
            campaign_id=campaign_id,
            site_domain=site_domain,
            username=username,
            email=email,
            status=status,
            verification_link=verification_link,
            verified_at=_sent(verified_at),
        )
        body = self._bridge.request("POST", "site-accounts", json=payload, idempotent=False)
        return _from_wire(SiteAccountCreated, body)

    def update(
        self,
        site_account_id: int,
        *,
        username: Optional[str] = None,
        email: Optional[str] = None,
        status: Optional[SiteAccountStatus] = None,
        verification_link: Optional[str] = None,
        verified_at: Any = None,
    ) -> str:
        """``PUT /api/site-accounts/{id}`` with the fields given; returns the bridge's message."""
        payload = _body(
            username=username,
            email=email,
            status=status,
            verification_link=verification_link,
            verified_at=_sent(verified_at),
        )
        body = self._bridge.request("PUT", f"site-accounts/{site_account_id}", json=payload, idempotent=True)
        return str(body["message"])


class _Proxies(_Resource):
    def list(self, *, country: Optional[str] = None, active_only: Optional[bool] = None) -> List[Proxy]:
        """``GET /api/proxies``: fewest errors first; ``active_only`` defaults to true on the bridge."""
        params = {"country": country, "active_only": None if active_only is None else str(active_only).lower()}
        body = self._bridge.request("GET", "proxies", params=params, idempotent=True)
        return [_from_wire(Proxy, proxy) for proxy in body["proxies"]]

    def report(self, proxy_id: int, error: Optional[str] = None) -> ProxyReported:
        """``POST /api/proxies/{id}/report``: a failing proxy; deactivated after the bridge's error limit."""
        body = self._bridge.request(
            "POST", f"proxies/{proxy_id}/report", json=_body(error=error), idempotent=False
        )
        return _from_wire(ProxyReported, body)


class _Llm(_Resource):
    def generate(
        self,
        prompt: str,
        *,
        max_tokens: Optional[int] = None,
        temperature: Optional[float] = None,
        model: Optional[str] = None,
    ) -> LlmContent:
        """``POST /api/llm/generate``; the model name picks the provider."""
        options = _body(max_tokens=max_tokens, temperature=temperature, model=model)
        body = self._bridge.request(
            "POST", "llm/generate", json={"prompt": prompt, "options": options}, idempotent=False
        )
        return _from_wire(LlmContent, body)


class _Captcha(_Resource):
    def solve(
        self,
        captcha_type: CaptchaType,
        *,
        site_key: str,
        page_url: str,
        campaign_id: Optional[int] = None,
        site_domain: Optional[str] = None,
    ) -> CaptchaSolution:
        """``POST /api/captcha/solve`` (``recaptcha_v2`` or ``hcaptcha``)."""
        data = _body(site_key=site_key, page_url=page_url, campaign_id=campaign_id, site_domain=site_domain)
        body = self._bridge.request(
            "POST", "captcha/solve", json={"captcha_type": captcha_type, "data": data}, idempotent=False
        )
        return _from_wire(CaptchaSolution, body)
