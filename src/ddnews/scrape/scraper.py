"""The crawl: listings first (discovery, feeds, sitemaps), then the article pages, each URL once.

Work is handed out per host: at most one job per host at a time (so its delay holds across jobs) and at
most ``concurrency`` jobs in all, each in a worker thread. Rows come back in the order pages finish.

Phase 1 (listings): ``--discover`` reads a home page's robots.txt ``Sitemap:`` lines, its
``<link rel="alternate">`` feeds and links to feeds and sitemaps, and tries common paths when it has
none; feeds and sitemaps are read (child sitemaps of an index whose ``lastmod`` is before ``--since``
are skipped). Phase 2 (articles): the addresses, deduplicated (an address listed in several feeds and
sitemaps, or reached again through a redirect, is fetched once), those whose listing date is outside
``--since``/``--until`` left out before fetching (a day's slack for time zones), given addresses first,
then the listed ones newest first; after fetching, the page's own date decides.
"""
from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .cache import HttpCache
from .fetch import Duplicate, Fetcher, FetchOptions, Page, clean_url, is_html_type
from .listings import (
    COMMON_FEEDS,
    COMMON_SITEMAPS,
    Listed,
    looks_like_feed,
    parse_feed,
    parse_pointers,
    parse_sitemap,
)
from .page import decode_html, extract_article, is_html
from .politeness import HostGate, Stopped, origin_of
from .rows import Codes, ScrapeError, error_row, url_id

#: Nested sitemap indexes are followed this deep.
MAX_SITEMAP_DEPTH = 4
J = TypeVar("J")
R = TypeVar("R")


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/ddnews/scrape`` (``~/.cache/ddnews/scrape``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ddnews" / "scrape"


def dedup_key(url: str) -> str:
    """One key for the spellings of one address (case of scheme and host, default port, fragment, utm_*).

    >>> dedup_key("HTTPS://Bao.VN:443/tin/1.html?utm_source=fb&id=2#top")
    'https://bao.vn/tin/1.html?id=2'
    """
    parts = urlsplit(clean_url(url))
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith("utm_")])
    return origin_of(url) + urlunsplit(("", "", parts.path or "/", query, ""))


def _iso(value: date | str | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(str(value)).isoformat()


@dataclass
class ScrapeOptions:
    """Everything ``ddnews scrape`` is told (the Python API's defaults)."""

    urls: list[str] = field(default_factory=list)
    rss: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    discover: bool = False
    since: str | None = None                 # ISO days
    until: str | None = None
    max_articles: int | None = None
    cache: Path | None = None                 # None: no cache (nothing kept, nothing resumed)
    delay: float = 1.0
    concurrency: int = 4
    errors: bool = True                       # yield error rows too
    fetch: FetchOptions = field(default_factory=FetchOptions)


@dataclass
class ScrapeStats:
    """What the run has done so far (for the progress bar and the summary line)."""

    phase: str = "listing"
    listed: int = 0                            # distinct article addresses to fetch
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    outside_dates: int = 0
    per_host: Counter[str] = field(default_factory=Counter)   # articles per host
    errors_by_code: Counter[str] = field(default_factory=Counter)


@dataclass
class _Outcome:
    kind: str                                   # article, error, duplicate, outside, stopped
    row: dict[str, Any] | None = None


@dataclass
class _ListingJob:
    kind: str                                   # discover, feed, sitemap
    url: str
    depth: int = 0


@dataclass
class _ListingResult:
    listed: list[Listed] = field(default_factory=list)
    more: list[_ListingJob] = field(default_factory=list)
    error: dict[str, Any] | None = None


class Scraper:
    """One crawl. Iterate :meth:`rows` for the rows; ``stats`` and ``fetcher.stats`` say how it goes."""

    def __init__(self, options: ScrapeOptions, *, on_progress: Callable[[ScrapeStats], None] | None = None,
                 clock: Callable[[], float] | None = None, sleep: Callable[[float], object] | None = None,
                 client: Any = None):
        self.options = options
        self.stop = threading.Event()
        gate_kwargs: dict[str, Any] = {"stop": self.stop, "sleep": sleep}
        if clock is not None:
            gate_kwargs["clock"] = clock
        self.gate = HostGate(options.delay, **gate_kwargs)
        self.cache = HttpCache(options.cache) if options.cache is not None else None
        self.fetcher = Fetcher(options.fetch, self.gate, self.cache, client)
        self.stats = ScrapeStats()
        self.on_progress = on_progress
        self._claimed: set[str] = set()
        self._claim_lock = threading.Lock()
        self._listings_seen: set[str] = set()

    # -- the run ------------------------------------------------------------------------------------------
    def rows(self) -> Iterator[dict[str, Any]]:
        """Article rows and (unless ``errors=False``) error rows, as pages finish."""
        try:
            candidates: dict[str, Listed] = {}
            for listed in self._given():
                candidates.setdefault(dedup_key(listed.url), listed)
            for result in self._listing_phase():
                if result.error is not None:
                    self._count_error(result.error)
                    if self.options.errors:
                        yield result.error
                for listed in result.listed:
                    key = dedup_key(listed.url)
                    if key in candidates:
                        self.stats.duplicates += 1
                        if candidates[key].date is None and listed.date is not None:
                            candidates[key] = listed
                    else:
                        candidates[key] = listed
            todo = self._select(list(candidates.values()))
            self.stats.phase = "articles"
            self.stats.listed = len(todo)
            self._progress()
            yield from self._article_phase(todo)
        finally:
            self.stop.set()
            self.fetcher.close()
            if self.cache is not None:
                self.cache.close()

    def _given(self) -> list[Listed]:
        return [Listed(clean_url(u), None, "argument") for u in self.options.urls if not self.options.discover]

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.stats)

    def _count_error(self, row: dict[str, Any]) -> None:
        self.stats.errors += 1
        self.stats.errors_by_code[row["error"]["code"]] += 1

    # -- dispatch: one job per host at a time, ``concurrency`` in all ---------------------------------------
    def _dispatch(self, jobs: Iterable[J], url_of: Callable[[J], str], work: Callable[[J], R],
                  more: Callable[[R], Iterable[J]] | None = None) -> Iterator[R]:
        queues: dict[str, deque[J]] = {}

        def add(job: J) -> None:
            queues.setdefault(origin_of(url_of(job)), deque()).append(job)

        for job in jobs:
            add(job)
        busy: set[str] = set()
        running: dict[Future[R], str] = {}
        pool = ThreadPoolExecutor(max_workers=max(1, self.options.concurrency), thread_name_prefix="ddnews-scrape")
        finished = False
        try:
            while queues or running:
                if not self.stop.is_set():
                    for origin in list(queues):
                        if len(running) >= max(1, self.options.concurrency):
                            break
                        if origin in busy:
                            continue
                        queue = queues[origin]
                        job = queue.popleft()
                        if not queue:
                            del queues[origin]
                        busy.add(origin)
                        running[pool.submit(work, job)] = origin
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    busy.discard(running.pop(fut))
                    result = fut.result()
                    if more is not None:
                        for job in more(result):
                            add(job)
                    yield result
            finished = True
        finally:
            if not finished:
                self.stop.set()
            pool.shutdown(wait=True, cancel_futures=True)

    # -- phase 1: listings ----------------------------------------------------------------------------------
    def _listing_phase(self) -> Iterator[_ListingResult]:
        o = self.options
        jobs = [_ListingJob("discover", clean_url(u)) for u in (o.urls if o.discover else [])]
        jobs += [_ListingJob("feed", clean_url(u)) for u in o.rss]
        jobs += [_ListingJob("sitemap", clean_url(u)) for u in o.sitemaps]
        jobs = [j for j in jobs if self._first_listing(j.url)]
        for result in self._dispatch(jobs, lambda j: j.url, self._listing, lambda r: r.more):
            self._progress()
            yield result

    def _first_listing(self, url: str) -> bool:
        key = dedup_key(url) if urlsplit(url).hostname else url
        with self._claim_lock:
            if key in self._listings_seen:
                return False
            self._listings_seen.add(key)
            return True

    def _listing(self, job: _ListingJob) -> _ListingResult:
        try:
            if job.kind == "discover":
                return self._discover(job)
            page = self.fetcher.get(job.url, "listing")
            return self._read_listing(job, page)
        except Stopped:
            return _ListingResult()
        except ScrapeError as exc:
            if exc.stage == "fetch":
                exc.stage = "listing"
            return _ListingResult(error=error_row(job.url, exc, source=job.kind))
        except ValueError as exc:
            err = ScrapeError("listing", "E608", Codes.E608.format(kind=job.kind, url=job.url, reason=exc))
            return _ListingResult(error=error_row(job.url, err, source=job.kind))
        except Exception as exc:  # noqa: BLE001 - one listing's surprise is its error row, not the run's end
            err = ScrapeError("listing", "E611", Codes.E611.format(url=job.url, reason=repr(exc)))
            return _ListingResult(error=error_row(job.url, err, source=job.kind))

    def _read_listing(self, job: _ListingJob, page: Page) -> _ListingResult:
        body = page.body
        if looks_like_feed(body):
            return _ListingResult(listed=parse_feed(body, page.final_url))
        if job.kind == "feed" and (is_html_type(page.content_type) or is_html(body)):
            # a site's RSS page (HTML listing its feeds): read the feeds it points to, one level down
            if job.depth >= 1:
                raise ValueError("an HTML page, not a feed")
            pointers = parse_pointers(body, page.final_url)
            if not pointers.feeds:
                raise ValueError("an HTML page that points to no feed")
            more = [_ListingJob("feed", u, job.depth + 1) for u in pointers.feeds if self._first_listing(u)]
            return _ListingResult(more=more)
        if job.kind == "feed":
            return _ListingResult(listed=parse_feed(body, page.final_url))
        urls, children = parse_sitemap(body, page.final_url)
        more = []
        for child in children:
            if job.depth + 1 > MAX_SITEMAP_DEPTH or not self._worth_reading(child.date):
                continue
            if self._first_listing(child.url):
                more.append(_ListingJob("sitemap", child.url, job.depth + 1))
        return _ListingResult(listed=urls, more=more)

    def _worth_reading(self, lastmod: str | None) -> bool:
        """A child sitemap last modified before --since holds nothing newer."""
        since = self.options.since
        return not (since and lastmod and lastmod < _shift(since, -1))

    def _discover(self, job: _ListingJob) -> _ListingResult:
        """A home page → its feeds and sitemaps (robots.txt, <link rel=alternate>, links, common paths)."""
        origin = origin_of(job.url)
        sitemaps: list[str] = []
        rules = self.fetcher.rules(origin)
        if rules is not None:
            sitemaps += [clean_url(s) for s in rules.sitemaps]
        feeds: list[str] = []
        home_error: ScrapeError | None = None
        try:
            page = self.fetcher.get(job.url, "listing")
            pointers = parse_pointers(page.body, page.final_url)
            sitemaps += pointers.sitemaps
            feeds += pointers.feeds
        except ScrapeError as exc:  # robots.txt or the common paths may still lead somewhere
            if exc.stage == "robots":
                raise
            home_error = exc
        result = _ListingResult()
        for kind, found, paths in (("sitemap", sitemaps, COMMON_SITEMAPS), ("feed", feeds, COMMON_FEEDS)):
            if found:
                continue
            for path in paths:  # common paths, until one answers with a listing
                probe = _ListingJob(kind, origin + path)
                try:
                    got = self._read_listing(probe, self.fetcher.get(probe.url, "listing"))
                except (ScrapeError, ValueError):
                    continue
                if got.listed or got.more:
                    self._first_listing(probe.url)
                    result.listed += got.listed
                    result.more += got.more
                    break
        result.more += [_ListingJob("sitemap", u) for u in dict.fromkeys(sitemaps) if self._first_listing(u)]
        result.more += [_ListingJob("feed", u) for u in dict.fromkeys(feeds) if self._first_listing(u)]
        if home_error is not None and not (result.listed or result.more):
            raise home_error
        return result

    # -- phase 2: articles ----------------------------------------------------------------------------------
    def _select(self, candidates: list[Listed]) -> list[Listed]:
        given = [c for c in candidates if c.source == "argument"]
        listed = [c for c in candidates if c.source != "argument"]
        kept = []
        for c in listed:
            if self._listing_in_range(c.date):
                kept.append(c)
            else:
                self.stats.outside_dates += 1
        kept.sort(key=lambda c: c.date or "", reverse=True)  # newest first; undated last (stable)
        return given + kept

    def _listing_in_range(self, day: str | None) -> bool:
        o = self.options
        if day is None:
            return True
        return not ((o.since and day < _shift(o.since, -1)) or (o.until and day > _shift(o.until, 1)))

    def _in_range(self, day: str | None) -> bool:
        o = self.options
        return day is None or not ((o.since and day < o.since) or (o.until and day > o.until))

    def _article_phase(self, todo: list[Listed]) -> Iterator[dict[str, Any]]:
        limit = self.options.max_articles
        if limit is not None and limit <= 0:
            return
        for outcome in self._dispatch(todo, lambda c: c.url, self._article):
            if self.stop.is_set() and limit is not None and self.stats.articles >= limit:
                continue  # pages that were under way when --max was reached (they are in the cache)
            if outcome.kind == "article" and outcome.row is not None:
                self.stats.articles += 1
                self.stats.per_host[origin_of(outcome.row["final_url"])] += 1
                yield outcome.row
                if limit is not None and self.stats.articles >= limit:
                    self.stop.set()
            elif outcome.kind == "error" and outcome.row is not None:
                self._count_error(outcome.row)
                if self.options.errors:
                    yield outcome.row
            elif outcome.kind == "duplicate":
                self.stats.duplicates += 1
            elif outcome.kind == "outside":
                self.stats.outside_dates += 1
            self._progress()

    def claim(self, url: str) -> bool:
        """True the first time an address is claimed in this run (listed or reached by a redirect)."""
        key = dedup_key(url)
        with self._claim_lock:
            if key in self._claimed:
                return False
            self._claimed.add(key)
            return True

    def _article(self, listed: Listed) -> _Outcome:
        if not self.claim(listed.url):
            return _Outcome("duplicate")
        try:
            page = self.fetcher.get(listed.url, "article", claim=self.claim)
            return self._read_article(listed, page)
        except Duplicate:
            return _Outcome("duplicate")
        except Stopped:
            return _Outcome("stopped")
        except ScrapeError as exc:
            return _Outcome("error", error_row(listed.url, exc, source=listed.source))
        except Exception as exc:  # noqa: BLE001 - one page's surprise is its error row, not the run's end
            err = ScrapeError("extract", "E611", Codes.E611.format(url=listed.url, reason=repr(exc)))
            return _Outcome("error", error_row(listed.url, err, source=listed.source))

    def _read_article(self, listed: Listed, page: Page) -> _Outcome:
        ctype = page.content_type
        if (ctype and not is_html_type(ctype)) or (not ctype and not is_html(page.body)):
            raise ScrapeError("parse", "E605", Codes.E605.format(url=page.final_url, content_type=ctype or "none"),
                              status=page.status, final_url=page.final_url)
        html, charset = decode_html(page.body, ctype)
        try:
            ex = extract_article(html, page.final_url)
        except ScrapeError as exc:
            exc.status, exc.final_url = page.status, page.final_url
            raise
        published, published_from = ex.published, ex.published_from
        if published is None and listed.date and listed.source.startswith("feed:"):
            published, published_from = listed.date, "feed"
        if not self._in_range(published or listed.date):
            return _Outcome("outside")
        row = {"id": url_id(page.final_url), "url": listed.url, "final_url": page.final_url,
               "title": ex.title, "published": published, "published_from": published_from,
               "author": ex.author, "lead": ex.lead, "text": ex.text,
               "html_sha256": hashlib.sha256(page.body).hexdigest(), "fetched_at": page.fetched_at,
               "status": page.status, "charset": charset, "sitename": ex.sitename, "source": listed.source,
               "cached": page.from_cache}
        return _Outcome("article", row)


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def read_url_file(path: str | Path) -> list[str]:
    """Addresses from a file (``-``: stdin), one a line; blank lines and ``#`` comments skipped."""
    if str(path) == "-":
        text = sys.stdin.read()
    else:
        text = Path(path).read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
