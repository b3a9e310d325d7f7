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

The parts live next to this module: :mod:`.crawl_options` (options, counts, address keys),
:mod:`.dispatch` (one job per host at a time) and :mod:`.listing_phase` (phase 1); this module is the
crawl itself (:class:`Scraper`: the run and phase 2), and re-exports their public names.
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .cache import HttpCache
from .crawl_options import (
    ScrapeOptions,
    ScrapeStats,
    _iso,
    _shift,
    dedup_key,
    default_cache_dir,
    read_url_file,
)
from .fetch import Duplicate, Fetcher, Page, clean_url, is_html_type
from .listing_phase import MAX_SITEMAP_DEPTH, ListingPhase
from .listings import Listed
from .page import decode_html, extract_article, is_html
from .politeness import HostGate, Stopped, origin_of
from .rows import Codes, ScrapeError, error_row, url_id

__all__ = ["MAX_SITEMAP_DEPTH", "ScrapeOptions", "ScrapeStats", "Scraper", "_iso", "_shift", "dedup_key",
           "default_cache_dir", "read_url_file"]


@dataclass
class _Outcome:
    kind: str                                   # article, error, duplicate, outside, stopped
    row: dict[str, Any] | None = None


class Scraper(ListingPhase):
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

    def _count_error(self, row: dict[str, Any]) -> None:
        self.stats.errors += 1
        self.stats.errors_by_code[row["error"]["code"]] += 1

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
