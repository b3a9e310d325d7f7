"""Sentence and clause structure of an article, for the claim extractor's position look-ups.

A claim's change is read in its clause, its modality in its sentence, and a restated quantity is
recognised by living in another sentence (or in the headline).  :class:`ClaimDoc` computes those
boundaries once per article with cheap regexes over the text.

>>> d = ClaimDoc.build("Có 5 chi bộ" + chr(10) + "Năm qua, có 5 chi bộ. Tăng 2 chi bộ.")
>>> d.headline_end, d.sentence(25), d.clause(25)
(11, 12, 20)
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from ...text.normalize import fold

# Sentence ends: final punctuation before a space (not after an abbreviation such as "TP."), a blank
# line, or a line break before a capitalised word (a headline or a new paragraph; "GRDP" continues).
_SENTENCE = regex.compile(
    r"(?<![\s(]\p{Lu}{1,3})(?<![\s(]Tp)[.!?…]+[\"”’)]*(?=\s)|\n[ \t]*\n|\n(?=[ \t•*\-]*\p{Lu}\p{Ll})")
# Clause ends inside a sentence: a change or a list item never reaches across these.
_CLAUSE = regex.compile(r"[,;:()\[\]]")
_ABBR = regex.compile(r"\([ \t]*[\p{Lu}\d&\-]{2,10}[ \t]*\)")
# Coarser clause ends for a from→to pair's or a claim's subject ("đơn vị cơ sở … giảm từ 191 …").
_MAJOR = regex.compile(r"[;:]")
# The headline: a first line without final punctuation, followed by a line break.
_HEADLINE = regex.compile(r"[ \t]*[^\n]{1,250}(?<![.!?…:;,])(?=[ \t]*\n)")
# A breadcrumb line ("Tin tức » Kinh tế") or a blank line before the headline.
_BREADCRUMB = regex.compile(r"[ \t]*(?:[^\n]*[»›][^\n]*)?\n(?:[ \t]*\n)*")


class ClaimDoc:
    """The article (text and folded text) with its sentence, clause and headline boundaries."""

    __slots__ = ("text", "folded", "sents", "clauses", "majors", "windows", "headline_end")

    def __init__(self, text: str, folded: str, sents: list[int], clauses: list[int], majors: list[int],
                 headline_end: int) -> None:
        self.text, self.folded, self.sents, self.clauses, self.majors = text, folded, sents, clauses, majors
        self.windows: list[tuple[int, int]] = []
        self.headline_end = headline_end

    @classmethod
    def build(cls, text: str, folded: str | None = None) -> "ClaimDoc":
        """Compute the boundaries of ``text`` (``folded`` is ``fold(text)``, computed when not given)."""
        sents = [0] + [m.end() for m in _SENTENCE.finditer(text)]
        # a short digit-free parenthesis ("tăng trưởng kinh tế (GRDP) đạt 7,12%") is part of its clause
        inner = {p for m in _ABBR.finditer(text) for p in (m.start(), m.end() - 1)}
        clauses = sorted(set(sents) | {m.end() for m in _CLAUSE.finditer(text) if m.start() not in inner})
        majors = sorted(set(sents) | {m.end() for m in _MAJOR.finditer(text)})
        pos = 0
        for _ in range(3):  # a breadcrumb trail above the headline ("Tin tức » Kinh tế") is no headline
            bm = _BREADCRUMB.match(text, pos)
            if not bm:
                break
            pos = bm.end()
        hm = _HEADLINE.match(text, pos)
        return cls(text, folded if folded is not None else fold(text), sents, clauses, majors, hm.end() if hm else 0)

    def sentence(self, pos: int) -> int:
        """Start of the sentence holding ``pos``."""
        return self.sents[bisect_right(self.sents, pos) - 1]

    def clause(self, pos: int) -> int:
        """Start of the comma-bounded clause holding ``pos``."""
        return self.clauses[bisect_right(self.clauses, pos) - 1]

    def major(self, pos: int) -> int:
        """Start of the clause holding ``pos`` when only ";", ":" and sentence ends count."""
        return self.majors[bisect_right(self.majors, pos) - 1]

    def set_windows(self, starts: list[int]) -> None:
        """Spans from the start of each sentence holding one of ``starts`` (sorted) to its last one."""
        out: list[tuple[int, int]] = []
        for n in starts:
            s = self.sentence(n)
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], n)
            else:
                out.append((s, n))
        self.windows = out
