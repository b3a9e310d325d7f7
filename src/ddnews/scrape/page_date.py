"""The publication date of an article page: its date line, else its metadata, else htmldate.

The page's Vietnamese date line near the title first ("16:32 - Thứ Tư, 20/11/2019", "Cập nhật lúc 08:30
ngày 12/3/2024", "Thứ Hai, 08/10/2018 - 22:38": a full date with a time, a weekday or a stamp word, outside
any link, before the article's first paragraph); then the page's metadata (``article:published_time``,
JSON-LD ``datePublished``); then htmldate without its extensive search. A date from the body's events is
never taken: the date line must come before the body, and htmldate does not read the body's text. Used by
:mod:`.page` (which re-exports every public name).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import regex

from ..text.dates import DATE_RE, parts, to_iso
from ..text.normalize import fold
from .page_text import _key, collapse

#: How far (characters of the page's visible text) from the title a date line may stand.
DATE_LINE_WINDOW = 1500

_ISO_DAY = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = regex.compile(r"(?<!\d)\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?!\d)")
_STAMP = regex.compile(r"(?<!\w)(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cập\s*nhật|ngày\s*đăng|đăng\s*lúc"
                       r"|đăng\s*ngày|xuất\s*bản|gmt|lúc)(?!\w)")
_CLOCK = regex.compile(r"(?<!\w)hôm\s*nay(?!\w)")
_META_DATES = ("article:published_time", "datepublished", "pubdate", "publishdate", "og:published_time",
               "dc.date.issued", "article:published", "date")


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
