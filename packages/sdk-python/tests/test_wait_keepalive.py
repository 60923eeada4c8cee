"""A stream that stays open with nothing but keep-alive comments must not outlast wait_for_completion's timeout:
each comment resets httpx's read timeout, so only the client's own deadline ends the wait."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import bacowr

JOB = {"job_id": "job_quiet", "status": "WRITE", "progress": 40}
BATCH = {"batch_id": "batch_quiet", "status": "PROCESSING", "progress": {"total": 1, "completed": 0}}


class _QuietStream(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.endswith("/events"):
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.end_headers()
            stop = time.monotonic() + 20
            try:
                while time.monotonic() < stop:
                    self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the client hung up: what the test wants
            self.close_connection = True
            return
        data = JOB if self.path.startswith("/v1/jobs/") else BATCH
        body = json.dumps({"success": True, "data": data}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def quiet_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _QuietStream)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_job_wait_ends_at_its_timeout_while_the_stream_sends_only_keep_alives(quiet_server):
    with bacowr.Client(token="t", base_url=quiet_server) as client:
        started = time.monotonic()
        with pytest.raises(bacowr.JobTimeoutError) as caught:
            client.jobs.wait_for_completion("job_quiet", timeout=1.0, poll_interval=0.1)
        took = time.monotonic() - started
    assert caught.value.status == "WRITE"
    assert took < 3.0, f"waited {took:.1f} s for a 1 s timeout"


def test_a_batch_wait_ends_at_its_timeout_while_the_stream_sends_only_keep_alives(quiet_server):
    with bacowr.Client(token="t", base_url=quiet_server) as client:
        batch = client.batches.get("batch_quiet")
        started = time.monotonic()
        with pytest.raises(bacowr.BatchTimeoutError):
            batch.wait_for_completion(timeout=1.0, poll_interval=0.1)
        took = time.monotonic() - started
    assert took < 3.0, f"waited {took:.1f} s for a 1 s timeout"
