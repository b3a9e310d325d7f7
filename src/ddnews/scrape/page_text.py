"""The main text of an article page: title, lead, navigation and banners taken out; the author cleaned.

trafilatura keeps lines that are not the article's: the title repeated, the lead (kept apart as
``lead``), navigation and related-news lines (a line that is the text of a link of the page, or a
related-news heading) and short site banners before the first paragraph; :func:`clean_text` drops them
and :func:`clean_author` drops the site names trafilatura adds to the author. Used by :mod:`.page` (which
re-exports every public name) and :mod:`.page_date`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

_WS = regex.compile(r"\s+")
_LIST_MARK = regex.compile(r"^[\s\-–—•·+»>*]+")
_SENTENCE_END = regex.compile(r"[.!?…:;\"”)]\s*$")


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
