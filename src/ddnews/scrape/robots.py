"""robots.txt, read once per host with Protego: Allow/Disallow with wildcards, Crawl-delay (fractional
values too), Request-rate and Sitemap lines.

Why Protego and not :mod:`urllib.robotparser`: the standard library reads ``Crawl-delay`` only when it
is a whole number (``Crawl-delay: 0.5`` is silently dropped) and knows no ``*``/``$`` wildcards; Protego
(Scrapy's parser) handles both and follows RFC 9309's longest-match rule.

What a host's answer means (RFC 9309 §2.3.1): 2xx → its rules; 4xx → no rules (everything allowed);
5xx, time-out or no connection → the whole host is treated as disallowed for this run.

>>> rules = Rules.parse("User-agent: *\\nCrawl-delay: 0.5\\nDisallow: /private/\\n", "ddnews/0.1")
>>> rules.crawl_delay, rules.allowed("http://a.vn/private/x"), rules.allowed("http://a.vn/tin/1.html")
(0.5, False, True)
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from protego import Protego

from .rows import Codes, ScrapeError

#: RFC 9309 asks parsers to read at least 500 KiB of a robots.txt.
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass
class Rules:
    """The rules of one host for one user agent."""

    parser: Protego | None = None
    user_agent: str = "*"
    unreachable: str | None = None          # why the whole host is disallowed (5xx, time-out)
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None

    @classmethod
    def parse(cls, text: str, user_agent: str) -> Rules:
        parser = Protego.parse(text)
        delay = parser.crawl_delay(user_agent)
        rate = parser.request_rate(user_agent)
        if rate is not None and rate.requests:
            delay = max(delay or 0.0, rate.seconds / rate.requests)
        return cls(parser, user_agent, sitemaps=list(parser.sitemaps),
                   crawl_delay=float(delay) if delay is not None else None)

    def allowed(self, url: str) -> bool:
        if self.unreachable is not None:
            return False
        return True if self.parser is None else bool(self.parser.can_fetch(url, self.user_agent))


class RobotsBook:
    """The rules of every host met in a run, fetched on first need (one fetch per host, thread-safe).

    ``fetch(url)`` returns ``(status, body)`` for robots.txt or raises :class:`ScrapeError`;
    ``on_rules(origin, rules)`` is told each host's rules (the scraper sets the host's delay from them).
    """

    def __init__(self, fetch: Callable[[str], tuple[int, bytes]], user_agent: str,
                 on_rules: Callable[[str, Rules], None] | None = None):
        self._fetch = fetch
        self.user_agent = user_agent
        self._on_rules = on_rules
        self._rules: dict[str, Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def rules(self, origin: str) -> Rules:
        with self._lock:
            if origin in self._rules:
                return self._rules[origin]
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._rules:
                rules = self._load(origin)
                if self._on_rules is not None:
                    self._on_rules(origin, rules)
                with self._lock:
                    self._rules[origin] = rules
        return self._rules[origin]

    def _load(self, origin: str) -> Rules:
        try:
            status, body = self._fetch(origin + "/robots.txt")
        except ScrapeError as exc:
            return Rules(user_agent=self.user_agent, unreachable=exc.message)
        if 200 <= status < 300:
            return Rules.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace"), self.user_agent)
        if 400 <= status < 500:
            return Rules(user_agent=self.user_agent)
        return Rules(user_agent=self.user_agent, unreachable=f"HTTP {status}")

    def check(self, url: str, origin: str) -> None:
        """Raise a robots error row when ``url`` may not be fetched."""
        rules = self.rules(origin)
        if rules.unreachable is not None:
            raise ScrapeError("robots", "E610", Codes.E610.format(origin=origin, reason=rules.unreachable))
        if not rules.allowed(url):
            raise ScrapeError("robots", "E602", Codes.E602.format(origin=origin, url=url))
