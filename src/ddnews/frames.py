"""Records ⇄ typed pandas DataFrames: one declared schema for every table ddnews writes.

``ExtractResult`` is what ``ddnews.extract(...)`` and ``ddnews.read(...)`` return: ``.articles``,
``.documents``, ``.dates``, ``.claims``, ``.officials``, ``.organizations``, ``.locations``,
``.named_documents`` and ``.errors``, each a DataFrame whose columns and dtypes are declared in
:data:`SCHEMA`, whatever the output (DataFrame, Parquet, CSV, SQLite) the table came from:

* text, ids, codes and document numbers are ``string`` (``"06862"`` keeps its leading zero; an empty
  string is missing, as CSV cannot tell them apart);
* counts and offsets are nullable ``Int64``, numbers ``Float64`` (missing values are ``pd.NA``);
* list columns (``mentions``, ``mention_evidence``, ``titles``, ``titles_expanded``, ``title_spans``)
  hold Python lists (``[]`` when empty) and ``successor`` a dict ``{"province", "ward"}``; in Parquet they
  are list and struct columns, in CSV and SQLite JSON text.

>>> SCHEMA["locations"]["code"], SCHEMA["claims"]["value"], SCHEMA["officials"]["titles"]
('str', 'float', 'strs')
>>> dtypes("locations")["code"], dtypes("claims")["value"], dtypes("officials")["titles"]
('string', 'Float64', 'object')
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .facts import RECORD_KINDS

if TYPE_CHECKING:
    import pandas as pd

FACT_KEYS = RECORD_KINDS

#: Logical column types → pandas dtypes. ``spans``: list of ``[start, end]``; ``strs``: list of strings;
#: ``successor``: ``{"province": …, "ward": …}`` (the 2025 unit of a linked place).
PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "spans": "object", "strs": "object",
                 "successor": "object"}
JSON_TYPES = frozenset({"spans", "strs", "successor"})
SUCCESSOR_KEYS = ("province", "ward")

_SPAN = {"article_id": "str", "start": "int", "end": "int", "evidence": "str"}
_MENTIONS = {"n_mentions": "int", "mentions": "spans", "mention_evidence": "strs"}
_RULE = {"rule": "str"}

#: Every table: column → logical type, in output order. A fact field no schema declares still becomes a
#: column (after the declared ones, as found); the test suite checks that the bundled corpus has none.
SCHEMA: dict[str, dict[str, str]] = {
    "articles": {"id": "str", "source": "str", "url": "str", "title": "str", "published": "str",
                 "published_from": "str", "published_start": "int", "published_end": "int",
                 "published_evidence": "str", "province": "str", "content_hash": "str", "n_chars": "int",
                 "encoding": "str", "repaired": "int",
                 **{f"{k}_count": "int" for k in RECORD_KINDS}, "text": "str"},
    "documents": {**_SPAN, "kind": "str", "number": "str", "symbol": "str", "date": "str", "date_source": "str",
                  "issuer": "str", "subject": "str", **_MENTIONS, **_RULE},
    "named_documents": {**_SPAN, "text": "str", "pattern_id": "str", **_RULE},
    "dates": {**_SPAN, "value": "str", "year_from": "str", **_MENTIONS, **_RULE},
    "officials": {**_SPAN, "name": "str", "titles": "strs", "titles_expanded": "strs", "title_spans": "spans",
                  **_MENTIONS, **_RULE},
    "organizations": {**_SPAN, "text": "str", "kind": "str", "level": "str", "place": "str", "province": "str",
                      **_MENTIONS, **_RULE},
    "locations": {**_SPAN, "text": "str", "level": "str", "name": "str", "parent": "str", "code": "str",
                  "unit_set": "str", "unit_key": "str", "latitude": "float", "longitude": "float", "province": "str",
                  "successor": "successor", **_MENTIONS, **_RULE},
    "claims": {**_SPAN, "value": "float", "value_max": "float", "denominator": "float", "from_value": "float",
               "unit": "str", "qualifier": "str", "change": "str", "modality": "str", "comparator": "str",
               "subject": "str", "number_start": "int", "number_end": "int", **_RULE,
               # placed in time, place and indicator by the ddnews_claim_link stage (ddnews.link.claims)
               "period_start": "str", "period_end": "str", "period_from": "str", "period_evidence": "str",
               "period_evidence_start": "int", "period_evidence_end": "int", "place": "str", "place_code": "str",
               "place_level": "str", "place_province": "str", "place_from": "str", "indicator": "str"},
    "errors": {"id": "str", "source": "str", "stage": "str", "code": "str", "message": "str"},
}
TABLES = tuple(SCHEMA)
#: Columns derived from others (not fields of a record).
DERIVED = frozenset({"article_id", "n_mentions"})


def dtypes(table: str) -> dict[str, str]:
    """The pandas dtype of every declared column of ``table``."""
    return {c: PANDAS_DTYPES[t] for c, t in SCHEMA[table].items()}


def csv_dtypes(table: str) -> dict[str, str]:
    """``dtype=`` for ``pandas.read_csv`` of a ddnews CSV table (list columns stay JSON text).

    Read with ``keep_default_na=False, na_values=[""]`` so that only empty cells are missing.
    """
    return {c: ("string" if t in JSON_TYPES else PANDAS_DTYPES[t]) for c, t in SCHEMA[table].items()}


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


# ---------------------------------------------------------------------------------------------- files
def _json_text(v: Any) -> Any:
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def _for_csv(df: pd.DataFrame, table: str) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(_json_text)
    return out


def arrow_schema(df: pd.DataFrame, table: str):
    """The Parquet (Arrow) schema of a table: declared types, list and struct columns for nested values."""
    import pyarrow as pa

    arrow = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "spans": pa.list_(pa.list_(pa.int64())), "strs": pa.list_(pa.string()),
             "successor": pa.struct([(k, pa.string()) for k in SUCCESSOR_KEYS])}
    inferred = pa.Schema.from_pandas(df, preserve_index=False)
    fields = []
    for f in inferred:
        t = SCHEMA[table].get(f.name)
        fields.append(pa.field(f.name, arrow[t]) if t else f)
    return pa.schema(fields, metadata=inferred.metadata)


def write_table(df: pd.DataFrame, table: str, path: str | Path, fmt: str) -> None:
    """Write one typed table as CSV (nested values as JSON text) or Parquet (list/struct columns)."""
    if fmt == "csv":
        _for_csv(df, table).to_csv(path, index=False)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pandas(df, schema=arrow_schema(df, table), preserve_index=False), str(path))
    else:
        raise ValueError(f"unknown table format {fmt!r} (csv or parquet)")


def read_table(path: str | Path, table: str | None = None) -> pd.DataFrame:
    """One table written by ddnews (``.csv`` or ``.parquet``), in its declared dtypes."""
    import pandas as pd

    p = Path(path)
    name = table or p.stem
    if p.suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(str(p)).to_pylist()
    else:
        raw = pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""])
        rows = [{k: (None if _missing(v) else v) for k, v in r.items()} for r in raw.to_dict("records")]
    return typed_frame(rows, name)


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of a folder written by ``ddnews extract --format csv|parquet`` (missing ones empty)."""
    folder = Path(folder)
    out = {}
    for name in TABLES:
        found = [folder / f"{name}.{fmt}" for fmt in ("parquet", "csv") if (folder / f"{name}.{fmt}").is_file()]
        out[name] = read_table(found[0], name) if found else typed_frame([], name)
    return out


class ExtractResult:
    """Records of one extraction run (or of a store read back), with each table as a typed DataFrame.

    >>> import ddnews
    >>> res = ddnews.extract(["Ngày 5/9/2023, toàn tỉnh kết nạp 2.415 đảng viên mới theo Nghị quyết số 17-NQ/TU."])
    >>> res.documents[["kind", "number", "symbol"]].values.tolist()
    [['Nghị quyết', '17', 'NQ/TU']]
    >>> str(res.claims["value"].dtype), str(res.documents["number"].dtype)
    ('Float64', 'string')
    """

    def __init__(self, records: Iterable[dict[str, Any]] | None = None, *,
                 tables: Mapping[str, pd.DataFrame] | None = None):
        self._tables: dict[str, pd.DataFrame] = {}
        self._records: list[dict[str, Any]] | None = None
        self._errors: list[dict[str, Any]] | None = None
        if tables is not None:
            self._tables = {name: (tables[name] if name in tables else typed_frame([], name)) for name in TABLES}
        else:
            recs = list(records or [])
            self._records = [r for r in recs if not r.get("error")]
            self._errors = [r for r in recs if r.get("error")]

    @classmethod
    def from_tables(cls, tables: Mapping[str, pd.DataFrame]) -> ExtractResult:
        """A result over tables already in the declared dtypes (``ddnews.read``)."""
        return cls(tables=tables)

    def _rebuild(self) -> None:
        if self._records is None:
            self._records, self._errors = records_from_tables(self._tables)

    @property
    def records(self) -> list[dict[str, Any]]:
        """Article records (as ``ddnews extract --format jsonl`` prints them)."""
        self._rebuild()
        assert self._records is not None
        return self._records

    @property
    def error_records(self) -> list[dict[str, Any]]:
        """Error rows: inputs that could not be read or processed, and why."""
        self._rebuild()
        assert self._errors is not None
        return self._errors

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(self.table(k))}" for k in FACT_KEYS)
        return f"<ExtractResult articles={len(self.articles)} errors={len(self.errors)} {counts}>"

    def table(self, key: str) -> pd.DataFrame:
        """The DataFrame of one table (``articles``, ``documents``, ``claims`` …, ``errors``)."""
        if key not in SCHEMA:
            raise KeyError(f"no table {key!r}; tables: {', '.join(TABLES)}")
        if key not in self._tables:
            if key == "articles":
                self._tables[key] = articles_frame(self.records)
            elif key == "errors":
                self._tables[key] = errors_frame(self.error_records)
            else:
                self._tables[key] = frame(self.records, key)
        return self._tables[key]

    @property
    def articles(self) -> pd.DataFrame:
        """One row per article, with its text (every offset of every fact indexes ``text``)."""
        return self.table("articles")

    @property
    def errors(self) -> pd.DataFrame:
        """Inputs that could not be read or processed, and why."""
        return self.table("errors")

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table, by name (articles, each fact kind, errors)."""
        return {name: self.table(name) for name in TABLES}

    def to_jsonl(self, path: str | Path) -> None:
        """One record per line (error rows last)."""
        with open(path, "w", encoding="utf-8") as f:
            for r in self.records + self.error_records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def to_tables(self, folder: str | Path, fmt: str = "parquet") -> list[Path]:
        """Write every table into ``folder`` as ``<table>.csv`` or ``<table>.parquet``."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, df in self.tables().items():
            path = folder / f"{name}.{fmt}"
            write_table(df, name, path, fmt)
            written.append(path)
        return written


def _table_property(key: str) -> property:
    def get(self: ExtractResult) -> pd.DataFrame:
        return self.table(key)

    return property(get, doc=f"{key} as a DataFrame")


for _key in FACT_KEYS:
    setattr(ExtractResult, _key, _table_property(_key))


def read(path: str | Path, **filters: Any) -> ExtractResult:
    """Read results back: a fact store (``facts.db``), a folder of CSV/Parquet tables or a JSONL file.

    ``filters`` (stores only): ``kinds``, ``province``, ``year``, ``document``, ``articles``; see
    :func:`ddnews.store.reader.read_store`.
    """
    p = Path(path)
    if p.is_dir():
        if filters:
            raise ValueError("filters apply to a fact store only")
        return ExtractResult.from_tables(read_tables(p))
    if p.suffix == ".jsonl":
        if filters:
            raise ValueError("filters apply to a fact store only")
        with open(p, encoding="utf-8") as f:
            return ExtractResult([json.loads(line) for line in f if line.strip()])
    from .store.reader import read_store

    return read_store(p, **filters)
