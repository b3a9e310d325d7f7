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
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

from ..text.dates import DATE_RE, parts, to_iso
from ..text.normalize import fold
from .rows import Codes, ScrapeError

#: Below this many characters of main text a page is not taken for an article.
MIN_TEXT_CHARS = 80
#: How far (characters of the page's visible text) from the title a date line may stand.
DATE_LINE_WINDOW = 1500

_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", regex.I)
_HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", regex.I)
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>")
_WS = regex.compile(r"\s+")
_ISO_DAY = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = regex.compile(r"(?<!\d)\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?!\d)")
_STAMP = regex.compile(r"(?<!\w)(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cập\s*nhật|ngày\s*đăng|đăng\s*lúc"
                       r"|đăng\s*ngày|xuất\s*bản|gmt|lúc)(?!\w)")
_CLOCK = regex.compile(r"(?<!\w)hôm\s*nay(?!\w)")
_LIST_MARK = regex.compile(r"^[\s\-–—•·+»>*]+")
_SENTENCE_END = regex.compile(r"[.!?…:;\"”)]\s*$")
_WESTERN_DEFAULTS = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323\u1ea0-\u1ef9]")
_META_DATES = ("article:published_time", "datepublished", "pubdate", "publishdate", "og:published_time",
               "dc.date.issued", "article:published", "date")


# -- charset ----------------------------------------------------------------------------------------------
def _codec(name: str | bytes | None) -> str | None:
    import codecs

    if not name:
        return None
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _vietnamese_share(text: str) -> float:
    letters = sum(1 for c in text if c.isalpha())
    return len(_VIETNAMESE.findall(text)) / letters if letters else 0.0


def decode_html(body: bytes, content_type: str = "") -> tuple[str, str]:
    """The page as text (NFC) and the charset it was read with.

    >>> cp1258 = "<p>Đa\u0309ng bô\u0323 ti\u0309nh</p>".encode("cp1258")  # tone marks combine in windows-1258
    >>> decode_html(cp1258, "text/html; charset=windows-1258")
    ('<p>Đảng bộ tỉnh</p>', 'cp1258')
    >>> decode_html("<p>Đảng bộ</p>".encode("utf-8"), "text/html; charset=ISO-8859-1")[1]
    'utf-8'
    """
    if body.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", body[3:].decode("utf-8", errors="replace")), "utf-8"
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return unicodedata.normalize("NFC", body.decode("utf-16", errors="replace")), "utf-16"
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _CHARSET.search(body[:16384])
    for declared in (_codec(header.group(1) if header else None), _codec(meta.group(1) if meta else None)):
        if declared is None:
            continue
        if declared in _WESTERN_DEFAULTS and not body.isascii():
            utf8 = _strict(body, "utf-8")
            if utf8 is not None:
                return unicodedata.normalize("NFC", utf8), "utf-8"
        text = _strict(body, declared)
        if text is not None:
            return unicodedata.normalize("NFC", text), declared
    text = _strict(body, "utf-8")
    if text is not None:
        return unicodedata.normalize("NFC", text), "utf-8"
    return _detect(body)


def _detect(body: bytes) -> tuple[str, str]:
    """Undeclared or mislabelled bytes: the likeliest of charset-normalizer's guess and the two Vietnamese
    single-byte code pages, by the share of Vietnamese letters each gives."""
    from charset_normalizer import from_bytes

    guesses: list[str] = ["cp1258", "cp1252"]
    best = from_bytes(body).best()
    if best is not None and _codec(best.encoding):
        guesses.insert(0, _codec(best.encoding) or "utf-8")
    decoded = [(codec, body.decode(codec, errors="replace")) for codec in dict.fromkeys(guesses)]
    codec, text = max(decoded, key=lambda ct: (_vietnamese_share(unicodedata.normalize("NFC", ct[1])),
                                               -ct[1].count("\ufffd")))
    return unicodedata.normalize("NFC", text), codec


def is_html(body: bytes) -> bool:
    """Bytes that look like an HTML document (for answers without a Content-Type)."""
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head or b"<body" in head


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


def collapse(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _key(text: str) -> str:
    return collapse(_LIST_MARK.sub("", text)).casefold().rstrip(" :.")


@lru_cache(maxsize=1)
def related_headings() -> frozenset[str]:
    """Headings of related-news lists ("Tin liên quan", "Xem thêm" …): the project's chrome vocabulary."""
    from ..lexicon import load_tsv

    path = Path(__file__).resolve().parents[1] / "data" / "chrome" / "related_headings.tsv"
    return frozenset(_key(r["heading"]) for r in load_tsv(path))


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


def _link_texts(tree: Any) -> set[str]:
    """Texts of the page's links long enough to be headlines or menu entries (compared folded)."""
    texts = set()
    for a in tree.iter("a"):
        text = _key(a.text_content())
        if len(text) >= 12 and len(text.split()) >= 3:
            texts.add(text)
    return texts


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 8 or (len(words) >= 4 and bool(_SENTENCE_END.search(line)))


def clean_text(text: str, *, title: str | None, lead: str | None, links: set[str]) -> tuple[str, str | None]:
    """The main text without title, lead, navigation and related-news lines; and the lead if it was there.

    >>> clean_text("Tiêu đề bài\\n- Tin khác về hội nghị cấp tỉnh\\nSáng 5/3, Tỉnh ủy họp phiên thường kỳ.",
    ...            title="Tiêu đề bài", lead=None, links={"tin khác về hội nghị cấp tỉnh"})
    ('Sáng 5/3, Tỉnh ủy họp phiên thường kỳ.', None)
    """
    headings = related_headings()
    title_key = _key(title or "")
    lead_key = _key(lead or "")[:60]
    kept: list[str] = []
    found_lead = None
    started = False
    for raw in text.split("\n"):
        line = collapse(raw)
        if not line:
            continue
        key = _key(line)
        if key in links or key in headings or (title_key and key == title_key and not started):
            continue
        if not started and lead_key and len(lead_key) >= 20 and key[:60] == lead_key:
            found_lead = line
            continue
        if not started and not _is_prose(line):
            continue  # site banners, "Tải ứng dụng", breadcrumbs before the first paragraph
        started = True
        kept.append(line)
    return "\n".join(kept), found_lead


def clean_author(author: str | None, sitename: str | None) -> str | None:
    """trafilatura's author without the site names it often adds ("Dân Trí; Tri Túc" → "Tri Túc").

    >>> clean_author("Báo X Online; Theo Hồ Hương; VCCorp vn", "Báo X")
    'Hồ Hương'
    """
    if not author:
        return None
    site = collapse(sitename).casefold()
    kept = []
    for part in author.split(";"):
        name = collapse(regex.sub(r"^(?i:theo)\s+", "", part.strip()))
        low = name.casefold()
        if not name or (site and (low in site or site in low)):
            continue
        if regex.search(r"(?i)(?<!\w)(?:vn|com|net|online|news|corp|vccorp|báo|tạp chí)(?!\w)", name):
            continue
        if regex.fullmatch(r"(?i)bao\w+", name):
            continue
        kept.append(name)
    return "; ".join(kept) or None


# -- the publication date -------------------------------------------------------------------------------
def _iso_day(value: str | None) -> str | None:
    """The written day of an ISO timestamp ("2026-03-07T00:05:00+07:00" → "2026-03-07"; no time-zone shift)."""
    m = _ISO_DAY.search(value or "")
    if not m:
        return None
    return to_iso((int(m.group(1)), int(m.group(2)), int(m.group(3))))


@dataclass
class _Node:
    start: int
    text: str
    in_link: bool


def _nodes(tree: Any) -> tuple[list[_Node], str]:
    """The page's visible text pieces in order, with their offsets in the joined text."""
    nodes: list[_Node] = []
    pieces: list[str] = []
    pos = 0
    body = tree.find("body")
    root = body if body is not None else tree
    for t in root.xpath(".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
                        " and not(ancestor::template)]"):
        text = collapse(str(t))
        if not text:
            continue
        holder = t.getparent()
        if holder is not None and getattr(t, "is_tail", False):
            holder = holder.getparent()
        in_link = holder is not None and (holder.tag == "a" or bool(holder.xpath("ancestor::a")))
        nodes.append(_Node(pos, text, in_link))
        pieces.append(text)
        pos += len(text) + 1
    return nodes, " ".join(pieces)


def _title_position(tree: Any, nodes: list[_Node], title: str | None) -> int | None:
    """Where the headline stands: an h1 like the title, else the title's own text, else an h1 of 5+ words."""
    key = _key(title or "")

    def h1_at(h: Any) -> int | None:
        first = collapse(h.text_content())[:15]
        return next((n.start for n in nodes if n.text.startswith(first) or first.startswith(n.text[:15])), None)

    h1s = [h for h in tree.iter("h1") if len(_key(h.text_content())) >= 8]
    for h in h1s:
        text = _key(h.text_content())
        if key and (key in text or text in key):
            return h1_at(h)
    for node in nodes:
        if key and _key(node.text) == key and not node.in_link:
            return node.start
    for h in h1s:
        if len(h.text_content().split()) >= 5:
            return h1_at(h)
    return None


def date_line(tree: Any, title: str | None, text: str) -> tuple[str, str] | None:
    """The page's date line near the title and before the body: (ISO date, the line as written)."""
    nodes, joined = _nodes(tree)
    title_at = _title_position(tree, nodes, title)
    if title_at is None:
        return None
    first = collapse(text.split("\n", 1)[0])
    body_at = joined.find(first[:40]) if len(first) >= 20 else -1
    best: tuple[int, str, str] | None = None
    for i, node in enumerate(nodes):
        if node.in_link or len(node.text) > 100 or not any(c.isdigit() for c in node.text):
            continue
        if body_at >= 0 and node.start >= body_at:
            break
        distance = abs(node.start - title_at)
        if distance > DATE_LINE_WINDOW:
            continue
        window = node.text
        for nxt in nodes[i + 1:i + 3]:
            if len(window) + len(nxt.text) > 110 or nxt.in_link:
                break
            window += " " + nxt.text
        folded = fold(window)
        if _CLOCK.search(folded) or not (_TIME.search(folded) or _STAMP.search(folded)):
            continue
        for m in DATE_RE.finditer(folded):
            if m.start() >= len(node.text):
                break
            iso = to_iso(parts(m))
            if iso and (best is None or distance < best[0]):
                best = (distance, iso, window)
            if iso:
                break
    return (best[1], best[2]) if best else None


def _json_ld_dates(tree: Any) -> list[str]:
    found: list[str] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, dict):
            value = obj.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            for v in obj.values():
                if isinstance(v, (dict, list)):
                    walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            walk(json.loads(script.text or "", strict=False))
        except ValueError:
            continue
    return found


def metadata_date(tree: Any, meta: dict[str, str]) -> str | None:
    """``article:published_time`` and its kin, then JSON-LD ``datePublished``, then ``<time itemprop>``."""
    for key in _META_DATES:
        iso = _iso_day(meta.get(key))
        if iso:
            return iso
    for value in _json_ld_dates(tree):
        iso = _iso_day(value)
        if iso:
            return iso
    for el in tree.xpath('//time[@itemprop="datePublished"]'):
        iso = _iso_day(el.get("datetime") or el.text_content())
        if iso:
            return iso
    return None


def htmldate_date(html: str, url: str | None) -> str | None:
    """htmldate, without its extensive search of the page's text (where the body's events are)."""
    try:
        from htmldate import find_date

        found = find_date(html, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a date-guessing failure is no date, not a failed page
        return None
    return _iso_day(found)


def published_date(tree: Any, html: str, meta: dict[str, str], title: str | None, text: str,
                   url: str | None) -> tuple[str | None, str | None]:
    """(ISO date, where it was found: ``date-line``, ``metadata`` or ``htmldate``)."""
    line = date_line(tree, title, text)
    if line:
        return line[0], "date-line"
    iso = metadata_date(tree, meta)
    if iso:
        return iso, "metadata"
    iso = htmldate_date(html, url)
    return (iso, "htmldate") if iso else (None, None)


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
