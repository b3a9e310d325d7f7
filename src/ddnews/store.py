"""The embedded fact store: records → an SQLite file through sqlite-utils, one row per fact.

Re-running on the same records changes nothing (each article keeps a hash of its whole record, so an
unchanged article is skipped while a re-extracted one with better facts is refreshed); a changed
article has its old facts replaced inside one transaction; the file is in WAL mode so a browser
(``ddnews serve``) can read while a run writes. The schema lives in :mod:`ddnews.store_schema`.

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

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils

from .errors import Errors, OutputError
from .store_schema import ARTICLE_TABLES, KIND_TABLES, TABLES, create_schema
from .text.normalize import strip_marks

# Fact fields that are not stored as columns (kept in the record; counted or re-derived here).
_DROP = {"mentions", "mention_evidence", "title_spans", "titles_expanded", "line", "compiled"}
# Symbols of central bodies: their documents are national, not scoped by the citing article's province.
_CENTRAL = {"TW", "BCT", "BBT", "QH", "UBTVQH", "CP", "TTG", "BCHTW", "BTC", "BNV", "BTCTW", "BKT", "BTGTW",
            "BDVTW", "UBKTTW", "VPTW", "HDND"}  # HDND alone is ambiguous: treated as local below
_CENTRAL.discard("HDND")


class _FoldTable(dict):
    """``str.translate`` table that folds each character once (``strip_marks``), then caches it."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = strip_marks(chr(code))
        return folded


_FOLD = _FoldTable()


def fold_text(text: str) -> str:
    """``strip_marks`` for long texts (same result on NFC text, much faster).

    >>> fold_text("Tỉnh uỷ Đảng") == strip_marks("Tỉnh uỷ Đảng")
    True
    """
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def fold(text: str | None) -> str | None:
    """Search/grouping key: diacritics removed, đ→d, lower case, single spaces.

    >>> fold("Thôn,  Bản chưa có Đảng viên")
    'thon, ban chua co dang vien'
    """
    if text is None:
        return None
    return " ".join(fold_text(str(text)).lower().split())


def _jsonish(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def _year(date: str | None) -> int | None:
    return int(date[:4]) if isinstance(date, str) and date[:4].isdigit() else None


def document_key(doc: dict[str, Any], province: str | None = None) -> tuple[str, str, str | None, str]:
    """The id, display label, scope and unscoped key of a distinct document.

    Kind, number (leading zeros dropped) and symbol (folded, upper case) identify a document; a local
    body's document ("…/TU", "…/UBND") is further scoped by the citing article's province, so two
    provinces' "Nghị quyết số 09-NQ/TU" stay apart while every article of one province shares a row.
    A document without a symbol is keyed by its issuer instead. The unscoped key lets a citation from
    an article of unknown province join the one scoped document it can be (see ``Store``).

    >>> document_key({"kind": "Nghị quyết", "number": "09", "symbol": "NQ/TU"}, "X")[1:3]
    ('Nghị quyết số 09-NQ/TU', 'X')
    >>> document_key({"kind": "Nghị quyết", "number": "9", "symbol": "nq/tu"}, "X")[0] == \\
    ...     document_key({"kind": "Nghị quyết", "number": "09", "symbol": "NQ/TU"}, "X")[0]
    True
    """
    kind = doc.get("kind") or ""
    number = (doc.get("number") or "").strip()
    symbol = re.sub(r"\s+", "", doc.get("symbol") or "")
    sym_key = re.sub(r"[^A-Z0-9/]", "", strip_marks(symbol).upper())
    body = sym_key.rsplit("/", 1)[-1] if "/" in sym_key else ""
    scope = province if (body and body not in _CENTRAL) else None
    parts = [fold(kind) or "", number.lstrip("0") or number, sym_key]
    if not sym_key:
        parts.append(fold(doc.get("issuer")) or "")
    label = " ".join(p for p in (kind, f"số {number}" if number else "") if p)
    if symbol:
        label = f"{label}-{symbol}" if number else f"{label} {symbol}".strip()
    base = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]
    key = hashlib.sha1("|".join([*parts, fold(scope) or ""]).encode("utf-8")).hexdigest()[:16]
    return key, label or (doc.get("evidence") or key), scope, base


def record_hash(rec: dict[str, Any]) -> str:
    """Hash of a whole record (text and facts): equal hashes mean nothing to rewrite."""
    blob = json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def _fact_label(kind: str, f: dict[str, Any], doc_label: str | None = None) -> str | None:
    if kind == "documents":
        return doc_label
    if kind == "claims":
        v = f.get("value")
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return " ".join(str(x) for x in (v, f.get("unit"), f.get("qualifier")) if x not in (None, ""))
    return f.get("name") or f.get("text") or f.get("value")


class Store:
    """An SQLite fact store (``ddnews extract … --db facts.db``).

    Args:
        path: the database file (created with its schema when missing).

    Raises:
        OutputError: the file cannot be opened or is not an SQLite database.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.enable_wal()
            self.db.execute("pragma foreign_keys = on")
            self.db.execute("pragma synchronous = normal")  # safe with WAL; commits stay atomic
            create_schema(self.db)
            self._columns: dict[str, set[str]] = {}
        except Exception as exc:  # noqa: BLE001 - any sqlite failure becomes one clear message
            raise OutputError(Errors.E303.format(path=path, reason=exc), code="E303") from exc

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def write(self, records: Iterable[dict[str, Any]], errors: Iterable[dict[str, Any]] = (),
              batch_size: int = 500) -> dict[str, int]:
        """Insert new articles, replace changed ones and skip unchanged ones.

        Args:
            records: article records as ``ddnews extract`` prints them.
            errors: error rows (``{"id", "source", "error": {"stage", "code", "message"}}``).
            batch_size: articles per transaction (each article's replacement is atomic either way).

        Returns:
            Counts: ``written`` (new or changed articles), ``unchanged`` and ``errors``.
        """
        written = unchanged = 0
        batch: list[dict[str, Any]] = []
        try:
            for rec in records:
                batch.append(rec)
                if len(batch) >= batch_size:
                    w, u = self._write_batch(batch)
                    written, unchanged, batch = written + w, unchanged + u, []
            if batch:
                w, u = self._write_batch(batch)
                written, unchanged = written + w, unchanged + u
            errors = list(errors)
            if errors:
                with self.db.atomic():
                    self.db["errors"].upsert_all(
                        [{"id": e.get("id") or e.get("source"), "source": e.get("source"),
                          **{k: (e.get("error") or {}).get(k) for k in ("stage", "code", "message")}}
                         for e in errors], pk="id")
        except OutputError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise OutputError(Errors.E303.format(path=self.path, reason=exc), code="E303") from exc
        return {"written": written, "unchanged": unchanged, "errors": len(errors)}

    def _write_batch(self, batch: list[dict[str, Any]]) -> tuple[int, int]:
        db = self.db
        by_id: dict[str, dict[str, Any]] = {}
        for rec in batch:
            aid = rec.get("id") or rec.get("content_hash")
            if not aid:
                raise OutputError(Errors.E303.format(path=self.path, reason="a record has no 'id'"), code="E303")
            by_id[str(aid)] = rec  # the last record of an id wins
        hashes = {aid: record_hash(rec) for aid, rec in by_id.items()}
        with db.atomic():
            marks = ",".join("?" * len(by_id))
            old = dict(db.execute(f"select id, record_hash from articles where id in ({marks})", list(by_id)))
            todo = [aid for aid in by_id if old.get(aid) != hashes[aid]]
            if todo:
                self._replace([by_id[a] | {"id": a} for a in todo], [hashes[a] for a in todo],
                              [a for a in todo if a in old])
            db.execute(f"delete from errors where id in ({marks})", list(by_id))
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
        return {t: (self.db.execute(f"select coalesce(max(id), 0) from [{t}]").fetchone()[0] + 1)
                for t in (*KIND_TABLES.values(), "official_titles", "facts")}

    def _replace(self, recs: list[dict[str, Any]], hashes: list[str], existing: list[str]) -> None:
        touched_docs = self._delete(existing) if existing else set()
        next_id = self._next_ids()
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in (*KIND_TABLES.values(), "official_titles", "facts")}
        docs: dict[str, dict[str, Any]] = {}
        articles = []

        def take(table: str) -> int:
            i = next_id[table]
            next_id[table] += 1
            return i

        for rec, rhash in zip(recs, hashes):
            aid, province, published = rec["id"], rec.get("province"), rec.get("published")
            text, title = rec.get("text"), rec.get("title")
            n_facts = 0
            for kind, table in KIND_TABLES.items():
                for f in rec.get(kind) or []:
                    rid = take(table)
                    row = self._fact_row(kind, f, aid, rid, province, published)
                    doc_label = None
                    if kind == "documents":
                        did, doc_label, scope, base = document_key(f, province)
                        row["document_id"] = did
                        d = docs.setdefault(did, {"id": did, "label": doc_label, "label_folded": fold(doc_label),
                                                  "kind": f.get("kind"), "number": f.get("number"),
                                                  "symbol": f.get("symbol"), "scope": scope, "base_key": base})
                        for k in ("date", "issuer", "subject"):
                            d[k] = d.get(k) or f.get(k)
                    if kind == "officials":
                        expanded = f.get("titles_expanded") or []
                        for pos, t in enumerate(f.get("titles") or []):
                            rows["official_titles"].append({
                                "id": take("official_titles"), "official_id": rid, "article_id": aid,
                                "position": pos, "title": t, "title_folded": fold(t),
                                "expanded": expanded[pos] if pos < len(expanded) else None})
                    rows[table].append(row)
                    if isinstance(f.get("start"), int):
                        n_facts += 1
                        rows["facts"].append({
                            "id": take("facts"), "article_id": aid, "kind": kind, "ref_id": rid,
                            "label": _fact_label(kind, f, doc_label), "start": f["start"], "end": f.get("end"),
                            "evidence": f.get("evidence"), "evidence_folded": fold(f.get("evidence"))})
            articles.append({
                "id": aid, "source": rec.get("source"), "url": rec.get("url"), "title": title,
                "published": published, "year": _year(published), "published_from": rec.get("published_from"),
                "province": province, "content_hash": rec.get("content_hash"), "record_hash": rhash,
                "n_chars": rec.get("n_chars", len(text or "")), "n_facts": n_facts, "text": text,
                "title_folded": fold(title), "text_folded": fold_text(text) if text else None})
        self._insert("articles", articles, upsert=True)
        self._upsert_documents(list(docs.values()))
        for table in ("document_mentions", *(t for t in rows if t != "document_mentions")):
            self._insert(table, rows[table])
        merged = self._merge_unscoped({d["base_key"] for d in docs.values()})
        self._refresh_documents(touched_docs | set(docs) | merged)

    def _insert(self, table: str, rows: list[dict[str, Any]], upsert: bool = False) -> None:
        """Insert rows (one executemany); unknown fields first become columns (sqlite-utils)."""
        if not rows:
            return
        cols = list(dict.fromkeys(k for r in rows for k in r))
        known = self._columns.get(table)
        if known is None or not set(cols) <= known:
            self.db[table].add_missing_columns(rows)
            known = self._columns[table] = set(self.db[table].columns_dict)
        names = ", ".join(f"[{c}]" for c in cols)
        sql = f"insert into [{table}] ({names}) values ({', '.join('?' * len(cols))})"
        if upsert:
            sql += " on conflict(id) do update set " + ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id")
        self.db.conn.executemany(sql, [[r.get(c) for c in cols] for r in rows])

    @staticmethod
    def _fact_row(kind: str, f: dict[str, Any], aid: str, rid: int, province: str | None,
                  published: str | None) -> dict[str, Any]:
        table = KIND_TABLES[kind]
        cols = TABLES[table].columns
        row: dict[str, Any] = {c: None for c in cols}
        row.update(id=rid, article_id=aid)
        for k, v in f.items():
            if k in _DROP or k in ("id", "article_id"):
                continue
            if kind == "documents" and k in ("kind", "number", "symbol"):
                continue
            if k == "titles" and isinstance(v, list):
                v = "; ".join(map(str, v))
            if k in cols or TABLES[table].extra:
                row[k] = _jsonish(v)
        if "n_mentions" in cols:
            row["n_mentions"] = len(f.get("mentions") or []) or (1 if "start" in f else None)
        if kind == "dates":
            row["year"] = _year(f.get("value"))
        elif kind == "officials":
            row["name_key"] = fold(f.get("name"))
        elif kind == "organizations":
            row["text_folded"] = fold(f.get("text"))
        elif kind == "claims":
            row.update(unit_key=fold(f.get("unit")), qualifier_key=fold(f.get("qualifier")) or "",
                       place=f.get("place") or province, province=province, published=published,
                       year=_year(published))
        return row

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
