"""The change of a claim (ANNOTATION.md, "Decisions": change): from an explicit cue word in the number's clause,
checked against what the cue applies to (a passive's subject, a rate named after the cue), and the change a list
item shares with the item it continues ("giảm 193 thôn bản, 33 trường học")."""
from __future__ import annotations

import regex

from ...settings import WINDOWS
from .context import ClaimDoc
from .lexicon import DIGIT, YEARS_AND_PERIODS, ClaimLexicon
from .scan import Candidate

_LIST_GAP = regex.compile(r"[;.:()\n\d]")
# a base of comparison closes a change and its item ("tăng 19 đảng viên so với cùng kỳ và 37 trường hợp …")
_COMPARED = regex.compile(r"(?<![\p{L}\p{M}])so[ \t]+với(?![\p{L}\p{M}])")
# "được" right before a change cue: a passive, whose subject is what was admitted or set up
_PASSIVE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])được[ \t]+$")
_RATE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:tỷ|tỉ)[ \t]+lệ[ \t]+$")
# a rate named after the cue and then given its level: "tăng tỷ lệ che phủ rừng đạt 45%" is a level, while
# "giảm tỷ lệ hộ nghèo 1,5%" is the reduction
_RATE_LEVEL = regex.compile(
    r"(?<![\p{L}\p{M}])(?:tỷ|tỉ)[ \t]+lệ(?![\p{L}\p{M}]).*(?<![\p{L}\p{M}])(?:đạt|là|ở[ \t]+mức)[ \t]*$")


class ClaimChanges:
    """The change passes, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    def last_change(self, f: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The last change cue in ``f[start:end]``: (change, cue start, cue end)."""
        found = self.lex.last_change(f, start, end)
        if found is None:
            return None
        change, _, m = found
        return change, m.start(), m.end()

    def _verb_list_change(self, doc: ClaimDoc, c: Candidate) -> tuple[str, str, regex.Match] | None:
        """"xóa tên, chấp thuận ra khỏi đảng đối với 7 đồng chí": verbs joined by a comma share their object, so a
        short clause right before the number's, made of a change cue and at most a word or two, states its change."""
        f = doc.folded
        cs = doc.labelled_clause(c.number_start)
        if cs <= 0 or f[cs - 1:cs] != "," and f[max(0, cs - 2):cs].strip() != ",":
            return None
        prev = doc.clause(max(0, cs - 2))
        words = f[prev:cs].strip(" \t,").split()
        if not words or len(words) > WINDOWS.verb_list_words_max or DIGIT.search(f, prev, cs):
            return None
        found = self.lex.last_change(f, prev, cs)
        return found if found is not None and found[2].start() == prev + len(f[prev:cs]) - len(f[prev:cs].lstrip()) \
            else None

    def _own_change(self, doc: ClaimDoc, c: Candidate) -> tuple[str, int] | None:
        """The change a cue in the number's own clause gives it, checked against what the cue applies to."""
        f = doc.folded
        found = self.lex.last_change(f, doc.labelled_clause(c.number_start), c.number_start) \
            or self._verb_list_change(doc, c)
        if found is None:
            return None
        change, applies, m = found
        if change in ("admit", "establish", "eliminate") and _PASSIVE_BEFORE.search(f, max(0, m.start() - 12),
                                                                                  m.start()):
            return None  # "5 quần chúng được kết nạp thuộc 4 chi bộ": who was admitted comes before
        between = YEARS_AND_PERIODS.sub(" ", f[m.end():c.number_start])  # "kết nạp đảng viên năm 2024 là 150"
        if change == "none" or DIGIT.search(between) or self.lex.blockers.search(between) or len(between.split()) > 10:
            return None
        if _RATE_LEVEL.search(between):
            return None
        if not between[between.rfind("\n") + 1:].strip(" \t") and "\n" in between:
            return None  # a caption line ending in a cue says nothing of the number that starts the next line
        if (c.percent or c.group in ("money", "measure")) and change not in ("increase", "decrease"):
            return None  # shares, rates, amounts are no admissions ("tỷ lệ kết nạp 4,5%", "thành lập … với 14 tỷ")
        if not self.lex.fits(applies, c.group, c.percent):
            return None
        if applies == "percent" and _RATE_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            return None  # "tỷ lệ giảm nghèo 1,2%": a rate named after the change is a level
        return change, m.start()

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give each number the change a cue of its own clause states, or else the change of the list item it
        continues; a qualifier written once after a list goes to its items."""
        prev: Candidate | None = None
        for c in cands:
            if c.consumed:
                continue
            if c.from_value is None:
                own = self._own_change(doc, c)
                if own:
                    c.change, c.ev_start = own[0], min(c.ev_start, own[1])
                elif prev is not None and self._continues(doc, prev, c):
                    c.change, c.list_prev = prev.change, prev
            if c.unit is not None or (c.change is not None and c.from_value is None):
                prev = c  # a bare count with a change still leads a list: "giảm 13 phòng ban và 36 xã"
        for c in reversed(cands):  # a qualifier written once after a list is shared by its items
            if c.list_prev is not None and c.list_prev.qualifier is None:
                c.list_prev.qualifier = c.qualifier

    def _continues(self, doc: ClaimDoc, prev: Candidate, c: Candidate) -> bool:
        """True when ``c`` is the next item of a list that ``prev`` starts ("193 thôn bản, 33 trường học")."""
        if prev.percent != c.percent or (c.unit is None and c.label is None):
            return False
        gap = doc.folded[prev.number_end:c.number_start]
        if len(gap) > 80 or _LIST_GAP.search(gap) or self.lex.change.search(gap) or _COMPARED.search(gap):
            return False
        if not self.lex.coordination.search(gap):
            return False
        if prev.unit is None and (len(gap.split()) > 6 or self.lex.blockers.search(gap)):
            return False  # after a bare count only its own noun may come before the next item
        return True
