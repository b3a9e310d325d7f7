"""HTML pages → Article with trafilatura (main text, title, date, url); fetching with httpx."""
from __future__ import annotations

from ..errors import Errors
from ..types import Article, ErrorRecord


def html_to_article(html: str, *, source: str, id_: str) -> Article | ErrorRecord:
    """Extract the main text and metadata of a saved page; an ErrorRecord when there is none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - a broken page is an error row, not a crash
        return ErrorRecord(source, "load", "E007", Errors.E007.format(path=source) + f" ({exc})", id=id_)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return ErrorRecord(source, "load", "E007", Errors.E007.format(path=source), id=id_)
    date = getattr(doc, "date", None)
    published = date[:10] if isinstance(date, str) and len(date) >= 10 else None
    return Article(id=id_, text=text, source=source, url=getattr(doc, "url", None),
                   title=getattr(doc, "title", None), published=published,
                   meta={"author": getattr(doc, "author", None) or "", "sitename": getattr(doc, "sitename", None) or ""})
