"""Webhooks through the client, and bacowr.verify_webhook against the signatures the server really sends."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import bacowr


class Receiver:
    """A webhook endpoint on 127.0.0.1 that keeps every request's raw body and headers."""

    def __init__(self) -> None:
        self.received = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/bacowr"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def wait_for(self, predicate, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for headers, body in list(self.received):
                if predicate(headers, json.loads(body)):
                    return headers, body
            time.sleep(0.05)
        raise AssertionError(f"no matching webhook within {timeout} s; got {[b for _, b in self.received]}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def receiver():
    r = Receiver()
    yield r
    r.close()


def test_verify_webhook_accepts_the_servers_signatures_and_nothing_else(client, order, receiver, request):
    hook = client.webhooks.subscribe("job.completed", receiver.url)
    # Left behind, it would send every later job.completed to the closed receiver, retried all session long.
    request.addfinalizer(lambda: client.webhooks.delete(hook.webhook_id))
    assert isinstance(hook, bacowr.Webhook)
    assert hook.events == ["job.completed"] and hook.active and hook.secret.startswith("whsec_")
    secret = hook.secret

    delivery = client.webhooks.test(hook.webhook_id)
    assert delivery.event == "ping" and delivery.webhook_id == hook.webhook_id
    headers, body = receiver.wait_for(lambda h, b: b["event"] == "ping")
    assert bacowr.verify_webhook(body, headers["x-bacowr-signature"], secret)
    assert bacowr.verify_webhook(body.decode(), headers["x-bacowr-signature"], secret)
    assert bacowr.verify_webhook_body(body, secret)
    assert not bacowr.verify_webhook(body, headers["x-bacowr-signature"], secret + "x")
    assert not bacowr.verify_webhook(body.replace(b"ping", b"pong"), headers["x-bacowr-signature"], secret)
    assert not bacowr.verify_webhook(body, "sha256=" + "0" * 64, secret)
    assert not bacowr.verify_webhook_body(body.replace(b"ping", b"pong"), secret)

    # The event the seed subscribes to, signed the same way.
    job = client.jobs.create(**order("webhook project tools", options={"strategy": "single_stage"}))
    headers, body = receiver.wait_for(lambda h, b: b["event"] == "job.completed" and b["data"]["job_id"] == job.job_id)
    assert bacowr.verify_webhook(body, headers["x-bacowr-signature"], secret)
    payload = json.loads(body)
    assert payload["data"]["status"] == "DELIVER"
    assert payload["data"]["article_url"].endswith(f"/v1/jobs/{job.job_id}/article.html")

    # After a rotation the new secret signs, and the old one still does in the "previous" header.
    rotated = client.webhooks.rotate_secret(hook.webhook_id)
    assert rotated.secret != secret and rotated.previous_secret_expires_at
    client.webhooks.test(hook.webhook_id)
    headers, body = receiver.wait_for(lambda h, b: b["event"] == "ping" and "x-bacowr-signature-previous" in h)
    assert bacowr.verify_webhook(body, headers["x-bacowr-signature"], rotated.secret)
    assert bacowr.verify_webhook(body, headers["x-bacowr-signature-previous"], secret)
    assert not bacowr.verify_webhook(body, headers["x-bacowr-signature"], secret)


def test_the_rest_of_webhooks(client, receiver):
    hook = client.webhooks.create(url=receiver.url, events=["job.blocked", "batch.completed"], description="ops")
    assert client.webhooks.get(hook.webhook_id).description == "ops"
    assert client.webhooks.get(hook.webhook_id).secret is None  # shown only when subscribing or rotating
    assert hook.webhook_id in [h.webhook_id for h in client.webhooks.list()]
    updated = client.webhooks.update(hook.webhook_id, events=["job.failed"], active=False)
    assert (updated.events, updated.active) == (["job.failed"], False)
    updated = client.webhooks.update(hook.webhook_id, active=True)

    client.webhooks.test(hook.webhook_id)
    receiver.wait_for(lambda h, b: b["event"] == "ping")
    deadline = time.monotonic() + 10
    while True:
        deliveries = list(client.webhooks.deliveries(hook.webhook_id, event="ping"))
        if deliveries and deliveries[0].status == "delivered" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert [d.status for d in deliveries] == ["delivered"]
    one = client.webhooks.delivery(deliveries[0].delivery_id)
    assert one.attempt_log[0].status_code == 200
    replayed = client.webhooks.replay_delivery(one.delivery_id)
    assert replayed.delivery_id == one.delivery_id and replayed.replayed_at
    assert client.webhooks.replay(hook.webhook_id, since="2020-01-01T00:00:00Z").webhook_id == hook.webhook_id

    client.webhooks.delete(hook.webhook_id)
    with pytest.raises(bacowr.NotFoundError) as caught:
        client.webhooks.get(hook.webhook_id)
    assert caught.value.code == "WEBHOOK_NOT_FOUND"
    with pytest.raises(bacowr.ValidationError) as invalid:
        client.webhooks.subscribe("job.completed", "not a url")
    assert invalid.value.field == "url"
