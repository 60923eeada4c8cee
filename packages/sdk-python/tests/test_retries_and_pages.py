"""Retries never duplicate a job, and lists iterate over every page."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest

import bacowr
from _proxy import Fake, Proxy


def _job_posts(proxy: Proxy):
    return [s for s in proxy.seen if s.method == "POST" and s.path == "/v1/jobs"]


def test_a_503_then_success_creates_exactly_one_job(server, user_token, client, order):
    # The first POST /v1/jobs is answered 503 by the proxy without reaching the server; the retry goes through.
    script = lambda seen, n: Fake(503) if seen.method == "POST" and n == 1 else None  # noqa: E731
    with Proxy(server.base_url, script) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url) as through:
            job = through.jobs.create(**order("retried project tools"))
    posts = _job_posts(proxy)
    assert len(posts) == 2
    # Both attempts carried one generated key, in the header and in the body.
    keys = {p.headers["idempotency-key"] for p in posts}
    assert len(keys) == 1
    assert {json.loads(p.body)["idempotency_key"] for p in posts} == keys
    matching = [j for j in client.jobs.list() if j.anchor_text == "retried project tools"]
    assert [j.job_id for j in matching] == [job.job_id]


def test_an_answer_lost_after_the_job_was_created_is_retried_into_the_same_job(server, user_token, client, order):
    # The server creates the job, but the proxy "loses" its 201 and answers 502: the retry must not create a twin.
    script = lambda seen, n: Fake(502, after_forward=True) if seen.method == "POST" and n == 1 else None  # noqa: E731
    with Proxy(server.base_url, script) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url) as through:
            job = through.jobs.create(**order("lost answer project tools"))
    assert len(_job_posts(proxy)) == 2
    matching = [j for j in client.jobs.list() if j.anchor_text == "lost answer project tools"]
    assert [j.job_id for j in matching] == [job.job_id]


def test_connection_errors_are_retried_with_the_same_key(server, user_token, order):
    attempts = []

    class Flaky(httpx.BaseTransport):
        """Refuses the first connection, then passes requests to the real server."""

        def __init__(self) -> None:
            self.real = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            attempts.append(request.headers.get("idempotency-key"))
            if len(attempts) == 1:
                raise httpx.ConnectError("connection refused", request=request)
            return self.real.handle_request(request)

    with httpx.Client(transport=Flaky()) as http:
        with bacowr.Client(token=user_token, base_url=server.base_url, http_client=http) as flaky:
            job = flaky.jobs.create(**order("flaky network project tools"))
    assert job.job_id.startswith("job_")
    assert len(attempts) == 2 and attempts[0] == attempts[1] is not None


def test_jobs_list_iterates_over_all_250_jobs_page_by_page(client, order, server):
    requests = []
    # Chunks of one, cancelled at once: the 250 jobs exist but (almost) none of them runs.
    batch = client.batches.create(
        [order(f"paged project tools {i}") for i in range(250)],
        name="pagination",
        options={"chunk_size": 1, "parallel_jobs": 1},
    )
    assert batch.total_jobs == 250 and len(batch.job_ids) == 250
    batch.cancel()

    hooks = {"request": [lambda request: requests.append(str(request.url))]}
    with httpx.Client(event_hooks=hooks) as http, bacowr.Client(
        token=client.token, base_url=server.base_url, http_client=http
    ) as counted:
        pages = counted.jobs.list(batch_id=batch.batch_id, sort="created_at")
        jobs = list(pages)
        assert pages.total == 250
    assert len(requests) == 3  # 100 + 100 + 50
    assert all("limit=100" in url for url in requests)
    assert [job.job_id for job in jobs] == batch.job_ids  # submission order, none twice, none missing
    assert all(isinstance(job, bacowr.Job) and job.batch_id == batch.batch_id for job in jobs)

    # Filters go to the server, and the iteration stops where the caller does.
    cancelled = client.jobs.list(batch_id=batch.batch_id, status="CANCELLED", limit=40)
    first = [next(cancelled) for _ in range(45)]
    assert len({job.job_id for job in first}) == 45 and all(job.status == "CANCELLED" for job in first)
    assert cancelled.total is not None and cancelled.total >= 245
    assert {b.batch_id for b in client.batches.list()} >= {batch.batch_id}


def test_a_batch_without_a_name_replays_under_the_callers_idempotency_key(client, order):
    # The server's replay compares the whole body, name included: a default name taken from the clock made
    # the same call, sent again a second later, a 422 instead of the same batch.
    key = f"nightly-{uuid.uuid4()}"
    jobs = [order(f"replayed batch tools {i}") for i in range(2)]
    first = client.batches.create(jobs, idempotency_key=key, options={"chunk_size": 1, "parallel_jobs": 1})
    time.sleep(1.1)
    again = client.batches.create(jobs, idempotency_key=key, options={"chunk_size": 1, "parallel_jobs": 1})
    assert again.batch_id == first.batch_id and again.job_ids == first.job_ids
    assert client.batches.get(first.batch_id).name == f"batch {key[:40]}"


def test_a_post_whose_route_ignores_idempotency_keys_is_not_retried_after_it_may_have_been_done(
    server, user_token, client
):
    # POST /v1/webhooks does not honour Idempotency-Key: the server makes the webhook, the proxy "loses" the
    # 201 and answers 502. A retry would make a second webhook (and a retried rotate-secret would lose the
    # overlap of the old secret), so the 502 is raised; jobs.create, whose route honours the key, still
    # retries (test_an_answer_lost_after_the_job_was_created_is_retried_into_the_same_job).
    url = f"http://127.0.0.1:9/never-retried-{uuid.uuid4().hex[:8]}"
    script = lambda seen, n: Fake(502, after_forward=True) if seen.method == "POST" else None  # noqa: E731
    with Proxy(server.base_url, script) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url) as through:
            with pytest.raises(bacowr.APIError) as lost:
                through.webhooks.create(url=url, events=["job.blocked"])
    assert lost.value.status == 502
    assert proxy.paths("POST") == ["/v1/webhooks"]
    made = [h for h in client.webhooks.list() if h.url == url]
    assert len(made) == 1
    client.webhooks.delete(made[0].webhook_id)


def test_a_post_whose_route_ignores_idempotency_keys_is_retried_when_it_never_reached_the_server(server, user_token, client):
    attempts = []

    class Refusing(httpx.BaseTransport):
        """Refuses the first connection, then passes requests to the real server."""

        def __init__(self) -> None:
            self.real = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            attempts.append(request.url.path)
            if len(attempts) == 1:
                raise httpx.ConnectError("connection refused", request=request)
            return self.real.handle_request(request)

    url = f"http://127.0.0.1:9/retried-{uuid.uuid4().hex[:8]}"
    with httpx.Client(transport=Refusing()) as http, bacowr.Client(token=user_token, base_url=server.base_url, http_client=http) as flaky:
        hook = flaky.webhooks.create(url=url, events=["job.blocked"])
    assert attempts == ["/v1/webhooks", "/v1/webhooks"]
    assert [h.webhook_id for h in client.webhooks.list() if h.url == url] == [hook.webhook_id]
    client.webhooks.delete(hook.webhook_id)
