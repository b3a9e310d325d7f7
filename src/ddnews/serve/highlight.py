"""HTML for an article with its facts highlighted (displaCy style) and for search snippets.

Facts may overlap (a place inside an organization, a date inside a document citation): the text is
cut at every fact boundary and each piece is marked with the facts covering it, coloured by the
innermost one; every fact gets an anchor ``<kind>-<id>`` at its start and a label at its end.

>>> html = render_facts("Kết nạp 12 đảng viên.", [{"id": 3, "kind": "claims", "start": 8, "end": 20}])
>>> 'id="claims-3"' in html and '>12 đảng viên<' in html
True
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from ..text.normalize import strip_marks

COLORS = {"documents": "#aa9cfc", "named_documents": "#c887fb", "dates": "#bfe1d9", "officials": "#ddd",
          "organizations": "#7aecec", "locations": "#ff9561", "claims": "#feca74"}
LABELS = {"documents": "DOC", "named_documents": "NAMED", "dates": "DATE", "officials": "PER",
          "organizations": "ORG", "locations": "LOC", "claims": "CLAIM"}
CSS = """
.ddnews-text { line-height: 2.4; white-space: pre-wrap; font-size: 1rem; max-width: 60em; }
mark.ddnews-fact { padding: 0.2em 0.1em; border-radius: 0.3em; line-height: 1; }
mark.ddnews-fact:target, a.ddnews-anchor:target + mark { outline: 3px solid #c00; }
.ddnews-label { font-size: 0.65em; font-weight: bold; vertical-align: middle; margin-left: 0.3em;
  padding: 0 0.2em; border-radius: 0.2em; background: #fff8; text-transform: uppercase; }
mark.ddnews-hit { background: #ffeb3b; }
.ddnews-legend span { display: inline-block; padding: 0.1em 0.5em; margin: 0 0.3em; border-radius: 0.3em; }
"""


def fold_aligned(text: str) -> str:
    """Fold diacritics and đ→d, lower-case, keeping every character at its offset.

    >>> fold_aligned("Tỉnh uỷ Đảng")
    'tinh uy dang'
    """
    out = []
    for ch in text:
        f = strip_marks(ch).lower()[:1] if ord(ch) > 127 else ch.lower()
        out.append(f or " ")
    return "".join(out)


def _terms(query: str) -> list[str]:
    return [t for t in re.findall(r"\w+", fold_aligned(query)) if t]


def render_facts(text: str, facts: Iterable[dict[str, Any]]) -> Markup:
    """The article text as HTML with every fact (``id``, ``kind``, ``start``, ``end``) marked."""
    spans = [f for f in facts if isinstance(f.get("start"), int) and isinstance(f.get("end"), int)
             and 0 <= f["start"] < f["end"] <= len(text)]
    cuts = sorted({0, len(text), *(f["start"] for f in spans), *(f["end"] for f in spans)})
    starts: dict[int, list[dict]] = {}
    ends: dict[int, list[dict]] = {}
    for f in spans:
        starts.setdefault(f["start"], []).append(f)
        ends.setdefault(f["end"], []).append(f)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for f in starts.get(a, []):
            out.append(f'<a class="ddnews-anchor" id="{escape(f["kind"])}-{escape(f["id"])}"></a>')
        covering = [f for f in spans if f["start"] <= a and f["end"] >= b]
        piece = escape(text[a:b])
        if covering:
            inner = min(covering, key=lambda f: f["end"] - f["start"])
            ids = " ".join(f'{f["kind"]}-{f["id"]}' for f in covering)
            title = " | ".join(str(f.get("label") or f["kind"]) for f in covering)
            out.append(f'<mark class="ddnews-fact ddnews-{escape(inner["kind"])}" data-facts="{escape(ids)}" '
                       f'title="{escape(title)}" style="background:{COLORS.get(inner["kind"], "#eee")}">'
                       f'{piece}</mark>')
        else:
            out.append(str(piece))
        for f in ends.get(b, []):
            out.append(f'<span class="ddnews-label">{escape(LABELS.get(f["kind"], f["kind"]))}</span>')
    return Markup(f'<div class="ddnews-text">{"".join(out)}</div>')


def legend() -> Markup:
    """A colour legend of the fact kinds."""
    return Markup('<p class="ddnews-legend">' + "".join(
        f'<span style="background:{c}">{escape(LABELS[k])} = {escape(k)}</span>' for k, c in COLORS.items())
        + "</p>")


def snippet(text: str, query: str, width: int = 240) -> Markup:
    """A window of ``text`` around the first query term, every term occurrence in it marked.

    >>> str(snippet("Có 5 đảng viên mới.", "dang vien"))
    'Có 5 <mark class="ddnews-hit">đảng</mark> <mark class="ddnews-hit">viên</mark> mới.'
    """
    terms = _terms(query)
    if not text:
        return Markup("")
    folded = fold_aligned(text)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, terms)) + r")\b") if terms else None
    first = pattern.search(folded) if pattern else None
    lo = max(0, (first.start() if first else 0) - width // 3)
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for m in (pattern.finditer(folded, lo, hi) if pattern else []):
        out += [str(escape(text[pos:m.start()])), f'<mark class="ddnews-hit">{escape(text[m.start():m.end()])}</mark>']
        pos = m.end()
    out.append(str(escape(text[pos:hi])))
    return Markup(("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else ""))
