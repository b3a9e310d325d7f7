"""A local HTTP server on 127.0.0.1 for the scraper's tests: routes, a request log, conditional answers.

Only the loopback address is ever used; every server is stopped by its fixture.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """One address: its answers in turn (the last one repeats), an ETag, a delay before answering."""

    answers: list[tuple[int, dict[str, str], bytes]]
    etag: str | None = None
    delay: float = 0.0
    served: int = 0

    @classmethod
    def page(cls, body: bytes | str, ctype: str = "text/html; charset=utf-8", *, status: int = 200,
             headers: dict[str, str] | None = None, etag: str | None = None, delay: float = 0.0) -> Route:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return cls([(status, {"Content-Type": ctype, **(headers or {})}, data)], etag=etag, delay=delay)


@dataclass
class Hit:
    path: str
    start: float                      # time.monotonic() when the request line arrived
    headers: dict[str, str]
    status: int = 0


@dataclass
class Site:
    """A threaded server with routes by path; ``log`` has every request in order."""

    routes: dict[str, Route] = field(default_factory=dict)
    log: list[Hit] = field(default_factory=list)
    base: str = ""
    on_request: Callable[[Hit], None] | None = None

    def __post_init__(self) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                hit = Hit(self.path, time.monotonic(), {k.lower(): v for k, v in self.headers.items()})
                with site.lock:
                    site.log.append(hit)
                route = site.routes.get(self.path.split("#")[0])
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/html; charset=utf-8"}, \
                        b"<html><body><h1>404</h1></body></html>"
                else:
                    with site.lock:
                        status, headers, body = route.answers[min(route.served, len(route.answers) - 1)]
                        route.served += 1
                    if route.delay:
                        time.sleep(route.delay)
                    if route.etag:
                        headers = {**headers, "ETag": route.etag}
                        if self.headers.get("If-None-Match") == route.etag and status == 200:
                            status, body = 304, b""
                hit.status = status
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a time-out test)

        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        return [h for h in self.log if h.path == path]

    def paths(self) -> list[str]:
        return [h.path for h in self.log]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
