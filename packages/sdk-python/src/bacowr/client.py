"""``bacowr.Client``: the v1 API over httpx, as the seed's Python example uses it."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import re
import threading
import time
import uuid
from contextlib import contextmanager
from typing import (
    Any,
    Callable,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
)
from urllib.parse import quote

import httpx

from . import _generated as wire
from ._model import Model
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BacowrError,
    BatchTimeoutError,
    JobTimeoutError,
    RateLimitError,
    error_from_response,
    retry_after_seconds,
)

#: Where the client goes when neither ``base_url`` nor ``BACOWR_BASE_URL`` says otherwise (the seed's URL).
DEFAULT_BASE_URL = "https://api.bacowr.com/v1"
FINAL_JOB_STATUSES = ("DELIVER", "BLOCKED", "ERROR", "CANCELLED")
FINAL_BATCH_STATUSES = ("COMPLETED", "CANCELLED")
#: A ``Retry-After`` longer than this is not slept through: the error is raised for the caller to decide.
MAX_RETRY_WAIT_SECONDS = 60.0
#: An access token this close to its ``exp`` is renewed before it is sent.
REFRESH_MARGIN_SECONDS = 30.0

T = TypeVar("T")


def _backoff(attempt: int) -> float:
    """The server's retry rule with the SDKs' bounds: 0.5 s doubling to 8 s, up to 25 % shorter at random,
    so clients that failed together do not retry together."""
    return min(8.0, 0.5 * 2**attempt) * (1 - 0.25 * random.random())


def _retryable(status: int) -> bool:
    return status in (408, 429) or status >= 500


# The POSTs whose route honours Idempotency-Key (`idempotent: true` in packages/api/src/routers/v1): a retry of
# one after a lost answer returns what the first attempt made. Any other POST or PATCH (a webhook, a secret
# rotation, a replay) would be done twice, so it is retried only when it surely never reached the server.
_IDEMPOTENT_POSTS = re.compile(r"^/v1/(jobs|batches|api-keys|users|campaigns|campaigns/[^/]+/tasks)/?$")


def _replayable(method: str, path: str) -> bool:
    method = method.upper()
    if method in ("GET", "HEAD", "OPTIONS", "DELETE", "PUT"):
        return True
    return method == "POST" and _IDEMPOTENT_POSTS.match(path.split("?", 1)[0]) is not None


def _unsent(error: Exception) -> bool:
    """True when the request cannot have reached the server: no connection was made."""
    return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def _token_expiry(token: str) -> Optional[float]:
    """A JWT's ``exp`` (seconds since the epoch), read without verifying it."""
    try:
        part = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        exp = claims.get("exp")
        return float(exp) if isinstance(exp, (int, float)) else None
    except (IndexError, ValueError, AttributeError):
        return None


def _path(*parts: str) -> str:
    return "/".join(quote(part, safe="") for part in parts)


def _compact(values: Mapping[str, Any]) -> Dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


class _StreamUnavailable(Exception):
    """The event stream cannot be followed here (an old server, a buffering proxy): poll instead."""


class ServerSentEvent:
    __slots__ = ("event", "data", "id")

    def __init__(self, event: str, data: str, id: Optional[str]) -> None:
        self.event = event
        self.data = data
        self.id = id


class _EventParser:
    """Server-sent events per the WHATWG format (``event``, ``data``, ``id``; comments and ``retry`` ignored),
    fed one line at a time, so the sync and async clients share it."""

    def __init__(self) -> None:
        self.event, self.data, self.id = "message", [], None  # type: str, List[str], Optional[str]

    def feed(self, line: str) -> Optional[ServerSentEvent]:
        line = line.rstrip("\r\n")
        if line == "":
            done = ServerSentEvent(self.event, "\n".join(self.data), self.id) if self.data else None
            self.event, self.data = "message", []
            return done
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            self.event = value
        elif name == "data":
            self.data.append(value)
        elif name == "id":
            self.id = value
        return None


def _progress_of(event: ServerSentEvent) -> Optional[Dict[str, Any]]:
    """A ``progress`` event's data, or None for any other event."""
    if event.event != "progress":
        return None
    try:
        data = json.loads(event.data)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _job_body(
    publisher_domain: str,
    target_url: str,
    anchor_text: str,
    options: Optional[Mapping[str, Any]],
    max_cost: Optional[float],
    key: str,
    **option_values: Optional[str],
) -> Dict[str, Any]:
    merged = {**dict(options or {}), **_compact(option_values)}
    return _compact({
        "publisher_domain": publisher_domain,
        "target_url": target_url,
        "anchor_text": anchor_text,
        "options": merged or None,
        "max_cost": max_cost,
        "idempotency_key": key,
    })


def _batch_body(
    jobs: Sequence[Mapping[str, Any]],
    name: Optional[str],
    options: Optional[Mapping[str, Any]],
    max_cost: Optional[float],
    key: str,
    key_given: bool,
) -> Dict[str, Any]:
    # The server needs a name, and its replay of an idempotency key compares the whole body, name included:
    # a default that changed between two sends (the time, say) would turn a replay into a 422. So the default
    # is the caller's key, else a digest of the jobs: the same call names the batch the same.
    jobs = [dict(job) for job in jobs]
    if not name:
        if key_given:
            name = f"batch {key[:40]}"
        else:
            digest = hashlib.sha256(json.dumps(jobs, sort_keys=True, default=str).encode()).hexdigest()
            name = f"batch of {len(jobs)} jobs {digest[:12]}"
    return _compact({
        "name": name,
        "jobs": jobs,
        "options": dict(options) if options else None,
        "max_cost": max_cost,
        "idempotency_key": key,
    })


def _export_body(
    wordpress_url: Optional[str],
    username: Optional[str],
    application_password: Optional[str],
    connection_id: Optional[str],
    post_status: str,
    categories: Optional[Sequence[int]],
    tags: Optional[Sequence[str]],
    link_rel: Optional[Sequence[str]],
) -> Dict[str, Any]:
    return _compact({
        "wordpress_url": wordpress_url,
        "username": username,
        "application_password": application_password,
        "connection_id": connection_id,
        "post_status": post_status,
        "categories": list(categories) if categories is not None else None,
        "tags": list(tags) if tags is not None else None,
        "link_rel": list(link_rel) if link_rel is not None else None,
    })


def _link_filters(
    status: Optional[str], target_domain: Optional[str], publisher: Optional[str], job_id: Optional[str], limit: int
) -> Dict[str, Any]:
    return _compact(
        {"status": status, "target_domain": target_domain, "publisher": publisher, "job_id": job_id, "limit": limit}
    )


class Paginator(Iterator[T]):
    """Every item of a list endpoint, page after page, fetched as the iteration needs them.
    ``total`` is the server's count once the first page is read."""

    def __init__(self, fetch: Callable[[int], Tuple[List[Any], Mapping[str, Any]]], wrap: Callable[[Any], T], offset: int = 0) -> None:
        self._fetch = fetch
        self._wrap = wrap
        self._offset: Optional[int] = offset
        self._buffer: List[Any] = []
        self.total: Optional[int] = None

    def __iter__(self) -> "Paginator[T]":
        return self

    def __next__(self) -> T:
        while not self._buffer:
            if self._offset is None:
                raise StopIteration
            items, pagination = self._fetch(self._offset)
            self.total = pagination.get("total", self.total)
            self._buffer = list(items)
            next_offset = pagination.get("next_offset")
            if pagination.get("has_more") and isinstance(next_offset, int) and items:
                self._offset = next_offset
            else:
                self._offset = None
        return self._wrap(self._buffer.pop(0))


class Client:
    """A client of the BACOWR v1 API.

    ``token`` is an access token (``Authorization: Bearer``), ``api_key`` a legacy ``sk_live_…`` key
    (``X-API-Key``); with neither, call ``client.auth.login(email, password)``. With a refresh token (from
    ``login`` or ``refresh_token=``) an access token is renewed before it expires and after a 401.
    ``base_url`` defaults to ``BACOWR_BASE_URL``, then ``https://api.bacowr.com/v1`` (a trailing ``/v1``
    is optional). ``timeout`` is seconds per request; ``max_retries`` counts retries after connection
    errors, 408, 429 and 5xx answers (exponential backoff with jitter; ``Retry-After`` is honoured).
    """

    def __init__(
        self,
        token: Optional[str] = None,
        *,
        api_key: Optional[str] = None,
        refresh_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        on_tokens: Optional[Callable[[str, Optional[str]], None]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        url = base_url or os.environ.get("BACOWR_BASE_URL") or DEFAULT_BASE_URL
        # Paths carry their own /v1, so the contract's spellings (…/v1, …/api/v1) lose it instead of doubling it.
        url = url.rstrip("/")
        self.base_url = url[: -len("/v1")] if url.endswith("/v1") else url
        self.timeout = timeout
        self.max_retries = max_retries
        self._access_token = token
        self._refresh_token = refresh_token
        self._api_key = api_key
        self._on_tokens = on_tokens
        self._refresh_lock = threading.Lock()
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout)
        self.jobs = Jobs(self)
        self.batches = Batches(self)
        self.webhooks = Webhooks(self)
        self.links = Links(self)
        self.cms = Cms(self)
        self.analytics = Analytics(self)
        self.qc = QC(self)
        self.auth = Auth(self)

    # -- lifecycle -------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Closes the client's connections (not those of an ``http_client`` passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- credentials -----------------------------------------------------------------------------------------
    @property
    def token(self) -> Optional[str]:
        """The access token in use (renewed ones included)."""
        return self._access_token

    @property
    def refresh_token(self) -> Optional[str]:
        return self._refresh_token

    def _set_tokens(self, access: str, refresh: Optional[str]) -> None:
        self._access_token = access
        if refresh is not None:
            self._refresh_token = refresh
        if self._on_tokens:
            self._on_tokens(access, self._refresh_token)

    def _auth_headers(self) -> Dict[str, str]:
        if self._access_token:
            return {"Authorization": f"Bearer {self._access_token}"}
        if self._api_key:
            return {"X-API-Key": self._api_key}
        return {}

    def _can_refresh(self) -> bool:
        return bool(self._refresh_token)

    def _expiring(self) -> bool:
        exp = _token_expiry(self._access_token) if self._access_token else None
        return exp is not None and exp < time.time() + REFRESH_MARGIN_SECONDS

    def _renew(self, stale: Optional[str]) -> None:
        """Exchanges the refresh token once, even when several threads found the token stale together:
        refresh tokens are single-use, and presenting a spent one revokes the whole login."""
        with self._refresh_lock:
            if self._access_token != stale:
                return
            if not self._refresh_token:
                raise AuthenticationError("The access token expired and there is no refresh token", status=401)
            data = self.request(
                "POST",
                "/v1/auth/refresh",
                json={"refresh_token": self._refresh_token},
                anonymous=True,
                once=True,
            )
            self._set_tokens(data["access_token"], data.get("refresh_token"))

    # -- HTTP ------------------------------------------------------------------------------------------------
    def _headers(self, anonymous: bool, idempotency_key: Optional[str], accept: str) -> Dict[str, str]:
        headers = {"Accept": accept, "User-Agent": f"BACOWR-Client/1.0 (bacowr-python/{__version__})"}
        if not anonymous:
            headers.update(self._auth_headers())
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Optional[Mapping[str, Any]] = None,
        json: Any = None,
        idempotency_key: Optional[str] = None,
        anonymous: bool = False,
        once: bool = False,
        text: bool = False,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Any:
        """One API call: the v1 envelope's ``data`` (or the text for ``text=True``), after retries and a token
        renewal when needed. Every attempt of a POST, PATCH or DELETE carries the same ``Idempotency-Key``,
        generated when not given. GET, DELETE and the POSTs whose route honours that key (jobs, batches,
        api-keys, users, campaigns, campaign tasks) are retried after connection errors, 408, 429 and 5xx; any
        other POST or PATCH only after a 429 or a connection that was never made, since the server might have
        done it already."""
        retries = 0 if once else (self.max_retries if max_retries is None else max_retries)
        renewed = False
        if not anonymous and self._can_refresh() and self._expiring():
            self._renew(self._access_token)
            renewed = True
        if method != "GET" and not once and idempotency_key is None:
            idempotency_key = str(uuid.uuid4())
        query = {key: _query_value(value) for key, value in (params or {}).items() if value is not None}
        replayable = _replayable(method, path)
        attempt = 0
        while True:
            sent_token = self._access_token
            try:
                response = self._http.request(
                    method,
                    self.base_url + path,
                    params=query or None,
                    json=json,
                    headers=self._headers(anonymous, None if method == "GET" else idempotency_key,
                                          "text/html" if text else "application/json"),
                    timeout=self.timeout if timeout is None else timeout,
                )
            except httpx.TimeoutException as error:
                failure: BacowrError = APITimeoutError(f"No answer from {self.base_url} within {self.timeout:g} s")
                cause: Exception = error
            except httpx.TransportError as error:
                failure, cause = APIConnectionError(f"Cannot reach {self.base_url}: {error}"), error
            else:
                if response.status_code == 401 and not anonymous and self._can_refresh() and not renewed:
                    self._renew(sent_token)
                    renewed = True
                    continue
                if response.status_code < 400:
                    return _success_value(response, method, path, text)
                error_answer = error_from_response(response.status_code, _body_of(response), response.headers)
                # A 429 was refused before anything was done; other errors may come after the work was.
                wait = _retry_wait(response, error_answer, attempt, retries) if replayable or response.status_code == 429 else None
                if wait is None:
                    raise error_answer
                time.sleep(wait)
                attempt += 1
                continue
            if attempt >= retries or not (replayable or _unsent(cause)):
                raise failure from cause
            time.sleep(_backoff(attempt))
            attempt += 1

    @contextmanager
    def stream(self, path: str, *, read_timeout: float) -> Iterator[httpx.Response]:
        """An open ``text/event-stream`` answer; raises the error of an error answer, ``_StreamUnavailable``
        when the answer is not a stream."""
        if self._can_refresh() and self._expiring():
            self._renew(self._access_token)
        for attempt in range(2):
            sent_token = self._access_token
            timeout = httpx.Timeout(self.timeout, read=read_timeout)
            with self._http.stream(
                "GET", self.base_url + path, headers=self._headers(False, None, "text/event-stream"), timeout=timeout
            ) as response:
                if response.status_code == 401 and attempt == 0 and self._can_refresh():
                    response.read()
                    self._renew(sent_token)
                    continue
                if response.status_code >= 400:
                    response.read()
                    raise error_from_response(response.status_code, _body_of(response), response.headers)
                if not response.headers.get("content-type", "").startswith("text/event-stream"):
                    raise _StreamUnavailable(response.headers.get("content-type", ""))
                yield response
                return

    def _follow(
        self,
        path: str,
        deadline: float,
        on_event: Callable[[Dict[str, Any]], bool],
    ) -> bool:
        """Follows an event stream until ``on_event`` says the resource is final (True). False when the stream
        could not be used or ended early: the caller then polls. Errors the caller caused (4xx) are raised."""
        try:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            # Keep-alives come every 15 s: a read that waits longer means a proxy holds the stream back.
            with self.stream(path, read_timeout=min(remaining, 30.0)) as response:
                # Line by line, not event by event: keep-alive comments make no event but do reset the read
                # timeout, so only a check on every line holds the deadline while the stream stays quiet.
                parser = _EventParser()
                for line in response.iter_lines():
                    event = parser.feed(line)
                    data = _progress_of(event) if event is not None else None
                    if data is not None and on_event(data):
                        return True
                    if time.monotonic() >= deadline:
                        return False
        except _StreamUnavailable:
            return False
        except (httpx.TransportError, httpx.StreamError):
            return False
        except APIError as error:
            # A 429 on the stream (a cap on open streams) is no mistake of the caller: polling still works.
            if error.status is not None and error.status < 500 and error.status != 429:
                raise
            return False
        return False


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _body_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return {"error": {"message": response.text[:500] or f"HTTP {response.status_code}"}}


def _success_value(response: httpx.Response, method: str, path: str, text: bool) -> Any:
    """A 2xx answer's value: the text, or the v1 envelope's ``data``."""
    if text:
        return response.text
    if not response.content:
        return None
    try:
        payload = response.json()
    except ValueError:
        # A proxy's page, not the API: no retry would make it JSON.
        raise APIError(
            f"The answer to {method} {path} is not JSON ({response.headers.get('content-type')})",
            status=response.status_code,
            request_id=response.headers.get("x-request-id"),
            body=response.text[:500],
            headers=response.headers,
        ) from None
    if isinstance(payload, dict) and "success" in payload and "data" in payload:
        return payload["data"]
    return payload


def _retry_wait(response: httpx.Response, error: APIError, attempt: int, retries: int) -> Optional[float]:
    """Seconds to wait before retrying an error answer, or None to raise it: not retryable, retries spent, or
    a ``Retry-After`` too long to sleep through."""
    if not (_retryable(response.status_code) and attempt < retries):
        return None
    wait = retry_after_seconds(response.headers)
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        wait = error.retry_after
    if wait is not None and wait > MAX_RETRY_WAIT_SECONDS:
        return None
    return _backoff(attempt) if wait is None else wait


# -- resources ---------------------------------------------------------------------------------------------------


class Job(wire.JobsGetResponse):
    """A job. Its attributes are ``GET /v1/jobs/{job_id}``'s fields (``status``, ``progress``, ``article``,
    ``qc_report``, ``cost``…); a job just created has only the creation answer's until ``refresh()``."""

    def __init__(self, data: Mapping[str, Any], client: Client) -> None:
        super().__init__(data)
        self._client = client

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_JOB_STATUSES

    def refresh(self) -> "Job":
        """Reads the job again; updates this object and returns it."""
        self._data = dict(self._client.request("GET", f"/v1/jobs/{_path(self.job_id)}"))
        return self

    def cancel(self) -> "Job":
        """Cancels the job (idempotent) and updates this object."""
        self._data.update(self._client.request("DELETE", f"/v1/jobs/{_path(self.job_id)}"))
        return self

    def article_html(self) -> str:
        return self._client.jobs.article_html(self.job_id)

    def wait_for_completion(
        self,
        timeout: float = 600.0,
        *,
        poll_interval: float = 2.0,
        stream: bool = True,
        on_progress: Optional[Callable[["Job"], None]] = None,
    ) -> "Job":
        """Waits until the job is final (DELIVER, BLOCKED, ERROR or CANCELLED), then reads it whole: updates
        this object and returns it. Follows ``GET /v1/jobs/{id}/events``; when the stream is unavailable or
        drops, polls every ``poll_interval`` seconds. Raises ``JobTimeoutError`` (with the last status) after
        ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        seen: List[Optional[Tuple[Any, Any]]] = [None]

        def report() -> None:
            key = (self.status, self.progress)
            if key != seen[0]:
                seen[0] = key
                if on_progress:
                    on_progress(self)

        def on_event(data: Dict[str, Any]) -> bool:
            self._data.update({key: data[key] for key in ("status", "progress") if key in data})
            report()
            return self.is_final

        if stream and not self.is_final:
            self._client._follow(f"/v1/jobs/{_path(self.job_id)}/events", deadline, on_event)
        while True:
            self.refresh()
            report()
            if self.is_final:
                return self
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise JobTimeoutError(self.job_id, timeout, self.status, self.progress)
            time.sleep(min(poll_interval, remaining))


class Jobs:
    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        publisher_domain: str,
        target_url: str,
        anchor_text: str,
        *,
        options: Optional[Mapping[str, Any]] = None,
        idempotency_key: Optional[str] = None,
        max_cost: Optional[float] = None,
        llm_provider: Optional[str] = None,
        strategy: Optional[str] = None,
        preflight_mode: Optional[str] = None,
        custom_instructions: Optional[str] = None,
    ) -> Job:
        """Queues an article (``POST /v1/jobs``). Options go in ``options={…}`` or as keywords. Without an
        ``idempotency_key`` one is generated, so the client's own retries never create a second job."""
        key = idempotency_key or str(uuid.uuid4())
        body = _job_body(publisher_domain, target_url, anchor_text, options, max_cost, key,
                         llm_provider=llm_provider, strategy=strategy, preflight_mode=preflight_mode,
                         custom_instructions=custom_instructions)
        return Job(self._client.request("POST", "/v1/jobs", json=body, idempotency_key=key), self._client)

    def get(self, job_id: str) -> Job:
        return Job(self._client.request("GET", f"/v1/jobs/{_path(job_id)}"), self._client)

    def list(
        self,
        *,
        status: Optional[str] = None,
        publisher_domain: Optional[str] = None,
        batch_id: Optional[str] = None,
        date_from: Any = None,
        date_to: Any = None,
        sort: Optional[str] = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Paginator[Job]:
        """Every matching job, newest first unless ``sort`` says otherwise, fetched ``limit`` per page as the
        iteration goes: ``for job in client.jobs.list(status="DELIVER")``. Items carry the list's fields;
        ``job.refresh()`` reads one whole."""
        params = _compact({
            "status": status,
            "publisher_domain": publisher_domain,
            "batch_id": batch_id,
            "date_from": date_from,
            "date_to": date_to,
            "sort": sort,
            "limit": limit,
        })

        def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = self._client.request("GET", "/v1/jobs", params={**params, "offset": at})
            return data["jobs"], data.get("pagination") or {}

        return Paginator(fetch, lambda item: Job(item, self._client), offset)

    def cancel(self, job_id: str) -> wire.JobsCancelResponse:
        """Cancels a job that has not finished (a cancelled one answers again; a finished one is a 400)."""
        return wire.JobsCancelResponse(self._client.request("DELETE", f"/v1/jobs/{_path(job_id)}"))

    def article_html(self, job_id: str) -> str:
        """The article as the sanitised standalone HTML page."""
        return self._client.request("GET", f"/v1/jobs/{_path(job_id)}/article.html", text=True)

    def wait_for_completion(self, job_id: str, timeout: float = 600.0, **kwargs: Any) -> Job:
        return Job({"job_id": job_id}, self._client).wait_for_completion(timeout, **kwargs)

    def export_to_wordpress(
        self,
        job_id: str,
        *,
        wordpress_url: Optional[str] = None,
        username: Optional[str] = None,
        application_password: Optional[str] = None,
        connection_id: Optional[str] = None,
        post_status: str = "draft",
        categories: Optional[Sequence[int]] = None,
        tags: Optional[Sequence[str]] = None,
        link_rel: Optional[Sequence[str]] = None,
    ) -> wire.CmsExportWordPressResponse:
        """Exports a delivered article to WordPress (the seed's ``POST /v1/jobs/{id}/export/wordpress``): with a
        site's URL, user and application password, or a saved ``connection_id``. Not retried once sent (it
        writes to the site); exporting the same job to the same site again updates its post."""
        body = _export_body(wordpress_url, username, application_password, connection_id, post_status,
                            categories, tags, link_rel)
        return wire.CmsExportWordPressResponse(
            self._client.request("POST", f"/v1/jobs/{_path(job_id)}/export/wordpress", json=body)
        )

    def place(self, job_id: str, url: str) -> wire.LinksPlaceResponse:
        """Says where the article went live; the link monitor checks the page at once and on a schedule."""
        return wire.LinksPlaceResponse(
            self._client.request("POST", f"/v1/jobs/{_path(job_id)}/placement", json={"url": url})
        )


class Batch(wire.BatchesGetResponse):
    """A batch: ``GET /v1/batches/{batch_id}``'s fields, with ``refresh``, ``cancel``, ``jobs`` and
    ``wait_for_completion``. A new batch also carries the creation answer's ``notices``."""

    notices: Optional[List[wire.BatchesCreateResponseNoticesItem]]
    _nested = {"notices": ("list", "BatchesCreateResponseNoticesItem")}

    def __init__(self, data: Mapping[str, Any], client: Client) -> None:
        super().__init__(data)
        self._client = client

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_BATCH_STATUSES

    def refresh(self) -> "Batch":
        self._data.update(self._client.request("GET", f"/v1/batches/{_path(self.batch_id)}"))
        return self

    def cancel(self) -> "Batch":
        self._data.update(self._client.request("DELETE", f"/v1/batches/{_path(self.batch_id)}"))
        return self

    def jobs(self, **filters: Any) -> Paginator[Job]:
        return self._client.jobs.list(batch_id=self.batch_id, **filters)

    def wait_for_completion(
        self,
        timeout: float = 3600.0,
        *,
        poll_interval: float = 2.0,
        stream: bool = True,
        on_progress: Optional[Callable[["Batch"], None]] = None,
    ) -> "Batch":
        """Waits until the batch is COMPLETED or CANCELLED (its event stream, else polling); updates this
        object and returns it. Raises ``BatchTimeoutError`` with the last progress after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        seen: List[Any] = [None]

        def report() -> None:
            key = (self.status, json.dumps(self._data.get("progress"), sort_keys=True))
            if key != seen[0]:
                seen[0] = key
                if on_progress:
                    on_progress(self)

        def on_event(data: Dict[str, Any]) -> bool:
            self._data.update(data)
            report()
            return self.is_final

        if stream and not self.is_final:
            self._client._follow(f"/v1/batches/{_path(self.batch_id)}/events", deadline, on_event)
        while True:
            self.refresh()
            report()
            if self.is_final:
                return self
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BatchTimeoutError(self.batch_id, timeout, self.status, self._data.get("progress"))
            time.sleep(min(poll_interval, remaining))


class Batches:
    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        jobs: Sequence[Mapping[str, Any]],
        *,
        name: Optional[str] = None,
        options: Optional[Mapping[str, Any]] = None,
        max_cost: Optional[float] = None,
        idempotency_key: Optional[str] = None,
    ) -> Batch:
        """Many jobs in one call (``POST /v1/batches``): each a dict with ``publisher_domain``, ``target_url``,
        ``anchor_text`` and optionally ``options`` and ``max_cost``. All or nothing. The server needs a
        ``name``; without one it is named after ``idempotency_key`` when given, else after a digest of the jobs."""
        key = idempotency_key or str(uuid.uuid4())
        body = _batch_body(jobs, name, options, max_cost, key, bool(idempotency_key))
        return Batch(self._client.request("POST", "/v1/batches", json=body, idempotency_key=key), self._client)

    def get(self, batch_id: str) -> Batch:
        return Batch(self._client.request("GET", f"/v1/batches/{_path(batch_id)}"), self._client)

    def list(self, *, status: Optional[str] = None, limit: int = 100, offset: int = 0) -> Paginator[Batch]:
        params = _compact({"status": status, "limit": limit})

        def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = self._client.request("GET", "/v1/batches", params={**params, "offset": at})
            return data["batches"], data.get("pagination") or {}

        return Paginator(fetch, lambda item: Batch(item, self._client), offset)

    def cancel(self, batch_id: str) -> Batch:
        return Batch(self._client.request("DELETE", f"/v1/batches/{_path(batch_id)}"), self._client)


class Links:
    """Placed links and their latest verdicts: ``verified``, ``changed``, ``missing``, ``page_gone`` (or
    ``pending`` before the first check)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        status: Optional[str] = None,
        target_domain: Optional[str] = None,
        publisher: Optional[str] = None,
        job_id: Optional[str] = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Paginator[wire.LinksListResponseLinksItem]:
        params = _link_filters(status, target_domain, publisher, job_id, limit)

        def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = self._client.request("GET", "/v1/links", params={**params, "offset": at})
            return data["links"], data.get("pagination") or {}

        return Paginator(fetch, wire.LinksListResponseLinksItem, offset)

    def get(self, link_id: str) -> wire.LinksGetResponse:
        """The link with its ``history`` of checks, newest first."""
        return wire.LinksGetResponse(self._client.request("GET", f"/v1/links/{_path(link_id)}"))

    def check(self, link_id: str) -> wire.LinksCheckResponse:
        """Makes the link due now; read it again for the verdict."""
        return wire.LinksCheckResponse(self._client.request("POST", f"/v1/links/{_path(link_id)}/check"))


class Cms:
    """WordPress sites saved for export (the application password is stored encrypted, never shown again)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def save_wordpress(
        self,
        wordpress_url: str,
        username: str,
        application_password: str,
        *,
        name: Optional[str] = None,
        link_rel: Optional[Sequence[str]] = None,
    ) -> wire.CmsCreateConnectionResponse:
        body = _compact({"wordpress_url": wordpress_url, "username": username,
                         "application_password": application_password, "name": name,
                         "link_rel": list(link_rel) if link_rel is not None else None})
        return wire.CmsCreateConnectionResponse(self._client.request("POST", "/v1/cms/wordpress", json=body))

    def list_wordpress(self) -> List[wire.CmsListConnectionsResponseConnectionsItem]:
        data = self._client.request("GET", "/v1/cms/wordpress")
        return [wire.CmsListConnectionsResponseConnectionsItem(item) for item in data["connections"]]

    def delete_wordpress(self, connection_id: str) -> Any:
        return self._client.request("DELETE", f"/v1/cms/wordpress/{_path(connection_id)}")


class Webhook(wire.WebhooksGetResponse):
    """A webhook subscription. ``secret`` is present only in the answers that reveal it (subscribing,
    rotating)."""

    secret: Optional[str]


class Webhooks:
    def __init__(self, client: Client) -> None:
        self._client = client

    def subscribe(self, events: Union[str, Sequence[str]], url: str, *, description: Optional[str] = None) -> Webhook:
        """``client.webhooks.subscribe("job.completed", url)``: one event or a list. Keep ``.secret`` to
        check signatures with ``bacowr.verify_webhook``."""
        listed = [events] if isinstance(events, str) else list(events)
        return self.create(url=url, events=listed, description=description)

    def create(self, *, url: str, events: Sequence[str], description: Optional[str] = None) -> Webhook:
        body = _compact({"url": url, "events": list(events), "description": description})
        return Webhook(self._client.request("POST", "/v1/webhooks", json=body))

    def list(self, *, limit: int = 100, offset: int = 0) -> Paginator[Webhook]:
        def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = self._client.request("GET", "/v1/webhooks", params={"limit": limit, "offset": at})
            return data["webhooks"], data.get("pagination") or {}

        return Paginator(fetch, Webhook, offset)

    def get(self, webhook_id: str) -> Webhook:
        return Webhook(self._client.request("GET", f"/v1/webhooks/{_path(webhook_id)}"))

    def update(
        self,
        webhook_id: str,
        *,
        url: Optional[str] = None,
        events: Optional[Sequence[str]] = None,
        description: Optional[str] = None,
        active: Optional[bool] = None,
    ) -> Webhook:
        body = _compact({"url": url, "events": list(events) if events is not None else None,
                         "description": description, "active": active})
        return Webhook(self._client.request("PATCH", f"/v1/webhooks/{_path(webhook_id)}", json=body))

    def delete(self, webhook_id: str) -> Any:
        return self._client.request("DELETE", f"/v1/webhooks/{_path(webhook_id)}")

    def rotate_secret(self, webhook_id: str) -> Webhook:
        """A new secret; the old one keeps signing (``X-Bacowr-Signature-Previous``) for 24 hours."""
        return Webhook(self._client.request("POST", f"/v1/webhooks/{_path(webhook_id)}/rotate-secret"))

    def test(self, webhook_id: str) -> wire.WebhooksTestResponse:
        """Sends a ``ping`` event; answers its delivery."""
        return wire.WebhooksTestResponse(self._client.request("POST", f"/v1/webhooks/{_path(webhook_id)}/test"))

    def deliveries(
        self, webhook_id: str, *, status: Optional[str] = None, event: Optional[str] = None, limit: int = 100, offset: int = 0
    ) -> Paginator[wire.WebhooksDeliveryResponse]:
        params = _compact({"status": status, "event": event, "limit": limit})

        def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = self._client.request(
                "GET", f"/v1/webhooks/{_path(webhook_id)}/deliveries", params={**params, "offset": at}
            )
            return data["deliveries"], data.get("pagination") or {}

        return Paginator(fetch, wire.WebhooksDeliveryResponse, offset)

    def delivery(self, delivery_id: str) -> wire.WebhooksDeliveryResponse:
        return wire.WebhooksDeliveryResponse(
            self._client.request("GET", f"/v1/webhooks/deliveries/{_path(delivery_id)}")
        )

    def replay_delivery(self, delivery_id: str) -> wire.WebhooksReplayDeliveryResponse:
        return wire.WebhooksReplayDeliveryResponse(
            self._client.request("POST", f"/v1/webhooks/deliveries/{_path(delivery_id)}/replay")
        )

    def replay(self, webhook_id: str, *, since: Any, status: Optional[str] = None) -> wire.WebhooksReplayResponse:
        since_text = since.isoformat() if hasattr(since, "isoformat") else since
        body = _compact({"since": since_text, "status": status})
        return wire.WebhooksReplayResponse(
            self._client.request("POST", f"/v1/webhooks/{_path(webhook_id)}/replay", json=body)
        )


class Analytics:
    def __init__(self, client: Client) -> None:
        self._client = client

    def stats(self, period: str = "30d", *, user_id: Optional[str] = None) -> wire.AnalyticsStatsResponse:
        params = _compact({"period": period, "user_id": user_id})
        return wire.AnalyticsStatsResponse(self._client.request("GET", "/v1/analytics/stats", params=params))

    def timeseries(
        self, period: str = "30d", *, interval: Optional[str] = None, user_id: Optional[str] = None
    ) -> wire.AnalyticsTimeseriesResponse:
        params = _compact({"period": period, "interval": interval, "user_id": user_id})
        return wire.AnalyticsTimeseriesResponse(self._client.request("GET", "/v1/analytics/timeseries", params=params))


class QC:
    def __init__(self, client: Client) -> None:
        self._client = client

    def check(self, article: str, publisher_domain: str, target_url: str, anchor_text: str) -> wire.QcCheckResponse:
        """Runs QC on a Markdown article written anywhere (``POST /v1/qc/check``)."""
        body = {
            "article": article,
            "publisher_domain": publisher_domain,
            "target_url": target_url,
            "anchor_text": anchor_text,
        }
        return wire.QcCheckResponse(self._client.request("POST", "/v1/qc/check", json=body))


class Auth:
    def __init__(self, client: Client) -> None:
        self._client = client

    def login(self, email: str, password: str) -> wire.AuthLoginResponse:
        """Logs in; the client then uses the new tokens and renews them by itself."""
        data = self._client.request(
            "POST", "/v1/auth/login", json={"email": email, "password": password}, anonymous=True
        )
        self._client._set_tokens(data["access_token"], data.get("refresh_token"))
        return wire.AuthLoginResponse(data)

    def refresh(self, refresh_token: Optional[str] = None) -> wire.AuthRefreshResponse:
        """Exchanges a refresh token (the client's own by default) for a new pair, which the client then uses.
        A refresh token is single-use: presenting a spent one revokes the whole login."""
        token = refresh_token or self._client._refresh_token
        if not token:
            raise AuthenticationError("No refresh token: log in first", status=401)
        with self._client._refresh_lock:
            data = self._client.request(
                "POST", "/v1/auth/refresh", json={"refresh_token": token}, anonymous=True, once=True
            )
            self._client._set_tokens(data["access_token"], data.get("refresh_token"))
        return wire.AuthRefreshResponse(data)
