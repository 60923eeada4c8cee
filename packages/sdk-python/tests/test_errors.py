"""Every exception class, raised from the real server's answers (or, for 5xx and the network, a proxy's)."""

from __future__ import annotations

import time
import uuid

import pytest

import bacowr
from _proxy import Fake, Proxy
from conftest import forge_token


def test_400_is_a_validation_error_with_code_field_details_and_request_id(client, order):
    with pytest.raises(bacowr.ValidationError) as caught:
        client.jobs.create(**order("ab"))
    error = caught.value
    assert isinstance(error, bacowr.APIError) and bacowr.BadRequestError is bacowr.ValidationError
    assert (error.status, error.code, error.field) == (400, "VALIDATION_ERROR", "anchor_text")
    assert error.details["provided_length"] == 2
    assert error.message and error.message in str(error)
    assert error.request_id and error.request_id.startswith("req_")
    assert error.request_id in str(error)

    with pytest.raises(bacowr.ValidationError) as too_long:
        client.jobs.create(**order("x" * 151))
    assert too_long.value.code == "ANCHOR_TOO_LONG"

    with pytest.raises(bacowr.ValidationError) as private:
        client.jobs.create(**{**order("best project management tools"), "target_url": "http://10.0.0.1/x"})
    assert (private.value.code, private.value.field) == ("INVALID_URL", "target_url")


def test_401_is_an_authentication_error(server):
    with bacowr.Client(token="not-a-token", base_url=server.base_url) as stranger:
        with pytest.raises(bacowr.AuthenticationError) as caught:
            stranger.jobs.get("job_whatever")
    assert (caught.value.status, caught.value.code) == (401, "UNAUTHORIZED")
    assert caught.value.request_id


def test_403_is_a_permission_error(client):
    with pytest.raises(bacowr.PermissionDeniedError) as caught:
        client.analytics.stats(period="7d", user_id="usr_admin")
    assert (caught.value.status, caught.value.code) == (403, "FORBIDDEN")


def test_404_is_not_found(client):
    with pytest.raises(bacowr.NotFoundError) as caught:
        client.jobs.get("job_doesnotexist")
    assert (caught.value.status, caught.value.code) == (404, "JOB_NOT_FOUND")


def test_409_is_a_conflict_and_a_finished_job_cannot_be_cancelled(client, order):
    # Chunks of one: cancelled at once, the batch's later jobs never run and have no article.
    batch = client.batches.create(
        [order("best project management tools")] * 3, options={"chunk_size": 1, "parallel_jobs": 1}
    )
    batch.cancel()
    assert batch.status == "CANCELLED"
    with pytest.raises(bacowr.ConflictError) as caught:
        client.jobs.article_html(batch.job_ids[-1])
    assert (caught.value.status, caught.value.code) == (409, "ARTICLE_NOT_READY")
    assert caught.value.details["job_status"] == "CANCELLED"
    # Cancelling again answers the cancelled batch; a job that ended cannot be cancelled.
    assert client.batches.cancel(batch.batch_id).status == "CANCELLED"
    done = client.jobs.create(**order("best project management tools", options={"strategy": "single_stage"}))
    assert done.wait_for_completion(timeout=60).status == "DELIVER"
    with pytest.raises(bacowr.ValidationError) as finished:
        done.cancel()
    assert finished.value.code == "CANNOT_CANCEL_COMPLETED_JOB"
    assert finished.value.details["job_status"] == "DELIVER"


def test_422_is_unprocessable_with_the_details_of_what_the_key_created(client, order):
    key = f"python-{uuid.uuid4()}"
    first = client.jobs.create(**order("best project management tools"), idempotency_key=key)
    same = client.jobs.create(**order("best project management tools"), idempotency_key=key)
    assert same.job_id == first.job_id
    with pytest.raises(bacowr.UnprocessableEntityError) as caught:
        client.jobs.create(**order("another anchor text"), idempotency_key=key)
    assert (caught.value.status, caught.value.code) == (422, "IDEMPOTENCY_KEY_REUSED")
    assert caught.value.details["job_id"] == first.job_id


def test_429_is_a_rate_limit_error_with_retry_after_and_an_hours_wait_is_not_slept_through(server, admin):
    # usr_test (one of the harness's token users) gets a limit of one request an hour.
    admin.request("PATCH", "/v1/users/usr_test", json={"limits": {"requests_per_hour": 1}})
    with bacowr.Client(token=forge_token(server, "usr_test"), base_url=server.base_url, max_retries=3) as limited:
        limited.analytics.stats()
        started = time.monotonic()
        with pytest.raises(bacowr.RateLimitError) as caught:
            limited.analytics.stats()
    error = caught.value
    assert (error.status, error.code) == (429, "RATE_LIMIT_EXCEEDED")
    assert 60 < error.retry_after <= 3600
    assert error.details["retry_after"] == error.retry_after and error.details["reset_at"]
    assert error.headers["x-ratelimit-limit"] == "1"
    # Retry-After beyond a minute: raised at once for the caller to decide, not slept through.
    assert time.monotonic() - started < 10  # not the hour, nor even a minute, on a loaded CI


def test_a_429_with_a_short_retry_after_is_retried_after_it(server, user_token):
    fake = Fake(429, b'{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"}}',
                {"content-type": "application/json", "retry-after": "1"})
    times = []

    def script(seen, n):
        times.append(time.monotonic())
        return fake if n == 1 else None

    with Proxy(server.base_url, script) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url, max_retries=1) as client:
            assert client.analytics.stats(period="7d").period == "7d"
    assert len(times) == 2 and times[1] - times[0] >= 0.95


def test_5xx_is_an_internal_server_error_after_the_retries(server, user_token):
    with Proxy(server.base_url, lambda seen, n: Fake(500)) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url, max_retries=2) as client:
            with pytest.raises(bacowr.InternalServerError) as caught:
                client.jobs.get("job_anything")
    assert (caught.value.status, caught.value.code, caught.value.message) == (500, "INTERNAL_ERROR", "fake outage")
    assert len(proxy.seen) == 3


def test_an_unreachable_server_is_a_connection_error_and_a_silent_one_a_timeout(server, user_token):
    with Proxy(server.base_url, lambda seen, n: None) as closed:
        dead_url = closed.url
    with bacowr.Client(token=user_token, base_url=dead_url, max_retries=1) as client:
        with pytest.raises(bacowr.APIConnectionError) as caught:
            client.jobs.get("job_anything")
    assert not isinstance(caught.value, bacowr.APIError)

    with Proxy(server.base_url, lambda seen, n: Fake(200, delay=1.0)) as slow:
        with bacowr.Client(token=user_token, base_url=slow.url, timeout=0.2, max_retries=0) as client:
            with pytest.raises(bacowr.APITimeoutError) as timed_out:
                client.jobs.get("job_anything")
    assert isinstance(timed_out.value, bacowr.APIConnectionError) and isinstance(timed_out.value, TimeoutError)
