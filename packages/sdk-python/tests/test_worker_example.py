"""The README's worker-kit example (examples/worker_kit.py) runs as written against the real bridge."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from worker_support import BASE_URL, BRIDGE_TOKEN, needs_kit_server, seed_tasks, tasks_of

import bacowr

pytestmark = needs_kit_server

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "worker_kit.py"


def test_the_worker_kit_example_handles_comment_tasks_and_stops_on_sigterm() -> None:
    # The example takes `comment` tasks; no other test of this server queues that type.
    _, [good, bad] = seed_tasks(
        [
            {"type": "comment", "payload": {"target_url": "https://example.com/article", "anchor_text": "seo tools"}},
            {"type": "comment", "payload": {"keywords": ["seo"]}},
        ]
    )
    env = {
        **os.environ,
        "BACOWR_API_URL": f"{BASE_URL}/api",
        "BACOWR_API_TOKEN": BRIDGE_TOKEN,
        "PYTHONPATH": str(Path(bacowr.__file__).resolve().parent.parent),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    run = subprocess.Popen(
        [sys.executable, str(EXAMPLE)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            rows = tasks_of("comment")
            if all(rows[i]["status"] in ("success", "error") for i in (good, bad)):
                break
            assert run.poll() is None, f"the example exited early: {run.communicate()[0]}"
            assert time.monotonic() < deadline, f"tasks not done in 20 s: {rows}"
            time.sleep(0.1)
        run.send_signal(signal.SIGTERM)
        output, _ = run.communicate(timeout=20)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, output
    assert "stopped" in output

    done, refused = rows[good], rows[bad]
    assert done["status"] == "success" and done["last_worker_id"] == "python-worker-01"
    assert done["result"]["url"] == "https://example.com/article#comment-1"
    assert isinstance(done["result"]["backlink_id"], int)
    assert (refused["status"], refused["retry_count"], refused["error"]) == (
        "error",
        0,
        "the payload has no target_url",
    )
