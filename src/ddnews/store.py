"""The embedded fact store: SQLite through sqlite-utils, one row per fact, linked to its article.

Re-running on the same articles changes nothing (content hash); a changed article replaces its old
facts in one transaction; WAL mode lets a browser read while a run writes.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import Errors, OutputError

FACT_TABLES = ("documents_cited", "named_documents", "dates", "claims", "officials", "organizations", "locations")


def _jsonish(v):
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def document_key(doc: dict[str, Any]) -> str:
    """Stable id of a distinct document: kind, number, symbol (and issuer when there is no symbol)."""
    parts = [doc.get("kind") or "", (doc.get("number") or "").lstrip("0"), (doc.get("symbol") or "").upper()]
    if not doc.get("symbol"):
        parts.append((doc.get("issuer") or "").lower())
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


class Store:
    """Write extraction records into an SQLite file (``ddnews extract … --db facts.db``)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.enable_wal()
        except Exception as exc:  # noqa: BLE001
            raise OutputError(Errors.E303.format(path=path, reason=exc), code="E303") from exc
        self._schema()

    def _schema(self) -> None:
        db = self.db
        if "articles" not in db.table_names():
            db["articles"].create({"id": str, "source": str, "url": str, "title": str, "published": str,
                                   "published_from": str, "province": str, "content_hash": str, "n_chars": int,
                                   "text": str}, pk="id")
        if "documents" not in db.table_names():
            db["documents"].create({"id": str, "kind": str, "number": str, "symbol": str, "date": str,
                                    "issuer": str, "subject": str}, pk="id")
            db["documents"].create_index(["kind", "number", "symbol"])
        fk = [("article_id", "articles", "id")]
        specs = {
            "document_mentions": {"article_id": str, "document_id": str, "start": int, "end": int, "evidence": str,
                                  "n_mentions": int, "date": str, "issuer": str, "subject": str},
            "named_documents": {"article_id": str, "text": str, "start": int, "end": int, "evidence": str},
            "dates": {"article_id": str, "value": str, "start": int, "end": int, "evidence": str, "year_from": str,
                      "mentions": str},
            "claims": {"article_id": str, "value": float, "value_max": float, "denominator": float,
                       "from_value": float, "unit": str, "qualifier": str, "change": str, "modality": str,
                       "comparator": str, "subject": str, "start": int, "end": int, "evidence": str},
            "officials": {"article_id": str, "name": str, "titles": str, "start": int, "end": int, "evidence": str,
                          "mentions": str},
            "official_titles": {"article_id": str, "official": str, "position": int, "title": str,
                                "expanded": str},
            "organizations": {"article_id": str, "text": str, "level": str, "place": str, "start": int,
                              "end": int, "evidence": str},
            "locations": {"article_id": str, "text": str, "level": str, "name": str, "parent": str, "code": str,
                          "latitude": float, "longitude": float, "province": str, "start": int, "end": int,
                          "evidence": str},
        }
        for name, cols in specs.items():
            if name not in db.table_names():
                extra = [("document_id", "documents", "id")] if name == "document_mentions" else []
                db[name].create(cols, foreign_keys=fk + extra)
                db[name].create_index(["article_id"])
        if "errors" not in db.table_names():
            db["errors"].create({"id": str, "source": str, "stage": str, "code": str, "message": str})
        db["claims"].create_index(["unit"], if_not_exists=True)
        db["dates"].create_index(["value"], if_not_exists=True)

    def write(self, records: list[dict[str, Any]], errors: list[dict[str, Any]] = ()) -> dict[str, int]:
        """Insert or replace the given article records; returns counts of written/unchanged articles."""
        written = unchanged = 0
        db = self.db
        for rec in records:
            old = db.execute("select content_hash from articles where id = ?", [rec["id"]]).fetchone()
            if old and old[0] == rec.get("content_hash"):
                unchanged += 1
                continue
            with db.conn:
                self._replace(rec)
            written += 1
        if errors:
            with db.conn:
                db["errors"].insert_all([{"id": e.get("id"), "source": e.get("source"), **e["error"]} for e in errors])
        return {"written": written, "unchanged": unchanged, "errors": len(errors)}

    def _replace(self, rec: dict[str, Any]) -> None:
        db, aid = self.db, rec["id"]
        for t in ("document_mentions", "named_documents", "dates", "claims", "officials", "official_titles",
                  "organizations", "locations"):
            db.execute(f"delete from [{t}] where article_id = ?", [aid])
        db["articles"].upsert({k: rec.get(k) for k in ("id", "source", "url", "title", "published", "published_from",
                                                      "province", "content_hash", "n_chars", "text")}, pk="id")
        for d in rec.get("documents") or []:
            did = document_key(d)
            db["documents"].upsert({"id": did, **{k: d.get(k) for k in ("kind", "number", "symbol")}}, pk="id")
            db.execute("update documents set date = coalesce(date, ?), issuer = coalesce(issuer, ?), "
                       "subject = coalesce(subject, ?) where id = ?", [d.get("date"), d.get("issuer"), d.get("subject"), did])
            db["document_mentions"].insert({"article_id": aid, "document_id": did, "start": d.get("start"),
                                            "end": d.get("end"), "evidence": d.get("evidence"),
                                            "n_mentions": len(d.get("mentions") or []), "date": d.get("date"),
                                            "issuer": d.get("issuer"), "subject": d.get("subject")})
        simple = {"named_documents": ("text",), "dates": ("value", "year_from", "mentions"),
                  "claims": ("value", "value_max", "denominator", "from_value", "unit", "qualifier", "change",
                             "modality", "comparator", "subject"),
                  "organizations": ("text", "level", "place"),
                  "locations": ("text", "level", "name", "parent", "code", "latitude", "longitude", "province"),
                  "officials": ("name", "titles", "mentions")}
        for table, cols in simple.items():
            rows = [{"article_id": aid, **{c: _jsonish(f.get(c)) for c in cols},
                     "start": f.get("start"), "end": f.get("end"), "evidence": f.get("evidence")}
                    for f in rec.get(table) or []]
            if rows:
                db[table].insert_all(rows, alter=True)
        titles = [{"article_id": aid, "official": o.get("name"), "position": i, "title": t,
                   "expanded": (o.get("titles_expanded") or [None] * (i + 1))[i] if i < len(o.get("titles_expanded") or []) else None}
                  for o in rec.get("officials") or [] for i, t in enumerate(o.get("titles") or [])]
        if titles:
            db["official_titles"].insert_all(titles)
