"""Writing the fact store: records → an SQLite file through sqlite-utils, one row per fact.

Re-running on the same records changes nothing (each article keeps a hash of its whole record, so an
unchanged article is skipped while a re-extracted one with better facts is refreshed); a changed
article has its old facts replaced inside one transaction; the file is in WAL mode so a browser
(``ddnews serve``) can read while a run writes. The schema lives in :mod:`ddnews.store.schema`.

One writer at a time: every batch is one ``BEGIN IMMEDIATE`` transaction, which takes SQLite's write
lock before reading anything, so the fact ids it allocates (one past the largest id of each table)
cannot collide with another process's. A second writer waits up to ``timeout`` seconds for the lock,
then fails with :class:`~ddnews.errors.StoreBusyError` (E304); readers never wait.

The rows of a batch are made in :mod:`ddnews.store.batch` (re-exported here: :func:`article_label`).

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "facts.db")
>>> rec = {"id": "a1", "text": "Kết nạp 12 đảng viên.", "content_hash": "h", "claims": [
...     {"value": 12, "unit": "đảng viên", "change": "admit", "start": 8, "end": 20}]}
>>> Store(path).write([rec])
{'written': 1, 'unchanged': 0, 'errors': 0}
>>> Store(path).write([rec])
{'written': 0, 'unchanged': 1, 'errors': 0}
"""
from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import DataFileError, Errors, OutputError, StoreBusyError
from .batch import _ID_TABLES, _Rows, article_label
from .keys import record_hash
from .schema import ARTICLE_TABLES, STORE_FORMAT, create_schema

__all__ = ["DEFAULT_TIMEOUT", "Store", "article_label"]

#: Seconds a writer waits for another writer's lock before giving up with E304.
DEFAULT_TIMEOUT = 30.0


def _is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" (another connection holds the write lock)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc) or "busy" in str(exc)


class Store:
    """An SQLite fact store (``ddnews extract … --db facts.db``), written by one process at a time.

    Any number of readers (``ddnews serve``, :mod:`ddnews.store.query`) may read while it is written.
    Writers take turns: each batch holds SQLite's write lock for its whole transaction, and a second
    writer waits up to ``timeout`` seconds for it.

    Args:
        path: the database file (created with its schema when missing).
        timeout: seconds to wait for another writer's lock before raising ``StoreBusyError``.
        indicator_files: indicator files of the user's that the records were extracted with
            (``ddnews.extract(…, indicator_files=…)``): their indicators and labels go into the ``indicators``
            table, so the ``panel`` view and ``ddnews panel`` name them.

    Raises:
        OutputError: the file cannot be opened or is not an SQLite database.
        StoreBusyError: another process kept the store locked for longer than ``timeout``.
    """

    def __init__(self, path: str | Path, timeout: float = DEFAULT_TIMEOUT,
                 indicator_files: Iterable[str | Path] = ()):
        self.path = Path(path)
        self.timeout = timeout
        self.indicator_files = tuple(indicator_files)
        self._columns: dict[str, set[str]] = {}
        self._people_stale = False    # articles were written: people are linked again on close()
        try:
            self.db = sqlite_utils.Database(sqlite3.connect(str(self.path), timeout=timeout))
            self.db.enable_wal()
            self.db.execute("pragma foreign_keys = on")
            self.db.execute("pragma synchronous = normal")  # safe with WAL; commits stay atomic
            self._create_schema()
        except (OutputError, DataFileError):   # a bad indicator file says so itself
            raise
        except Exception as exc:  # any sqlite failure becomes one clear message
            raise self._error(exc) from exc

    def _create_schema(self) -> None:
        """Create what is missing (only a new or older store needs the write lock).

        Two writers opening a new store at once both find tables missing; the one that loses the race
        sees "database is locked" or "table … already exists" and simply checks again, until ``timeout``.
        """
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                create_schema(self.db, self.indicator_files)
                return
            except sqlite3.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Link people across articles again if this store wrote articles (:meth:`link_people`), then close."""
        try:
            if self._people_stale:
                self.link_people()
        finally:
            self.db.close()

    def link_people(self) -> dict[str, int]:
        """Rebuild ``people``, ``positions``, ``sanctions`` and ``officials.person_id`` from every article's
        officials (:mod:`ddnews.store.people`), in one write transaction. Returns the row counts."""
        from .people import rebuild

        try:
            with self._write_lock():
                counts = rebuild(self.db)
        except OutputError:
            raise
        except Exception as exc:  # any sqlite failure becomes one clear message
            raise self._error(exc) from exc
        self._people_stale = False
        return counts

    def _error(self, exc: BaseException) -> OutputError:
        """E304 when another writer holds the lock, else E303 with SQLite's reason."""
        if _is_busy(exc):
            return StoreBusyError(Errors.E304.format(path=self.path, timeout=self.timeout), code="E304")
        return OutputError(Errors.E303.format(path=self.path, reason=exc), code="E303")

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        """One transaction holding the write lock from its start (``BEGIN IMMEDIATE``), committed at the end."""
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._error(exc) from exc
        try:
            yield
        except BaseException:
            conn.rollback()
            raise
        conn.commit()

    def write(self, records: Iterable[dict[str, Any]], errors: Iterable[dict[str, Any]] = (),
              batch_size: int = 500) -> dict[str, int]:
        """Insert new articles, replace changed ones and skip unchanged ones.

        Args:
            records: article records as ``ddnews extract`` prints them.
            errors: error rows (``{"id", "source", "error": {"stage", "code", "message"}}``).
            batch_size: articles per transaction (each article's replacement is atomic either way).

        Returns:
            Counts: ``written`` (new or changed articles), ``unchanged`` and ``errors``.

        Raises:
            OutputError: a record cannot be stored (E303).
            StoreBusyError: another writer kept the store locked for longer than ``timeout`` (E304).
        """
        written = unchanged = 0
        batch: list[dict[str, Any]] = []
        error_rows = list(errors)
        try:
            for rec in records:
                batch.append(rec)
                if len(batch) >= batch_size:
                    w, u = self._write_batch(batch)
                    written, unchanged, batch = written + w, unchanged + u, []
            if batch:
                w, u = self._write_batch(batch)
                written, unchanged = written + w, unchanged + u
            if error_rows:
                self._write_errors(error_rows)
        except OutputError:
            raise
        except Exception as exc:  # any failure of a batch becomes one clear message
            raise self._error(exc) from exc
        return {"written": written, "unchanged": unchanged, "errors": len(error_rows)}

    def _write_errors(self, errors: list[dict[str, Any]]) -> None:
        with self._write_lock():
            self.db.table("errors").upsert_all(
                [{"id": e.get("id") or e.get("source"), "source": e.get("source"),
                  **{k: (e.get("error") or {}).get(k) for k in ("stage", "code", "message")}}
                 for e in errors], pk="id")

    def _write_batch(self, batch: list[dict[str, Any]]) -> tuple[int, int]:
        by_id: dict[str, dict[str, Any]] = {}
        for rec in batch:
            aid = rec.get("id") or rec.get("content_hash")
            if not aid:
                raise OutputError(Errors.E303.format(path=self.path, reason="a record has no 'id'"), code="E303")
            by_id[str(aid)] = rec  # the last record of an id wins
        hashes = {aid: record_hash(rec, STORE_FORMAT) for aid, rec in by_id.items()}
        marks = ",".join("?" * len(by_id))
        with self._write_lock():
            old = dict(self.db.execute(f"select id, record_hash from articles where id in ({marks})", list(by_id)))
            todo = [aid for aid in by_id if old.get(aid) != hashes[aid]]
            if todo:
                self._replace([by_id[a] | {"id": a} for a in todo], [hashes[a] for a in todo],
                              [a for a in todo if a in old])
                self._people_stale = True
            self.db.execute(f"delete from errors where id in ({marks})", list(by_id))
        return len(todo), len(by_id) - len(todo)

    def _delete(self, ids: list[str]) -> set[str]:
        """Delete the facts of these articles; returns the documents they cited."""
        marks = ",".join("?" * len(ids))
        docs = {r[0] for r in self.db.execute(
            f"select distinct document_id from document_mentions where article_id in ({marks})", ids)}
        for table in ARTICLE_TABLES:
            self.db.execute(f"delete from [{table}] where article_id in ({marks})", ids)
        return docs

    def _next_ids(self) -> dict[str, int]:
        """One past the largest id of each fact table (safe: called under the write lock)."""
        return {t: (self.db.execute(f"select coalesce(max(id), 0) from [{t}]").fetchone()[0] + 1)
                for t in _ID_TABLES}

    def _replace(self, recs: list[dict[str, Any]], hashes: list[str], existing: list[str]) -> None:
        touched_docs = self._delete(existing) if existing else set()
        rows = _Rows(self._next_ids())
        for rec, rhash in zip(recs, hashes, strict=True):
            rows.add_article(rec, rhash)
        self._insert("articles", rows.articles, upsert=True)
        self._upsert_documents(list(rows.docs.values()))
        for table in ("document_mentions", *(t for t in rows.tables if t != "document_mentions")):
            self._insert(table, rows.tables[table])
        merged = self._merge_unscoped({d["base_key"] for d in rows.docs.values()})
        self._refresh_documents(touched_docs | set(rows.docs) | merged)

    def _insert(self, table: str, rows: list[dict[str, Any]], upsert: bool = False) -> None:
        """Insert rows (one executemany); unknown fields first become columns (sqlite-utils)."""
        if not rows:
            return
        cols = list(dict.fromkeys(k for r in rows for k in r))
        known = self._columns.get(table)
        if known is None or not set(cols) <= known:
            tbl = self.db.table(table)
            tbl.add_missing_columns(rows)
            known = self._columns[table] = set(tbl.columns_dict)
        names = ", ".join(f"[{c}]" for c in cols)
        sql = f"insert into [{table}] ({names}) values ({', '.join('?' * len(cols))})"
        if upsert:
            sql += " on conflict(id) do update set " + ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id")
        self.db.conn.executemany(sql, [[r.get(c) for c in cols] for r in rows])

    def _merge_unscoped(self, bases: set[str]) -> set[str]:
        """Join citations from articles of unknown province to the one scoped document they can be.

        A local document cited where the province is unknown is first stored without scope; when
        exactly one scoped document has the same kind, number and symbol (and the same date, or no
        conflicting date), its citations move there. Returns the document ids affected.
        """
        touched: set[str] = set()
        for base in bases:
            rows = self.db.execute("select id, scope, date from documents where base_key = ?", [base]).fetchall()
            scoped = [(i, d) for i, sc, d in rows if sc is not None]
            for uid, scope, date in rows:
                if scope is not None or not scoped:
                    continue
                same = [i for i, d in scoped if date and d == date]
                fits = [i for i, d in scoped if not (date and d and d != date)]
                target = same[0] if len(same) == 1 else fits[0] if len(fits) == 1 else None
                if target:
                    self.db.execute("update document_mentions set document_id = ? where document_id = ?",
                                    [target, uid])
                    self.db.execute("update documents set date = coalesce(date, ?) where id = ?", [date, target])
                    touched |= {uid, target}
        return touched

    def _upsert_documents(self, docs: list[dict[str, Any]]) -> None:
        """Insert new documents; fill a known document's missing date, issuer or subject."""
        for d in docs:
            self.db.execute(
                "insert into documents (id, label, label_folded, kind, number, symbol, scope, base_key, date, issuer,"
                " subject, n_articles) values (?,?,?,?,?,?,?,?,?,?,?,0) on conflict(id) do update set"
                " date = coalesce(documents.date, excluded.date), issuer = coalesce(documents.issuer, excluded.issuer),"
                " subject = coalesce(documents.subject, excluded.subject)",
                [d["id"], d["label"], d["label_folded"], d["kind"], d["number"], d["symbol"], d["scope"],
                 d["base_key"], d.get("date"), d.get("issuer"), d.get("subject")])

    def _refresh_documents(self, ids: set[str]) -> None:
        """Recount the citing articles of these documents and drop those no article cites any more."""
        for did in ids:
            n = self.db.execute("select count(distinct article_id) from document_mentions where document_id = ?",
                                [did]).fetchone()[0]
            if n:
                self.db.execute("update documents set n_articles = ? where id = ?", [n, did])
            else:
                self.db.execute("delete from documents where id = ?", [did])
