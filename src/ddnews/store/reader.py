"""Reading a fact store back into the DataFrames of ``ddnews.extract``: ``ddnews.read("facts.db")``.

Every table comes back in the schema of :data:`ddnews.frames.SCHEMA` (the store's own helper columns,
such as folded keys, are left out), articles in the order they were first stored and each article's
facts in the order they were extracted, so a store read back equals the result that filled it.
Filters select articles (by province, publication year, cited document, id) and fact kinds.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..frames import JSON_TYPES, RECORD_KINDS, SCHEMA, ExtractResult, article_row, typed_frame
from .keys import fold_for_search
from .query import connect
from .schema import KIND_TABLES

if TYPE_CHECKING:
    import pandas as pd


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r["name"] for r in conn.execute(f"pragma table_info([{table}])")}


def _decode(row: dict[str, Any], table: str) -> dict[str, Any]:
    types = SCHEMA[table]
    for c, t in types.items():
        v = row.get(c)
        if t in JSON_TYPES and isinstance(v, str):
            row[c] = json.loads(v)
    return row


def article_filter(province: str | None = None, year: int | None = None, document: str | None = None,
                   articles: Iterable[str] | None = None) -> tuple[str, list[Any]]:
    """A SQL condition on ``articles`` (alias ``a``) and its arguments.

    ``province`` ignores diacritics and case; ``document`` matches a cited document as written
    ("Nghị quyết số 09-NQ/TU", "09-NQ/TU"; diacritics and spaces ignored).
    """
    where: list[str] = ["1"]
    args: list[Any] = []
    if province:
        where.append("ddnews_fold(a.province) = ?")
        args.append(fold_for_search(province))
    if year is not None:
        where.append("a.year = ?")
        args.append(int(year))
    if document:
        where.append("a.id in (select m.article_id from document_mentions m join documents d on d.id = m.document_id"
                     " where replace(d.label_folded, ' ', '') like ?)")
        args.append("%" + (fold_for_search(document) or "").replace(" ", "") + "%")
    if articles is not None:
        ids = list(articles)
        where.append(f"a.id in ({','.join('?' * len(ids))})" if ids else "0")
        args += ids
    return " and ".join(where), args


def read_store(path: str | Path, *, kinds: Iterable[str] | None = None, province: str | None = None,
               year: int | None = None, document: str | None = None,
               articles: Iterable[str] | None = None) -> ExtractResult:
    """The store's articles, facts and errors as an :class:`~ddnews.frames.ExtractResult`.

    Args:
        path: a fact store written by ``ddnews extract --db`` or :class:`ddnews.Store`.
        kinds: fact kinds to read (default: all); the others come back empty.
        province, year, document, articles: keep only the matching articles (and their facts);
            errors are read only when no article filter is given.

    Raises:
        OutputError: the file does not exist or is not a ddnews store.
    """
    conn = connect(path)
    conn.create_function("ddnews_fold", 1, fold_for_search, deterministic=True)
    try:
        return _read(conn, set(kinds) if kinds is not None else set(RECORD_KINDS), province, year, document,
                     articles)
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, kinds: set[str], province: str | None, year: int | None,
          document: str | None, articles: Iterable[str] | None) -> ExtractResult:
    unknown = kinds - set(RECORD_KINDS)
    if unknown:
        raise ValueError(f"unknown fact kind(s) {', '.join(sorted(unknown))}; kinds: {', '.join(RECORD_KINDS)}")
    cond, args = article_filter(province, year, document, articles)
    have = _columns(conn, "articles")
    cols = [c for c in SCHEMA["articles"] if c in have]
    arts = [dict(r) for r in conn.execute(
        f"select {', '.join(f'a.[{c}]' for c in cols)} from articles a where {cond} order by a.rowid", args)]
    order = {a["id"]: i for i, a in enumerate(arts)}
    tables: dict[str, pd.DataFrame] = {}
    counts: dict[str, dict[str, int]] = {}
    for kind in RECORD_KINDS:
        rows = _fact_rows(conn, kind, cond, args) if kind in kinds else []
        rows.sort(key=lambda r: (order.get(r["article_id"], len(order)), r.pop("_id")))
        tables[kind] = typed_frame(rows, kind)
        counts[kind] = {r["article_id"]: r["n"] for r in conn.execute(
            f"select article_id, count(*) as n from [{KIND_TABLES[kind]}] group by article_id")}
    art_rows = []
    for a in arts:
        row = article_row({})
        row.update(a)
        for kind in RECORD_KINDS:
            row[f"{kind}_count"] = counts[kind].get(a["id"], 0)
        art_rows.append(row)
    tables["articles"] = typed_frame(art_rows, "articles")
    errors = [] if (cond != "1") else [dict(r) for r in conn.execute(
        "select id, source, stage, code, message from errors order by rowid")]
    tables["errors"] = typed_frame(errors, "errors")
    return ExtractResult.from_tables(tables)


def _fact_rows(conn: sqlite3.Connection, kind: str, cond: str, args: list[Any]) -> list[dict[str, Any]]:
    """Rows of one kind in the frame's columns (JSON decoded), with the store's row id as ``_id``."""
    table = KIND_TABLES[kind]
    have = _columns(conn, table)
    select = []
    for c in SCHEMA[kind]:
        if kind == "documents" and c in ("kind", "number", "symbol"):
            # stores written before the citation kept its own kind/number/symbol: the document's
            select.append(f"coalesce(f.[{c}], d.[{c}]) as [{c}]" if c in have else f"d.[{c}] as [{c}]")
        elif c in have:
            select.append(f"f.[{c}]")
    join = " join documents d on d.id = f.document_id" if kind == "documents" else ""
    sql = (f"select f.id as _id, {', '.join(select)} from [{table}] f{join} join articles a on a.id = f.article_id "
           f"where {cond}")
    return [_decode(dict(r), kind) for r in conn.execute(sql, args)]
