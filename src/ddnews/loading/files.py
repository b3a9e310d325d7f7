"""Turn paths, globs, raw texts and stdin into Articles, or ErrorRecords that say why (never raises per file).

Supported inputs: ``.txt`` (optional ``# key: value`` header lines give url, title, published),
``.jsonl`` (one article per line: ``text`` and optional ``id``, url, title, published), ``.csv`` and
``.parquet`` (a ``text`` column, via pandas), ``.html``/``.htm`` (main text via trafilatura), an http(s)
URL (fetched with httpx), a folder (its supported files, recursively, sorted), a glob, ``-`` for stdin,
or a raw article string (Python API only).  Ids are the file stem or the given id; a raw text's id is
``text-<hash>``; an id seen twice in one run gets ``~<hash>`` appended so no article overwrites another.
"""
from __future__ import annotations

import glob as globlib
import hashlib
import json
import math
import sys
from collections.abc import Iterable, Iterator
from datetime import date
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
        line = line.rstrip("\r")
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
        meta = {k: str(v) for k, v in row.items() if v is not None and k != "text"}
        yield _article(id_, row["text"], f"{source}:{n}", meta)


def from_jsonl(path: Path) -> Iterator[Article | ErrorRecord]:
    raw = _read_text(path)
    if isinstance(raw, ErrorRecord):
        yield raw
        return
    # split on "\n" only: U+2028, U+0085 … are legal inside JSON strings (str.splitlines would cut there)
    if not raw.strip():
        yield ErrorRecord(str(path), "load", "E009", Errors.E009.format(path=path), id=path.stem)
        return
    yield from from_jsonl_lines(raw.split("\n"), str(path), path.stem)


def from_table(path: Path) -> Iterator[Article | ErrorRecord]:
    import pandas as pd

    try:
        df = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001 - any reader failure becomes an error row
        yield ErrorRecord(str(path), "load", "E010", Errors.E010.format(path=path, reason=exc), id=path.stem)
        return
    if "text" not in df.columns:
        columns = ", ".join(map(str, df.columns))
        yield ErrorRecord(str(path), "load", "E008", Errors.E008.format(path=path, columns=columns), id=path.stem)
        return
    for n, row in enumerate(df.to_dict("records"), 1):
        row = {k: _cell(v) for k, v in row.items()}
        id_ = row.get("id") or f"{path.stem}:{n}"
        meta = {k: v for k, v in row.items() if k != "text" and v}
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ErrorRecord(f"{path}:{n}", "load", "E006", Errors.E006.format(row=n, path=path), id=str(id_))
            continue
        yield _article(id_, text, f"{path}:{n}", meta)


def _cell(value) -> str | None:
    """A table cell as text: missing values are None, whole floats lose ".0", timestamps become ISO dates."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "date") and hasattr(value, "isoformat") and not isinstance(value, str):
        try:
            return value.date().isoformat()
        except (TypeError, ValueError, AttributeError):
            pass
    text = value if isinstance(value, str) else str(value)
    return None if text in ("", "nan", "NaT", "None", "<NA>") else text


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
    """The files an argument names (a folder is searched recursively), or None when it names none."""
    try:
        p = Path(item)
        if p.is_dir():
            return sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        if p.is_file():
            return [p]
    except (OSError, ValueError):  # a name too long or otherwise impossible is no path
        return None
    if any(c in item for c in "*?["):
        return sorted(Path(f) for f in globlib.glob(item, recursive=True) if Path(f).is_file())
    return None


def _is_raw_text(item: str) -> bool:
    """A string that is an article rather than a path (decided without touching the file system)."""
    return "\n" in item or len(item) > 250


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _stdin_items(stream) -> Iterator[Article | ErrorRecord]:
    """Stdin as one article, or as JSONL when it starts with "{"; bytes decoded as UTF-8 (BOM allowed)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        try:
            raw = buffer.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield ErrorRecord("<stdin>", "load", "E004", Errors.E004.format(path="<stdin>", reason=exc.reason),
                              id="stdin")
            return
    else:
        raw = stream.read().lstrip("\ufeff")
    if raw.lstrip().startswith("{"):
        yield from from_jsonl_lines(raw.split("\n"), "<stdin>", "stdin")
    else:
        meta, body = split_header(raw)
        yield _article(meta.get("id") or _text_id(body), body, "<stdin>", meta)


def load_articles(inputs: Iterable[str | Path] | str | Path, *, stdin=None,
                  allow_text: bool = True, exclude: Iterable[str | Path] = ()) -> Iterator[Article | ErrorRecord]:
    """Yield one Article or ErrorRecord per article found in ``inputs`` (never raises per input).

    Args:
        inputs: paths, folders, globs, URLs, ``-`` (stdin) or, when ``allow_text``, raw article strings.
        stdin: the stream ``-`` reads (default ``sys.stdin``).
        allow_text: treat strings that name no file as article texts (Python API); the CLI turns it off
            so that a mistyped path is an error, not an article.
        exclude: files never read as input (the run's own output, written into an input folder).

    >>> [a.id for a in load_articles(["Tỉnh ủy ban hành Nghị quyết số 11-NQ/TU ngày 7/3/2022."])]
    ['text-1ba24dc379']
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    seen: set[str] = set()
    skip = {Path(p).resolve() for p in exclude if p}
    for item in inputs:
        item = str(item)
        try:
            items = _items(item, stdin, allow_text, skip)
            for art in items:
                if isinstance(art, Article):
                    if art.id in seen:  # two inputs with one id: keep both, apart
                        art.id = f"{art.id}~{art.content_hash[:8]}"
                    seen.add(art.id)
                yield art
        except Exception as exc:  # noqa: BLE001 - whatever goes wrong with one input, the run goes on
            yield ErrorRecord(item[:200], "load", "E010", Errors.E010.format(path=item[:200], reason=repr(exc)),
                              id=Path(item[:200]).name or "input")


def _items(item: str, stdin, allow_text: bool, skip: set[Path]) -> Iterator[Article | ErrorRecord]:
    """The articles (or error rows) of one input argument."""
    if item == "-":
        yield from _stdin_items(stdin or sys.stdin)
        return
    if allow_text and _is_raw_text(item):
        meta, body = split_header(item)
        yield _article(meta.get("id") or _text_id(body), body, "<text>", meta)
        return
    if item.startswith(("http://", "https://")):
        from .web import fetch_article

        yield fetch_article(item)
        return
    paths = _expand(item)
    if paths is not None and skip:
        paths = [p for p in paths if p.resolve() not in skip]
    if paths is None:
        if allow_text and any(c.isspace() for c in item.strip()):
            yield _article(_text_id(item), item, "<text>", {})
        else:
            yield ErrorRecord(item, "load", "E002", Errors.E002.format(path=item), id=Path(item).stem or item)
        return
    if not paths:
        yield ErrorRecord(item, "load", "E012", Errors.E012.format(path=item), id=Path(item).stem or item)
        return
    for path in paths:
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            yield ErrorRecord(str(path), "load", "E003", Errors.E003.format(suffix=path.suffix, path=path),
                              id=path.stem)
            continue
        yield from reader(path)
