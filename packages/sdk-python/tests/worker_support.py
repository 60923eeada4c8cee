"""What the worker-kit tests share: the servers started by packages/sdk-python/test/worker-kit.test.ts, an
operator's client to queue tasks (as apps/server/test/harness.ts seedTasks does), and a way to run workers
until every task of a type is final."""

from __future__ import annotations

import collections
import os
import random
import string
import threading
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import httpx
import pytest

from bacowr.worker import RunStats, Worker

BASE_URL = os.environ.get("BACOWR_TEST_BASE_URL", "")
BRIDGE_TOKEN = os.environ.get("BACOWR_TEST_BRIDGE_TOKEN", "")
ADMIN_TOKEN = os.environ.get("BACOWR_TEST_ADMIN_TOKEN", "")
# A second server whose task bucket allows few calls per short window.
LIMITED_BASE_URL = os.environ.get("BACOWR_TEST_LIMITED_BASE_URL", "")
# Set by worker-kit.test.ts, whose server retries a failed task at once (TASK_RETRY_BASE_SECONDS=0) and relays
# LLM and captcha calls to fakes; the platform of the other Python suite keeps the default 30 s backoff.
KIT_SERVER = os.environ.get("BACOWR_TEST_WORKER_KIT") == "1"

needs_kit_server = pytest.mark.skipif(
    not (KIT_SERVER and BASE_URL and BRIDGE_TOKEN and ADMIN_TOKEN),
    reason="needs the server of packages/sdk-python/test/worker-kit.test.ts (failed tasks retried at once, "
    "fake LLM and captcha services): run `npx vitest run packages/sdk-python/test/worker-kit.test.ts`",
)

FINAL = ("success", "failed", "error")


def unique_type(prefix: str = "t") -> str:
    return f"{prefix}_" + "".join(random.choices(string.ascii_lowercase + string.digits, k=8))


def admin(base_url: Optional[str] = None) -> httpx.Client:
    return httpx.Client(
        base_url=base_url or BASE_URL, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=30
    )


def seed_tasks(tasks: Sequence[Dict[str, Any]], base_url: Optional[str] = None) -> Tuple[int, List[int]]:
    """Creates a campaign and queues ``tasks`` ({type, payload?, max_retries?}); returns the campaign and ids."""
    with admin(base_url) as call:
        campaign = call.post("/v1/campaigns", json={"name": f"worker kit {random.random()}"})
        assert campaign.status_code == 201, campaign.text
        campaign_id = campaign.json()["data"]["id"]
        ids: List[int] = []
        for start in range(0, len(tasks), 1000):
            created = call.post(
                f"/v1/campaigns/{campaign_id}/tasks", json={"tasks": list(tasks[start : start + 1000])}
            )
            assert created.status_code == 201, created.text
            ids.extend(created.json()["data"]["task_ids"])
        return campaign_id, ids


def tasks_of(task_type: str, base_url: Optional[str] = None) -> Dict[int, Dict[str, Any]]:
    """Every task of one type as the operator sees it (GET /v1/tasks, all pages), by id."""
    rows: Dict[int, Dict[str, Any]] = {}
    with admin(base_url) as call:
        offset = 0
        while True:
            page = call.get("/v1/tasks", params={"type": task_type, "limit": 100, "offset": offset})
            assert page.status_code == 200, page.text
            data = page.json()["data"]
            rows.update({row["id"]: row for row in data["tasks"]})
            if not data["pagination"]["has_more"]:
                return rows
            offset = data["pagination"]["next_offset"]


def make_worker(worker_id: str, base_url: Optional[str] = None, **options: Any) -> Worker:
    options.setdefault("poll_interval", 0.02)
    options.setdefault("max_poll_interval", 0.2)
    return Worker(f"{base_url or BASE_URL}/api", token=BRIDGE_TOKEN, worker_id=worker_id, **options)


class Calls:
    """Counts handler runs per task id, from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.by_task: Dict[int, int] = collections.Counter()

    def record(self, task_id: int) -> int:
        """Counts one run; returns which run of this task it is (1 for the first)."""
        with self._lock:
            self.by_task[task_id] += 1
            return self.by_task[task_id]


def run_until_final(
    workers: Iterable[Worker],
    handler: Callable[..., Any],
    *,
    types: Sequence[str],
    expected: int,
    concurrency: int = 1,
    timeout: float = 45.0,
    base_url: Optional[str] = None,
) -> Tuple[List[RunStats], Dict[int, Dict[str, Any]]]:
    """Runs every worker over ``types`` in its own thread until the ``expected`` tasks of those types are all
    final, then stops them; returns each run's stats and the final rows. A worker that raised fails the test."""
    workers = list(workers)
    stats: List[Optional[RunStats]] = [None] * len(workers)
    errors: List[BaseException] = []

    def start(index: int, worker: Worker) -> threading.Thread:
        def target() -> None:
            try:
                stats[index] = worker.run(handler, types=types, concurrency=concurrency)
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        return thread

    threads = [start(i, w) for i, w in enumerate(workers)]
    deadline = time.monotonic() + timeout
    rows: Dict[int, Dict[str, Any]] = {}
    try:
        while time.monotonic() < deadline and not errors:
            rows = {}
            for task_type in types:
                rows.update(tasks_of(task_type, base_url))
            if len(rows) == expected and all(row["status"] in FINAL for row in rows.values()):
                break
            time.sleep(0.2)
    finally:
        for worker in workers:
            worker.stop()
        for thread in threads:
            thread.join(timeout=30)
        for worker in workers:
            worker.close()
    assert not errors, f"a worker raised: {errors!r}"
    pending = {i: r["status"] for i, r in rows.items() if r["status"] not in FINAL}
    assert not pending, f"not final after {timeout}s: {pending}"
    assert all(s is not None for s in stats), "a worker's run did not return"
    return [s for s in stats if s is not None], rows
