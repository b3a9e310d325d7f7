"""The JSON readers: JSONL files (streamed, one line in memory at a time), JSON lines of a text, ``.json`` files.

A JSONL file's encoding is read from its first bytes (the user's, a BOM's, UTF-8, else the detector's) and its
lines decoded one by one, so memory stays bounded whatever the file's size; a PDF or Word file or an HTML page
saved as ``.jsonl`` goes to its own reader.  Every object becomes an Article through its text and id fields,
a bad line or item an error row naming it.
"""
from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..errors import Errors
from ..types import Article, ErrorRecord
from .common import DEFAULT, LoadOptions, _decode, _error, _from_html, _row_article, canonical_source
from .decode import (
    SNIFF_BYTES,
    Decoded,
    DecodeError,
    codec_name,
    decode_bytes,
    repair_mojibake,
    sniff_bytes,
    sniff_text,
)


def from_jsonl_lines(lines: Iterable[str], source: str, stem: str, opts: LoadOptions = DEFAULT,
                     decoded: Decoded | None = None) -> Iterator[Article | ErrorRecord]:
    """The articles of JSON lines (an empty line is skipped, a bad one is an error row naming its line)."""
    for n, line in enumerate(lines, 1):
        yield from _jsonl_line(line, n, source, stem, opts, decoded)


def _jsonl_line(line: str, n: int, source: str, stem: str, opts: LoadOptions,
                decoded: Decoded | None) -> Iterator[Article | ErrorRecord]:
    line = line.rstrip("\r\n")
    if not line.strip():
        return
    try:
        row = json.loads(line)
        if not isinstance(row, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        yield ErrorRecord(f"{source}:{n}", "load", "E005", Errors.E005.format(line=n, path=source, reason=exc),
                          id=f"{stem}:{n}")
        return
    yield _row_article(row, n, source, stem, opts, decoded)


def _from_jsonl_file(path: Path, source: str, stem: str, opts: LoadOptions) -> Iterator[Article | ErrorRecord]:
    """A JSONL file, streamed: one line in memory at a time (a 1 GB file is read in bounded memory)."""
    empty = True
    for item in _jsonl_items(path, source, stem, opts):
        empty = False
        yield item
    if empty:  # only blank lines: said, not skipped
        yield _error(source, "E009", stem)


def _jsonl_items(path: Path, source: str, stem: str, opts: LoadOptions) -> Iterator[Article | ErrorRecord]:
    try:
        f = path.open("rb")
    except OSError as exc:
        yield _error(source, "E010", stem, reason=exc.strerror or exc)
        return
    with f:
        head = f.read(SNIFF_BYTES)
        if not head.strip():
            return
        kind = sniff_bytes(head[:16])
        if kind is not None:
            from .documents import read_document

            yield from read_document(path, head + f.read(), kind, source=source, id_=stem)
            return
        try:
            encoding = _jsonl_encoding(head, opts)
        except DecodeError as exc:
            yield _error(source, "E014", stem, what="binary data") if exc.binary else \
                _error(source, "E004", stem, reason=exc.reason)
            return
        f.seek(0)
        if sniff_text(codecs.getincrementaldecoder(encoding)("replace").decode(head)) == "html":
            decoded = _decode(f.read(), source, stem, opts)
            yield decoded if isinstance(decoded, ErrorRecord) else _from_html(decoded.text, source, stem, decoded)
        elif encoding.startswith(("utf-16", "utf-32")):
            yield from _stream_wide(f, encoding, source, stem, opts)
        else:
            yield from _stream_lines(f, encoding, source, stem, opts)


def _jsonl_encoding(head: bytes, opts: LoadOptions) -> str:
    """The encoding of a JSONL file from its first bytes: the user's, a BOM's, UTF-8, else the detector's."""
    if opts.encoding:
        return codec_name(opts.encoding)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return name
    try:  # a character cut at the end of the head is no error
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        if b"\x00" not in head:
            return "utf-8"
    except UnicodeDecodeError:
        pass
    whole_lines = head[: head.rfind(b"\n") + 1] or head
    return decode_bytes(whole_lines, repair=False).encoding


def _stream_lines(f: IO[bytes], encoding: str, source: str, stem: str,
                  opts: LoadOptions) -> Iterator[Article | ErrorRecord]:
    """JSONL in UTF-8 or a legacy encoding (no newline byte inside a character): one line at a time."""
    for n, raw in enumerate(f, 1):
        if n == 1 and encoding == "utf-8-sig":
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            line = raw.decode("utf-8" if encoding == "utf-8-sig" else encoding)
        except UnicodeDecodeError as exc:
            yield _error(f"{source}:{n}", "E004", f"{stem}:{n}",
                         reason=f"byte {exc.start} of line {n} is not valid {encoding}")
            continue
        fixed = repair_mojibake(line)
        yield from _jsonl_line(fixed, n, source, stem, opts, Decoded("", encoding, fixed != line))


def _stream_wide(f: IO[bytes], encoding: str, source: str, stem: str,
                 opts: LoadOptions) -> Iterator[Article | ErrorRecord]:
    """JSONL in UTF-16/32, whose lines are not split at a newline byte."""
    stream = io.TextIOWrapper(f, encoding=encoding, errors="strict", newline="\n")
    n = 0
    try:
        for n, line in enumerate(stream, 1):
            fixed = repair_mojibake(line)
            yield from _jsonl_line(fixed, n, source, stem, opts, Decoded("", encoding, fixed != line))
    except UnicodeDecodeError as exc:
        yield _error(f"{source}:{n + 1}", "E004", f"{stem}:{n + 1}", reason=f"{exc.reason} as {encoding}")
    finally:
        stream.detach()


def from_jsonl(path: Path, opts: LoadOptions = DEFAULT) -> Iterator[Article | ErrorRecord]:
    """The articles of a JSONL file (streamed)."""
    yield from _from_jsonl_file(path, canonical_source(path), path.stem, opts)


def _from_json(text: str, source: str, stem: str, opts: LoadOptions,
               decoded: Decoded | None) -> Iterator[Article | ErrorRecord]:
    """A .json file: one object with a text field, or a list of them."""
    try:
        value = json.loads(text)
    except ValueError as exc:
        yield _error(source, "E021", stem, reason=exc)
        return
    rows = value if isinstance(value, list) else [value]
    if not rows:
        yield _error(source, "E009", stem)
        return
    single = not isinstance(value, list)
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            yield _error(f"{source}:{n}", "E021", f"{stem}:{n}", reason="an item is not a JSON object")
            continue
        if single and not row.get(opts.id_column):
            row = {**row, opts.id_column: stem}
        yield _row_article(row, n, source, stem, opts, decoded)
