"""The panel: indicator × place × period → value, read from a fact store (``ddnews.panel``, ``ddnews panel``).

Every claim carries its period, place and indicator (the ``ddnews_claim_link`` stage); the store's ``panel``
view groups them into cells.  A cell that two articles report with different values keeps one row per value,
each flagged ``conflict``; ``claim_ids`` and ``article_ids`` say where every number comes from.

With ``indicators=[file, …]`` the claims are mapped again with those rules first (the packaged ones after),
from the stored unit, qualifier, change and the words around each claim in its article, without extracting
anything again.

>>> import tempfile, os, ddnews
>>> db = os.path.join(tempfile.mkdtemp(), "facts.db")
>>> _ = ddnews.Store(db).write(ddnews.iter_records(["Năm 2023, Đảng bộ huyện Mường Tè kết nạp 52 đảng viên mới."]))
>>> df = panel(db)
>>> df[["indicator", "place", "period_start", "period_end", "value"]].values.tolist()
[['members_admitted', 'huyện Mường Tè', '2023-01-01', '2023-12-31', 52.0]]
"""
from __future__ import annotations

import sqlite3
import sys
import types
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .link.indicators import IndicatorTable, claim_contexts
from .store.keys import fold_for_search
from .store.schema import panel_sql
from .text.normalize import fold
from .text.sentences import sentences

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "indicator_summary", "panel", "remap_indicators"]

#: The panel's columns, in order, with their pandas dtypes.
COLUMNS = {"indicator": "string", "indicator_label": "string", "indicator_label_en": "string", "unit_kind": "string",
           "place_code": "string", "place": "string", "place_level": "string", "province": "string",
           "period_start": "string", "period_end": "string", "year": "Int64", "modality": "string",
           "value": "Float64", "value_max": "Float64", "unit": "string", "n_claims": "Int64", "n_articles": "Int64",
           "conflict": "boolean", "claim_ids": "object", "article_ids": "object", "first_published": "string",
           "last_published": "string"}


def _connect(db: str | Path) -> sqlite3.Connection:
    path = Path(db)
    if not path.is_file():
        raise FileNotFoundError(f"no fact store at {path}")
    return sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)


def remap_indicators(conn: sqlite3.Connection, table: IndicatorTable) -> dict[int, str | None]:
    """The indicator of every stored claim under ``table``: its unit, qualifier and change, and the words
    around it in its article (the same context as at extraction, read from the stored text)."""
    out: dict[int, str | None] = {}
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute("select id, article_id, unit, qualifier, change, number_start, start, [end] from claims"):
        cid, aid, unit, qual, change, nstart, start, end = row
        by_article.setdefault(aid, []).append({"id": cid, "unit": unit, "qualifier": qual, "change": change,
                                               "number_start": nstart, "start": start, "end": end})
    for aid, claims in by_article.items():
        (text,) = conn.execute("select coalesce(text, '') from articles where id = ?", [aid]).fetchone() or ("",)
        contexts = claim_contexts(text, fold(text), claims, sentences(text))
        for claim, ctx in zip(claims, contexts, strict=True):
            out[claim["id"]] = table.match(claim, ctx)
    return out


def _user_tables(conn: sqlite3.Connection, files: Sequence[str | Path]) -> str:
    """Temporary copies of the claims (indicators mapped again) and of the indicators; returns the claims'."""
    table = IndicatorTable.load(extra=files)
    mapped = remap_indicators(conn, table)
    conn.execute("create temp table claims_user as select * from main.claims")
    conn.executemany("update temp.claims_user set indicator = ? where id = ?", [(v, k) for k, v in mapped.items()])
    conn.execute("create temp table indicators (id text primary key, label_vi text, label_en text, unit_kind text)")
    conn.executemany("insert into temp.indicators values (:id, :label_vi, :label_en, :unit_kind)", table.frame_rows())
    return "claims_user"


def _place_match(df: pd.DataFrame, place: str) -> pd.Series:
    """Rows whose place code is ``place``, whose place name holds it or whose province is it (diacritics
    optional)."""
    want = fold_for_search(place) or ""
    names, provinces = (df[c].fillna("").map(lambda v: fold_for_search(str(v)) or "") for c in ("place", "province"))
    return (df["place_code"].fillna("") == place.strip()) | names.str.contains(want, regex=False) | (provinces == want)


def panel(db: str | Path, *, indicator: str | Iterable[str] | None = None, place: str | None = None,
          modality: str | None = None, indicators: Sequence[str | Path] = (), conflicts: bool = False
          ) -> pd.DataFrame:
    """The panel of a fact store as a tidy DataFrame, one row per indicator × place × period × modality × value.

    Args:
        db: the store (``ddnews extract … --db facts.db``).
        indicator: an indicator id, or several (default: every indicator).
        place: a place code ("92"), a place name as written ("huyện Văn Chấn", diacritics optional) or a
            province ("Yên Bái").
        modality: "actual" or "target" (default: both).
        indicators: indicator files of your own (columns of ``data/indicators/indicators.tsv``): their rules
            are tried first, the claims mapped again.
        conflicts: only the cells that articles report with different values.

    Returns:
        Columns :data:`COLUMNS`: labels, place, ``period_start``/``period_end``/``year``, ``value``,
        ``n_claims``, ``n_articles``, ``conflict``, ``claim_ids`` (list of claims.id) and ``article_ids``.
    """
    import pandas as pd

    with _connect(db) as conn:
        source = _user_tables(conn, indicators) if indicators else "claims"
        sql, params = f"select * from ({panel_sql(source)})", []
        wanted = [indicator] if isinstance(indicator, str) else list(indicator or [])
        if wanted:
            sql += f" where indicator in ({','.join('?' * len(wanted))})"
            params += wanted
        cur = conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("claim_ids", "article_ids"):
        df[col] = df[col].map(lambda v, c=col: [int(x) if c == "claim_ids" else x for x in str(v).split(",")]
                              if v not in (None, "") else [])
    df = df.astype({c: t for c, t in COLUMNS.items() if t != "object"})
    if modality:
        df = df[df["modality"] == modality]
    if place:
        df = df[_place_match(df, place)]
    if conflicts:
        df = df[df["conflict"]]
    return df.reset_index(drop=True)


def indicator_summary(db: str | Path) -> list[dict[str, Any]]:
    """Per indicator: its labels, how many cells, places, claims, conflicting cells and which years."""
    with _connect(db) as conn:
        cur = conn.execute("""
            select indicator, max(indicator_label_en) as label, count(*) as n_rows,
                   count(distinct place_code) as n_places, sum(n_claims) as n_claims,
                   sum(conflict) as n_conflicting_rows, min(year) as first_year, max(year) as last_year
            from panel group by indicator order by n_claims desc, indicator""")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


class _CallableModule(types.ModuleType):
    """``ddnews.panel(db, …)`` is :func:`panel` (the module is callable, as ``ddnews.scrape`` is)."""

    def __call__(self, db: str | Path, **filters: Any) -> pd.DataFrame:
        return panel(db, **filters)


sys.modules[__name__].__class__ = _CallableModule
