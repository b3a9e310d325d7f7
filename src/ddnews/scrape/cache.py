"""The on-disk HTTP cache: every response the scraper received, with its validators, in one SQLite file.

Why not a generic HTTP cache library: a crawl needs a crawl's policy, not a browser's.

* **Article pages** (and the redirects and 404/410s on the way to them) are kept once fetched and reused
  without a request: a published article does not change often, and news sites rarely send caching
  headers for them (``no-cache`` or a few minutes), so an RFC 9111 cache would fetch every article again
  on every run. ``--refresh`` revalidates them with a conditional request instead.
* **Listings** (robots.txt, feeds, sitemaps, home pages) follow the HTTP rules: reused while fresh
  (``Cache-Control: max-age``, ``Expires``), else revalidated with ``If-None-Match`` /
  ``If-Modified-Since`` (a ``304`` costs the site no body), else fetched again.
* **Transient failures** (429, 5xx, time-outs) are never stored, so the next run tries them again.

Every response is written as soon as it arrives (SQLite in WAL mode, one writer lock), so a run that is
interrupted resumes where it stopped: what it had is served from here.

>>> c = HttpCache(":memory:")
>>> _ = c.put("http://a.vn/x", 200, {"content-type": "text/html", "etag": '"v1"'}, b"<p>hi</p>", "2024-03-12T01:00:00Z")
>>> s = c.get("http://a.vn/x")
>>> s.status, s.body, s.etag
(200, b'<p>hi</p>', '"v1"')
"""
from __future__ import annotations

import email.utils
import json
import sqlite3
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

#: Statuses kept: final pages, redirects, and the "gone" answers RFC 9111 lets a cache reuse.
STORED_STATUSES = frozenset({200, 203, 204, 300, 301, 302, 303, 307, 308, 404, 410})
#: Headers kept with a response (the rest is not needed to serve or revalidate it).
KEPT_HEADERS = ("content-type", "location", "etag", "last-modified", "cache-control", "expires", "date", "age",
                "retry-after")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    url TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body BLOB NOT NULL,
    fetched_at TEXT NOT NULL,
    stored REAL NOT NULL,
    fresh_until REAL NOT NULL
)
"""


@dataclass(frozen=True)
class Stored:
    """A response as stored: status, the kept headers (lower-case names), the decoded body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    fresh_until: float

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    def fresh(self, now: float | None = None) -> bool:
        """Fresh by its own headers (max-age, Expires)."""
        return (time.time() if now is None else now) < self.fresh_until


def fresh_until(headers: dict[str, str], now: float | None = None) -> float:
    """Until when a response is fresh by ``Cache-Control`` (s-maxage, max-age) or ``Expires`` (0: stale).

    >>> fresh_until({"cache-control": "public, max-age=60"}, now=1000.0)
    1060.0
    >>> fresh_until({"cache-control": "no-cache, max-age=60"}, now=1000.0)
    0.0
    """
    now = time.time() if now is None else now
    directives: dict[str, str] = {}
    for part in headers.get("cache-control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = value.strip().strip('"')
    if "no-cache" in directives or "no-store" in directives:
        return 0.0
    age = _int(headers.get("age")) or 0
    for name in ("s-maxage", "max-age"):
        seconds = _int(directives.get(name))
        if seconds is not None:
            return now + seconds - age
    expires = _http_date(headers.get("expires"))
    if expires is not None:
        served = _http_date(headers.get("date")) or now
        return now + (expires - served)
    return 0.0


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class HttpCache:
    """Responses by URL in ``DIR/http-cache.sqlite`` (or ``":memory:"``); safe to share between threads."""

    FILENAME = "http-cache.sqlite"

    def __init__(self, where: str | Path):
        if str(where) == ":memory:":
            self.path: Path | None = None
            target = ":memory:"
        else:
            folder = Path(where).expanduser()
            folder.mkdir(parents=True, exist_ok=True)
            self.path = folder / self.FILENAME
            target = str(self.path)
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None, timeout=30)
        self._lock = threading.Lock()
        with self._lock:
            if self.path is not None:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)

    def get(self, url: str) -> Stored | None:
        with self._lock:
            row = self._db.execute("SELECT status, headers, body, fetched_at, fresh_until FROM responses "
                                   "WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        status, headers, body, fetched_at, fresh = row
        return Stored(url, int(status), json.loads(headers), zlib.decompress(body), fetched_at, float(fresh))

    def put(self, url: str, status: int, headers: dict[str, str], body: bytes, fetched_at: str) -> Stored:
        """Store a response (kept statuses only; the caller decides) and return it as stored."""
        kept = {k: headers[k] for k in KEPT_HEADERS if k in headers}
        now = time.time()
        fresh = fresh_until(kept, now)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (url, status, json.dumps(kept), zlib.compress(body), fetched_at, now, fresh))
        return Stored(url, status, kept, body, fetched_at, fresh)

    def revalidated(self, stored: Stored, headers: dict[str, str]) -> Stored:
        """A ``304 Not Modified`` answer: keep the body, take the new validators and freshness."""
        merged = dict(stored.headers)
        merged.update({k: headers[k] for k in KEPT_HEADERS if k in headers and k != "content-type"})
        return self.put(stored.url, stored.status, merged, stored.body, stored.fetched_at)

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()
