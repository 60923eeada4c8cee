"""wait_for_completion: the job's event stream, the polling fallback, and a timeout that says how far it got."""

from __future__ import annotations

import json
import re

import httpx
import pytest

import bacowr
from _proxy import Fake, Proxy


def _counting_client(server, token, hooks_into):
    http = httpx.Client(event_hooks={"request": [lambda request: hooks_into.append(request.url.path)]})
    return http, bacowr.Client(token=token, base_url=server.base_url, http_client=http)


def test_it_follows_the_event_stream_and_reads_the_job_once_at_the_end(server, user_token, order):
    paths = []
    http, client = _counting_client(server, user_token, paths)
    with http, client:
        job = client.jobs.create(**order("streamed project tools"))
        seen = []
        job.wait_for_completion(timeout=60, poll_interval=30, on_progress=lambda j: seen.append((j.status, j.progress)))
    assert job.status == "DELIVER" and job.article.content and job.qc_report.score >= 80
    events = f"/v1/jobs/{job.job_id}/events"
    # One stream, then one read of the whole job: no polling (its interval, 30 s, would have shown).
    assert paths == ["/v1/jobs", events, f"/v1/jobs/{job.job_id}"]
    assert seen[-1] == ("DELIVER", 100)
    assert len(seen) >= 2 and seen == sorted(seen, key=lambda s: s[1])


@pytest.mark.parametrize(
    "broken",
    [
        Fake(503),
        # A proxy or an old server that answers the stream's path with something that is not a stream.
        Fake(200, b"<html>buffered</html>", {"content-type": "text/html"}),
        # Too many open streams: the caller did nothing wrong, so polling takes over instead of raising.
        Fake(429, b'{"success":false,"error":{"code":"RATE_LIMITED","message":"too many streams"}}'),
    ],
    ids=["stream 503", "not a stream", "stream 429"],
)
def test_it_falls_back_to_polling_when_the_stream_is_unavailable(server, user_token, order, broken):
    script = lambda seen, n: broken if seen.path.endswith("/events") else None  # noqa: E731
    with Proxy(server.base_url, script) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url) as client:
            job = client.jobs.create(**order("polled project tools"))
            job.wait_for_completion(timeout=60, poll_interval=0.1)
    assert job.status == "DELIVER" and job.article.content
    gets = [p for p in proxy.paths("GET")]
    assert gets.count(f"/v1/jobs/{job.job_id}/events") == 1  # tried once, never retried
    assert gets.count(f"/v1/jobs/{job.job_id}") >= 1


def test_a_timeout_raises_job_timeout_error_with_the_last_status(server, user_token, client, order):
    job = client.jobs.create(**order("stuck project tools"))
    stuck = json.dumps({"success": True, "data": {**job.to_dict(), "status": "WRITE", "progress": 40}}).encode()

    def script(seen, n):
        if seen.path.endswith("/events"):
            return Fake(503)
        if seen.method == "GET" and seen.path == f"/v1/jobs/{job.job_id}":
            return Fake(200, stuck)
        return None

    with Proxy(server.base_url, script) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url) as through:
            waiting = through.jobs.get(job.job_id)
            with pytest.raises(bacowr.JobTimeoutError) as caught:
                waiting.wait_for_completion(timeout=0.5, poll_interval=0.1)
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert (error.job_id, error.status, error.progress) == (job.job_id, "WRITE", 40)
    assert re.search(rf"{job.job_id} is still WRITE \(40%\) after 0.5 s", str(error))
    assert waiting.status == "WRITE"


def test_a_batch_waits_over_its_stream_too(client, order):
    batch = client.batches.create(
        jobs=[order("batch project tools one"), order("batch project tools two")],
        options={"strategy": "single_stage"},
    )
    progress = []
    assert batch.wait_for_completion(timeout=60, on_progress=lambda b: progress.append(b.progress.completed)) is batch
    assert batch.status == "COMPLETED"
    assert batch.progress.completed == 2 and batch.summary.successful_jobs == 2
    assert progress[-1] == 2
    assert [job.status for job in batch.jobs()] == ["DELIVER", "DELIVER"]
