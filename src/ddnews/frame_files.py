"""Typed tables ⇄ files: CSV (nested values as JSON text) and Parquet (list and struct columns).

:func:`write_table` writes one table, :func:`read_table` reads one back in its declared dtypes and
:func:`read_tables` reads a whole folder written by ``ddnews extract --format csv|parquet``.
:mod:`ddnews.frames` re-exports every name.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frame_rows import _missing, typed_frame
from .frame_schema import SCHEMA, SUCCESSOR_KEYS, TABLES

if TYPE_CHECKING:
    import pandas as pd


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
