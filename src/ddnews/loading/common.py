"""What every reader of the loading package shares: the options, the suffixes, the header lines, the source names.

The ``# key: value`` header lines of a text (:func:`split_header`, :func:`header_date`), the path a record
names (:func:`canonical_source`), the options a run reads with (:class:`LoadOptions`), and the small steps
every format's reader takes: reading and decoding bytes, and turning a text, an HTML page or a JSON or
table row into an Article, or an ErrorRecord that says why not.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import regex

from ..errors import Errors
from ..types import Article, ErrorRecord
from .decode import Decoded, DecodeError, decode_bytes
from .messages import LoadErrors

TEXT_SUFFIXES = (".txt", ".text")
TABLE_SUFFIXES = (".csv", ".tsv", ".parquet")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc")
SUFFIXES = (*TEXT_SUFFIXES, ".jsonl", ".json", *TABLE_SUFFIXES, *HTML_SUFFIXES, *DOCUMENT_SUFFIXES)
_HEADER = regex.compile(r"^#\s?(\w+):\s?(.*)$")
_ISO = regex.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How inputs are read: the encoding the user knows (``--encoding``) and the table/JSON field names."""

    encoding: str | None = None
    text_column: str = "text"
    id_column: str = "id"


DEFAULT = LoadOptions()


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
    """The header's published value when it is a real ISO date ("unknown", "2019-13-45" → None).

    >>> header_date(" 2019-11-20"), header_date("2019-13-45"), header_date("unknown")
    ('2019-11-20', None, None)
    """
    if not value or not _ISO.match(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def canonical_source(path: str | Path) -> str:
    """A path as records name it: relative to the working folder when inside it, else absolute; "/" separators.

    >>> canonical_source("./corpus/../corpus/a.txt") == canonical_source(os.path.abspath("corpus/a.txt"))
    True
    """
    p = os.path.abspath(os.fspath(path))
    try:
        rel = os.path.relpath(p)
    except ValueError:  # another drive (Windows)
        return Path(p).as_posix()
    return Path(p if rel == ".." or rel.startswith(".." + os.sep) else rel).as_posix()


def _error(source: str, code: str, id_: str | None, **kw: Any) -> ErrorRecord:
    template = getattr(LoadErrors, code, None) or getattr(Errors, code)
    return ErrorRecord(source, "load", code, template.format(path=source, **kw), id=id_)


def _article(id_: Any, text: Any, source: str, meta: dict[str, Any], decoded: Decoded | None = None,
             ) -> Article | ErrorRecord:
    if not isinstance(text, str) or not text.strip():
        return _error(source, "E009", str(id_))
    extra = {k: v for k, v in meta.items() if k not in ("url", "title", "published", "text", "id")}
    extra["encoding"] = decoded.encoding if decoded else extra.get("encoding")
    extra["repaired"] = bool(decoded.repaired) if decoded else bool(extra.get("repaired", False))
    return Article(id=str(id_), text=text, source=source, url=meta.get("url") or None,
                   title=meta.get("title") or None, published=meta.get("published") or None, meta=extra)


def _read_bytes(path: Path, source: str) -> bytes | ErrorRecord:
    try:
        return path.read_bytes()
    except OSError as exc:
        return _error(source, "E010", path.stem, reason=exc.strerror or exc)


def _decode(data: bytes, source: str, id_: str, opts: LoadOptions) -> Decoded | ErrorRecord:
    try:
        return decode_bytes(data, opts.encoding)
    except DecodeError as exc:
        if exc.binary:
            return _error(source, "E014", id_, what="binary data")
        return _error(source, "E004", id_, reason=exc.reason)


def _from_html(html: str, source: str, stem: str, decoded: Decoded | None) -> Article | ErrorRecord:
    from .web import html_to_article

    art = html_to_article(html, source=source, id_=stem)
    if isinstance(art, Article):
        art.meta["encoding"] = decoded.encoding if decoded else None
        art.meta["repaired"] = bool(decoded and decoded.repaired)
    return art


def _row_article(row: dict[str, Any], n: int, source: str, stem: str, opts: LoadOptions,
                 decoded: Decoded | None) -> Article | ErrorRecord:
    """One JSON object or table row: its text field, its id field (else ``stem:n``), the rest as metadata."""
    id_ = row.get(opts.id_column) or f"{stem}:{n}"
    text = row.get(opts.text_column)
    if not isinstance(text, str) or not text.strip():
        return ErrorRecord(f"{source}:{n}", "load", "E006",
                           Errors.E006.format(row=n, path=source).replace("'text'", f"'{opts.text_column}'"),
                           id=str(id_))
    meta = {k: v if isinstance(v, str) else str(v) for k, v in row.items()
            if v is not None and k not in (opts.text_column, opts.id_column)}
    return _article(id_, text, f"{source}:{n}", meta, decoded)

