"""Mark page chrome (view counters, site clocks, navigation, related-news lists) so no fact comes from it.

Patterns live in ``ddnews_chrome/patterns.jsonl`` and run line by line (one that scans from the end, "(?r)…",
is found last match first and put back in text order); a related-news heading
("Tin liên quan", "Xem thêm:" … from ``related_headings.tsv``) starts a block that runs to the next
blank line.  Every chrome span is blocked and blanked in the folded text (spaces keep
the length), so no later extractor, which all match on the folded text, can find a fact there.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import regex

from ..lexicon import load_words, parse_jsonl_patterns
from ..settings import WINDOWS
from ..text.patterns import RE_WHITE_SPACE, trie_alternation
from .base import Context, Extractor, Found

_SHORT_LINE = regex.compile(r"(?m)^[^\n]{1,250}$")
_BLOCK_END = regex.compile(r"\n[^\S\n]*\n|\Z")
_NOT_NEWLINE = regex.compile(r"[^\n]")


class ChromeExtractor(Extractor):
    """Find chrome spans; output dicts carry ``start``, ``end`` and the ``pattern_id`` that fired."""

    key = "chrome"

    def __init__(self, data_dir: Path):
        path = Path(data_dir) / "patterns.jsonl"
        self.patterns = parse_jsonl_patterns(path.read_text(encoding="utf-8"), path)
        for pat in self.patterns:  # "^"/"$" anchor each line
            pat["compiled"] = regex.compile(pat["pattern"], regex.V1 | regex.MULTILINE)
        # one alternation per haystack of the whole-line patterns: most lines match none, and one match tells
        self.any_line = {on: _any_of([p for p in self.patterns if p["pattern"].startswith("^")
                                      and (p.get("on") == "text") == (on == "text")]) for on in ("text", "folded")}
        # a heading alone on its line (stdlib ``re``, several times faster here, with ``regex``'s white space)
        blank = r"[^\S\n\x1c-\x1f]"    # RE_WHITE_SPACE but a line break
        headings = trie_alternation(load_words(Path(data_dir) / "related_headings.tsv"))
        headings = headings.replace(r"\s+", RE_WHITE_SPACE + "+")
        self.related_re = re.compile(rf"(?m)^{blank}*{headings}{blank}*:?{blank}*$")

    def extract(self, ctx: Context) -> Found:
        out: list[dict[str, Any]] = []
        # Whole-line patterns ("^…$") can only match short lines: try them there, line by line (so none
        # crosses a line); the others run once over the whole text.
        anchored = [p for p in self.patterns if p["pattern"].startswith("^")]
        for pat in (p for p in self.patterns if not p["pattern"].startswith("^")):
            hay = ctx.text if pat.get("on") == "text" else ctx.folded
            found = pat["compiled"].finditer(hay)
            if pat["compiled"].flags & regex.REVERSE:   # "(?r)…" scans from the end: its matches come last first
                found = reversed(list(found))
            out.extend({"start": m.start(), "end": m.end(), "pattern_id": pat["id"]}
                       for m in found if m.end() > m.start())
        any_text, any_folded = self.any_line["text"], self.any_line["folded"]
        for line in _SHORT_LINE.finditer(ctx.text):
            s, e = line.span()
            if any_text is not None and any_folded is not None and not any_text.match(ctx.text, s, e) \
                    and not any_folded.match(ctx.folded, s, e):
                continue
            for pat in anchored:
                hay = ctx.text if pat.get("on") == "text" else ctx.folded
                m = pat["compiled"].match(hay, s, e)
                if m and m.end() > m.start():
                    out.append({"start": m.start(), "end": m.end(), "pattern_id": pat["id"]})
        for m in self.related_re.finditer(ctx.folded):
            end = _BLOCK_END.search(ctx.folded, m.end() + 1).start()
            if end - m.start() <= WINDOWS.related_block_max:
                out.append({"start": m.start(), "end": end, "pattern_id": "related-news"})
        return Found({self.key: out}, blocked=[(c["start"], c["end"], "chrome") for c in out],
                     folded=_blank(ctx.folded, out))


def _blank(folded: str, spans: list[dict]) -> str:
    """``folded`` with every span replaced by spaces (newlines kept), same length."""
    if not spans:
        return folded
    pieces = []
    pos = 0
    for s, e in sorted((c["start"], c["end"]) for c in spans):
        if e <= pos:
            continue
        s = max(s, pos)
        pieces.append(folded[pos:s])
        pieces.append(_NOT_NEWLINE.sub(" ", folded[s:e]))
        pos = e
    pieces.append(folded[pos:])
    return "".join(pieces)


def _any_of(patterns: list[dict[str, Any]]) -> regex.Pattern | None:
    """One pattern matching where any of ``patterns`` does (None when they cannot be combined: each is then tried)."""
    if not patterns:
        return regex.compile(r"(?!)")
    try:
        return regex.compile("|".join(f"(?:{p['pattern']})" for p in patterns), regex.V1 | regex.MULTILINE)
    except regex.error:
        return None
