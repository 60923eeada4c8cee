"""``bacowr.AsyncClient``: the same client for asyncio, over ``httpx.AsyncClient``. Same options, same objects,
same errors; every call is awaited, lists are ``async for`` iterators."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union

import httpx

from . import _generated as wire
from .client import (
    DEFAULT_BASE_URL,
    FINAL_BATCH_STATUSES,
    FINAL_JOB_STATUSES,
    REFRESH_MARGIN_SECONDS,
    Webhook,
    _backoff,
    _batch_body,
    _body_of,
    _compact,
    _EventParser,
    _export_body,
    _job_body,
    _link_filters,
    _path,
    _progress_of,
    _query_value,
    _replayable,
    _retry_wait,
    _success_value,
    _token_expiry,
    _unsent,
)
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BacowrError,
    BatchTimeoutError,
    JobTimeoutError,
    error_from_response,
)

T = TypeVar("T")


class AsyncPaginator(AsyncIterator[T]):
    """Every item of a list endpoint, page after page: ``async for job in client.jobs.list(): …``."""

    def __init__(
        self, fetch: Callable[[int], Awaitable[Tuple[List[Any], Mapping[str, Any]]]], wrap: Callable[[Any], T], offset: int = 0
    ) -> None:
        self._fetch = fetch
        self._wrap = wrap
        self._offset: Optional[int] = offset
        self._buffer: List[Any] = []
        self.total: Optional[int] = None

    def __aiter__(self) -> "AsyncPaginator[T]":
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            if self._offset is None:
                raise StopAsyncIteration
            items, pagination = await self._fetch(self._offset)
            self.total = pagination.get("total", self.total)
            self._buffer = list(items)
            next_offset = pagination.get("next_offset")
            self._offset = next_offset if pagination.get("has_more") and isinstance(next_offset, int) and items else None
        return self._wrap(self._buffer.pop(0))


class AsyncClient:
    """``bacowr.Client`` for asyncio: ``async with bacowr.AsyncClient(token=…) as client:``."""

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
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        url = (base_url or os.environ.get("BACOWR_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.base_url = url[: -len("/v1")] if url.endswith("/v1") else url
        self.timeout = timeout
        self.max_retries = max_retries
        self._access_token = token
        self._refresh_token = refresh_token
        self._api_key = api_key
        self._on_tokens = on_tokens
        self._refresh_lock: Optional[asyncio.Lock] = None
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout)
        self.jobs = AsyncJobs(self)
        self.batches = AsyncBatches(self)
        self.webhooks = AsyncWebhooks(self)
        self.links = AsyncLinks(self)
        self.cms = AsyncCms(self)
        self.analytics = AsyncAnalytics(self)
        self.qc = AsyncQC(self)
        self.auth = AsyncAuth(self)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    @property
    def token(self) -> Optional[str]:
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

    def _lock(self) -> asyncio.Lock:
        # Created on first use, inside the running loop.
        if self._refresh_lock is None:
            self._refresh_lock = asyncio.Lock()
        return self._refresh_lock

    def _headers(self, anonymous: bool, idempotency_key: Optional[str], accept: str) -> Dict[str, str]:
        headers = {"Accept": accept, "User-Agent": f"BACOWR-Client/1.0 (bacowr-python/{__version__})"}
        if not anonymous:
            if self._access_token:
                headers["Authorization"] = f"Bearer {self._access_token}"
            elif self._api_key:
                headers["X-API-Key"] = self._api_key
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def _expiring(self) -> bool:
        exp = _token_expiry(self._access_token) if self._access_token else None
        return exp is not None and exp < time.time() + REFRESH_MARGIN_SECONDS

    async def _renew(self, stale: Optional[str]) -> None:
        """One renewal at a time: a refresh token is single-use."""
        async with self._lock():
            if self._access_token != stale:
                return
            if not self._refresh_token:
                raise AuthenticationError("The access token expired and there is no refresh token", status=401)
            data = await self.request(
                "POST", "/v1/auth/refresh", json={"refresh_token": self._refresh_token}, anonymous=True, once=True
            )
            self._set_tokens(data["access_token"], data.get("refresh_token"))

    async def request(
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
        """As ``Client.request``: retries, one ``Idempotency-Key`` for every attempt, renewal of tokens."""
        retries = 0 if once else (self.max_retries if max_retries is None else max_retries)
        renewed = False
        if not anonymous and self._refresh_token and self._expiring():
            await self._renew(self._access_token)
            renewed = True
        if method != "GET" and not once and idempotency_key is None:
            idempotency_key = str(uuid.uuid4())
        query = {key: _query_value(value) for key, value in (params or {}).items() if value is not None}
        replayable = _replayable(method, path)
        attempt = 0
        while True:
            sent_token = self._access_token
            try:
                response = await self._http.request(
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
                if response.status_code == 401 and not anonymous and self._refresh_token and not renewed:
                    await self._renew(sent_token)
                    renewed = True
                    continue
                if response.status_code < 400:
                    return _success_value(response, method, path, text)
                error_answer = error_from_response(response.status_code, _body_of(response), response.headers)
                # A 429 was refused before anything was done; other errors may come after the work was.
                wait = _retry_wait(response, error_answer, attempt, retries) if replayable or response.status_code == 429 else None
                if wait is None:
                    raise error_answer
                await asyncio.sleep(wait)
                attempt += 1
                continue
            if attempt >= retries or not (replayable or _unsent(cause)):
                raise failure from cause
            await asyncio.sleep(_backoff(attempt))
            attempt += 1

    async def _follow(self, path: str, deadline: float, on_event: Callable[[Dict[str, Any]], bool]) -> bool:
        """As ``Client._follow``: True once ``on_event`` saw the final state; False to fall back to polling."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        if self._refresh_token and self._expiring():
            await self._renew(self._access_token)
        try:
            for attempt in range(2):
                sent_token = self._access_token
                timeout = httpx.Timeout(self.timeout, read=min(remaining, 30.0))
                async with self._http.stream(
                    "GET", self.base_url + path, headers=self._headers(False, None, "text/event-stream"), timeout=timeout
                ) as response:
                    if response.status_code == 401 and attempt == 0 and self._refresh_token:
                        await response.aread()
                        await self._renew(sent_token)
                        continue
                    if response.status_code >= 400:
                        await response.aread()
                        raise error_from_response(response.status_code, _body_of(response), response.headers)
                    if not response.headers.get("content-type", "").startswith("text/event-stream"):
                        return False
                    parser = _EventParser()
                    async for line in response.aiter_lines():
                        event = parser.feed(line)
                        data = _progress_of(event) if event is not None else None
                        if data is not None and on_event(data):
                            return True
                        if time.monotonic() >= deadline:
                            return False
                    return False
        except (httpx.TransportError, httpx.StreamError):
            return False
        except APIError as error:
            # A 429 on the stream (a cap on open streams) is no mistake of the caller: polling still works.
            if error.status is not None and error.status < 500 and error.status != 429:
                raise
            return False
        return False


class AsyncJob(wire.JobsGetResponse):
    """``bacowr.Job`` for the async client: ``await job.refresh()``, ``await job.wait_for_completion()``."""

    def __init__(self, data: Mapping[str, Any], client: AsyncClient) -> None:
        super().__init__(data)
        self._client = client

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_JOB_STATUSES

    async def refresh(self) -> "AsyncJob":
        self._data = dict(await self._client.request("GET", f"/v1/jobs/{_path(self.job_id)}"))
        return self

    async def cancel(self) -> "AsyncJob":
        self._data.update(await self._client.request("DELETE", f"/v1/jobs/{_path(self.job_id)}"))
        return self

    async def article_html(self) -> str:
        return await self._client.jobs.article_html(self.job_id)

    async def wait_for_completion(
        self,
        timeout: float = 600.0,
        *,
        poll_interval: float = 2.0,
        stream: bool = True,
        on_progress: Optional[Callable[["AsyncJob"], None]] = None,
    ) -> "AsyncJob":
        """As ``Job.wait_for_completion``: the event stream, polling when it is unavailable, ``JobTimeoutError``."""
        deadline = time.monotonic() + timeout
        seen: List[Any] = [None]

        def report() -> None:
            if (self.status, self.progress) != seen[0]:
                seen[0] = (self.status, self.progress)
                if on_progress:
                    on_progress(self)

        def on_event(data: Dict[str, Any]) -> bool:
            self._data.update({key: data[key] for key in ("status", "progress") if key in data})
            report()
            return self.is_final

        if stream and not self.is_final:
            await self._client._follow(f"/v1/jobs/{_path(self.job_id)}/events", deadline, on_event)
        while True:
            await self.refresh()
            report()
            if self.is_final:
                return self
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise JobTimeoutError(self.job_id, timeout, self.status, self.progress)
            await asyncio.sleep(min(poll_interval, remaining))


class AsyncJobs:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
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
    ) -> AsyncJob:
        key = idempotency_key or str(uuid.uuid4())
        body = _job_body(publisher_domain, target_url, anchor_text, options, max_cost, key,
                         llm_provider=llm_provider, strategy=strategy, preflight_mode=preflight_mode,
                         custom_instructions=custom_instructions)
        return AsyncJob(await self._client.request("POST", "/v1/jobs", json=body, idempotency_key=key), self._client)

    async def get(self, job_id: str) -> AsyncJob:
        return AsyncJob(await self._client.request("GET", f"/v1/jobs/{_path(job_id)}"), self._client)

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
    ) -> AsyncPaginator[AsyncJob]:
        params = _compact({"status": status, "publisher_domain": publisher_domain, "batch_id": batch_id,
                           "date_from": date_from, "date_to": date_to, "sort": sort, "limit": limit})

        async def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = await self._client.request("GET", "/v1/jobs", params={**params, "offset": at})
            return data["jobs"], data.get("pagination") or {}

        return AsyncPaginator(fetch, lambda item: AsyncJob(item, self._client), offset)

    async def cancel(self, job_id: str) -> wire.JobsCancelResponse:
        return wire.JobsCancelResponse(await self._client.request("DELETE", f"/v1/jobs/{_path(job_id)}"))

    async def article_html(self, job_id: str) -> str:
        return await self._client.request("GET", f"/v1/jobs/{_path(job_id)}/article.html", text=True)

    async def export_to_wordpress(
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
        body = _export_body(wordpress_url, username, application_password, connection_id, post_status,
                            categories, tags, link_rel)
        return wire.CmsExportWordPressResponse(
            await self._client.request("POST", f"/v1/jobs/{_path(job_id)}/export/wordpress", json=body)
        )

    async def place(self, job_id: str, url: str) -> wire.LinksPlaceResponse:
        return wire.LinksPlaceResponse(
            await self._client.request("POST", f"/v1/jobs/{_path(job_id)}/placement", json={"url": url})
        )


class AsyncBatch(wire.BatchesGetResponse):
    notices: Optional[List[wire.BatchesCreateResponseNoticesItem]]
    _nested = {"notices": ("list", "BatchesCreateResponseNoticesItem")}

    def __init__(self, data: Mapping[str, Any], client: AsyncClient) -> None:
        super().__init__(data)
        self._client = client

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_BATCH_STATUSES

    async def refresh(self) -> "AsyncBatch":
        self._data.update(await self._client.request("GET", f"/v1/batches/{_path(self.batch_id)}"))
        return self

    async def cancel(self) -> "AsyncBatch":
        self._data.update(await self._client.request("DELETE", f"/v1/batches/{_path(self.batch_id)}"))
        return self

    def jobs(self, **filters: Any) -> AsyncPaginator[AsyncJob]:
        return self._client.jobs.list(batch_id=self.batch_id, **filters)

    async def wait_for_completion(
        self, timeout: float = 3600.0, *, poll_interval: float = 2.0, stream: bool = True,
        on_progress: Optional[Callable[["AsyncBatch"], None]] = None,
    ) -> "AsyncBatch":
        deadline = time.monotonic() + timeout

        def on_event(data: Dict[str, Any]) -> bool:
            self._data.update(data)
            if on_progress:
                on_progress(self)
            return self.is_final

        if stream and not self.is_final:
            await self._client._follow(f"/v1/batches/{_path(self.batch_id)}/events", deadline, on_event)
        while True:
            await self.refresh()
            if self.is_final:
                return self
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BatchTimeoutError(self.batch_id, timeout, self.status, self._data.get("progress"))
            await asyncio.sleep(min(poll_interval, remaining))


class AsyncBatches:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        jobs: Sequence[Mapping[str, Any]],
        *,
        name: Optional[str] = None,
        options: Optional[Mapping[str, Any]] = None,
        max_cost: Optional[float] = None,
        idempotency_key: Optional[str] = None,
    ) -> AsyncBatch:
        key = idempotency_key or str(uuid.uuid4())
        body = _batch_body(jobs, name, options, max_cost, key, bool(idempotency_key))
        return AsyncBatch(await self._client.request("POST", "/v1/batches", json=body, idempotency_key=key), self._client)

    async def get(self, batch_id: str) -> AsyncBatch:
        return AsyncBatch(await self._client.request("GET", f"/v1/batches/{_path(batch_id)}"), self._client)

    def list(self, *, status: Optional[str] = None, limit: int = 100, offset: int = 0) -> AsyncPaginator[AsyncBatch]:
        params = _compact({"status": status, "limit": limit})

        async def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = await self._client.request("GET", "/v1/batches", params={**params, "offset": at})
            return data["batches"], data.get("pagination") or {}

        return AsyncPaginator(fetch, lambda item: AsyncBatch(item, self._client), offset)

    async def cancel(self, batch_id: str) -> AsyncBatch:
        return AsyncBatch(await self._client.request("DELETE", f"/v1/batches/{_path(batch_id)}"), self._client)


class AsyncLinks:
    def __init__(self, client: AsyncClient) -> None:
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
    ) -> AsyncPaginator[wire.LinksListResponseLinksItem]:
        params = _link_filters(status, target_domain, publisher, job_id, limit)

        async def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = await self._client.request("GET", "/v1/links", params={**params, "offset": at})
            return data["links"], data.get("pagination") or {}

        return AsyncPaginator(fetch, wire.LinksListResponseLinksItem, offset)

    async def get(self, link_id: str) -> wire.LinksGetResponse:
        return wire.LinksGetResponse(await self._client.request("GET", f"/v1/links/{_path(link_id)}"))

    async def check(self, link_id: str) -> wire.LinksCheckResponse:
        return wire.LinksCheckResponse(await self._client.request("POST", f"/v1/links/{_path(link_id)}/check"))


class AsyncCms:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def save_wordpress(
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
        return wire.CmsCreateConnectionResponse(await self._client.request("POST", "/v1/cms/wordpress", json=body))

    async def list_wordpress(self) -> List[wire.CmsListConnectionsResponseConnectionsItem]:
        data = await self._client.request("GET", "/v1/cms/wordpress")
        return [wire.CmsListConnectionsResponseConnectionsItem(item) for item in data["connections"]]

    async def delete_wordpress(self, connection_id: str) -> Any:
        return await self._client.request("DELETE", f"/v1/cms/wordpress/{_path(connection_id)}")


class AsyncWebhooks:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def subscribe(self, events: Union[str, Sequence[str]], url: str, *, description: Optional[str] = None) -> Webhook:
        listed = [events] if isinstance(events, str) else list(events)
        return await self.create(url=url, events=listed, description=description)

    async def create(self, *, url: str, events: Sequence[str], description: Optional[str] = None) -> Webhook:
        body = _compact({"url": url, "events": list(events), "description": description})
        return Webhook(await self._client.request("POST", "/v1/webhooks", json=body))

    def list(self, *, limit: int = 100, offset: int = 0) -> AsyncPaginator[Webhook]:
        async def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = await self._client.request("GET", "/v1/webhooks", params={"limit": limit, "offset": at})
            return data["webhooks"], data.get("pagination") or {}

        return AsyncPaginator(fetch, Webhook, offset)

    async def get(self, webhook_id: str) -> Webhook:
        return Webhook(await self._client.request("GET", f"/v1/webhooks/{_path(webhook_id)}"))

    async def update(
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
        return Webhook(await self._client.request("PATCH", f"/v1/webhooks/{_path(webhook_id)}", json=body))

    async def delete(self, webhook_id: str) -> Any:
        return await self._client.request("DELETE", f"/v1/webhooks/{_path(webhook_id)}")

    async def rotate_secret(self, webhook_id: str) -> Webhook:
        return Webhook(await self._client.request("POST", f"/v1/webhooks/{_path(webhook_id)}/rotate-secret"))

    async def test(self, webhook_id: str) -> wire.WebhooksTestResponse:
        return wire.WebhooksTestResponse(await self._client.request("POST", f"/v1/webhooks/{_path(webhook_id)}/test"))

    def deliveries(
        self, webhook_id: str, *, status: Optional[str] = None, event: Optional[str] = None, limit: int = 100, offset: int = 0
    ) -> AsyncPaginator[wire.WebhooksDeliveryResponse]:
        params = _compact({"status": status, "event": event, "limit": limit})

        async def fetch(at: int) -> Tuple[List[Any], Mapping[str, Any]]:
            data = await self._client.request(
                "GET", f"/v1/webhooks/{_path(webhook_id)}/deliveries", params={**params, "offset": at}
            )
            return data["deliveries"], data.get("pagination") or {}

        return AsyncPaginator(fetch, wire.WebhooksDeliveryResponse, offset)

    async def delivery(self, delivery_id: str) -> wire.WebhooksDeliveryResponse:
        return wire.WebhooksDeliveryResponse(
            await self._client.request("GET", f"/v1/webhooks/deliveries/{_path(delivery_id)}")
        )

    async def replay_delivery(self, delivery_id: str) -> wire.WebhooksReplayDeliveryResponse:
        return wire.WebhooksReplayDeliveryResponse(
            await self._client.request("POST", f"/v1/webhooks/deliveries/{_path(delivery_id)}/replay")
        )

    async def replay(self, webhook_id: str, *, since: Any, status: Optional[str] = None) -> wire.WebhooksReplayResponse:
        since_text = since.isoformat() if hasattr(since, "isoformat") else since
        body = _compact({"since": since_text, "status": status})
        return wire.WebhooksReplayResponse(
            await self._client.request("POST", f"/v1/webhooks/{_path(webhook_id)}/replay", json=body)
        )


class AsyncAnalytics:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def stats(self, period: str = "30d", *, user_id: Optional[str] = None) -> wire.AnalyticsStatsResponse:
        params = _compact({"period": period, "user_id": user_id})
        return wire.AnalyticsStatsResponse(await self._client.request("GET", "/v1/analytics/stats", params=params))

    async def timeseries(
        self, period: str = "30d", *, interval: Optional[str] = None, user_id: Optional[str] = None
    ) -> wire.AnalyticsTimeseriesResponse:
        params = _compact({"period": period, "interval": interval, "user_id": user_id})
        return wire.AnalyticsTimeseriesResponse(
            await self._client.request("GET", "/v1/analytics/timeseries", params=params)
        )


class AsyncQC:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def check(self, article: str, publisher_domain: str, target_url: str, anchor_text: str) -> wire.QcCheckResponse:
        body = {"article": article, "publisher_domain": publisher_domain, "target_url": target_url,
                "anchor_text": anchor_text}
        return wire.QcCheckResponse(await self._client.request("POST", "/v1/qc/check", json=body))


class AsyncAuth:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def login(self, email: str, password: str) -> wire.AuthLoginResponse:
        data = await self._client.request(
            "POST", "/v1/auth/login", json={"email": email, "password": password}, anonymous=True
        )
        self._client._set_tokens(data["access_token"], data.get("refresh_token"))
        return wire.AuthLoginResponse(data)

    async def refresh(self, refresh_token: Optional[str] = None) -> wire.AuthRefreshResponse:
        token = refresh_token or self._client._refresh_token
        if not token:
            raise AuthenticationError("No refresh token: log in first", status=401)
        async with self._client._lock():
            data = await self._client.request(
                "POST", "/v1/auth/refresh", json={"refresh_token": token}, anonymous=True, once=True
            )
            self._client._set_tokens(data["access_token"], data.get("refresh_token"))
        return wire.AuthRefreshResponse(data)
