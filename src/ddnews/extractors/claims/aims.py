"""Modality read from the shape of a phrase rather than from a cue word before the number.

These complete :mod:`ddnews.extractors.claims.modality` (ANNOTATION.md, Decisions: modality):

* an aim's value written in a parenthesis right after the aim ("đạt chỉ tiêu Chính phủ giao (4%)") or quoted
  after the resolution or plan that sets it ("Nghị quyết … “Bình quân hằng năm phát triển 2.000 đảng viên”") is
  aimed for, although a result word comes first;
* a duty assigned to each of a kind ("mỗi đảng viên phụ trách 3 hộ") is aimed for;
* the units an aim is assigned to exist ("giao chỉ tiêu cho 22 cơ sở đảng"): their count is actual;
* an aim in a parenthesis right after a change ("tăng 5,69% so với cùng kỳ (kế hoạch là 4%)") is the change aimed
  for: it takes that change;
* a counted thing whose own predicate says it is already so ("trong đó 14 dự án đã có nhà đầu tư") is actual,
  whatever aim the sentence opened with.

>>> from ddnews.extractors.base import Context
>>> from ddnews.extractors.claims import ClaimExtractor
>>> from ddnews.nlp.components import DATA_DIR
>>> from ddnews.text.normalize import fold
>>> ex = ClaimExtractor(DATA_DIR / "claims")
>>> t = "Mỗi đảng viên phụ trách 3 hộ; giao chỉ tiêu cho 12 chi bộ."
>>> [(c["value"], c["modality"]) for c in ex(Context(t, fold(t)))]
[(3.0, 'target'), (12.0, 'actual')]
"""
from __future__ import annotations

import regex

from .context import ClaimDoc
from .lexicon import BODY_GROUPS, ClaimLexicon
from .scan import Candidate

_OPEN_QUOTE = "“\"«"
_CLOSE_QUOTE = "”\"»"
# what an aim's parenthesis may hold before its value ("(từ 1-1,5%)", "(giảm hơn 3%/năm)")
_PAREN_LEAD = regex.compile(r"\([ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}$")
# … and an aim's parenthesis after a change ("(kế hoạch đề ra là 4%)")
_PLAN_LEAD = regex.compile(r"\([ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,5}$")
_AIM_GAP = regex.compile(r"[.;:!?\n\d()]")
_REPORTED = regex.compile(r"[ \t]*(?:đã|hiện đã|đều đã)(?![\p{L}\p{M}])")
_AIM_WORDS = 12   # an aim phrase before its parenthesis ("chỉ tiêu của Chương trình do Quốc hội, Chính phủ giao")
_QUOTE_WORDS = 16  # a resolution's name ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIII") before its aim
_YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")
_DUTY_LOOKBACK = 60  # "mỗi <unit> <up to five words>" before the number
_ALLOT_LOOKBACK = 120  # an allotment of aims ("giao chỉ tiêu mở lớp … năm 2025") before its recipients
_TO_RECIPIENTS = regex.compile(r"(?<![\p{L}\p{M}])cho(?:[ \t]+các)?[ \t]+$")
_COMPARISON_WORDS = 6  # a base of comparison between a change and its aim's parenthesis ("so với cùng kỳ")


class AimShapes:
    """The rules above, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Correct the modality of the candidates these phrase shapes decide."""
        f = doc.folded
        # cheap guards: most articles hold no quotation, no "mỗi"/"từng" and no "giao … cho"
        quoted = any(q in f for q in _OPEN_QUOTE)
        each = "mỗi" in f or "từng" in f
        assigned = "giao" in f or "phân bổ" in f
        prev: Candidate | None = None
        for c in cands:
            if c.consumed or c.unit is None:
                continue
            if (assigned and self._recipient(doc, c)) or self._reported(doc, c):
                c.modality = "actual"
            elif self._aim_value(doc, c, quoted) or (each and self._duty(doc, c)):
                c.modality = "target"
            if prev is not None and self._planned_change(doc, prev, c):
                c.change = prev.change
            prev = c

    @staticmethod
    def _planned_change(doc: ClaimDoc, done: Candidate, c: Candidate) -> bool:
        """"tăng 5,69% so với cùng kỳ (kế hoạch là 4%)": the aim written in a parenthesis right after a change is
        the change aimed for, of the same unit."""
        if c.modality != "target" or c.change is not None or done.change not in ("increase", "decrease") \
                or c.unit_key != done.unit_key:
            return False
        paren = doc.folded.rfind("(", done.end, c.number_start)
        return paren >= 0 and not _AIM_GAP.search(doc.folded[done.end:paren]) \
            and len(doc.folded[done.end:paren].split()) <= _COMPARISON_WORDS \
            and _PLAN_LEAD.search(doc.folded, paren, c.ev_start) is not None

    def _aim_value(self, doc: ClaimDoc, c: Candidate, quoted: bool) -> bool:
        """"đạt chỉ tiêu Chính phủ giao (4%)", "Nghị quyết … “Bình quân hằng năm phát triển 2.000 đảng viên”"."""
        f = doc.folded
        paren = "(" in f[max(0, c.ev_start - 40):c.ev_start]
        if not (paren or quoted) or self.lex.counts_aims(c.unit_key):
            return False  # "(21 chỉ tiêu)": how many aims there are
        sent = doc.sentence(c.number_start)
        pm = _PAREN_LEAD.search(f, max(sent, c.ev_start - 40), c.ev_start) if paren else None
        if pm and self.lex.breakdown.search(f, pm.start(), c.ev_start):
            return False  # "vượt 18,4% chỉ tiêu giao (trong đó nữ 129, …)": the parenthesis breaks down the count
        if pm and not self.lex.achieved.search(f, pm.start(), c.ev_start) \
                and self._ends_in_aim(f, sent, pm.start(), _AIM_WORDS, self.lex.aim_sources_at):
            return True  # "(đạt 105%)" after an aim is a result
        if not quoted:
            return False
        quote = max(f.rfind(q, sent, c.ev_start) for q in _OPEN_QUOTE)
        if quote < 0 or any(q in f[quote + 1:c.number_start] for q in _CLOSE_QUOTE):
            return False
        return self._ends_in_aim(f, sent, quote, _QUOTE_WORDS, self.lex.aim_sources_at)

    @staticmethod
    def _ends_in_aim(f: str, sent: int, end: int, words: int, pattern: regex.Pattern) -> bool:
        """True when an aim word stands in the ``words`` words before ``end``, with no number or clause end."""
        for m in pattern.finditer(f, sent, end):
            gap = _YEAR.sub(" ", f[m.start():end])  # "Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025 “…”"
            if not _AIM_GAP.search(gap) and len(gap.split()) <= words:
                return True
        return False

    def _duty(self, doc: ClaimDoc, c: Candidate) -> bool:
        """"mỗi đảng viên phụ trách 3 hộ": a duty assigned to each of a kind (not a sum of money each gets)."""
        if c.group in ("money", "measure"):
            return False
        n = c.number_start  # "mỗi chi bộ kết nạp ít nhất 1 đảng viên": the verb and the bound are the duty's words
        return bool(self.lex.duty.search(doc.folded, max(doc.clause(n), n - _DUTY_LOOKBACK), n))

    def _recipient(self, doc: ClaimDoc, c: Candidate) -> bool:
        """"giao chỉ tiêu cho 22 cơ sở đảng", "giao chỉ tiêu mở lớp … năm 2025 cho 14 huyện ủy": the units an aim
        is assigned to (an allotment of aims earlier in the clause, what is allotted between it and "cho")."""
        if c.group not in BODY_GROUPS:
            return False
        f, n = doc.folded, c.ev_start
        if self.lex.assign_to.search(f, max(0, n - 40), n):
            return True
        lo = max(doc.clause(n), n - _ALLOT_LOOKBACK)
        cm = _TO_RECIPIENTS.search(f, lo, n)
        return cm is not None and self.lex.allot.search(f, lo, cm.start()) is not None

    def _reported(self, doc: ClaimDoc, c: Candidate) -> bool:
        """"trong đó 14 dự án đã có nhà đầu tư": the thing's own predicate reports it, after an aim stated in an
        earlier clause."""
        if c.modality != "target" or c.mod_cue < 0 or c.mod_cue >= doc.clause(c.number_start):
            return False
        return bool(_REPORTED.match(doc.folded, c.unit_end or c.number_end))
