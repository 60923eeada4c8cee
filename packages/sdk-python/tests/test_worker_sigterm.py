"""SIGTERM in the middle of a run loses nothing: started tasks finish and report, locked-but-unstarted ones are
unlocked (not left to their lease, which would count a failed attempt), and a second worker does the rest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from worker_support import (
    BASE_URL,
    BRIDGE_TOKEN,
    Calls,
    make_worker,
    needs_kit_server,
    run_until_final,
    seed_tasks,
    tasks_of,
    unique_type,
)

import bacowr.worker

pytestmark = needs_kit_server

# The worker a deployment would run: a script, stopped by its supervisor with SIGTERM.
WORKER_SCRIPT = textwrap.dedent(
    """
    import dataclasses, json, os, sys, time
    from bacowr.worker import Worker

    log = open(sys.argv[1], "a", buffering=1)
    worker = Worker(os.environ["URL"], token=os.environ["TOKEN"], worker_id="sigterm-first",
                    poll_interval=0.02, max_poll_interval=0.2, prefetch=4)

    def handle(task):
        log.write(f"start {task.id}\\n")
        time.sleep(0.15)
        log.write(f"end {task.id}\\n")
        return {"by": "first"}

    stats = worker.run(handle, types=[os.environ["TYPE"]], concurrency=4)
    print(json.dumps(dataclasses.asdict(stats)))
    """
)


def test_sigterm_mid_run_loses_nothing(tmp_path: Path) -> None:
    task_type = unique_type("term")
    # No retries: a task the first worker abandoned to its lease would end `failed`, visibly lost.
    _, ids = seed_tasks([{"type": task_type, "payload": {"n": n}, "max_retries": 0} for n in range(60)])
    script, log = tmp_path / "worker.py", tmp_path / "handled.log"
    script.write_text(WORKER_SCRIPT)
    log.touch()
    src = str(Path(bacowr.worker.__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "URL": f"{BASE_URL}/api",
        "TOKEN": BRIDGE_TOKEN,
        "TYPE": task_type,
        "PYTHONPATH": src,
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    first = subprocess.Popen(
        [sys.executable, str(script), str(log)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # SIGTERM once every handler slot has run (4 starts) and the worker holds a prefetched task it has not
        # started: only then does the stop have both running handlers to finish and a lock to hand back.
        deadline = time.monotonic() + 30
        while True:
            assert first.poll() is None, f"the worker exited early: {first.communicate()}"
            assert time.monotonic() < deadline, "in 30 s the worker never had 4 starts and a locked, unstarted task"
            words = log.read_text().split()
            begun = {int(i) for word, i in zip(words[::2], words[1::2]) if word == "start"}
            if len(begun) >= 4:
                held = {i for i, row in tasks_of(task_type).items() if row["locked_by"] == "sigterm-first"}
                if held - begun:
                    break
            time.sleep(0.02)
        first.send_signal(signal.SIGTERM)
        out, err = first.communicate(timeout=20)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err
    stats = json.loads(out.strip().splitlines()[-1])

    lines = log.read_text().split()
    started = {int(i) for word, i in zip(lines[::2], lines[1::2]) if word == "start"}
    ended = {int(i) for word, i in zip(lines[::2], lines[1::2]) if word == "end"}
    assert started == ended, "a started task was cut off instead of finishing"
    assert 4 <= len(started) < 60

    rows = tasks_of(task_type)
    for task_id in ids:
        row = rows[task_id]
        if task_id in started:
            assert (row["status"], row["result"]) == ("success", {"by": "first"})
            assert row["last_worker_id"] == "sigterm-first"
        else:
            # Handed back, not abandoned: pending, unlocked, no attempt counted.
            assert (row["status"], row["locked_by"], row["retry_count"]) == ("pending", None, 0), row
    assert stats["succeeded"] == len(started)
    assert stats["unlocked"] >= 1, "nothing was locked ahead and unlocked: the test did not exercise unlock"

    calls = Calls()

    def handle(task):
        calls.record(task.id)
        return {"by": "second"}

    _, rows = run_until_final([make_worker("sigterm-second")], handle, types=[task_type], expected=60, concurrency=4)
    for task_id in ids:
        row = rows[task_id]
        by = "first" if task_id in started else "second"
        assert (row["status"], row["retry_count"], row["result"]) == ("success", 0, {"by": by})
    # Exactly once overall: the second worker ran precisely the tasks the first did not start.
    assert set(calls.by_task) == set(ids) - started
    assert all(n == 1 for n in calls.by_task.values())
