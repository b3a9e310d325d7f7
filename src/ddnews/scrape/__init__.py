"""Scraping: a news site's feeds and sitemaps → article rows, politely and resumably.

``ddnews.scrape(...)`` (this module is callable: ``ddnews.scrape`` is both the package and the function)
yields one dict per article page, and one error row per address that gave no article::

    import ddnews
    for row in ddnews.scrape(rss=["https://baodientu.vn/rss/thoi-su.rss"], since="2024-01-01", max_articles=50):
        print(row["published"], row["title"])

Modules: ``politeness`` (one request at a time per host, delay between starts), ``robots`` (Protego),
``cache`` (the on-disk HTTP cache that makes runs resumable), ``fetch`` (redirects, retries, cache,
robots per hop), ``listings`` (feeds, sitemaps, discovery), ``page`` with ``page_charset``, ``page_text``
and ``page_date`` (charset, main text, title, date), ``rows`` (row shapes and E6xx codes), ``scraper`` (the
crawl) with ``crawl_options``, ``dispatch`` and ``listing_phase``. See docs/scrape.md.
"""
from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .fetch import USER_AGENT, FetchOptions
from .scraper import ScrapeOptions, Scraper, ScrapeStats, default_cache_dir, read_url_file

__all__ = ["scrape", "Scraper", "ScrapeOptions", "ScrapeStats", "FetchOptions", "USER_AGENT", "default_cache_dir",
           "options"]


def _listify(value: Iterable[str] | str | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def options(urls: Iterable[str] | str | None = None, *, rss: Iterable[str] | str | None = None,
            sitemaps: Iterable[str] | str | None = None, url_file: str | Path | None = None, discover: bool = False,
            since: date | str | None = None, until: date | str | None = None, max_articles: int | None = None,
            cache: str | Path | bool | None = True, delay: float = 1.0, concurrency: int = 4,
            user_agent: str = USER_AGENT, ignore_robots: bool = False, timeout: float = 20.0, retries: int = 3,
            backoff: float = 1.0, refresh: bool = False, errors: bool = True) -> ScrapeOptions:
    """The :class:`ScrapeOptions` of :func:`scrape`'s arguments (``cache=True``: the default folder)."""
    from .scraper import _iso

    listed = _listify(urls) + (read_url_file(url_file) if url_file is not None else [])
    if cache is True:
        folder: Path | None = default_cache_dir()
    elif cache is False or cache is None:
        folder = None
    else:
        folder = Path(cache)
    return ScrapeOptions(urls=listed, rss=_listify(rss), sitemaps=_listify(sitemaps), discover=discover,
                         since=_iso(since), until=_iso(until), max_articles=max_articles, cache=folder,
                         delay=delay, concurrency=concurrency, errors=errors,
                         fetch=FetchOptions(user_agent=user_agent, timeout=timeout, retries=retries, backoff=backoff,
                                            ignore_robots=ignore_robots, refresh=refresh))


def scrape(urls: Iterable[str] | str | None = None, *, on_progress: Callable[[ScrapeStats], None] | None = None,
           **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Yield a row per article page (and an error row per address that gave none) as pages are fetched.

    Args:
        urls: article pages (or, with ``discover=True``, home pages to find feeds and sitemaps from).
        rss, sitemaps: feed and sitemap addresses (a sitemap index or a ``.xml.gz`` too).
        url_file: a file of article addresses, one a line (``-``: stdin).
        since, until: ISO days (or dates); the listing's date filters before fetching, the page's after.
        max_articles: stop after this many articles.
        cache: the cache folder (``True``: ``~/.cache/ddnews/scrape``; ``False``: none). A second run
            fetches no article it has, and an interrupted run resumes where it stopped.
        delay, concurrency: seconds between two request starts on one host (Crawl-delay wins when
            larger); hosts fetched at once.
        user_agent, ignore_robots, timeout, retries, backoff, refresh: see ``ddnews scrape --help``.
        errors: also yield error rows (``row["error"]``: stage, code, message).
    """
    scraper = Scraper(options(urls, **kwargs), on_progress=on_progress)
    return scraper.rows()


class _CallableModule(types.ModuleType):
    """``ddnews.scrape(...)`` calls :func:`scrape` even once the ``ddnews.scrape`` package is imported."""

    def __call__(self, urls: Iterable[str] | str | None = None, **kwargs: Any) -> Iterator[dict[str, Any]]:
        return scrape(urls, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
