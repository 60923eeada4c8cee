"""The seed's "Python SDK" example, end to end against the real server: create → wait → DELIVER → article
and score; and its other branch, a job QC blocks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import bacowr

PACKAGE = Path(__file__).resolve().parent.parent


def test_the_example_is_the_seeds_block_but_for_its_token_and_target_url():
    # tests/fixtures/seed_python_sdk_example.py is the seed's "Python SDK" block, copied byte for byte (the seed
    # file itself is not in the repository). The example may differ only in its header comment, `import os`, the
    # token line and the target URL line (https://example.com/product cannot be served by an offline server).
    seed = (PACKAGE / "tests" / "fixtures" / "seed_python_sdk_example.py").read_text(encoding="utf-8")
    example = (PACKAGE / "examples" / "seed_example.py").read_text(encoding="utf-8")
    lines = example.splitlines(keepends=True)
    while lines[0].startswith("#"):
        lines.pop(0)
    assert lines.pop(0) == "import os\n"
    allowed = {
        'client = bacowr.Client(token="eyJhbGciOiJIUzI1NiIs...")\n':
            'client = bacowr.Client(token=os.environ["BACOWR_TOKEN"])\n',
        '    target_url="https://example.com/product",\n':
            '    target_url=os.environ.get("BACOWR_TARGET_URL", "https://example.com/product"),\n',
    }
    expected = [allowed.get(line, line) for line in seed.splitlines(keepends=True)]
    assert lines == expected
    assert 'publisher_domain="aftonbladet.se"' in seed


def test_the_seeds_example_runs_unchanged_and_prints_the_delivered_article(server, user_token, client):
    env = {
        **os.environ,
        "PYTHONPATH": str(PACKAGE / "src"),
        "BACOWR_TOKEN": user_token,
        "BACOWR_BASE_URL": server.base_url,
        "BACOWR_TARGET_URL": server.target_url,
    }
    run = subprocess.run(
        [sys.executable, str(PACKAGE / "examples" / "seed_example.py")],
        env=env, capture_output=True, text=True, timeout=150,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    created = re.search(r"^Job created: (job_[a-z0-9]+)$", run.stdout, re.M)
    assert created, run.stdout
    assert f"[best project management tools]({server.target_url})" in run.stdout
    score = re.search(r"^QC Score: ([0-9.]+)$", run.stdout, re.M)
    assert score and float(score.group(1)) >= 80, run.stdout

    # The server agrees with what the example printed.
    job = client.jobs.get(created.group(1))
    assert job.status == "DELIVER" and job.publisher_domain == "aftonbladet.se"  # the seed's own publisher
    assert job.qc_report.score == float(score.group(1))
    assert job.article.content in run.stdout
    assert job.article.backlink.anchor_text == "best project management tools"
    assert [entry.state for entry in job.state_history][-1] == "DELIVER"
    html = client.jobs.article_html(job.job_id)
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "best project management tools" in html


def test_a_blocked_job_shows_its_qc_issues(client, order, server):
    job = client.jobs.create(**order(server.blocked_anchor, options={"strategy": "single_stage"}))
    assert isinstance(job, bacowr.Job) and job.status == "RECEIVE" and job.article is None
    seen = []
    assert job.wait_for_completion(timeout=60, on_progress=lambda j: seen.append(j.status)) is job
    assert job.status == "BLOCKED"
    assert seen[-1] == "BLOCKED"
    codes = [issue.code for issue in job.qc_report.issues]
    assert "language_mismatch" in codes
    assert job.qc_report.issues[0].severity in ("critical", "high", "medium", "low")
    # A blocked job keeps its article for review.
    assert job.article.content
