"""Phase 1 of the crawl: listings (discovery, feeds, sitemaps) → the article addresses they list.

``--discover`` reads a home page's robots.txt ``Sitemap:`` lines, its ``<link rel="alternate">`` feeds and
links to feeds and sitemaps, and tries common paths when it has none; feeds and sitemaps are read (child
sitemaps of an index whose ``lastmod`` is before ``--since`` are skipped, nested indexes are followed
:data:`MAX_SITEMAP_DEPTH` deep), each listing once. :class:`ListingPhase` is a base of
:class:`~ddnews.scrape.scraper.Scraper`; the parsing itself is :mod:`.listings`.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .crawl_options import _shift, dedup_key
from .dispatch import HostDispatch
from .fetch import Fetcher, Page, clean_url, is_html_type
from .listings import (
    COMMON_FEEDS,
    COMMON_SITEMAPS,
    Listed,
    looks_like_feed,
    parse_feed,
    parse_pointers,
    parse_sitemap,
)
from .page import is_html
from .politeness import Stopped, origin_of
from .rows import Codes, ScrapeError, error_row

#: Nested sitemap indexes are followed this deep.
MAX_SITEMAP_DEPTH = 4


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


class ListingPhase(HostDispatch):
    """The listing phase of a crawl (set up by ``Scraper.__init__``)."""

    fetcher: Fetcher
    _claim_lock: threading.Lock
    _listings_seen: set[str]

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
