"""HTML pages → Article with trafilatura (main text, title, date, url); fetching URLs with httpx.

``ddnews extract https://…`` fetches each page (timeouts, a few retries with back-off, a clear user
agent, redirects followed); a page that cannot be fetched becomes an error row that says why.
"""
from __future__ import annotations

import time
from functools import lru_cache
from urllib.parse import urlparse

import regex

from ..errors import Errors
from ..types import Article, ErrorRecord

USER_AGENT = "ddnews/0.1 (+research text mining; contact the operator of this crawl)"
TIMEOUT_S = 20.0
RETRIES = 2
_SLUG = regex.compile(r"[^\w.-]+")


def is_url(item: str) -> bool:
    """True for an http(s) URL input."""
    return item.startswith(("http://", "https://"))


def url_id(url: str) -> str:
    """A stable article id from a URL: its host and last path segment."""
    p = urlparse(url)
    last = [seg for seg in p.path.split("/") if seg][-1:] or ["index"]
    return _SLUG.sub("-", f"{p.netloc}_{last[0]}").strip("-")[:120]


@lru_cache(maxsize=1)
def _client():
    import httpx

    return httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT_S, follow_redirects=True)


def fetch_article(url: str) -> Article | ErrorRecord:
    """Fetch one page and extract its article; network, HTTP and address errors become error rows."""
    import httpx

    try:
        id_ = url_id(url)
    except ValueError:
        id_ = "url"
    reason = ""
    for attempt in range(RETRIES + 1):
        try:
            resp = _client().get(url)
            if resp.status_code >= 500 and attempt < RETRIES:
                time.sleep(0.5 * 2**attempt)
                continue
            if resp.status_code >= 400:
                return ErrorRecord(url, "load", "E011", Errors.E011.format(url=url, reason=f"HTTP {resp.status_code}"),
                                   id=id_)
            art = html_to_article(resp.text, source=url, id_=id_)
            if isinstance(art, Article) and not art.url:
                art.url = str(resp.url)
            return art
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError, UnicodeError) as exc:
            reason = f"invalid address: {exc}"
            return ErrorRecord(url, "load", "E011", Errors.E011.format(url=url, reason=reason), id=id_)
        except httpx.HTTPError as exc:
            reason = f"{type(exc).__name__}: {exc}"
            if attempt < RETRIES:
                time.sleep(0.5 * 2**attempt)
    return ErrorRecord(url, "load", "E011", Errors.E011.format(url=url, reason=reason), id=id_)


def html_to_article(html: str, *, source: str, id_: str) -> Article | ErrorRecord:
    """Extract the main text and metadata of a saved page; an ErrorRecord when there is none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - a broken page is an error row, not a crash
        return ErrorRecord(source, "load", "E007", Errors.E007.format(path=source) + f" ({exc})", id=id_)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return ErrorRecord(source, "load", "E007", Errors.E007.format(path=source), id=id_)
    date = getattr(doc, "date", None)
    published = date[:10] if isinstance(date, str) and len(date) >= 10 else None
    return Article(id=id_, text=text, source=source, url=getattr(doc, "url", None),
                   title=getattr(doc, "title", None), published=published,
                   meta={"author": getattr(doc, "author", None) or "", "sitename": getattr(doc, "sitename", None) or "",
                         "published_from": "html-metadata" if published else ""})
