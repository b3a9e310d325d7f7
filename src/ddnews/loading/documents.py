"""PDF and Word files → Articles: the text with its page and paragraph breaks, the title from the first heading.

PDF text is read with **pypdf**, not pdfminer.six: pure Python with no dependencies (pdfminer.six needs
``cryptography`` even to open AES-encrypted files and is several times slower), maintained, and its
text extraction honours the ToUnicode maps that Vietnamese PDFs depend on; its per-run font sizes give the
first heading.  Pages are kept apart by a form feed (``"\\f"``) at the start of each page after the first, as
pdftotext does; the pipeline reads it as a line break (:mod:`ddnews.text.normalize`), and the record's
text keeps it, so offsets still index the text as loaded.

Word ``.docx`` files are read with **python-docx**, body paragraphs and tables in document order (a
resolution's header "TỈNH ỦY … | ĐẢNG CỘNG SẢN VIỆT NAM / Số 12-NQ/TU | …, ngày …" is usually a
borderless table, read row by row, one line per cell paragraph), one line per paragraph, a form feed at a
page break.  The title is the first paragraph styled Title or Heading, else the document's title property.

A PDF without a text layer (a scan), an encrypted PDF and an old binary ``.doc`` are error rows that say
what to do.
"""
from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..types import Article, ErrorRecord
from .messages import LoadErrors

#: A PDF whose pages hold fewer letters than this on average has no usable text layer.
MIN_LETTERS_PER_PAGE = 20
#: Page separator of PDF text (and of Word page breaks).
PAGE_BREAK = "\f"


def _error(source: str, id_: str, code: str, **kw: Any) -> ErrorRecord:
    return ErrorRecord(source, "load", code, getattr(LoadErrors, code).format(path=source, **kw), id=id_)


def _pdf_title(page: Any) -> str | None:
    """The largest-font run of lines on the first page, when it is larger than the body text."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            runs.append((round(abs(size * (tm[3] or 1) * (cm[3] or 1)), 1), text.strip()))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # noqa: BLE001 - no title is no error
        return None
    if not runs:
        return None
    sizes = sorted(s for s, _ in runs)
    body, top = sizes[len(sizes) // 2], sizes[-1]
    if top <= body * 1.15:
        return None
    first = next(i for i, (s, _) in enumerate(runs) if s == top)
    title = []
    for size, text in runs[first:]:
        if size != top:
            break
        title.append(text)
    return " ".join(title)[:300] or None


def pdf_article(data: bytes, *, source: str, id_: str) -> Article | ErrorRecord:
    """The article of a PDF file's bytes, or an error row (no text layer, encrypted, unreadable)."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # "EOF marker not found" …: the error row says it
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:  # many PDFs are "encrypted" with an empty user password: they open for anyone
                opened = bool(reader.decrypt(""))
            except Exception:  # noqa: BLE001 - an unsupported cipher is as good as a password
                opened = False
            if not opened:
                return _error(source, id_, "E016")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = _pdf_title(reader.pages[0]) if reader.pages else None
        if not title and reader.metadata and reader.metadata.title:
            title = str(reader.metadata.title).strip() or None
    except PdfReadError as exc:
        return _error(source, id_, "E018", kind="PDF", reason=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a damaged file: all are "cannot read"
        return _error(source, id_, "E018", kind="PDF", reason=f"{type(exc).__name__}: {str(exc)[:200]}")
    letters = sum(sum(c.isalpha() for c in p) for p in pages)
    if letters < MIN_LETTERS_PER_PAGE * max(1, len(pages)) / 2:
        return _error(source, id_, "E015", pages=len(pages))
    text = PAGE_BREAK.join(p if p.endswith("\n") else p + "\n" for p in pages)
    return Article(id=id_, text=text, source=source, title=title,
                   meta={"encoding": None, "repaired": False, "format": "pdf", "pages": len(pages)})


def _paragraph_text(p: Any) -> str:
    """A paragraph's text in document order: runs, hyperlinks and insertions; a page break as a form feed."""
    from docx.oxml.ns import qn

    t, tab, br, cr, hyphen = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
    page = qn("w:type")
    out: list[str] = []
    for el in p.iter(t, tab, br, cr, hyphen):
        if el.tag == t:
            out.append(el.text or "")
        elif el.tag == tab:
            out.append("\t")
        elif el.tag == hyphen:
            out.append("-")
        elif el.tag == br and el.get(page) == "page":
            out.append(PAGE_BREAK)
        elif el.tag == br and el.get(page) == "column":
            out.append("\n")
        else:
            out.append("\n")
    return "".join(out)


def _docx_blocks(container: Any) -> Iterator[tuple[str, str | None]]:
    """(text, style name) of every paragraph of a body or cell, tables row by row, cells left to right."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                        continue
                    seen.add(id(cell._tc))
                    yield from _docx_blocks(cell)
            continue
        p = item._p
        before = PAGE_BREAK if p.xpath("./w:pPr/w:pageBreakBefore") else ""
        style = item.style.name if item.style is not None else None
        yield before + _paragraph_text(p), style


def docx_article(data: bytes, *, source: str, id_: str) -> Article | ErrorRecord:
    """The article of a .docx file's bytes, or an error row."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        title = None
        for text, style in _docx_blocks(document):
            lines.append(text)
            if title is None and text.strip() and style and style.startswith(("Title", "Heading")):
                title = text.strip()
        title = title or (document.core_properties.title or "").strip() or None
    except Exception as exc:  # noqa: BLE001 - a damaged .docx fails in zipfile, lxml or python-docx: "cannot read"
        return _error(source, id_, "E018", kind="Word .docx", reason=f"{type(exc).__name__}: {str(exc)[:200]}")
    text = "\n".join(lines)
    if not text.strip():
        return _error(source, id_, "E009")
    return Article(id=id_, text=text, source=source, title=title,
                   meta={"encoding": None, "repaired": False, "format": "docx"})


def zip_kind(data: bytes) -> str:
    """"docx" for a Word document, else what the archive is ("xlsx", "odt", "zip")."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "content.xml" in names and "mimetype" in names:
        return "odt"
    return "zip"


def read_document(path: Path, data: bytes, kind: str, *, source: str, id_: str) -> Iterator[Article | ErrorRecord]:
    """The article of a PDF, Word or other binary file (``kind`` from :func:`~.decode.sniff_bytes`)."""
    if kind == "pdf":
        yield pdf_article(data, source=source, id_=id_)
    elif kind == "zip":
        sub = zip_kind(data)
        if sub == "docx":
            yield docx_article(data, source=source, id_=id_)
        else:
            yield _error(source, id_, "E014", what=f"a .{sub} archive" if sub != "zip" else "a zip archive")
    elif kind == "ole":
        yield _error(source, id_, "E017")
    elif kind == "rtf":
        yield _error(source, id_, "E014", what="a Rich Text (.rtf) file")
    else:
        yield _error(source, id_, "E014", what=f"{'an image' if kind == 'image' else 'binary data'}")
