"""A scripted HTTP proxy on 127.0.0.1 in front of the real server: each request is answered by a script, which
may fake an answer, forward the request, or forward it and then lie about the answer (a lost response)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Dict, List, Optional, Tuple

import httpx

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host", "content-encoding"}


@dataclass
class Seen:
    method: str
    path: str
    headers: Dict[str, str]
    body: bytes


@dataclass
class Fake:
    """Answer with this instead of (or, with ``after_forward``, after) forwarding."""

    status: int
    body: bytes = b'{"success":false,"error":{"code":"INTERNAL_ERROR","message":"fake outage"}}'
    headers: Dict[str, str] = field(default_factory=lambda: {"content-type": "application/json"})
    after_forward: bool = False
    #: Seconds to sit on the request before answering (a slow server).
    delay: float = 0.0


Script = Callable[[Seen, int], Optional[Fake]]


class Proxy:
    def __init__(self, upstream: str, script: Script) -> None:
        self.upstream = upstream.rstrip("/")
        self.script = script
        self.seen: List[Seen] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with proxy._lock:
                    proxy.seen.append(seen)
                    n = len(proxy.seen)
                fake = proxy.script(seen, n)
                if fake is None or fake.after_forward:
                    status, headers, content = proxy._forward(seen)
                    if fake is None:
                        self._send(status, headers, content)
                        return
                if fake.delay:
                    time.sleep(fake.delay)
                self._send(fake.status, fake.headers, fake.body)

            def _send(self, status: int, headers: Dict[str, str], content: bytes) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    if key.lower() not in HOP_BY_HOP:
                        self.send_header(key, value)
                self.send_header("content-length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def _forward(self, seen: Seen) -> Tuple[int, Dict[str, str], bytes]:
        headers = {k: v for k, v in seen.headers.items() if k not in HOP_BY_HOP}
        answer = httpx.request(seen.method, self.upstream + seen.path, headers=headers, content=seen.body, timeout=30)
        return answer.status_code, dict(answer.headers), answer.content

    def paths(self, method: Optional[str] = None) -> List[str]:
        return [s.path for s in self.seen if method is None or s.method == method]

    def __enter__(self) -> "Proxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
