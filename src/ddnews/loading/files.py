"""Turn paths, globs, raw texts and stdin into Articles, or ErrorRecords that say why (never raises per file).

Supported inputs: ``.txt`` (optional ``# key: value`` header lines give url, title, published),
``.jsonl`` (one article per line: ``text`` and optional ``id``, url, title, published; streamed line by
line, so memory stays bounded whatever the file's size), ``.json`` (an object or a list of objects),
``.csv``/``.tsv`` (delimiter sniffed: Excel in a Vietnamese locale writes ``;``) and ``.parquet`` (a
``text`` column, via pandas), ``.html``/``.htm`` (main text via trafilatura), ``.pdf`` and ``.docx``
(:mod:`.documents`), an http(s) URL (fetched with httpx), a folder (every file in it, recursively, sorted),
a glob, ``-`` for stdin, or a raw article string (Python API only).

Bytes become text through :func:`~.decode.decode_bytes` (``encoding`` when given, else BOM, UTF-8, the
detector; mojibake repaired); each Article's ``meta`` says ``encoding`` and ``repaired``.  Content decides
over the file's name: HTML saved as ``.txt`` goes through the HTML loader, a PDF or Word file under any
name through its reader, JSON in a ``.txt`` file and binary content are error rows.

A folder scan skips hidden entries (``.git``, ``.venv``, ``.ipynb_checkpoints``), ``__MACOSX`` and
``__pycache__``, and the files and folders a ``.ddnewsignore`` file in the scanned folder lists
(gitignore-style patterns, one a line); every other file is read or becomes an error row, never
silently dropped.

Ids are the file stem or the given id; a raw text's id is ``text-<hash>``; an id seen twice in one run
gets ``~<hash>`` appended so no article overwrites another.  ``source`` is the path relative to the
working folder (absolute when outside it), however it was written, so ``./corpus`` and an absolute path
give the same records.

The readers live next to this module: :mod:`.common` (options, header lines, source names), :mod:`.reader`
(one file, dispatched by content), :mod:`.jsonl`, :mod:`.tables`, :mod:`.documents` and :mod:`.web` (the
formats), :mod:`.folders` (folder scans, globs, excluded outputs); this module reads stdin and raw texts and
walks the inputs of a run (:func:`load_articles`).
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import Errors
from ..types import Article, ErrorRecord
from .common import (
    DEFAULT,
    DOCUMENT_SUFFIXES,
    HTML_SUFFIXES,
    SUFFIXES,
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    LoadOptions,
    _article,
    _decode,
    _from_html,
    canonical_source,
    header_date,
    split_header,
)
from .decode import Decoded, codec_name, sniff_bytes, sniff_text
from .folders import IGNORE_FILE, SKIPPED_DIRS, _excluded_paths, _expand, _is_excluded, scan_folder
from .jsonl import from_jsonl, from_jsonl_lines
from .messages import LoadErrors
from .reader import READERS, from_html, from_table, from_txt, read_file
from .tables import sniff_delimiter

__all__ = [
    "DEFAULT", "DOCUMENT_SUFFIXES", "HTML_SUFFIXES", "IGNORE_FILE", "READERS", "SKIPPED_DIRS", "SUFFIXES",
    "TABLE_SUFFIXES", "TEXT_SUFFIXES", "LoadOptions", "canonical_source", "check_encoding", "from_html",
    "from_jsonl", "from_jsonl_lines", "from_table", "from_txt", "header_date", "load_articles", "read_file",
    "scan_folder", "sniff_delimiter", "split_header",
]


# --- stdin, raw texts, the inputs of a run -----------------------------------------------------------


def check_encoding(name: str) -> str:
    """The codec name of an encoding the user gave; ValueError naming good choices when Python knows none.

    >>> check_encoding("windows-1258")
    'cp1258'
    """
    try:
        return codec_name(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}: give a name such as utf-8, windows-1258, utf-16 or "
                         "latin-1") from None


def _is_raw_text(item: str) -> bool:
    """A string that is an article rather than a path (decided without touching the file system)."""
    return "\n" in item or len(item) > 250


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _text_article(raw: str, source: str, decoded: Decoded | None, opts: LoadOptions,
                  ) -> Iterator[Article | ErrorRecord]:
    """A raw text (stdin, the Python API): HTML and JSON lines are recognised, else header lines and body."""
    content = sniff_text(raw)
    if content == "html":
        yield _from_html(raw, source, "stdin" if source == "<stdin>" else _text_id(raw), decoded)
    elif content == "json" and raw.lstrip("\ufeff \t\r\n").startswith("{"):
        stem = "stdin" if source == "<stdin>" else _text_id(raw)
        yield from from_jsonl_lines(raw.split("\n"), source, stem, opts, decoded)
    else:
        meta, body = split_header(raw)
        yield _article(meta.get("id") or _text_id(body), body, source, meta, decoded)


def _stdin_items(stream: Any, opts: LoadOptions) -> Iterator[Article | ErrorRecord]:
    """Stdin as one article, as JSONL when it starts with "{", or a page when it is HTML; bytes decoded as files are."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        kind = sniff_bytes(data[:16])
        if kind is not None and kind != "parquet":
            from .documents import read_document

            yield from read_document(Path("stdin"), data, kind, source="<stdin>", id_="stdin")
            return
        decoded = _decode(data, "<stdin>", "stdin", opts)
        if isinstance(decoded, ErrorRecord):
            yield decoded
            return
        raw = decoded.text
    else:
        raw, decoded = stream.read().lstrip("\ufeff"), None
    yield from _text_article(raw, "<stdin>", decoded, opts)


def load_articles(inputs: Iterable[str | Path | Article | ErrorRecord] | str | Path | None = None, *,
                  stdin: Any = None,
                  allow_text: bool = True, exclude: Iterable[str | Path | None] = (),
                  texts: Iterable[str] = (), paths: Iterable[str | Path] = (),
                  encoding: str | None = None, text_column: str = "text", id_column: str = "id",
                  ) -> Iterator[Article | ErrorRecord]:
    """Yield one Article or ErrorRecord per article found in the inputs (never raises per input).

    Args:
        inputs: paths, folders, globs, URLs, ``-`` (stdin), Articles and ErrorRecords (passed through) or, when
            ``allow_text``, raw article strings (a string is guessed to be a text or a path: prefer
            ``texts``/``paths``).
        stdin: the stream ``-`` reads (default ``sys.stdin``).
        allow_text: treat strings of ``inputs`` that name no file as article texts (Python API); the CLI turns
            it off so that a mistyped path is an error, not an article.
        exclude: files never read as input (the run's own output, written into an input folder).
        texts: article texts, never taken for paths (``"Kết quả: 100% [đạt] chỉ tiêu?"`` is a text).
        paths: paths, folders, globs, URLs or ``-``, never taken for texts.
        encoding: the encoding of every file read (``--encoding``); else it is detected per file.
        text_column, id_column: the field of a table/JSON row holding the text and the id.

    >>> [a.id for a in load_articles(["Tỉnh ủy ban hành Nghị quyết số 11-NQ/TU ngày 7/3/2022."])]
    ['text-1ba24dc379']
    >>> [a.text for a in load_articles(texts=["Kết quả: 100% [đạt] chỉ tiêu?"])]
    ['Kết quả: 100% [đạt] chỉ tiêu?']
    """
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    if encoding:
        check_encoding(encoding)
    opts = LoadOptions(encoding or None, text_column or "text", id_column or "id")
    seen: set[str] = set()
    skip = _excluded_paths(exclude)
    tagged: list[Iterable[tuple[str, str | Path | Article | ErrorRecord]]] = [
        (("guess", x) for x in inputs or ()), (("text", x) for x in texts), (("path", x) for x in paths)]
    for mode, item in (pair for group in tagged for pair in group):
        label = item.source if isinstance(item, (Article, ErrorRecord)) else str(item)[:200]
        try:
            for art in _items(item, mode, stdin, allow_text, skip, opts):
                if isinstance(art, Article):
                    if art.id in seen:  # two inputs with one id: keep both, apart
                        art.id = f"{art.id}~{art.content_hash[:8]}"
                    seen.add(art.id)
                yield art
        except Exception as exc:  # noqa: BLE001 - whatever goes wrong with one input, the run goes on
            yield ErrorRecord(label, "load", "E022", LoadErrors.E022.format(path=label, reason=repr(exc)),
                              id=Path(label).name or "input")


def _items(item: str | Path | Article | ErrorRecord, mode: str, stdin: Any, allow_text: bool, skip: set[Path],
           opts: LoadOptions) -> Iterator[Article | ErrorRecord]:
    """The articles (or error rows) of one input argument."""
    if isinstance(item, (Article, ErrorRecord)):  # already loaded (a filtered stream of articles)
        yield item
        return
    if mode == "text":
        yield from _text_article(str(item), "<text>", None, opts)
        return
    text = str(item)
    if not text.strip():
        yield ErrorRecord(repr(text), "load", "E019", LoadErrors.E019, id="input")
        return
    if text == "-":
        yield from _stdin_items(stdin or sys.stdin, opts)
        return
    guess = mode == "guess" and allow_text
    if guess and isinstance(item, str) and _is_raw_text(text):
        yield from _text_article(text, "<text>", None, opts)
        return
    if text.startswith(("http://", "https://")):
        from .web import fetch_article

        yield fetch_article(text)
        return
    found = _expand(text, allow_text=guess)
    if found is None:
        if guess and any(c.isspace() for c in text.strip()):
            yield from _text_article(text, "<text>", None, opts)
        else:
            yield ErrorRecord(text, "load", "E002", Errors.E002.format(path=text), id=Path(text).stem or text)
        return
    files, in_folder = found
    if skip:
        files = [p for p in files if not _is_excluded(p, skip)]
    if not files:
        yield ErrorRecord(text, "load", "E012", Errors.E012.format(path=text), id=Path(text).stem or text)
        return
    for path in files:
        yield from read_file(path, opts, in_folder=in_folder)
