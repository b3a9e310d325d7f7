"""An article page → title, publication date, author, lead and main text.

* **Charset**: the HTTP header's, then the page's ``<meta charset>``, then detection
  (charset-normalizer, with a Vietnamese tie-break between windows-1258 and windows-1252). A declared
  charset that does not decode the bytes is not believed (mislabelled pages), and a Latin-1/windows-1252
  header on bytes that are valid UTF-8 is taken for the server default it usually is. windows-1258
  writes tone marks as combining characters: the text is put in NFC.
* **Main text, title, author**: trafilatura, then the lines it keeps that are not the article's are
  dropped: the title repeated, the lead (kept apart as ``lead``), navigation and related-news lines (a
  line that is the text of a link of the page, or a related-news heading), and short site banners
  before the first paragraph.
* **Publication date**: the page's Vietnamese date line near the title first ("16:32 - Thứ Tư,
  20/11/2019", "Cập nhật lúc 08:30 ngày 12/3/2024", "Thứ Hai, 08/10/2018 - 22:38": a full date with a
  time, a weekday or a stamp word, outside any link, before the article's first paragraph); then the
  page's metadata (``article:published_time``, JSON-LD ``datePublished``); then htmldate without its
  extensive search. A date from the body's events is never taken: the date line must come before the
  body, and htmldate does not read the body's text.

The parts live next to this module: :mod:`.page_charset` (the charset), :mod:`.page_text` (the main text,
lead and author) and :mod:`.page_date` (the publication date); this module parses the page and puts them
together (:func:`extract_article`), and re-exports their public names.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

from .page_charset import decode_html, is_html
from .page_date import DATE_LINE_WINDOW, date_line, htmldate_date, metadata_date, published_date
from .page_text import _link_texts, clean_author, clean_text, collapse, related_headings
from .rows import Codes, ScrapeError

__all__ = ["DATE_LINE_WINDOW", "MIN_TEXT_CHARS", "Extracted", "clean_author", "clean_text", "collapse",
           "date_line", "decode_html", "extract_article", "htmldate_date", "is_html", "metadata_date",
           "parse_tree", "published_date", "related_headings"]

#: Below this many characters of main text a page is not taken for an article.
MIN_TEXT_CHARS = 80

_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>")


# -- the extracted article ------------------------------------------------------------------------------
@dataclass
class Extracted:
    title: str | None
    published: str | None
    published_from: str | None          # date-line, metadata, htmldate
    author: str | None
    lead: str | None
    text: str
    sitename: str | None


def parse_tree(html: str) -> Any:
    """The page as an lxml tree (an XML declaration is dropped: lxml refuses it on text)."""
    try:
        return lxml_html.fromstring(_XML_DECL.sub("", html, count=1) or "<html></html>")
    except (etree.ParserError, ValueError) as exc:
        raise ScrapeError("parse", "E606", Codes.E606.format(url="the page", reason=f"unparseable HTML: {exc}")) \
            from None


def _meta(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and key not in out:
            out[key] = value.strip()
    return out


# -- the whole page -------------------------------------------------------------------------------------
def extract_article(html: str, url: str) -> Extracted:
    """Title, date, author, lead and main text of an article page; :class:`ScrapeError` E606 when it has none."""
    import trafilatura

    tree = parse_tree(html)
    meta = _meta(tree)
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot read is an error row
        raise ScrapeError("extract", "E606", Codes.E606.format(url=url, reason=f"trafilatura failed: {exc!r}")) \
            from None
    raw_text = getattr(doc, "text", None) if doc is not None else None
    h1 = next((collapse(h.text_content()) for h in tree.iter("h1") if collapse(h.text_content())), None)
    title = collapse(getattr(doc, "title", None) or meta.get("og:title") or h1) or None
    description = meta.get("og:description") or meta.get("description")
    text, lead = clean_text(raw_text or "", title=title, lead=description, links=_link_texts(tree))
    if len(text) < MIN_TEXT_CHARS:
        reason = "no main text" if not raw_text else f"only {len(text)} characters of text after navigation"
        raise ScrapeError("extract", "E606", Codes.E606.format(url=url, reason=reason))
    published, published_from = published_date(tree, html, meta, title, text, url)
    sitename = collapse(getattr(doc, "sitename", None) or meta.get("og:site_name")) or None
    return Extracted(title=title, published=published, published_from=published_from,
                     author=clean_author(getattr(doc, "author", None), sitename),
                     lead=collapse(lead or description) or None, text=text, sitename=sitename)
