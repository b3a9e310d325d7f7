"""What a crawl is told and what it counts: :class:`ScrapeOptions`, :class:`ScrapeStats` and their helpers.

The options of ``ddnews scrape`` (and the Python API's defaults), the running counts the progress bar
and the summary line show, the default cache folder, the one key of the spellings of an address
(:func:`dedup_key`), ISO days and the file of addresses (:func:`read_url_file`). :mod:`.scraper`
re-exports every name.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .fetch import FetchOptions, clean_url
from .politeness import origin_of


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


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def read_url_file(path: str | Path) -> list[str]:
    """Addresses from a file (``-``: stdin), one a line; blank lines and ``#`` comments skipped."""
    if str(path) == "-":
        text = sys.stdin.read()
    else:
        text = Path(path).read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
