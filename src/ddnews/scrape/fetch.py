"""Fetch one address politely: robots.txt checked at every hop, one request at a time per host with the
host's delay between starts (redirect hops and retries included), the on-disk cache first, retries with
back-off on 429/5xx, time-outs and dropped connections (``Retry-After`` honoured), redirects followed
one hop at a time (so each hop is checked, delayed, cached and counted).

Every failure is a :class:`~ddnews.scrape.rows.ScrapeError` with a stage and a code, never a traceback.
"""
from __future__ import annotations

import email.utils
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from .cache import STORED_STATUSES, HttpCache, Stored
from .politeness import HostGate, origin_of
from .robots import RobotsBook, Rules
from .rows import Codes, ScrapeError

USER_AGENT = "ddnews-scraper/0.1 (+https://pypi.org/project/ddnews; research text mining, polite crawl)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FetchOptions:
    """How to fetch (the CLI's options, with the Python API's defaults)."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0
    retries: int = 3                   # further attempts after the first, on 429/5xx/time-outs/connection errors
    backoff: float = 1.0               # first back-off in seconds, doubled at each attempt
    max_backoff: float = 60.0
    max_retry_after: float = 600.0     # a longer Retry-After gives up at once (with an error row)
    max_redirects: int = 10
    max_bytes: int = 20 * 1024 * 1024
    ignore_robots: bool = False
    refresh: bool = False              # revalidate stored article pages (conditional requests)


@dataclass
class Page:
    """A response at the end of its redirects."""

    url: str                            # the address asked for
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    from_cache: bool                    # no request was made for it (every hop came from the cache)
    hops: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class Duplicate(Exception):
    """A redirect led to an address this run already has (listed elsewhere, or reached before)."""

    def __init__(self, url: str):
        super().__init__(url)
        self.url = url


@dataclass
class FetchStats:
    """Requests on the wire and answers from the cache, per host."""

    requests: Counter[str] = field(default_factory=Counter)
    cached: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, counter: Counter[str], origin: str) -> None:
        with self.lock:
            counter[origin] += 1


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def clean_url(url: str) -> str:
    """The address without its fragment (``#…`` never reaches a server).

    >>> clean_url("https://a.vn/tin/1.html#binh-luan")
    'https://a.vn/tin/1.html'
    """
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def is_html_type(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date).

    >>> retry_after("3"), retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0), retry_after("soon")
    (3.0, 10.0, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


class Fetcher:
    """Fetch addresses through the gate, the robots rules and the cache (shared by every worker thread)."""

    def __init__(self, options: FetchOptions, gate: HostGate, cache: HttpCache | None,
                 client: httpx.Client | None = None):
        self.options = options
        self.gate = gate
        self.cache = cache
        self.stats = FetchStats()
        self.client = client or httpx.Client(
            headers={"User-Agent": options.user_agent, "Accept-Language": "vi,en;q=0.5"},
            timeout=httpx.Timeout(options.timeout), follow_redirects=False)
        self.robots: RobotsBook | None = None
        if not options.ignore_robots:
            self.robots = RobotsBook(self._fetch_robots, options.user_agent, on_rules=self._apply_rules)

    def close(self) -> None:
        self.client.close()

    # -- robots.txt -------------------------------------------------------------------------------------
    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        page = self.get(url, "robots")
        return page.status, page.body

    def _apply_rules(self, origin: str, rules: Rules) -> None:
        self.gate.set_crawl_delay(origin, rules.crawl_delay)

    def rules(self, origin: str) -> Rules | None:
        return self.robots.rules(origin) if self.robots is not None else None

    # -- one address, hop by hop --------------------------------------------------------------------------
    def get(self, url: str, kind: str = "article", claim: Callable[[str], bool] | None = None) -> Page:
        """Fetch ``url`` (kind: ``article``, ``listing`` or ``robots``) to the end of its redirects.

        ``claim(address)`` is asked before following a redirect to another address; False means another
        job has (or had) that address, and :class:`Duplicate` is raised instead of fetching it twice.
        """
        hops: list[str] = []
        current = clean_url(url)
        all_cached = True
        while True:
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https") or not urlsplit(current).hostname:
                raise ScrapeError("fetch", "E609", Codes.E609.format(url=current), final_url=current)
            origin = origin_of(current)
            if self.robots is not None and kind != "robots":
                err = None
                try:
                    self.robots.check(current, origin)
                except ScrapeError as exc:
                    err = exc
                if err is not None:
                    err.final_url = current if hops else None
                    raise err
            status, headers, body, fetched_at, cached = self._hop(current, kind, origin)
            all_cached = all_cached and cached
            hops.append(current)
            location = headers.get("location")
            if status in REDIRECTS and location:
                nxt = clean_url(urljoin(current, location))
                if nxt in hops:
                    raise ScrapeError("fetch", "E607", Codes.E607.format(reason="Redirect loop", url=url),
                                      status=status, final_url=current)
                if len(hops) > self.options.max_redirects:
                    reason = f"More than {self.options.max_redirects} redirects"
                    raise ScrapeError("fetch", "E607", Codes.E607.format(reason=reason, url=url), status=status,
                                      final_url=current)
                if claim is not None and not claim(nxt):
                    raise Duplicate(nxt)
                current = nxt
                continue
            if status >= 400 and kind != "robots":
                raise ScrapeError("fetch", "E601", Codes.E601.format(status=status, url=current), status=status,
                                  final_url=current)
            return Page(url, current, status, headers, body, fetched_at, all_cached, hops)

    def _reusable(self, stored: Stored, kind: str) -> bool:
        if kind == "article" and not self.options.refresh:
            return stored.status in STORED_STATUSES
        return stored.fresh()

    def _hop(self, url: str, kind: str, origin: str) -> tuple[int, dict[str, str], bytes, str, bool]:
        """One request (or the cache's answer): status, headers, body, when fetched, from the cache."""
        stored = self.cache.get(url) if self.cache is not None else None
        if stored is not None and self._reusable(stored, kind):
            self.stats.add(self.stats.cached, origin)
            return stored.status, stored.headers, stored.body, stored.fetched_at, True
        conditional: dict[str, str] = {}
        if stored is not None and stored.status == 200:
            if stored.etag:
                conditional["If-None-Match"] = stored.etag
            if stored.last_modified:
                conditional["If-Modified-Since"] = stored.last_modified
        status, headers, body = self._request(url, kind, origin, conditional)
        if status == 304 and stored is not None and self.cache is not None:
            stored = self.cache.revalidated(stored, headers)
            self.stats.add(self.stats.cached, origin)
            return stored.status, stored.headers, stored.body, stored.fetched_at, False
        fetched_at = now_iso()
        if self.cache is not None and status in STORED_STATUSES:
            self.cache.put(url, status, headers, body, fetched_at)
        return status, headers, body, fetched_at, False

    def _request(self, url: str, kind: str, origin: str,
                 conditional: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """Send one GET, again after a back-off on 429/5xx, time-outs and dropped connections."""
        attempts = max(0, self.options.retries) + 1
        for attempt in range(1, attempts + 1):
            wait = min(self.options.max_backoff, self.options.backoff * 2 ** (attempt - 1))
            try:
                with self.gate.slot(origin, url):
                    self.stats.add(self.stats.requests, origin)
                    status, headers, body = self._send(url, kind, conditional)
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise ScrapeError("fetch", "E609", Codes.E609.format(url=url) + f" ({exc})") from None
            except httpx.TimeoutException:
                if attempt < attempts:
                    self.gate.defer(origin, wait)
                    continue
                raise ScrapeError("fetch", "E603", Codes.E603.format(attempts=attempts, timeout=self.options.timeout,
                                                                     url=url), final_url=url) from None
            except httpx.TransportError as exc:
                if attempt < attempts:
                    self.gate.defer(origin, wait)
                    continue
                reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
                raise ScrapeError("fetch", "E604", Codes.E604.format(url=url, reason=reason),
                                  final_url=url) from None
            if status in RETRY_STATUSES:
                asked = retry_after(headers.get("retry-after"))
                pause = asked if asked is not None else wait
                if attempt < attempts and pause <= self.options.max_retry_after:
                    self.gate.defer(origin, pause)
                    continue
                raise ScrapeError("fetch", "E601", Codes.E601.format(status=status, url=url)
                                  + (f" (Retry-After: {asked:g}s)" if asked is not None else ""),
                                  status=status, final_url=url)
            return status, headers, body
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, url: str, kind: str, conditional: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" if kind == "article" else "*/*"
        with self.client.stream("GET", url, headers={"Accept": accept, **conditional}) as resp:
            headers = {k.lower(): v for k, v in resp.headers.items()}
            ctype = headers.get("content-type", "")
            if kind == "article" and resp.status_code == 200 and ctype and not is_html_type(ctype):
                return resp.status_code, headers, b""  # not a page: its body is never downloaded
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > self.options.max_bytes:
                    reason = f"larger than {self.options.max_bytes // (1024 * 1024)} MiB"
                    raise ScrapeError("fetch", "E605", Codes.E605.format(url=url, content_type=f"{ctype}, {reason}"),
                                      status=resp.status_code, final_url=url)
                chunks.append(chunk)
            return resp.status_code, headers, b"".join(chunks)
