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
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NoReturn

import regex

from .errors import DataFileError, Errors
from .text.normalize import fold


def _fail(path: str | Path, line: int, reason: str) -> NoReturn:
    raise DataFileError(Errors.E102.format(path=path, line=line, reason=reason), code="E102")


SCHEMAS = Path(__file__).resolve().parent / "data" / "schemas.toml"


@lru_cache(maxsize=1)
def _schemas() -> dict[str, dict]:
    import tomllib

    with SCHEMAS.open("rb") as fh:
        return tomllib.load(fh)


def schema_for(path: str | Path) -> dict:
    """The declared schema of a data file (``data/schemas.toml``), found by folder and file name; a model
    package's ``ddnews_<component>/`` folder is the same component.  A file without one fails loudly."""
    p = Path(path)
    name = f"{p.parent.name.removeprefix('ddnews_')}/{p.name}"
    schema = _schemas().get(name)
    if schema is None:
        _fail(p, 0, f"no schema declared for '{name}' in {SCHEMAS.name}: declare its columns there")
    return schema


def line_of(path: str | Path, entry: str) -> int:
    """1-based line of the row whose first cell is ``entry`` in the file ``path`` (for messages), 0 when none."""
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.split("\t", 1)[0].strip() == entry:
            return i
    return 0


def check_allowed(path: str | Path, rows: Iterable[Mapping[str, str]],
                  allowed: Mapping[str, Collection[str]]) -> None:
    """Fail naming file and line at the first row whose value in a column of ``allowed`` is not one of that
    column's values (an empty value too, unless "" is allowed); rows in order, columns in the order given."""
    for row in rows:
        for column, values in allowed.items():
            value = row.get(column, "")
            if value not in values:
                first = next(iter(row.values()))
                _fail(path, line_of(path, first),
                      f"'{column}' is '{value}' for '{first}', expected one of {sorted(values)}")


def _check_row(path: str | Path, lineno: int, row: dict[str, str], allowed: dict[str, list[str]]) -> None:
    for col, values in allowed.items():
        if row.get(col) and row[col] not in values:
            _fail(path, lineno, f"'{row[col]}' is not an allowed {col} (allowed: {', '.join(values)})")


def parse_tsv(content: str, path: str | Path = "<string>", *, key: str | tuple[str, ...] | None = None,
              schema: dict | None = None) -> list[dict[str, str]]:
    """Parse TSV lexicon text into dicts; check NFC, row width, duplicate keys and the declared schema.

    ``key`` names the column (or columns) whose folded value must be unique; default the schema's key,
    else the first column.  ``schema`` (``columns``, optional ``key`` and ``allowed`` values per column)
    is checked row by row, so a misspelt category fails naming file and line.
    """
    schema = schema or {}
    key = key or (tuple(schema["key"]) if "key" in schema else None)
    allowed = schema.get("allowed", {})
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
            if schema.get("columns") and header != schema["columns"]:
                _fail(path, lineno, f"header {header} is not the declared columns {schema['columns']}")
            continue
        if len(cells) > len(header):
            _fail(path, lineno, f"{len(cells)} columns, header has {len(header)} ({', '.join(header)})")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells, strict=True))  # cells padded to the header's width above
        cols = (key,) if isinstance(key, str) else (key or (header[0],))
        k = "\t".join(fold(row[c]) for c in cols)
        if not row[cols[0]]:
            _fail(path, lineno, f"empty '{cols[0]}'")
        if k in seen:
            _fail(path, lineno, f"duplicate entry '{k}'")
        seen.add(k)
        _check_row(path, lineno, row, allowed)
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
    return tuple(parse_tsv(content, p, key=key, schema=schema_for(p)))


def load_words(path: str | Path) -> tuple[str, ...]:
    """Load a one-column lexicon: the values of its first column."""
    rows = load_tsv(path)
    return tuple(next(iter(r.values())) for r in rows)


def parse_jsonl_patterns(content: str, path: str | Path = "<string>",
                         required: tuple[str, ...] = ("label", "id", "pattern")) -> list[dict]:
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


def write_data_dir(data_dir: Path, path: str | Path) -> None:
    """Write a component's data folder to ``path`` (``nlp.to_disk``): a copy of ``data_dir``, replacing what
    was there; nothing when ``path`` is ``data_dir`` itself."""
    import shutil

    path = Path(path)
    if path.resolve() == data_dir.resolve():
        return
    if path.exists():
        shutil.rmtree(path)
    shutil.copytree(data_dir, path, ignore=shutil.ignore_patterns("__pycache__"))
