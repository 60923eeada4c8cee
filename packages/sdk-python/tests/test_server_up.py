"""The wrapper's server answers: a failure here means the environment, not the client, is broken."""

import httpx


def test_server_answers_healthz(server):
    assert httpx.get(f"{server.base_url}/healthz", timeout=10).status_code == 200
