"""Where the article addresses come from: RSS/Atom feeds (feedparser), sitemaps and sitemap indexes
(gzip too; lxml with entities and network access off), and a home page's own pointers to them.

Each listed address keeps the date its listing gave it (a feed entry's ``published``/``updated``, a
sitemap's ``news:publication_date`` or ``lastmod``), as written: the date the site meant, not shifted to
UTC. Parsing never fetches anything: the scraper fetches, politely, and hands the bytes here.

>>> sm = b'''<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
... <url><loc>https://a.vn/tin/1.html</loc><lastmod>2024-03-12T08:00:00+07:00</lastmod></url></urlset>'''
>>> urls, children = parse_sitemap(sm, "https://a.vn/sitemap.xml")
>>> [(u.url, u.date) for u in urls], children
([('https://a.vn/tin/1.html', '2024-03-12')], [])
"""
from __future__ import annotations

import email.utils
import gzip
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import regex
from lxml import etree

from ..text.dates import to_iso
from .fetch import clean_url

#: Paths tried on a home page's host when it points to no sitemap / no feed of its own.
COMMON_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml", "/sitemap-index.xml", "/sitemaps.xml", "/sitemap.xml.gz")
COMMON_FEEDS = ("/rss", "/rss.xml", "/feed", "/feed.xml", "/atom.xml", "/rss.html")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/xml", "text/xml")
#: A listing page (a site's "/rss" page) gives at most this many feeds.
MAX_FEEDS_PER_PAGE = 100

_ISO_DAY = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FEED_HREF = regex.compile(r"(?i)(?:\.rss|/rss/|/feeds?/|\brss\.|atom\.xml|[/.]rss$|/rss\.xml|feed\.xml)")
_SITEMAP_HREF = regex.compile(r"(?i)sitemap[^/]*\.xml(?:\.gz)?$")


@dataclass(frozen=True)
class Listed:
    """An address found in a listing, with the listing's date for it (ISO day or None) and where it was."""

    url: str
    date: str | None
    source: str


def iso_day(value: str | None) -> str | None:
    """The calendar day a listing wrote: ISO 8601 / W3C dates, or RFC 822 dates of RSS (no UTC shift).

    >>> iso_day("2024-03-12T23:30:00+07:00"), iso_day("Wed, 20 Nov 2019 23:30:00 +0700"), iso_day("hôm qua")
    ('2024-03-12', '2019-11-20', None)
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO_DAY.match(value)
    if m:
        return to_iso((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    try:
        parsed = email.utils.parsedate_tz(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed:
        return to_iso((parsed[0], parsed[1], parsed[2]))
    return None


def _is_web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def ungzip(body: bytes) -> bytes:
    """A gzip file as served (``.xml.gz`` without Content-Encoding) decompressed; other bytes as they are."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError, zlib.error):
            return body
    return body


def looks_like_feed(body: bytes) -> bool:
    head = ungzip(body)[:1024].lstrip().lower()
    return (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head) and b"<urlset" not in head


def parse_feed(body: bytes, feed_url: str) -> list[Listed]:
    """The entries of an RSS or Atom feed: link and publication (else update) day. ValueError when none."""
    import feedparser

    parsed = feedparser.parse(ungzip(body))
    entries = list(parsed.get("entries") or [])
    if not entries and parsed.get("bozo") and not parsed.get("feed"):
        raise ValueError(f"not a feed ({parsed.get('bozo_exception')!s})")
    out = []
    for entry in entries:
        link = entry.get("link") or next((lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if not link:
            continue
        url = clean_url(urljoin(feed_url, link))
        if not _is_web_address(url):
            continue
        date = iso_day(entry.get("published") or entry.get("updated") or entry.get("dc_date"))
        out.append(Listed(url, date, f"feed:{feed_url}"))
    return out


def _xml_root(body: bytes) -> Any:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    return etree.fromstring(body, parser=parser)


def _local(tag: Any) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, sitemap_url: str) -> tuple[list[Listed], list[Listed]]:
    """(article addresses, child sitemaps) of a sitemap or sitemap index, gzip or not, XML or plain text.

    Each address keeps its ``news:publication_date``, else its ``lastmod``. ValueError when unreadable.
    """
    data = ungzip(body).lstrip()
    if not data.startswith(b"<"):  # the protocol's plain-text form: one address a line
        lines = data.decode("utf-8", errors="replace").splitlines()
        plain = [clean_url(x.strip()) for x in lines if _is_web_address(x.strip())]
        if not plain:
            raise ValueError("neither XML nor a list of addresses")
        return [Listed(u, None, f"sitemap:{sitemap_url}") for u in plain], []
    try:
        root = _xml_root(data)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not XML: {exc}") from None
    if root is None:
        raise ValueError("empty XML document")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"root element <{kind}>, not <urlset> or <sitemapindex>")
    urls: list[Listed] = []
    children: list[Listed] = []
    for item in root:
        name = _local(item.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = lastmod = published = None
        for el in item.iter():
            local = _local(el.tag)
            text = (el.text or "").strip()
            if local == "loc" and loc is None and el.getparent() is item:
                loc = text
            elif local == "lastmod":
                lastmod = text
            elif local == "publication_date":
                published = text
        if not loc:
            continue
        url = clean_url(urljoin(sitemap_url, loc))
        if not _is_web_address(url):
            continue
        listed = Listed(url, iso_day(published) or iso_day(lastmod), f"sitemap:{sitemap_url}")
        (children if name == "sitemap" else urls).append(listed)
    return urls, children


@dataclass
class Pointers:
    """What a home page (or a site's "/rss" page) points to."""

    feeds: list[str]
    sitemaps: list[str]


def parse_pointers(html: bytes | str, page_url: str) -> Pointers:
    """``<link rel="alternate">`` feeds, links that look like feeds (a site's RSS page) and sitemap links."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html.encode("utf-8") if isinstance(html, str) else html)
    except (etree.ParserError, ValueError):
        return Pointers([], [])
    feeds: list[str] = []
    sitemaps: list[str] = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        ctype = (link.get("type") or "").lower()
        href = link.get("href")
        if href and "alternate" in rel and ctype in FEED_TYPES:
            feeds.append(clean_url(urljoin(page_url, href)))
        elif href and "sitemap" in rel:
            sitemaps.append(clean_url(urljoin(page_url, href)))
    home = urlsplit(page_url).hostname
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = clean_url(urljoin(page_url, href))
        if urlsplit(url).hostname != home or not _is_web_address(url):
            continue  # another site's feed is not this site's listing
        path = urlsplit(url).path
        if _SITEMAP_HREF.search(path):
            sitemaps.append(url)
        elif _FEED_HREF.search(path) and len(feeds) < MAX_FEEDS_PER_PAGE and url != clean_url(page_url):
            feeds.append(url)
    return Pointers(list(dict.fromkeys(feeds)), list(dict.fromkeys(sitemaps)))
