"""What "từ" and "trên" before a number say: a from→to pair ("giảm từ 95 bản xuống còn 71 bản") is one claim on
the new level with ``from_value`` the old one; "từ N" in an aim is a lower bound; inside a rate's name "trên N"
says over which units the rate is taken, no bound."""
from __future__ import annotations

import regex

from ...settings import WINDOWS
from .changes import ClaimChanges
from .context import ClaimDoc
from .lexicon import (
    COUNT_THEN_FROM,
    DIGIT,
    FROM_BEFORE,
    PAREN,
    SUBJECT_LEAD,
    TOTAL_THEN_CHANGE,
    YEARS_AND_PERIODS,
    ClaimLexicon,
)
from .scan import Candidate, ClaimScanner

# the name of a rate heading its clause and the rate's value after it ("Tỷ lệ hộ nghèo trên 74 huyện … là 38,6%")
_RATE_HEAD = regex.compile(r"[ \t\-–+*•]*(?:tỷ|tỉ)[ \t]+lệ(?![\p{L}\p{M}])[^\d;:.\n]*$")
_RATE_VALUE = regex.compile(r"[^\d;.\n]{0,40}?(?<![\p{L}\p{M}])(?:là|đạt|chiếm)[ \t]+\d")


# between a level and its old value written after it: ", tăng từ " / ", giảm từ "
_CHANGE_FROM = regex.compile(r"[ \t]*,[ \t]*(?P<cue>tăng|giảm)[ \t]+từ[ \t]+")
# a bare count closing its clause ("tăng 120 so với năm 2022", "giảm 120,")
_CLOSED = regex.compile(r"[ \t]*(?:[;,.)\n]|so[ \t]+với(?![\p{L}\p{M}])|$)")


class FromToPairs:
    """The from→to and preposition passes, built once with the claim lexicon, the scanner (to read a unit) and the
    change passes (to read a pair's change cue)."""

    def __init__(self, lex: ClaimLexicon, scanner: ClaimScanner, changes: ClaimChanges) -> None:
        self.lex = lex
        self.scanner = scanner
        self.changes = changes

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Join "từ A … xuống còn B" into one claim on B with ``from_value`` A."""
        f = doc.folded
        for i, a in enumerate(cands):
            if a.consumed or not FROM_BEFORE.search(f, max(0, a.number_start - 8), a.number_start):
                continue
            for b in cands[i + 1:]:
                if doc.sentence(b.number_start) != doc.sentence(a.number_start):
                    break
                if b.percent != a.percent:
                    continue  # "từ 191 (chiếm 23,27%) xuống còn 183": the share is another quantity
                # "từ 12,5% năm 2020 xuống còn 4,3% năm 2024": the years of the two levels are no numbers between
                gap = YEARS_AND_PERIODS.sub(" ", PAREN.sub(" ", f[a.number_end:b.number_start]))
                if b.comparator is not None:  # "từ 25 xuống còn dưới 5 buôn": the new level is a bound
                    cm = self.lex.comparator_before.search(gap)
                    gap = gap[:cm.start()] if cm else gap
                if DIGIT.search(gap) or ";" in gap or not self.lex.to_cue.search(gap):
                    continue
                b.from_value = a.qty.value
                cs = doc.clause(a.number_start)
                cue = self.changes.last_change(f, cs, a.number_start)
                change = cue[0] if cue and cue[0] in ("increase", "decrease") else None
                if change is None and a.qty.value != b.qty.value:
                    change = "increase" if b.qty.value > a.qty.value else "decrease"
                b.change = change
                b.ev_start = cue[1] if cue else a.number_start
                if b.unit is None:
                    b.unit, b.unit_key, b.group = a.unit, a.unit_key, a.group
                if b.unit is None and not self._counted_before(doc, cands[i - 1] if i else None, a, b):
                    self._subject_unit(doc, a, b)
                a.consumed = True
                break
            if not a.consumed:
                self._level_then_from(doc, cands, i)

    def _level_then_from(self, doc: ClaimDoc, cands: list[Candidate], i: int) -> None:
        """"đạt 58,6%, tăng từ 41,3% năm 2023": a level, then the change from the old one written after it; one claim
        on the level with ``from_value`` the old one."""
        a = cands[i]
        b = cands[i - 1] if i else None
        if b is None or b.consumed or b.from_value is not None or b.percent != a.percent or a.qty.value_max \
                or doc.sentence(b.number_start) != doc.sentence(a.number_start):
            return
        m = _CHANGE_FROM.fullmatch(doc.folded, b.end, a.number_start)
        if m is None or (b.unit is not None and a.unit is not None and a.unit_key != b.unit_key):
            return
        b.from_value = a.qty.value
        b.change = "increase" if m["cue"] == "tăng" else "decrease"
        a.consumed = True

    @staticmethod
    def from_bounds(doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"chỉ tiêu kết nạp … từ 6 đồng chí": in an aim, "từ" before a count that opens neither a range nor a
        from→to pair is a lower bound, like "từ 6 đồng chí trở lên"; in a report it says where from ("đại diện
        cho 9.000 đảng viên từ 70 đảng bộ")."""
        for c in cands:
            if c.consumed or c.comparator is not None or c.unit is None or c.qty.value_max is not None \
                    or c.from_value is not None or c.modality != "target":
                continue
            m = FROM_BEFORE.search(doc.folded, max(0, c.number_start - 8), c.number_start)
            if m:
                c.comparator, c.ev_start = ">=", min(c.ev_start, m.start())

    @staticmethod
    def rate_prepositions(doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"Tỷ lệ hộ nghèo trên 74 huyện nghèo là 38,6%": inside the name of a rate, "trên" says over which units
        the rate is taken, not that the count is a lower bound."""
        f = doc.folded
        for c in cands:
            if c.comparator != ">" or c.percent or not f.startswith("trên", c.ev_start):
                continue
            head = f[doc.clause(c.number_start):c.ev_start]
            if _RATE_HEAD.match(head) and _RATE_VALUE.match(f, max(c.unit_end, c.number_end)):
                c.comparator, c.ev_start = None, c.number_start

    def bare_increments(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A bare increment or decrement closing its clause counts the total right before it ("Tổng số đảng viên
        3.400, tăng 120 so với năm 2022"), else the noun its clause counts after "số" ("Số hộ nghèo giảm 120")."""
        f = doc.folded
        for i, c in enumerate(cands):
            if c.unit is not None or c.label is not None or c.consumed or c.percent or c.from_value is not None \
                    or c.change not in ("increase", "decrease") or not _CLOSED.match(f, c.number_end):
                continue
            prev = cands[i - 1] if i else None
            if prev is not None and prev.unit is not None and not prev.percent and not prev.consumed \
                    and TOTAL_THEN_CHANGE.fullmatch(f, prev.end, c.number_start):
                c.unit, c.unit_key, c.group = prev.unit, prev.unit_key, prev.group
                c.unit_start = c.unit_end = 0
                continue
            led = self._subject_led(doc, c.number_start)
            if led is not None:
                self._take_unit(doc, c, c, led)
                c.unit_start = c.unit_end = 0

    @staticmethod
    def _counted_before(doc: ClaimDoc, prev: Candidate | None, a: Candidate, b: Candidate) -> bool:
        """Give a bare from→to pair right after a count the count's noun: it gives the old and new levels of what
        was counted ("giảm 46 đơn vị hành chính cấp xã, từ 209 xuống còn 163").  True when it did."""
        if prev is None or prev.unit is None or prev.percent != a.percent or prev.consumed \
                or not COUNT_THEN_FROM.fullmatch(doc.folded, prev.end, a.number_start):
            return False
        b.unit, b.unit_key, b.group = prev.unit, prev.unit_key, prev.group
        b.qualifier = b.qualifier or prev.qualifier
        return True

    def _subject_led(self, doc: ClaimDoc, pos: int) -> regex.Match | None:
        """The noun the clause before ``pos`` counts as its subject, after "số" ("… đến nay số thôn, làng chưa có
        chi bộ giảm từ 27 xuống còn 4"), or None."""
        f = doc.folded
        found = list(self.lex.unit_find.finditer(f, doc.major(pos), pos))
        return next((u for u in reversed(found)
                     if SUBJECT_LEAD.search(f, max(0, u.start() - WINDOWS.subject_lead_lookback), u.start())), None)

    def _subject_unit(self, doc: ClaimDoc, a: Candidate, b: Candidate) -> None:
        """Give a bare from→to level the counted noun its clause counts after "số", else the first one (a cited
        document's title before it names no subject)."""
        um = self._subject_led(doc, a.number_start) \
            or self.lex.unit_find.search(doc.folded, doc.major(a.number_start), a.number_start)
        if um:
            self._take_unit(doc, a, b, um)

    def _take_unit(self, doc: ClaimDoc, a: Candidate, b: Candidate, um: regex.Match) -> None:
        """Give ``b`` the counted noun matched by ``um`` before ``a``."""
        # the scanner's reading of a noun list: "Số xóm, tổ dân phố giảm từ …" counts "xóm, tổ dân phố"
        probe = Candidate(um.start(), um.start(), um.start(), um.start(), a.qty)
        self.scanner.read_unit(doc.text, doc.folded, um.start(), probe)
        if probe.unit is None or probe.unit_end > a.number_start:
            probe.unit, probe.unit_key = doc.text[um.start("unit"):um.end("unit")], um["unit"]
            probe.group = self.lex.unit_group.get(" ".join(um["unit"].split()), "thing")
        b.unit = " ".join(probe.unit.split())
        b.unit_key = " ".join(probe.unit_key.split())
        b.group = probe.group or self.lex.unit_group.get(b.unit_key, "thing")
        b.ev_start = min(b.ev_start, um.start("unit"))
