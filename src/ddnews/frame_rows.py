"""Records ⇄ rows ⇄ typed DataFrames: the conversions behind every table of :mod:`ddnews.frames`.

Values are put in their declared logical types (:func:`typed_frame`: JSON text decoded, arrays from
Parquet made lists, missing values ``pd.NA``); records are flattened into the rows of ``articles``, each
fact kind and ``errors`` (:func:`article_row`, :func:`fact_rows`, :func:`error_row`), and rebuilt from
typed tables (:func:`records_from_tables`). :mod:`ddnews.frames` re-exports every name.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .facts import RECORD_KINDS
from .frame_schema import JSON_TYPES, PANDAS_DTYPES, SCHEMA, SUCCESSOR_KEYS

if TYPE_CHECKING:
    import pandas as pd


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    try:
        import pandas as pd

        return v is pd.NA or (not isinstance(v, (list, dict, tuple, str)) and bool(pd.isna(v)))
    except (TypeError, ValueError):
        return False


def _cell(v: Any, typ: str) -> Any:
    """One value in its declared logical type (JSON text decoded; arrays from Parquet made lists)."""
    if typ in JSON_TYPES:
        if isinstance(v, str):
            v = json.loads(v) if v else None
        elif v is not None and hasattr(v, "tolist") and not isinstance(v, dict):
            v = v.tolist()
        if typ == "successor":
            return None if _missing_obj(v) else {k: (v.get(k) if isinstance(v, Mapping) else None)
                                                 for k in SUCCESSOR_KEYS}
        if _missing_obj(v):
            return []
        return [list(x) if typ == "spans" else x for x in _as_list(v)]
    if _missing(v) or v == "":
        return None
    if typ == "int":
        return int(v)
    if typ == "float":
        return float(v)
    return v if isinstance(v, str) else str(v)


def _missing_obj(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _as_list(v: Any) -> list[Any]:
    out = []
    for x in v:
        out.append(x.tolist() if hasattr(x, "tolist") else x)
    return out


def typed_frame(rows: Iterable[Mapping[str, Any]], table: str) -> pd.DataFrame:
    """A DataFrame of ``table`` from row dicts: declared columns first, in their dtypes, then any others."""
    import pandas as pd

    rows = list(rows)
    cols = SCHEMA[table]
    data: dict[str, Any] = {}
    for c, t in cols.items():
        values = [_cell(r.get(c), t) for r in rows]
        if t in JSON_TYPES:
            data[c] = pd.Series(values, dtype="object")
        else:
            data[c] = pd.array(values, dtype=PANDAS_DTYPES[t])  # type: ignore[call-overload]
    extra = list(dict.fromkeys(k for r in rows for k in r if k not in cols))
    for c in extra:
        data[c] = pd.Series([r.get(c) for r in rows], dtype="object")
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


# ---------------------------------------------------------------------------------------------- records → rows
def article_row(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The ``articles`` row of a record (publication evidence flattened, facts counted)."""
    row = {c: rec.get(c) for c in SCHEMA["articles"] if c in rec}
    pe = rec.get("published_evidence") or {}
    row.update(published_start=pe.get("start"), published_end=pe.get("end"), published_evidence=pe.get("evidence"))
    for k in RECORD_KINDS:
        row[f"{k}_count"] = len(rec.get(k) or [])
    return row


def fact_rows(records: Iterable[Mapping[str, Any]], key: str) -> list[dict[str, Any]]:
    """Flatten one fact kind of many records into rows (article id first, mentions counted)."""
    counted = "n_mentions" in SCHEMA.get(key, {})
    rows = []
    for rec in records:
        for fact in rec.get(key) or []:
            row = {"article_id": rec.get("id"), **fact}
            if counted:
                row["n_mentions"] = len(fact.get("mentions") or [])
            rows.append(row)
    return rows


def error_row(err: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": err.get("id"), "source": err.get("source"), **(err.get("error") or {})}


def frame(records: list[dict[str, Any]], key: str) -> pd.DataFrame:
    """A typed DataFrame of one fact kind (empty, with every declared column, when there are none)."""
    return typed_frame(fact_rows(records, key), key)


def articles_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    return typed_frame([article_row(r) for r in records], "articles")


def errors_frame(errors: list[dict[str, Any]]) -> pd.DataFrame:
    return typed_frame([error_row(e) for e in errors], "errors")


# ---------------------------------------------------------------------------------------------- rows → records
def _plain(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A DataFrame row as plain Python values, missing ones dropped."""
    out = {}
    for k, v in row.items():
        if isinstance(v, (list, dict)):
            out[str(k)] = v
        elif not _missing(v):
            out[str(k)] = v.item() if hasattr(v, "item") else v
    return out


def records_from_tables(tables: Mapping[str, pd.DataFrame]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Article records and error rows rebuilt from typed tables (the inverse of :func:`fact_rows`)."""
    records: dict[str, dict[str, Any]] = {}
    for row in tables["articles"].to_dict("records"):
        r = _plain(row)
        rec: dict[str, Any] = {k: r.get(k) for k in ("id", "source", "url", "title", "published", "published_from",
                                                      "content_hash", "n_chars", "encoding", "repaired")}
        if r.get("published_start") is not None:
            rec["published_evidence"] = {"start": r["published_start"], "end": r.get("published_end"),
                                         "evidence": r.get("published_evidence")}
        rec.update({k: [] for k in RECORD_KINDS})
        rec["province"] = r.get("province")
        if "text" in r:
            rec["text"] = r["text"]
        records[str(rec["id"])] = rec
    for kind in RECORD_KINDS:
        df = tables.get(kind)
        if df is None:
            continue
        for row in df.to_dict("records"):
            fact = _plain(row)
            aid = str(fact.pop("article_id", ""))
            fact.pop("n_mentions", None)
            if aid in records:
                records[aid][kind].append(fact)
    errors = []
    if tables.get("errors") is not None:
        for row in tables["errors"].to_dict("records"):
            e = _plain(row)
            errors.append({"id": e.get("id"), "source": e.get("source"),
                           "error": {k: e.get(k) for k in ("stage", "code", "message")}})
    return list(records.values()), errors
