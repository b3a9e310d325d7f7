"""``ddnews.render``: an article with every fact marked, showing the text exactly as loaded.

(This module is ``rendering``, not ``render``: a submodule ``ddnews.render`` would hide the function.)

displaCy's span renderer is driven manually (``manual=True``) over the *original* text: the text is
cut at every fact boundary (fact offsets mapped back with ``doc._.normal.to_original``, as records
do) and at white space inside facts, and the pieces are the "tokens". displaCy joins tokens with a
space of its own; a marker appended to every piece and removed afterwards takes that space away, so
nothing is added or lost: the visible text is the loaded text, line breaks shown (``pre-wrap``).

>>> import ddnews
>>> html = ddnews.render("Ngày 2/4/2020 ban hành Chỉ thị số 31-CT/TU.\\n\\nVề phòng dịch.")
>>> visible_text(html) == "Ngày 2/4/2020 ban hành Chỉ thị số 31-CT/TU.\\n\\nVề phòng dịch."
True
"""
from __future__ import annotations

import html as htmllib
import re
from typing import Any

from spacy.tokens import Doc

# Joins pieces in place of displaCy's space (a private-use character: never in an article).
_MARK = "\ue000"
# displaCy's span templates without the white space around the text (it would show under pre-wrap).
_TEMPLATE = {
    "span": ('<span style="font-weight: bold; display: inline-block; position: relative; '
             'height: {total_height}px;">{text}{span_slices}{span_starts}</span>'),
    "slice": ('<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
              'width: calc(100% + 2px); position: absolute;"></span>'),
    "start": ('<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; '
              'border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
              '<span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; '
              'position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px">'
              '{label}{kb_link}</span></span>'),
}
#: Colours per fact label (as on the ``ddnews serve`` article page).
COLORS = {"DOCUMENT": "#aa9cfc", "NAMED_DOCUMENT": "#c887fb", "DATE": "#bfe1d9", "OFFICIAL": "#f4b6c2",
          "ORG": "#7aecec", "LOC": "#ff9561", "CLAIM": "#feca74"}
_WRAP = '<div class="ddnews-render" style="white-space: pre-wrap; line-height: 2.5">{}</div>'


def fact_spans(doc: Doc, key: str = "facts") -> list[tuple[int, int, str]]:
    """(start, end, label) of every fact Span, offsets into the text as loaded."""
    nt = doc._.normal
    out = []
    for span in doc.spans[key] if key in doc.spans else []:
        s, e = (nt.to_original(span.start_char, span.end_char) if nt is not None else (span.start_char, span.end_char))
        if s < e:
            out.append((s, e, span.label_))
    return out


def manual_parse(text: str, spans: list[tuple[int, int, str]]) -> dict[str, Any]:
    """displaCy's manual span input: pieces of ``text`` (cut at span boundaries, and at white space
    inside spans) as tokens, and the spans over them."""
    covered = [False] * (len(text) + 1)
    for s, e, _ in spans:
        for i in range(s, e):
            covered[i] = True
    cuts = {0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans}
    for m in re.finditer(r"\s+", text):
        if covered[m.start()] or (m.start() and covered[m.start() - 1]):
            cuts |= {m.start(), m.end()}
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]
    index = {a: i for i, (a, _) in enumerate(pieces)}
    ends = {b: i + 1 for i, (_, b) in enumerate(pieces)}
    return {"text": text, "tokens": [text[a:b] + _MARK for a, b in pieces],
            "spans": [{"start_token": index[s], "end_token": ends[e], "label": label}
                      for s, e, label in spans if s in index and e in ends]}


def render_text(text: str, spans: list[tuple[int, int, str]], *, page: bool = False,
                colors: dict[str, str] | None = None) -> str:
    """displaCy HTML of ``text`` with ``spans`` (offsets into ``text``) marked; the text shown is ``text``."""
    from spacy import displacy

    if _MARK in text:  # cannot happen with real text; keep the output exact anyway
        text = text.replace(_MARK, " ")
    options: dict[str, Any] = {"template": _TEMPLATE, "colors": {**COLORS, **(colors or {})}}
    markup = displacy.render(manual_parse(text, spans), style="span", manual=True, options=options, page=False,
                             jupyter=False)
    body = _WRAP.format(markup.strip().replace(_MARK + " ", "").replace(_MARK, ""))
    if page:
        return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>{body}</body></html>'
    return body


def render(doc: Doc, *, page: bool = False, jupyter: bool | None = None) -> str:
    """HTML of a processed Doc's article, every fact marked, the text exactly as loaded."""
    nt = doc._.normal
    html = render_text(nt.original if nt is not None else doc.text, fact_spans(doc), page=page)
    if jupyter is None:
        from spacy.util import is_in_jupyter

        jupyter = is_in_jupyter()
    if jupyter:
        from IPython.display import HTML, display  # type: ignore[import-not-found]

        display(HTML(html))
    return html


def visible_text(html: str) -> str:
    """The text a browser shows for ``render``'s HTML (labels left out): the article as loaded."""
    no_labels = re.sub(r'<span style="background: [^"]*; z-index: 10;[^>]*>.*?</span>', "", html, flags=re.S)
    inner = re.sub(r"^.*?<div class=\"spans\"[^>]*>|</div>\s*</div>\s*$", "", no_labels, flags=re.S)
    return htmllib.unescape(re.sub(r"<[^>]+>", "", inner))
