"""bacowr.worker against the real bridge: many workers, each task exactly once, and the bridge's retry rules."""

from __future__ import annotations

import random
import time

from worker_support import Calls, make_worker, needs_kit_server, run_until_final, seed_tasks, tasks_of, unique_type

from bacowr.worker import PermanentError

pytestmark = needs_kit_server


def test_200_tasks_8_concurrent_workers_each_task_exactly_once() -> None:
    task_type = unique_type("bulk")
    _, ids = seed_tasks([{"type": task_type, "payload": {"n": n}, "max_retries": 3} for n in range(200)])
    calls = Calls()

    def handle(task):
        calls.record(task.id)
        time.sleep(random.uniform(0, 0.004))
        return {"n": task.payload["n"]}

    workers = [make_worker(f"bulk-{i}") for i in range(8)]
    stats, rows = run_until_final(workers, handle, types=[task_type], expected=200)

    assert sorted(rows) == sorted(ids)
    for n, task_id in enumerate(ids):
        row = rows[task_id]
        assert (row["status"], row["retry_count"], row["result"], row["locked_by"]) == ("success", 0, {"n": n}, None)
        assert row["last_worker_id"] in {w.worker_id for w in workers}
    assert calls.by_task == {task_id: 1 for task_id in ids}, "a handler ran twice, or never"
    assert sum(s.succeeded for s in stats) == 200
    assert sum(s.failed + s.errored + s.lost_reports + s.unlocked for s in stats) == 0
    # Work was shared out rather than one worker taking everything.
    assert len({row["last_worker_id"] for row in rows.values()}) >= 2


def test_handler_failures_follow_the_bridge_retry_rules() -> None:
    task_type, other_type, untouched_type = unique_type("rules"), unique_type("rules"), unique_type("skip")
    plan = (
        [("ok", 2)] * 8
        + [("fail_always", 2)] * 8  # 1 + max_retries runs, then final `failed` with the last message
        + [("fail_twice", 2)] * 8  # fails twice, succeeds on its last allowed run
        + [("fail_always", 0)] * 4  # no retries: one run, final `failed`
        + [("permanent", 3)] * 8  # PermanentError: `error` at once, retries left unused
        + [("not_a_dict", 1)] * 4  # a handler bug is a failed attempt too
    )
    specs = [
        {"type": task_type if n % 2 else other_type, "payload": {"mode": mode}, "max_retries": retries}
        for n, (mode, retries) in enumerate(plan)
    ]
    _, ids = seed_tasks(specs + [{"type": untouched_type, "payload": {"mode": "ok"}}] * 3)
    calls = Calls()

    def handle(task):
        run = calls.record(task.id)
        mode = task.payload["mode"]
        if mode == "fail_always" or (mode == "fail_twice" and run <= 2):
            raise RuntimeError(f"attempt {run} failed")
        if mode == "permanent":
            raise PermanentError("the payload can never work")
        if mode == "not_a_dict":
            return "done"
        return {"run": run}

    # One worker of 8 handler threads, locking a little ahead, over two types (and not the third).
    worker = make_worker("rules-1", prefetch=2)
    stats, rows = run_until_final(
        [worker], handle, types=[task_type, other_type], expected=len(plan), concurrency=8
    )

    expected = {
        ("ok", 2): ("success", 0, 1, None),
        ("fail_always", 2): ("failed", 2, 3, "attempt 3 failed"),
        ("fail_twice", 2): ("success", 2, 3, None),
        ("fail_always", 0): ("failed", 0, 1, "attempt 1 failed"),
        ("permanent", 3): ("error", 0, 1, "the payload can never work"),
        ("not_a_dict", 1): ("failed", 1, 2, "the handler returned str; a result must be a dict or None"),
    }
    for task_id, key in zip(ids, plan):
        row = rows[task_id]
        status, retry_count, runs, error = expected[key]
        assert (row["status"], row["retry_count"], calls.by_task[task_id], row["error"]) == (
            status,
            retry_count,
            runs,
            error,
        ), f"task {task_id} ({key})"
        if key == ("fail_twice", 2):
            assert row["result"] == {"run": 3}

    # Types the worker was not given are never touched.
    for row in tasks_of(untouched_type).values():
        assert (row["status"], row["retry_count"], row["last_worker_id"]) == ("pending", 0, None)

    [run] = stats
    assert run.succeeded == 8 + 8
    assert run.errored == 8
    assert run.failed == 8 * 3 + 8 * 2 + 4 * 1 + 4 * 2
    assert run.lost_reports == 0
