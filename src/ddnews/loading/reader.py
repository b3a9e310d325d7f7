"""One file to its articles: its content decides over its name (:func:`read_file`).

The first bytes say whether a file is a PDF, a Word file or a Parquet table, whatever its name; else it is
decoded and its text says whether it is HTML, JSON or a table, or an article with optional header lines.  A
file whose content is not what its suffix says, or of a kind ddnews does not read, is an error row.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..types import Article, ErrorRecord
from .common import (
    DEFAULT,
    DOCUMENT_SUFFIXES,
    HTML_SUFFIXES,
    SUFFIXES,
    LoadOptions,
    _article,
    _decode,
    _error,
    _from_html,
    _read_bytes,
    canonical_source,
    split_header,
)
from .decode import Decoded, sniff_bytes, sniff_text
from .jsonl import _from_json, _from_jsonl_file
from .tables import _from_table


def read_file(path: Path, opts: LoadOptions = DEFAULT, *, in_folder: bool = False) -> Iterator[Article | ErrorRecord]:
    """The articles (or error rows) of one file: its content decides over its name.

    Args:
        path: the file.
        opts: encoding and field names.
        in_folder: found by a folder scan: a file of an unknown kind is then an error row without being read
            (named on its own, it is read when its content is HTML, PDF or Word, or text without an extension).
    """
    source, stem = canonical_source(path), path.stem
    suffix = path.suffix.lower()
    if in_folder and suffix not in SUFFIXES:
        yield _error(source, "E003", stem, suffix=suffix or "(none)")
        return
    if suffix == ".parquet":
        yield from _from_table(path, source, stem, opts, None)
        return
    if suffix == ".jsonl":
        yield from _from_jsonl_file(path, source, stem, opts)
        return
    data = _read_bytes(path, source)
    if isinstance(data, ErrorRecord):
        yield data
        return
    kind = sniff_bytes(data[:16])
    if kind == "parquet":
        yield from _from_table(path, source, stem, opts, None)
        return
    if kind is not None:
        from .documents import read_document

        yield from read_document(path, data, kind, source=source, id_=stem)
        return
    if suffix in DOCUMENT_SUFFIXES and not data.strip():
        yield _error(source, "E009", stem)
        return
    decoded = _decode(data, source, stem, opts)
    if isinstance(decoded, ErrorRecord):
        yield decoded
        return
    if suffix in DOCUMENT_SUFFIXES and sniff_text(decoded.text) != "html":  # Word saves pages as .doc too
        kind = "PDF" if suffix == ".pdf" else "Word " + suffix
        yield _error(source, "E018", stem, kind=kind, reason="the content is not a file of that kind")
        return
    yield from _from_text(decoded, suffix, source, stem, opts)


def _from_text(decoded: Decoded, suffix: str, source: str, stem: str, opts: LoadOptions,
               ) -> Iterator[Article | ErrorRecord]:
    """Decoded text by what it holds: HTML, JSON, a table, or an article."""
    text = decoded.text
    content = sniff_text(text)
    if content == "html" or suffix in HTML_SUFFIXES:
        yield _from_html(text, source, stem, decoded)
    elif suffix and suffix not in SUFFIXES:  # named on its own, not HTML: a kind ddnews does not read
        yield _error(source, "E003", stem, suffix=suffix)
    elif suffix == ".json":
        yield from _from_json(text, source, stem, opts, decoded)
    elif suffix in (".csv", ".tsv"):
        yield from _from_table(None, source, stem, opts, decoded, suffix)
    elif content == "json":
        yield _error(source, "E013", stem)
    else:
        meta, body = split_header(text)
        yield _article(stem, body, source, meta, decoded)


def from_txt(path: Path, opts: LoadOptions = DEFAULT) -> Iterator[Article | ErrorRecord]:
    """A text file (or whatever its content turns out to be)."""
    yield from read_file(path, opts)


def from_table(path: Path, opts: LoadOptions = DEFAULT) -> Iterator[Article | ErrorRecord]:
    """A CSV/TSV or Parquet table."""
    yield from read_file(path, opts)


def from_html(path: Path, opts: LoadOptions = DEFAULT) -> Iterator[Article | ErrorRecord]:
    """A saved HTML page."""
    yield from read_file(path, opts)


READERS = {suffix: read_file for suffix in SUFFIXES}
