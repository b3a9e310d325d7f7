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

The schema lives in :mod:`ddnews.frame_schema`, the conversions between records, rows and typed DataFrames
in :mod:`ddnews.frame_rows` and the CSV/Parquet files in :mod:`ddnews.frame_files`; this module holds
:class:`ExtractResult` and :func:`read`, and re-exports every name of the three.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .facts import RECORD_KINDS
from .frame_files import _for_csv, _json_text, arrow_schema, read_table, read_tables, write_table
from .frame_rows import (
    _as_list,
    _cell,
    _missing,
    _missing_obj,
    _plain,
    article_row,
    articles_frame,
    error_row,
    errors_frame,
    fact_rows,
    frame,
    records_from_tables,
    typed_frame,
)
from .frame_schema import (
    DERIVED,
    FACT_KEYS,
    JSON_TYPES,
    PANDAS_DTYPES,
    SCHEMA,
    SUCCESSOR_KEYS,
    TABLES,
    csv_dtypes,
    dtypes,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DERIVED", "FACT_KEYS", "JSON_TYPES", "PANDAS_DTYPES", "RECORD_KINDS", "SCHEMA", "SUCCESSOR_KEYS", "TABLES",
    "ExtractResult", "_as_list", "_cell", "_for_csv", "_json_text", "_missing", "_missing_obj", "_plain",
    "article_row", "articles_frame", "arrow_schema", "csv_dtypes", "dtypes", "error_row", "errors_frame",
    "fact_rows", "frame", "read", "read_table", "read_tables", "records_from_tables", "typed_frame",
    "write_table",
]


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
