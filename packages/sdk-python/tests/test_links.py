"""Placed links, the link monitor's verdicts and the WordPress export's errors through both clients."""

from __future__ import annotations

import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import bacowr
from bacowr import _generated as wire


class Publisher:
    """A publisher's page on 127.0.0.1 whose HTML the test sets (the platform may reach 127.0.0.1 here)."""

    def __init__(self) -> None:
        self.html = "<html><body><main><p>Nothing yet.</p></main></body></html>"
        publisher = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                body = publisher.html.encode()
                self.send_response(200)
                self.send_header("content-type", "text/html; charset=utf-8")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def publisher():
    started = Publisher()
    yield started
    started.close()


def _wait_for(read, until, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if until(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {timeout} s")
        time.sleep(0.1)


def test_a_placed_link_is_verified_listed_and_rechecked(client, order, server, publisher):
    anchor = "python placed project tools"
    job = client.jobs.create(**order(anchor, options={"strategy": "single_stage"}))
    job = job.wait_for_completion(timeout=60)
    assert job.status == "DELIVER"
    publisher.html = (
        f'<html><body><main><p>Teams compare <a href="{server.target_url}">{anchor}</a> before they buy.</p>'
        "</main></body></html>"
    )
    placed = client.jobs.place(job.job_id, f"{publisher.url}/post")
    assert isinstance(placed, wire.LinksPlaceResponse)
    assert placed.job_id == job.job_id and placed.anchor_text == anchor

    link = _wait_for(lambda: client.links.get(placed.link_id), lambda l: l.status != "pending")
    assert link.status == "verified"
    assert link.last_check.anchor_text == anchor and link.last_check.found is True
    assert [check.verdict for check in link.history] == ["verified"]

    listed = list(client.links.list(status="verified", job_id=job.job_id))
    assert [item.link_id for item in listed] == [placed.link_id]
    assert list(client.links.list(target_domain="nothing-here.example")) == []

    publisher.html = "<html><body><main><p>The link was removed.</p></main></body></html>"
    asked = client.links.check(placed.link_id)
    assert asked.link_id == placed.link_id
    gone = _wait_for(lambda: client.links.get(placed.link_id), lambda l: l.checks >= 2)
    assert gone.status == "missing"

    async def read_async():
        async with bacowr.AsyncClient(token=client.token, base_url=server.base_url) as aclient:
            items = [item async for item in aclient.links.list(job_id=job.job_id)]
            one = await aclient.links.get(placed.link_id)
            return items, one

    items, one = asyncio.run(read_async())
    assert [item.status for item in items] == ["missing"] and one.status == "missing"

    with pytest.raises(bacowr.NotFoundError) as missing:
        client.links.get("lnk_does_not_exist")
    assert missing.value.code == "LINK_NOT_FOUND"


def test_export_errors_arrive_as_typed_errors_with_the_contract_code(client, order, publisher):
    job = client.jobs.create(**order("python exported project tools", options={"strategy": "single_stage"}))
    job = job.wait_for_completion(timeout=60)
    # A site that is not WordPress: no REST API answers there.
    with pytest.raises(bacowr.ValidationError) as unreachable:
        client.jobs.export_to_wordpress(
            job.job_id,
            wordpress_url=publisher.url,
            username="editor",
            application_password="abcd efgh ijkl mnop qrst uvwx",
            tags=["SEO"],
        )
    assert unreachable.value.code == "CMS_UNREACHABLE"
    with pytest.raises(bacowr.ValidationError) as private:
        client.jobs.export_to_wordpress(
            job.job_id, wordpress_url="http://10.0.0.8", username="editor", application_password="secret"
        )
    assert private.value.code == "INVALID_URL"
    with pytest.raises(bacowr.NotFoundError) as unknown:
        client.jobs.export_to_wordpress(job.job_id, connection_id="cms_unknown")
    assert unknown.value.code == "CONNECTION_NOT_FOUND"
    assert client.cms.list_wordpress() == []
