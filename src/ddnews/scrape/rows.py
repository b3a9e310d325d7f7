"""The rows ``ddnews scrape`` writes: one article row per page that gave an article, one error row per URL
that did not, each with a stable code (E6xx: scraping) and a message that says what to do.

An article row carries what ``ddnews extract`` reads from JSONL (``id``, ``url``, ``title``,
``published``, ``text``) and what a crawl log needs (``final_url``, ``status``, ``html_sha256``,
``fetched_at``); an error row carries ``url`` and ``error: {stage, code, message}``.

>>> row = error_row("http://a.vn/x.html", ScrapeError("fetch", "E601", "HTTP 404 Not Found", status=404))
>>> row["error"]["code"], row["status"], row["id"]
('E601', 404, 'a.vn_x')
"""
from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

import regex

_SLUG = regex.compile(r"[^\w.-]+")
_EXT = regex.compile(r"\.(?:html?|php|aspx?|jsp|chn|htm|shtml|ldo)$", regex.I)


class Codes:
    """Scraping error codes (E6xx) and their messages; ``stage`` says where the URL failed."""

    E601 = "HTTP {status} from {url}. The page is missing or the site refused it; check the address."
    E602 = ("robots.txt of {origin} disallows {url} for this user agent. Leave it out, or use --ignore-robots only "
            "with the site's permission.")
    E603 = "Timed out after {attempts} attempt(s) ({timeout:g}s each) fetching {url}. Try later or raise --timeout."
    E604 = "Could not connect to fetch {url} ({reason}). Check the address and the network."
    E605 = "{url} is not an HTML page (Content-Type: {content_type}). Only article pages are scraped."
    E606 = "No article text found on {url} ({reason}). Is it an article page (not a list, a video or a gallery)?"
    E607 = "{reason} at {url}. The site's redirects go round or too far; open the address in a browser."
    E608 = "Could not read {kind} {url} ({reason}). Check the address of the feed or sitemap."
    E609 = "Not an http(s) address: {url!r}. Give full addresses such as https://baodientu.vn/tin-bai.html."
    E611 = "Unexpected failure on {url}: {reason}. Please report it with the address."
    E610 = ("robots.txt of {origin} could not be fetched ({reason}); RFC 9309 says to assume the whole site is "
            "disallowed. Try again later.")


class ScrapeError(Exception):
    """A URL that gave no article: ``stage`` (robots, fetch, parse, extract, listing), ``code`` (E6xx)."""

    def __init__(self, stage: str, code: str, message: str, *, status: int | None = None,
                 final_url: str | None = None):
        super().__init__(f"[{code}] {message}")
        self.stage, self.code, self.message = stage, code, message
        self.status, self.final_url = status, final_url


def url_id(url: str) -> str:
    """A stable article id from an address: host and last path segment (query kept when it names the page).

    >>> url_id("https://baodientu.vn/thoi-su/hoi-nghi-tinh-uy-12345.html")
    'baodientu.vn_hoi-nghi-tinh-uy-12345'
    >>> url_id("http://cong.vn/tin?id=77")
    'cong.vn_tin-id-77'
    """
    p = urlsplit(url)
    last = [seg for seg in p.path.split("/") if seg][-1:] or ["index"]
    name = _EXT.sub("", last[0]) + (f"-{p.query}" if p.query else "")
    ident = _SLUG.sub("-", f"{p.netloc}_{name}").strip("-")
    if len(ident) > 120:
        ident = ident[:110] + "-" + hashlib.sha256(url.encode()).hexdigest()[:8]
    return ident


def error_row(url: str, err: ScrapeError, *, source: str | None = None) -> dict[str, Any]:
    """The row of a URL that gave no article."""
    return {"id": url_id(err.final_url or url), "url": url, "final_url": err.final_url, "status": err.status,
            "source": source, "error": {"stage": err.stage, "code": err.code, "message": err.message}}
