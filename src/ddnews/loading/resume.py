"""Resuming a run into a fact store: articles already stored unchanged are not extracted again, and an id that
the store holds from a different source is refused.

``ddnews extract … --db facts.db`` writes finished articles in transaction batches (every 500 articles or 2
seconds), so a run killed by Ctrl-C or SIGKILL leaves a store that opens, with whole articles only.  Running
the same command again passes the loaded articles through :class:`Resume`: an article whose id and text
(``content_hash``) are already in the store is skipped (counted, not re-extracted); the rest are extracted
and stored.
``--redo`` turns skipping off (after upgrading ddnews, to refresh every article's facts).

Two files with the same name in different folders get the same id (the file stem, which the gold and
``score.py`` use).  Within one run the second gets ``~<hash>``; across runs into one store, a different text
under a stored id from a different source (:func:`same_source`: ``a/x.txt`` is not ``b/x.txt``, but
``x.jsonl:3`` read from another working folder is ``/data/x.jsonl:3``) is an error row (E020) naming both
sources, never a silent overwrite.

The store is read through its own read-only connection, a batch of ids at a time (memory stays bounded
whatever the store's size), while the run's writer keeps the write lock to itself.
"""
from __future__ import annotations

import posixpath
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..types import Article, ErrorRecord
from .messages import LoadErrors

#: Articles looked up in the store per query.
LOOKUP_BATCH = 200


def _parts(source: str) -> tuple[tuple[str, ...], str, bool]:
    """A source's path components, its row suffix (":3" of a JSONL/CSV row) and whether it is absolute."""
    head, sep, tail = source.rpartition(":")
    path, row = (head, tail) if sep and head and tail.isdigit() else (source, "")
    norm = posixpath.normpath(path.replace("\\", "/"))
    return tuple(c for c in norm.split("/") if c and c != "."), row, norm.startswith("/")


def same_source(a: str | None, b: str | None) -> bool:
    """True when two sources can name the same input, however and from wherever their paths were written.

    Records name files relative to the working folder of their run, which a later run does not know: a
    relative path is the same file as another path when it is that path's tail ("x.txt" run inside ``a/`` is
    "a/x.txt" run beside it); two absolute paths must be equal, and "a/x.txt" is never "b/x.txt".

    >>> same_source("./corpus/x.txt", "corpus/x.txt"), same_source("x.jsonl:3", "/data/run/x.jsonl:3")
    (True, True)
    >>> same_source("x.txt", "a/x.txt"), same_source("a/x.txt", "b/x.txt"), same_source("/a/x.txt", "/b/x.txt")
    (True, False, False)
    >>> same_source("x.jsonl:3", "x.jsonl:4")
    False
    """
    if not a or not b or a == b:
        return True
    if a.startswith(("<", "http://", "https://")) or b.startswith(("<", "http://", "https://")):
        return False
    (pa, ra, abs_a), (pb, rb, abs_b) = _parts(a), _parts(b)
    if ra != rb or not pa or not pb:
        return False
    if abs_a and abs_b:
        return pa == pb
    short, long = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    return long[len(long) - len(short):] == short


@dataclass
class Resume:
    """Filters loaded articles against a store: ``skipped`` already stored unchanged, ``refused`` id collisions."""

    db: Path
    redo: bool = False
    skipped: int = 0
    refused: int = 0
    _conn: sqlite3.Connection | None = field(default=None, repr=False)

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and self.db.exists():
            try:
                conn = sqlite3.connect(f"{self.db.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
                conn.execute("select id, content_hash, source from articles limit 0")
            except sqlite3.Error:
                return None  # a new or foreign file: the store itself says what is wrong with it
            self._conn = conn
        return self._conn

    def close(self) -> None:
        """Close the read-only connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _stored(self, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
        conn = self._connect()
        if conn is None or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        try:
            rows = conn.execute(f"select id, content_hash, source from articles where id in ({marks})", ids)
            return {r[0]: (r[1], r[2]) for r in rows}
        except sqlite3.Error:
            return {}

    def filter(self, items: Iterable[Article | ErrorRecord]) -> Iterator[Article | ErrorRecord]:
        """The items still to extract: error rows and new or changed articles; collisions become error rows."""
        batch: list[Article | ErrorRecord] = []
        try:
            for item in items:
                batch.append(item)
                if len(batch) >= LOOKUP_BATCH:
                    yield from self._filter_batch(batch)
                    batch = []
            if batch:
                yield from self._filter_batch(batch)
        finally:
            self.close()

    def _filter_batch(self, batch: list[Article | ErrorRecord]) -> Iterator[Article | ErrorRecord]:
        stored = self._stored([a.id for a in batch if isinstance(a, Article)])
        for item in batch:
            if not isinstance(item, Article) or item.id not in stored:
                yield item
                continue
            content_hash, source = stored[item.id]
            if content_hash == item.content_hash:  # the same text: the same facts, wherever it was read from
                if self.redo:
                    yield item
                else:
                    self.skipped += 1
            elif same_source(source, item.source):  # the file changed since: extract it again
                yield item
            else:
                self.refused += 1
                yield ErrorRecord(item.source, "load", "E020",
                                  LoadErrors.E020.format(id=item.id, db=self.db, other=source, path=item.source),
                                  id=f"{item.id}@{item.source}")
