"""run() stops on an answer no retry will change, instead of logging a warning every few seconds for ever."""

from __future__ import annotations

import threading
from typing import List

import httpx
import pytest

from bacowr.errors import APIError
from bacowr.worker import Worker


@pytest.mark.parametrize("status", [403, 404, 400])
def test_a_configuration_error_on_pending_stops_run_instead_of_retrying_forever(status: int) -> None:
    # A wrong api_url (404), a token without the bridge role (403) or a refused parameter (400) will answer the
    # same on every retry: run() raises it rather than log a warning every few seconds for ever.
    calls: List[str] = []

    class Refusing(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            calls.append(request.url.path)
            return httpx.Response(status, json={"error": f"refused with {status}"})

    http = httpx.Client(transport=Refusing())
    worker = Worker("http://bridge.invalid/api", token="t", worker_id="w", http_client=http, poll_interval=0.05, max_poll_interval=0.1)
    outcome: List[BaseException] = []

    def run() -> None:
        try:
            worker.run(lambda task: None, types=["any"])
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            outcome.append(exc)

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    runner.join(10)
    if runner.is_alive():
        worker.stop()
        runner.join(10)
    http.close()
    assert outcome and isinstance(outcome[0], APIError), f"run() kept retrying: {len(calls)} calls, {outcome}"
    assert outcome[0].status == status
    assert len(calls) == 1
