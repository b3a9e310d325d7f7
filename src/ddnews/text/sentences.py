"""Sentence and clause boundaries: the one module that cuts an article into sentences and clauses.

The extractors read different units, so there are three sentence rules (each keeps its own boundaries):

* :func:`sentence_around` — a final punctuation mark before white space, or a line break; searched only
  near a span (the sentence in which a date's year is read);
* :func:`capital_sentences` — a final mark before white space and a capital, a quote or a parenthesis, or a
  line break (the sentences of officials' lists and appointment phrases);
* :func:`sentences` — a final mark before white space but not after an abbreviation ("TP.", "UBND."), a
  blank line, or a line break before a capitalised word (a headline, a new paragraph); with
  :func:`clauses` and :func:`major_clauses` inside them, and :func:`headline_end` (the claims).

Each of the last two gives :class:`Segments`, which says by bisection which segment holds a position.  Several
stages cut the same article, so the last few articles' cuts are remembered (a :class:`Segments` is never changed).

>>> text = "Có 5 chi bộ" + chr(10) + "Năm qua, có 5 chi bộ. Tăng 2 chi bộ."
>>> s = sentences(text)
>>> s.starts, s.start(25), s.end(25), clauses(text, s).start(25), headline_end(text)
([0, 12, 33], 12, 33, 20, 11)
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import regex

# A sentence end: final punctuation before white space, or a line break.
_END = regex.compile(r"[.!?…](?=\s)|\n")
# The same where a sentence must open with a capital, a quote or a parenthesis ("TP. Tuy Hòa" goes on).
_END_BEFORE_CAPITAL = regex.compile(r"[.!?…](?=\s+[\p{Lu}\"“(])|\n")
# Sentence ends: final punctuation before a space (not after an abbreviation such as "TP."), a blank
# line, or a line break before a capitalised word (a headline or a new paragraph; "GRDP" continues).
_SENTENCE = regex.compile(
    r"(?<![\s(]\p{Lu}{1,3})(?<![\s(]Tp)[.!?…]+[\"”’)]*(?=\s)|\n[ \t]*\n|\n(?=[ \t•*\-]*\p{Lu}\p{Ll})")
# Clause ends inside a sentence: a change or a list item never reaches across these.
_CLAUSE = re.compile(r"[,;:()\[\]]")
_ABBR = regex.compile(r"\([ \t]*[\p{Lu}\d&\-]{2,10}[ \t]*\)")
# Coarser clause ends for a from→to pair's or a claim's subject ("đơn vị cơ sở … giảm từ 191 …").
_MAJOR = re.compile(r"[;:]")
# The headline: a first line without final punctuation, followed by a line break.
_HEADLINE = regex.compile(r"[ \t]*[^\n]{1,250}(?<![.!?…:;,])(?=[ \t]*\n)")
# A breadcrumb line ("Tin tức » Kinh tế", "Trang chủ / Kiểm tra - Giám sát") or a blank line before the headline.
# a short line right above a breadcrumb line (a site's banner), with the breadcrumb and the blank lines after it
_CRUMB_BELOW = regex.compile(r"[ \t]*[^\n»›]{1,80}\n[ \t]*[^\n]*[»›][^\n]*\n(?:[ \t]*\n)*")
_BREADCRUMB = regex.compile(r"[ \t]*(?:[^\n]*[»›][^\n]*|Trang[ \t]+chủ[ \t]*[/>|][^\n]*)?\n(?:[ \t]*\n)*")


_REMEMBERED = 8     # articles whose cuts are remembered


class Segments:
    """A text of ``length`` characters cut into consecutive segments at the sorted ``starts`` (the first 0)."""

    __slots__ = ("starts", "length")

    def __init__(self, starts: list[int], length: int) -> None:
        self.starts = starts
        self.length = length

    def index(self, pos: int) -> int:
        """Index of the segment holding ``pos``."""
        return bisect_right(self.starts, pos) - 1

    def start(self, pos: int) -> int:
        """Start of the segment holding ``pos``."""
        return self.starts[bisect_right(self.starts, pos) - 1]

    def end(self, pos: int) -> int:
        """End of the segment holding ``pos`` (the start of the next one, or the text's end)."""
        i = bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else self.length


def sentence_around(text: str, start: int, end: int, lookback: int) -> tuple[int, int]:
    """The sentence holding ``[start, end)``: its start (the last sentence end at most ``lookback`` characters
    before ``start``, else the text's start) and its end (the next sentence end, else the text's end)."""
    lo = 0
    for m in _END.finditer(text, max(0, start - lookback), start):
        lo = m.end()
    m = _END.search(text, end)
    return lo, (m.start() if m else len(text))


def capital_sentences(text: str) -> Segments:
    """The sentences of ``text`` where a new sentence opens with a capital, a quote or a parenthesis."""
    return Segments([0] + [m.end() for m in _END_BEFORE_CAPITAL.finditer(text)], len(text))


@lru_cache(maxsize=_REMEMBERED)
def sentences(text: str) -> Segments:
    """The sentences of ``text``: abbreviation-aware full stops, blank lines, line breaks before capitals."""
    return Segments([0] + [m.end() for m in _SENTENCE.finditer(text)], len(text))


@lru_cache(maxsize=_REMEMBERED)
def clauses(text: str, sents: Segments) -> Segments:
    """The comma-bounded clauses inside ``sents``; a short digit-free parenthesis ("tăng trưởng kinh tế (GRDP)
    đạt 7,12%") is part of its clause."""
    inner = {p for m in _ABBR.finditer(text) for p in (m.start(), m.end() - 1)}
    return Segments(sorted(set(sents.starts) | {m.end() for m in _CLAUSE.finditer(text) if m.start() not in inner}),
                    len(text))


@lru_cache(maxsize=_REMEMBERED)
def major_clauses(text: str, sents: Segments) -> Segments:
    """The clauses inside ``sents`` when only ";" and ":" end one."""
    return Segments(sorted(set(sents.starts) | {m.end() for m in _MAJOR.finditer(text)}), len(text))


@lru_cache(maxsize=_REMEMBERED)
def headline_end(text: str, pos: int = 0) -> int:
    """End of the headline: a first line from ``pos`` without final punctuation (below at most three breadcrumb
    lines such as "Tin tức » Kinh tế" or blank lines, and below a site's banner line over the breadcrumb), else 0."""
    crumb = _CRUMB_BELOW.match(text, pos)
    if crumb:
        pos = crumb.end()     # "BÁO X ONLINE\nTrang chủ » Kinh tế": the banner and the breadcrumb under it
    for _ in range(3):
        bm = _BREADCRUMB.match(text, pos)
        if not bm:
            break
        pos = bm.end()
    hm = _HEADLINE.match(text, pos)
    return hm.end() if hm else 0


# a table row's figure between its bars ("- Đảng bộ quận X | 187 | 96,4%")
_NUMBER_CELL = re.compile(r"\|[ \t]*[\d.,]+[ \t]*%?[ \t]*(?:\||$)")


def link_bar(line: str) -> bool:
    """A "Site A | Site B" bar of links: a line cut by "|" with no cell that is a figure (a table's row has some).

    >>> link_bar("Huyện ủy A | Tỉnh ủy B | Trang chủ"), link_bar("- Đảng bộ quận A | 187 | 96,4%")
    (True, False)
    """
    return "|" in line and _NUMBER_CELL.search(line) is None
