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
"""
from __future__ import annotations

import codecs
import csv
import fnmatch
import glob as globlib
import hashlib
import io
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import regex

from ..errors import Errors
from ..types import Article, ErrorRecord
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
from .messages import LoadErrors

TEXT_SUFFIXES = (".txt", ".text")
TABLE_SUFFIXES = (".csv", ".tsv", ".parquet")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc")
SUFFIXES = (*TEXT_SUFFIXES, ".jsonl", ".json", *TABLE_SUFFIXES, *HTML_SUFFIXES, *DOCUMENT_SUFFIXES)
#: Folders a scan never enters (hidden ones, starting with ".", are skipped too).
SKIPPED_DIRS = frozenset({"__MACOSX", "__pycache__", "node_modules"})
#: The file of a scanned folder that lists what to leave out (gitignore-style patterns).
IGNORE_FILE = ".ddnewsignore"
_HEADER = regex.compile(r"^#\s?(\w+):\s?(.*)$")
_ISO = regex.compile(r"^\d{4}-\d{2}-\d{2}$")
_GLOB_CHARS = "*?["


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


# --- one file -------------------------------------------------------------------------------------------


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


# --- folders, globs, stdin, raw texts -------------------------------------------------------------------


def _ignore_patterns(folder: Path) -> list[str]:
    try:
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _ignored(rel: str, is_dir: bool, patterns: list[str]) -> bool:
    """gitignore-style: "name" anywhere, "dir/" folders only, "a/b.txt" or "*.md" relative to the scanned folder."""
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        dir_only = pat.endswith("/")
        pat = pat.strip("/")
        if dir_only and not is_dir:
            continue
        target = rel if "/" in pat else name
        if fnmatch.fnmatchcase(target, pat):
            return True
    return False


def scan_folder(folder: Path) -> list[Path]:
    """Every file of a folder, recursively and sorted, without hidden, system and ``.ddnewsignore``-d entries."""
    patterns = _ignore_patterns(folder)
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        rel_root = Path(root).relative_to(folder).as_posix()
        prefix = "" if rel_root == "." else rel_root + "/"
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                   and not _ignored(prefix + d, True, patterns)]
        found.extend(Path(root) / f for f in files
                     if not f.startswith(".") and not _ignored(prefix + f, False, patterns))
    return sorted(found)


def _expand(item: str, allow_text: bool = False) -> tuple[list[Path], bool] | None:
    """The files an argument names and whether they come from a folder scan, or None when it names none."""
    try:
        p = Path(item)
        if p.is_dir():
            return scan_folder(p), True
        if p.is_file():
            return [p], False
    except (OSError, ValueError):  # a name too long or otherwise impossible is no path
        return None
    if any(c in item for c in _GLOB_CHARS):
        matches = sorted(Path(f) for f in globlib.glob(item, recursive=True) if Path(f).is_file())
        if not matches and allow_text and any(c.isspace() for c in item.strip()):
            return None  # "Kết quả: 100% [đạt] chỉ tiêu?" is a sentence, not a glob
        return matches, False
    return None


def _excluded_paths(exclude: Iterable[str | Path | None]) -> set[Path]:
    """The run's outputs, with an SQLite store's journal files (``-wal``, ``-shm``, ``-journal``)."""
    skip: set[Path] = set()
    for p in exclude:
        if p and str(p) != "-":
            path = Path(p).resolve()
            skip |= {path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))}
    return skip


def _is_excluded(path: Path, skip: set[Path]) -> bool:
    """A file the run writes, or one inside an output folder (csv/parquet tables)."""
    resolved = path.resolve()
    return resolved in skip or any(parent in skip for parent in resolved.parents)


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
