"""Querying a fact store: accent-insensitive full-text search, claim series, counts per fact kind.

Every query is folded (diacritics removed, đ→d) and matched against the folded columns of the FTS5
indexes, so "dang vien", "đảng viên" and "Đảng viên" give the same results.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OutputError
from .keys import fold_for_search

FACT_KINDS = ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims")


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: every word of ``query`` folded and quoted (all must occur).

    >>> fts_query('Đảng viên "09-NQ/TU"')
    '"dang" "vien" "09" "nq" "tu"'
    """
    terms = re.findall(r"\w+", fold_for_search(query) or "")
    return " ".join(f'"{t}"' for t in terms)


def connect(path: str | Path) -> sqlite3.Connection:
    """Open an existing store read-only (rows as dicts).

    Raises:
        OutputError: the file does not exist or is not a ddnews store.
    """
    p = Path(path)
    if not p.is_file():
        raise OutputError(f"Could not open {path}: no such file. Create it with "
                          "`ddnews extract corpus/ --db facts.db`.", code="E303")
    conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    conn.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row, strict=True)}
    try:
        conn.execute("select id from articles limit 1").fetchall()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise OutputError(f"Could not open {path}: not a ddnews fact store ({exc}). Create one with "
                          "`ddnews extract corpus/ --db facts.db`.", code="E303") from exc
    return conn


def _conn(db: str | Path | sqlite3.Connection) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else connect(db)


RANK_LIMIT = 2000  # rank by bm25 when at most this many articles match; beyond, newest stored first


def _order(conn: sqlite3.Connection, fts: str, match: str) -> str:
    """ORDER BY for a match: bm25 when at most ``RANK_LIMIT`` rows match, else newest stored first."""
    n = len(conn.execute(f"select rowid from {fts} where {fts} match ? limit ?", [match, RANK_LIMIT + 1]).fetchall())
    return f"{fts}.rank" if n <= RANK_LIMIT else f"{fts}.rowid desc"


def search(db: str | Path | sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching every word of ``query`` (diacritics ignored), best first.

    Up to ``RANK_LIMIT`` matches are ordered by bm25 relevance; a query matching more articles (a
    common word) returns the most recently stored matches instead, which keeps every query fast on
    large stores (ranking 100,000 matches would take a few hundred milliseconds).

    Returns:
        Dicts with ``id``, ``title``, ``label`` (title, else first line), ``url``, ``published``, ``province``,
        ``rank`` and ``text``.
    """
    match = fts_query(query)
    if not match:
        return []
    conn = _conn(db)
    order = _order(conn, "articles_fts", match)
    return [dict(r) for r in conn.execute(
        "select a.id, a.title, a.label, a.url, a.published, a.province, articles_fts.rank as rank, a.text "
        "from articles_fts join articles a on a.rowid = articles_fts.rowid "
        f"where articles_fts match ? order by {order} limit ?", [match, limit])]


def search_facts(db: str | Path | sqlite3.Connection, query: str, limit: int = 50,
                 kind: str | None = None) -> list[dict[str, Any]]:
    """Facts whose evidence matches every word of ``query`` (diacritics ignored), best first.

    Ordered like :func:`search`: by bm25 up to ``RANK_LIMIT`` matches, else newest stored first.
    """
    match = fts_query(query)
    if not match:
        return []
    conn = _conn(db)
    order = _order(conn, "facts_fts", match)
    sql = ("select f.id, f.article_id, f.kind, f.ref_id, f.label, f.evidence, a.title, a.label as article_label, "
           "a.published "
           "from facts_fts join facts f on f.rowid = facts_fts.rowid join articles a on a.id = f.article_id "
           "where facts_fts match ?" + (" and f.kind = ?" if kind else "") + f" order by {order} limit ?")
    return [dict(r) for r in conn.execute(sql, [match, *([kind] if kind else []), limit])]


def claim_series(db: str | Path | sqlite3.Connection, unit: str, qualifier: str | None = None,
                 place: str | None = None) -> list[dict[str, Any]]:
    """Claims of one unit (optionally one qualifier and place) ordered by publication date.

    Series are keyed by (unit, qualifier, place), all folded, so spelling variants of one unit join.
    """
    conn = _conn(db)
    sql = "select * from claim_series where unit_key = ?"
    args: list[Any] = [fold_for_search(unit)]
    if qualifier is not None:
        sql += " and qualifier_key = ?"
        args.append(fold_for_search(qualifier) or "")
    rows = [dict(r) for r in conn.execute(sql + " order by qualifier_key, place, published", args)]
    if place:
        rows = [r for r in rows if fold_for_search(r["place"]) == fold_for_search(place)]
    return rows


@dataclass
class Series:
    """One claim series: the claims of one (qualifier, place) of a unit, by publication date."""

    qualifier_key: str
    place: str
    label: str
    rows: list[dict[str, Any]] = field(default_factory=list)


def series_title(unit: str, qualifier: str | None = None, place: str | None = None) -> str:
    """A heading for a series: unit · qualifier · place ("no qualifier" for '').

    >>> series_title("đảng viên", ""), series_title("thôn, bản", "chưa có đảng viên", "Yên Bái")
    ('đảng viên · no qualifier', 'thôn, bản · chưa có đảng viên · Yên Bái')
    """
    parts = [unit] + (["no qualifier" if qualifier == "" else qualifier] if qualifier is not None else [])
    return " · ".join(parts + ([place] if place else []))


def group_series(rows: list[dict[str, Any]], max_series: int = 10) -> tuple[list[Series], list[Series]]:
    """Rows of :func:`claim_series` as series, largest first: the ``max_series`` drawn and the others.

    A series is one (qualifier, place); its label shows the qualifier as a claim wrote it.
    """
    by_key: dict[tuple[str, str], Series] = {}
    for r in rows:
        key = (r.get("qualifier_key") or "", r.get("place") or "")
        s = by_key.get(key)
        if s is None:
            s = by_key[key] = Series(key[0], key[1], "")
        s.rows.append(r)
    for s in by_key.values():
        shown = next((r.get("qualifier") for r in s.rows if r.get("qualifier")), None)
        s.label = " · ".join([s.place or "(no province)", shown or "no qualifier"])
        s.rows.sort(key=lambda r: (r.get("published") or "", r.get("claim_id") or 0))
    ordered = sorted(by_key.values(), key=lambda s: (-len(s.rows), s.label))
    return ordered[:max_series], ordered[max_series:]


def top_series(db: str | Path | sqlite3.Connection, limit: int = 30) -> list[dict[str, Any]]:
    """The (unit, qualifier) pairs with the most claims."""
    conn = _conn(db)
    return [dict(r) for r in conn.execute(
        "select unit_key, qualifier_key, min(unit) as unit, min(qualifier) as qualifier, count(*) as n, "
        "count(distinct place) as n_places from claims where unit_key is not null "
        "group by unit_key, qualifier_key order by n desc limit ?", [limit])]


def qualifiers(db: str | Path | sqlite3.Connection, unit: str) -> list[dict[str, Any]]:
    """The qualifiers of one unit's claims, most frequent first ("" for the claims without one)."""
    conn = _conn(db)
    return [dict(r) for r in conn.execute(
        "select qualifier_key, min(qualifier) as qualifier, count(*) as n from claims where unit_key = ? "
        "group by qualifier_key order by n desc, qualifier_key", [fold_for_search(unit)])]


def counts(db: str | Path | sqlite3.Connection) -> dict[str, int]:
    """Rows per table: articles, each fact kind, distinct documents and errors."""
    conn = _conn(db)
    tables = {"articles": "articles", "documents (distinct)": "documents", **{k: k for k in FACT_KINDS[1:]},
              "document citations": "document_mentions", "official titles": "official_titles", "errors": "errors"}
    return {label: conn.execute(f"select count(*) as n from [{t}]").fetchone()["n"] for label, t in tables.items()}


def examples(db: str | Path | sqlite3.Connection, per_kind: int = 2) -> list[dict[str, Any]]:
    """A few facts of each kind (kind, label, evidence, article id)."""
    conn = _conn(db)
    out: list[dict[str, Any]] = []
    for kind in FACT_KINDS:
        out += [dict(r) for r in conn.execute(
            "select kind, label, evidence, article_id from facts where kind = ? order by id limit ?",
            [kind, per_kind])]
    return out
