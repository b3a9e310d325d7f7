"""One request at a time per host, and at least the host's delay between the starts of two requests.

A host is an origin (scheme, host, port), the unit robots.txt speaks for (RFC 9309). Its delay is the
larger of the run's ``--delay`` and the ``Crawl-delay`` of its robots.txt; a ``Retry-After`` pushes its
next start further out. The clock and the sleep are injectable, so the schedule is testable without
waiting, and a stop event ends every wait at once (Ctrl-C, ``--max`` reached).

>>> t = [0.0]
>>> gate = HostGate(1.0, clock=lambda: t[0], sleep=lambda s: t.__setitem__(0, t[0] + s))
>>> for _ in range(3):
...     with gate.slot("http://a.vn", "http://a.vn/x"):
...         pass
>>> [round(start, 1) for _, start, _ in gate.log]
[0.0, 1.0, 2.0]
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit


class Stopped(Exception):
    """The run was stopped while waiting for a host (interrupt, or enough articles)."""


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower case, default ports dropped.

    >>> origin_of("HTTP://Bao.VN:80/a?b"), origin_of("https://x.vn:8443/")
    ('http://bao.vn', 'https://x.vn:8443')
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" + (f":{port}" if port and port != default else "")


@dataclass
class _Host:
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    last_start: float | None = None


class HostGate:
    """Per-host slots: ``with gate.slot(origin, url):`` around every request that goes on the wire."""

    def __init__(self, delay: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] | None = None, stop: threading.Event | None = None):
        self.delay = max(0.0, float(delay))
        self.clock = clock
        self.stop = stop or threading.Event()
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        #: (origin, start time, url) of every request started, in order (for progress and tests)
        self.log: list[tuple[str, float, str]] = []

    def _host(self, origin: str) -> _Host:
        with self._lock:
            host = self._hosts.get(origin)
            if host is None:
                host = self._hosts[origin] = _Host(self.delay)
            return host

    def set_crawl_delay(self, origin: str, crawl_delay: float | None) -> float:
        """Use the larger of the run's delay and the host's Crawl-delay; returns the delay in force."""
        host = self._host(origin)
        host.delay = max(self.delay, float(crawl_delay or 0.0))
        if host.last_start is not None:  # the request that fetched robots.txt counts too
            host.next_start = max(host.next_start, host.last_start + host.delay)
        return host.delay

    def delay_of(self, origin: str) -> float:
        return self._host(origin).delay

    def defer(self, origin: str, seconds: float) -> None:
        """No request to this host for ``seconds`` from now (Retry-After, back-off)."""
        host = self._host(origin)
        host.next_start = max(host.next_start, self.clock() + max(0.0, seconds))

    def wait(self, seconds: float) -> None:
        """Sleep, but wake at once (raising :class:`Stopped`) when the run is stopped."""
        if seconds > 0:
            if self._sleep is not None:
                self._sleep(seconds)
            else:
                self.stop.wait(seconds)
        if self.stop.is_set():
            raise Stopped()

    @contextmanager
    def slot(self, origin: str, url: str) -> Iterator[float]:
        """Hold the host for one request: wait for its turn, note the start, release when done."""
        host = self._host(origin)
        with host.lock:
            while (remaining := host.next_start - self.clock()) > 0:  # a Retry-After may move it meanwhile
                self.wait(remaining)
            if self.stop.is_set():
                raise Stopped()
            start = self.clock()
            host.next_start = start + host.delay
            host.last_start = start
            with self._lock:
                self.log.append((origin, start, url))
            yield start
