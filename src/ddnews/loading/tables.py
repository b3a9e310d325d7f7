"""The table reader: CSV/TSV texts (delimiter sniffed) and Parquet files, one Article per row, via pandas.

A table needs a text column (``--text-column``); its id column names the rows, else ``<stem>:<row>``; the
other cells become metadata, as text (missing values left out, whole floats without ".0", timestamps as ISO
dates).
"""
from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import Errors
from ..types import Article, ErrorRecord
from .common import LoadOptions, _error, _row_article
from .decode import SNIFF_BYTES, Decoded


def sniff_delimiter(text: str, suffix: str = ".csv") -> str:
    """The delimiter of a CSV text: ``,`` ``;`` tab or ``|`` (Excel in a Vietnamese locale writes ``;``).

    >>> sniff_delimiter("text;id\\nNgày 5/3, kết nạp 12,5%;a1\\n"), sniff_delimiter("text,id\\nx,1\\n")
    (';', ',')
    """
    sample = text[:SNIFF_BYTES]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        pass
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in ",;\t|"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ("\t" if suffix == ".tsv" else ",")


def _from_table(path: Path | None, source: str, stem: str, opts: LoadOptions, decoded: Decoded | None,
                suffix: str = ".parquet") -> Iterator[Article | ErrorRecord]:
    import pandas as pd

    try:
        if decoded is None and path is not None:
            df = pd.read_parquet(path)
        elif decoded is not None:
            sep = sniff_delimiter(decoded.text, suffix)
            df = pd.read_csv(io.StringIO(decoded.text), sep=sep, dtype=str, keep_default_na=False)
        else:
            return
    except Exception as exc:  # noqa: BLE001 - any reader failure becomes an error row
        yield _error(source, "E010", stem, reason=exc)
        return
    if opts.text_column not in df.columns:
        columns = ", ".join(map(str, df.columns))
        message = Errors.E008.format(path=source, columns=columns)
        if opts.text_column != "text":
            message = message.replace("'text' column", f"'{opts.text_column}' column")
        yield ErrorRecord(source, "load", "E008", message + " Or name it with --text-column.", id=stem)
        return
    if df.empty:
        yield _error(source, "E009", stem)
        return
    for n, row in enumerate(df.to_dict("records"), 1):
        cells = {str(k): _cell(v) for k, v in row.items()}
        yield _row_article({k: v for k, v in cells.items() if v}, n, source, stem, opts, decoded)


def _cell(value: Any) -> str | None:
    """A table cell as text: missing values are None, whole floats lose ".0", timestamps become ISO dates."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "date") and hasattr(value, "isoformat") and not isinstance(value, str):
        try:
            return str(value.date().isoformat())
        except (TypeError, ValueError, AttributeError):
            pass
    text = value if isinstance(value, str) else str(value)
    return None if text in ("", "nan", "NaT", "None", "<NA>") else text
