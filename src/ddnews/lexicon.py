"""Read and validate the pipeline's data files (TSV lexicons, JSONL patterns).

Data files live with the packaged pipeline (``models/ddnews_vi/<component>/``).  A TSV lexicon is:
comment lines starting with ``#`` (the first says what the file is for), one header row naming the
columns, then one entry per row.  Loading validates every row and fails loudly, naming file and line.

>>> rows = parse_tsv("# kinds\\nword\\tkind\\nnghị quyết\\tNghị quyết\\n", "kinds.tsv")
>>> rows[0]["kind"]
'Nghị quyết'
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from .errors import DataFileError, Errors
from .text.normalize import fold


def _fail(path, line, reason):
    raise DataFileError(Errors.E102.format(path=path, line=line, reason=reason), code="E102")


def parse_tsv(content: str, path: str | Path = "<string>", *, key: str | tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """Parse TSV lexicon text into dicts; check NFC, row width and duplicate keys.

    ``key`` names the column (or columns) whose folded value must be unique; default the first.
    """
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for lineno, raw in enumerate(content.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not unicodedata.is_normalized("NFC", line):
            _fail(path, lineno, "text is not NFC-normalised")
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            _fail(path, lineno, f"{len(cells)} columns, header has {len(header)} ({', '.join(header)})")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        cols = (key,) if isinstance(key, str) else (key or (header[0],))
        k = "\t".join(fold(row[c]) for c in cols)
        if not row[cols[0]]:
            _fail(path, lineno, f"empty '{cols[0]}'")
        if k in seen:
            _fail(path, lineno, f"duplicate entry '{k}'")
        seen.add(k)
        rows.append(row)
    if header is None:
        _fail(path, 1, "no header row")
    return rows


@lru_cache(maxsize=256)
def load_tsv(path: str | Path, key: str | tuple[str, ...] | None = None) -> tuple[dict[str, str], ...]:
    """Load a TSV lexicon file (cached per process)."""
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8")
    except OSError as exc:
        _fail(p, 0, f"cannot read: {exc}")
    return tuple(parse_tsv(content, p, key=key))


def load_words(path: str | Path) -> tuple[str, ...]:
    """Load a one-column lexicon: the values of its first column."""
    rows = load_tsv(path)
    return tuple(next(iter(r.values())) for r in rows)


def parse_jsonl_patterns(content: str, path: str | Path = "<string>", required=("label", "id", "pattern")) -> list[dict]:
    """Parse JSONL pattern rows and compile each regex ``pattern`` once, failing with file:line."""
    out = []
    ids: set[str] = set()
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#") or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            _fail(path, lineno, f"invalid JSON ({exc.msg})")
        missing = [k for k in required if k not in row]
        if missing:
            _fail(path, lineno, f"missing keys {missing}")
        if row["id"] in ids:
            _fail(path, lineno, f"duplicate pattern id '{row['id']}'")
        ids.add(row["id"])
        if isinstance(row["pattern"], str):
            try:
                row["compiled"] = regex.compile(row["pattern"], regex.V1)
            except regex.error as exc:
                _fail(path, lineno, f"pattern '{row['id']}' does not compile: {exc}")
        out.append(row)
    return out


def alternation(words, *, fold_words: bool = True) -> str:
    """A regex alternation of ``words``, longest first, each folded like the text it will match."""
    items = sorted({fold(w) if fold_words else w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"
