"""Records → pandas DataFrames, one row per fact, with article id, offsets and evidence.

``ExtractResult`` is what ``ddnews.extract(...)`` returns: ``.articles``, ``.documents``, ``.dates``,
``.claims``, ``.officials``, ``.organizations``, ``.locations``, ``.named_documents``, ``.errors``.
"""
from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from .records import FACT_KEYS

ARTICLE_COLUMNS = ["id", "source", "url", "title", "published", "published_from", "content_hash", "n_chars", "province"]
# Columns (and dtypes) per fact table; nested lists are kept as JSON text in tabular outputs.
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {"kind": "string", "number": "string", "symbol": "string", "date": "string", "issuer": "string",
                  "subject": "string", "n_mentions": "Int64"},
    "named_documents": {"text": "string", "pattern_id": "string"},
    "dates": {"value": "string", "year_from": "string", "n_mentions": "Int64"},
    "claims": {"value": "Float64", "value_max": "Float64", "denominator": "Float64", "from_value": "Float64",
               "unit": "string", "qualifier": "string", "change": "string", "modality": "string",
               "comparator": "string", "subject": "string"},
    "officials": {"name": "string", "titles": "string", "n_mentions": "Int64"},
    "organizations": {"text": "string", "level": "string", "place": "string"},
    "locations": {"text": "string", "level": "string", "name": "string", "parent": "string", "code": "string",
                  "latitude": "Float64", "longitude": "Float64", "province": "string"},
}
BASE = {"article_id": "string", "start": "Int64", "end": "Int64", "evidence": "string"}


def fact_rows(records: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Flatten one fact kind of many records into rows (article id first)."""
    rows = []
    for rec in records:
        for fact in rec.get(key) or []:
            row = {"article_id": rec.get("id")}
            for k, v in fact.items():
                if k == "mentions":
                    row["n_mentions"] = len(v)
                    row["mentions"] = json.dumps(v)
                elif isinstance(v, (list, dict)):
                    row[k] = json.dumps(v, ensure_ascii=False) if k != "titles" else "; ".join(map(str, v))
                else:
                    row[k] = v
            rows.append(row)
    return rows


def frame(records: list[dict[str, Any]], key: str) -> pd.DataFrame:
    """A typed DataFrame of one fact kind (empty with the right columns when there are none)."""
    cols = {**BASE, **COLUMNS.get(key, {})}
    df = pd.DataFrame(fact_rows(records, key))
    for c in cols:
        if c not in df.columns:
            df[c] = pd.NA
    first = [c for c in cols]
    df = df[first + [c for c in df.columns if c not in cols]]
    return df.astype({c: t for c, t in cols.items()})


def articles_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    rows = [{c: r.get(c) for c in ARTICLE_COLUMNS} | {k + "_count": len(r.get(k) or []) for k in FACT_KEYS}
            for r in records]
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS + [k + "_count" for k in FACT_KEYS])
    return df.astype({"n_chars": "Int64"} | {c: "string" for c in ARTICLE_COLUMNS if c != "n_chars"})


def errors_frame(errors: list[dict[str, Any]]) -> pd.DataFrame:
    rows = [{"id": e.get("id"), "source": e.get("source"), **(e.get("error") or {})} for e in errors]
    return pd.DataFrame(rows, columns=["id", "source", "stage", "code", "message"]).astype("string")


class ExtractResult:
    """Records of one extraction run, with each fact kind as a DataFrame.

    >>> import ddnews
    >>> res = ddnews.extract(["Ngày 5/9/2023, toàn tỉnh kết nạp 2.415 đảng viên mới theo Nghị quyết số 17-NQ/TU."])
    >>> res.documents[["kind", "number", "symbol"]].values.tolist()
    [['Nghị quyết', '17', 'NQ/TU']]
    """

    def __init__(self, records: list[dict[str, Any]]):
        self.records = [r for r in records if not r.get("error")]
        self.error_records = [r for r in records if r.get("error")]

    def __len__(self) -> int:
        return len(self.records)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={sum(len(r.get(k) or []) for r in self.records)}" for k in FACT_KEYS)
        return f"<ExtractResult articles={len(self.records)} errors={len(self.error_records)} {counts}>"

    @cached_property
    def articles(self) -> pd.DataFrame:
        return articles_frame(self.records)

    @cached_property
    def errors(self) -> pd.DataFrame:
        return errors_frame(self.error_records)

    def table(self, key: str) -> pd.DataFrame:
        """The DataFrame of one fact kind (``documents``, ``claims`` …)."""
        return frame(self.records, key)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table, by name (articles, each fact kind, errors)."""
        return {"articles": self.articles, **{k: self.table(k) for k in FACT_KEYS}, "errors": self.errors}

    def to_jsonl(self, path: str | Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            for r in self.records + self.error_records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _table_property(key: str) -> property:
    def get(self: ExtractResult) -> pd.DataFrame:
        return self.table(key)

    return property(get, doc=f"{key} as a DataFrame")


for _key in FACT_KEYS:
    setattr(ExtractResult, _key, _table_property(_key))
