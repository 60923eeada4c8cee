"""bacowr.AsyncClient, the asyncio twin: the seed's flow, pages, retries, fallback, renewal and errors."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import bacowr
from _proxy import Fake, Proxy


def test_the_seeds_flow_over_the_stream_and_every_page(server, user_token, order):
    async def main():
        paths = []

        async def hook(request):
            paths.append(request.url.path)

        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
            async with bacowr.AsyncClient(token=user_token, base_url=server.base_url, http_client=http) as client:
                job = await client.jobs.create(**order("async project tools"))
                assert isinstance(job, bacowr.AsyncJob) and job.job_id.startswith("job_")
                assert await job.wait_for_completion(timeout=60, poll_interval=30) is job
                assert job.status == "DELIVER" and job.qc_report.score >= 80
                assert "[async project tools](" in job.article.content
                assert paths == ["/v1/jobs", f"/v1/jobs/{job.job_id}/events", f"/v1/jobs/{job.job_id}"]
                assert "async project tools" in await job.article_html()

                batch = await client.batches.create(
                    [order(f"async paged tools {i}") for i in range(120)],
                    options={"chunk_size": 1, "parallel_jobs": 1},
                )
                await batch.cancel()
                pages = client.jobs.list(batch_id=batch.batch_id, sort="created_at", limit=50)
                paths.clear()
                ids = [j.job_id async for j in pages]
                assert ids == batch.job_ids and pages.total == 120
                assert paths == ["/v1/jobs"] * 3
                assert (await client.analytics.stats(period="7d")).jobs.successful >= 1

    asyncio.run(main())


def test_retries_fallback_and_errors(server, user_token, order):
    def script(seen, n):
        if seen.method == "POST" and seen.path == "/v1/jobs" and not any(
            s.method == "POST" and s.path == "/v1/jobs" for s in proxy.seen[: n - 1]
        ):
            return Fake(503, after_forward=True)  # created, but the answer is lost
        if seen.path.endswith("/events"):
            return Fake(429)  # too many open streams: polls, as after a 5xx, instead of raising
        return None

    async def main():
        async with bacowr.AsyncClient(token=user_token, base_url=proxy.url) as client:
            job = await client.jobs.create(**order("async retried tools"))
            await job.wait_for_completion(timeout=60, poll_interval=0.1)
            assert job.status == "DELIVER"
            twins = [j async for j in client.jobs.list() if j.anchor_text == "async retried tools"]
            assert [j.job_id for j in twins] == [job.job_id]
            with pytest.raises(bacowr.NotFoundError) as caught:
                await client.jobs.get("job_doesnotexist")
            assert caught.value.code == "JOB_NOT_FOUND" and caught.value.request_id
            with pytest.raises(bacowr.ValidationError) as invalid:
                await client.jobs.create(**order("ab"))
            assert invalid.value.field == "anchor_text"

    with Proxy(server.base_url, script) as proxy:
        asyncio.run(main())
    assert proxy.paths("POST").count("/v1/jobs") == 3  # the lost answer, its retry, the invalid job


def test_login_and_renewal_after_a_401(server):
    async def main():
        async with bacowr.AsyncClient(base_url=server.base_url) as client:
            await client.auth.login(server.user_email, server.user_password)
            first_refresh = client.refresh_token
            client._access_token = "garbage"
            results = await asyncio.gather(*(client.analytics.stats(period="7d") for _ in range(3)))
            assert [r.period for r in results] == ["7d"] * 3
            assert client.refresh_token != first_refresh
            # One renewal for the three: a second use of the first refresh token would have revoked the login.
            await client.auth.refresh()

    asyncio.run(main())
