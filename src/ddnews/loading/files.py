"""Turn paths, globs, raw texts and stdin into Articles, or ErrorRecords that say why (never raises per file).

Supported inputs: ``.txt`` (optional ``# key: value`` header lines give url, title, published),
``.jsonl`` (one article per line: ``text`` and optional ``id``, url, title, published), ``.csv`` and
``.parquet`` (a ``text`` column, via pandas), ``.html``/``.htm`` (main text via trafilatura), an http(s)
URL (fetched with httpx), a folder (its supported files, sorted), a glob, ``-`` for stdin, or a raw
article string (Python API).
"""
from __future__ import annotations

import glob as globlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

from ..errors import Errors
from ..types import Article, ErrorRecord

SUFFIXES = (".txt", ".jsonl", ".csv", ".parquet", ".html", ".htm")
_HEADER = regex.compile(r"^#\s?(\w+):\s?(.*)$")
_ISO = regex.compile(r"^\d{4}-\d{2}-\d{2}$")


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split leading ``# key: value`` lines (and the blank line after them) from the text.

    >>> split_header("# url: http://x\\n# published: 2019-11-20\\n\\nBody")
    ({'url': 'http://x', 'published': '2019-11-20'}, 'Body')
    """
    meta: dict[str, str] = {}
    pos = 0
    while True:
        nl = raw.find("\n", pos)
        line = raw[pos:] if nl < 0 else raw[pos:nl]
        m = _HEADER.match(line.rstrip("\r"))
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        pos = len(raw) if nl < 0 else nl + 1
    if meta:
        rest = raw[pos:]
        stripped = rest.lstrip(" \t")
        if stripped.startswith("\r\n"):
            pos += len(rest) - len(stripped) + 2
        elif stripped.startswith("\n"):
            pos += len(rest) - len(stripped) + 1
    return meta, raw[pos:]


def header_date(value: str | None) -> str | None:
    """The header's published value when it is an ISO date ("unknown" → None)."""
    return value if value and _ISO.match(value.strip()) else None


def _article(id_, text, source, meta) -> Article | ErrorRecord:
    if not isinstance(text, str) or not text.strip():
        return ErrorRecord(source, "load", "E009", Errors.E009.format(path=source), id=id_)
    return Article(id=str(id_), text=text, source=source, url=meta.get("url") or None,
                   title=meta.get("title") or None, published=meta.get("published") or None,
                   meta={k: v for k, v in meta.items() if k not in ("url", "title", "published", "text", "id")})


def _read_text(path: Path) -> str | ErrorRecord:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ErrorRecord(str(path), "load", "E004", Errors.E004.format(path=path, reason=exc.reason), id=path.stem)
    except OSError as exc:
        return ErrorRecord(str(path), "load", "E010", Errors.E010.format(path=path, reason=exc.strerror), id=path.stem)


def from_txt(path: Path) -> Iterator[Article | ErrorRecord]:
    raw = _read_text(path)
    if isinstance(raw, ErrorRecord):
        yield raw
        return
    meta, body = split_header(raw)
    yield _article(path.stem, body, str(path), meta)


def from_jsonl_lines(lines: Iterable[str], source: str, stem: str) -> Iterator[Article | ErrorRecord]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            yield ErrorRecord(f"{source}:{n}", "load", "E005", Errors.E005.format(line=n, path=source, reason=exc),
                              id=f"{stem}:{n}")
            continue
        id_ = row.get("id") or f"{stem}:{n}"
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            yield ErrorRecord(f"{source}:{n}", "load", "E006", Errors.E006.format(row=n, path=source), id=str(id_))
            continue
        yield _article(id_, row["text"], f"{source}:{n}", {k: str(v) for k, v in row.items() if v is not None and k != "text"})


def from_jsonl(path: Path) -> Iterator[Article | ErrorRecord]:
    raw = _read_text(path)
    if isinstance(raw, ErrorRecord):
        yield raw
        return
    yield from from_jsonl_lines(raw.splitlines(), str(path), path.stem)


def from_table(path: Path) -> Iterator[Article | ErrorRecord]:
    import pandas as pd

    try:
        df = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001 - any reader failure becomes an error row
        yield ErrorRecord(str(path), "load", "E010", Errors.E010.format(path=path, reason=exc), id=path.stem)
        return
    if "text" not in df.columns:
        yield ErrorRecord(str(path), "load", "E008", Errors.E008.format(path=path, columns=", ".join(map(str, df.columns))),
                          id=path.stem)
        return
    for n, row in enumerate(df.to_dict("records"), 1):
        id_ = row.get("id") or f"{path.stem}:{n}"
        meta = {k: str(v) for k, v in row.items() if k != "text" and v is not None and str(v) != ""}
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ErrorRecord(f"{path}:{n}", "load", "E006", Errors.E006.format(row=n, path=path), id=str(id_))
            continue
        yield _article(id_, text, f"{path}:{n}", meta)


def from_html(path: Path) -> Iterator[Article | ErrorRecord]:
    raw = _read_text(path)
    if isinstance(raw, ErrorRecord):
        yield raw
        return
    from ..loading.web import html_to_article

    yield html_to_article(raw, source=str(path), id_=path.stem)


READERS = {".txt": from_txt, ".jsonl": from_jsonl, ".csv": from_table, ".parquet": from_table,
           ".html": from_html, ".htm": from_html}


def _expand(item: str) -> list[Path] | None:
    p = Path(item)
    if p.is_dir():
        return sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES)
    if p.is_file():
        return [p]
    if any(c in item for c in "*?["):
        return sorted(Path(f) for f in globlib.glob(item, recursive=True) if Path(f).is_file())
    return None


def _looks_like_text(item: str) -> bool:
    return "\n" in item or len(item) > 250 or (" " in item and not Path(item).suffix)


def load_articles(inputs: Iterable[str | Path] | str | Path, *, stdin=None) -> Iterator[Article | ErrorRecord]:
    """Yield one Article or ErrorRecord per article found in ``inputs``.

    >>> [a.id for a in load_articles(["Tỉnh ủy ban hành Nghị quyết số 04-NQ/TU ngày 23/5/2016."])]
    ['text:1']
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    n_text = 0
    for item in inputs:
        item = str(item)
        if item == "-":
            stream = stdin or sys.stdin
            raw = stream.read()
            if raw.lstrip().startswith("{"):
                yield from from_jsonl_lines(raw.splitlines(), "<stdin>", "stdin")
            else:
                meta, body = split_header(raw)
                yield _article(meta.get("id", "stdin"), body, "<stdin>", meta)
            continue
        if item.startswith(("http://", "https://")):
            from .web import fetch_article

            yield fetch_article(item)
            continue
        paths = _expand(item)
        if paths is None:
            if _looks_like_text(item):
                n_text += 1
                meta, body = split_header(item)
                yield _article(meta.get("id", f"text:{n_text}"), body, f"<text:{n_text}>", meta)
            else:
                yield ErrorRecord(item, "load", "E002", Errors.E002.format(path=item), id=Path(item).stem or item)
            continue
        for path in paths:
            reader = READERS.get(path.suffix.lower())
            if reader is None:
                yield ErrorRecord(str(path), "load", "E003", Errors.E003.format(suffix=path.suffix, path=path), id=path.stem)
                continue
            yield from reader(path)
