"""Analytics and QC through the client, and the typed objects' behaviour."""

from __future__ import annotations

import pytest

import bacowr
from bacowr import _generated as wire


def test_analytics_stats_and_timeseries(client, order):
    job = client.jobs.create(**order("analytics project tools", options={"strategy": "single_stage"}))
    job.wait_for_completion(timeout=60)
    stats = client.analytics.stats(period="30d")
    assert isinstance(stats, wire.AnalyticsStatsResponse)
    assert stats.period == "30d"
    assert stats.jobs.successful >= 1 and 0 <= stats.jobs.success_rate <= 100
    assert stats.quality.avg_qc_score > 0 and stats.cost.total >= 0
    series = client.analytics.timeseries(period="7d", interval="day")
    assert len(series.buckets) == 7 and sum(b.jobs for b in series.buckets) >= 1
    with pytest.raises(bacowr.ValidationError):
        client.analytics.stats(period="1y")


def test_qc_check_of_a_delivered_article(client, order, server):
    job = client.jobs.create(**order("checked project tools", options={"strategy": "single_stage"}))
    job.wait_for_completion(timeout=60)
    checked = client.qc.check(
        article=job.article.content,
        publisher_domain=server.publisher_domain,
        target_url=server.target_url,
        anchor_text="checked project tools",
    )
    assert checked.language == "en"
    assert checked.qc_report.status in ("PASS", "FAIL")
    assert checked.qc_report.checks["word_count"].passed is True
    assert all(isinstance(issue.code, str) for issue in checked.qc_report.issues)


def test_objects_read_the_wire_and_stay_read_only(client, order):
    job = client.jobs.create(**order("typed project tools"))
    assert job.article is None and job.qc_report is None  # not in the creation answer
    assert job["job_id"] == job.job_id and "status" in job
    raw = job.to_dict()
    assert set(raw) == {"job_id", "status", "created_at", "estimated_completion"}
    raw["status"] = "changed"
    assert job.status != "changed"  # a copy
    with pytest.raises(AttributeError):
        job.status = "DELIVER"
    with pytest.raises(AttributeError):
        job.not_a_field
    again = client.jobs.get(job.job_id)
    assert isinstance(again.cost, wire.JobsGetResponseCost) and again.cost.currency == "USD"
    assert again.options.llm_provider == "anthropic"
    assert [type(s) for s in again.state_history] == [wire.JobsGetResponseStateHistoryItem] * len(again.state_history)


def test_the_context_manager_closes_the_connections(server, user_token):
    with bacowr.Client(token=user_token, base_url=server.base_url) as client:
        client.analytics.stats(period="7d")
        http = client._http
        assert not http.is_closed
    assert http.is_closed
    with pytest.raises(RuntimeError):
        http.get(server.base_url + "/healthz")


def test_a_success_that_is_not_json_is_an_api_error_not_a_crash(server, user_token):
    from _proxy import Fake, Proxy

    with Proxy(server.base_url, lambda seen, n: Fake(200, b"<html>portal</html>", {"content-type": "text/html"})) as proxy:
        with bacowr.Client(token=user_token, base_url=proxy.url) as client:
            with pytest.raises(bacowr.APIError) as caught:
                client.jobs.get("job_any")
    assert "not JSON" in caught.value.message and caught.value.status == 200
