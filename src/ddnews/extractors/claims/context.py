"""Sentence and clause structure of an article, for the claim extractor's position look-ups.

A claim's change is read in its clause, its modality in its sentence, and a restated quantity is
recognised by living in another sentence (or in the headline).  :class:`ClaimDoc` computes those
boundaries once per article (:mod:`ddnews.text.sentences`).

>>> d = ClaimDoc.build("Có 5 chi bộ" + chr(10) + "Năm qua, có 5 chi bộ. Tăng 2 chi bộ.")
>>> d.headline_end, d.sentence(25), d.clause(25)
(11, 12, 20)
"""
from __future__ import annotations

from bisect import bisect_right

from ...text.normalize import fold
from ...text.sentences import Segments, clauses, headline_end, major_clauses, sentences


class ClaimDoc:
    """The article (text and folded text) with its sentence, clause and headline boundaries."""

    __slots__ = ("text", "folded", "sents", "clauses", "majors", "windows", "headline_end", "_lines")

    def __init__(self, text: str, folded: str, sents: Segments, clauses: Segments, majors: Segments,
                 headline_end: int) -> None:
        self.text, self.folded, self.sents, self.clauses, self.majors = text, folded, sents, clauses, majors
        self.windows: list[tuple[int, int]] = []
        self.headline_end = headline_end
        self._lines: list[int] | None = None

    @classmethod
    def build(cls, text: str, folded: str | None = None) -> ClaimDoc:
        """Compute the boundaries of ``text`` (``folded`` is ``fold(text)``, computed when not given)."""
        sents = sentences(text)
        return cls(text, folded if folded is not None else fold(text), sents, clauses(text, sents),
                   major_clauses(text, sents), headline_end(text))

    def line(self, pos: int) -> int:
        """Start of the line holding ``pos``."""
        if self._lines is None:
            starts, i = [0], self.text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = self.text.find("\n", i + 1)
            self._lines = starts
        return self._lines[bisect_right(self._lines, pos) - 1]

    def sentence(self, pos: int) -> int:
        """Start of the sentence holding ``pos``."""
        return self.sents.start(pos)

    def clause(self, pos: int) -> int:
        """Start of the comma-bounded clause holding ``pos``."""
        return self.clauses.start(pos)

    def labelled_clause(self, pos: int) -> int:
        """Start of the clause holding ``pos``; when the clause only holds the number after a label's colon
        ("Kết nạp đảng viên mới: 215 đồng chí"), the start of the label (its line or sentence)."""
        cs = self.clauses.start(pos)
        head = self.folded[:cs].rstrip(" \t")
        if cs > 0 and head.endswith(":") and not self.folded[cs:pos].strip(" \t-–+*•"):
            colon = len(head) - 1
            return max(self.sents.start(colon), self.folded.rfind("\n", 0, colon) + 1)
        return cs

    def major(self, pos: int) -> int:
        """Start of the clause holding ``pos`` when only ";", ":" and sentence ends count."""
        return self.majors.start(pos)

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
