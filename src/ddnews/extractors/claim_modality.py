"""Modality of claims (actual or target) and thresholds that describe existing units.

A claim's modality is its section's (target sections of resolution/plan texts, see
:mod:`ddnews.extractors.claim_sections`), else actual; a modality cue in its own sentence (mục tiêu,
phấn đấu, kế hoạch, dự kiến …, from ``modality_cues.tsv``) wins.  A bound describing a class of units
("các xã có tỷ lệ hộ nghèo trên 30%") stays an actual level with no change, even inside a plan.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from ..text.normalize import fold
from .claim_context import ClaimDoc
from .claim_lexicon import ClaimLexicon
from .claim_scan import Candidate
from .claim_sections import ClaimSections

_FROM = regex.compile(r"(?<![\p{L}\p{M}])từ[ \t]+$")
_DOC_REF = regex.compile(r"[ \t]+(?:số[ \t]*:?[ \t]*)?\d+[ \t]*[-/]")
_YEAR = regex.compile(r"[ \t]*(\d{4})")


class ClaimModality:
    """Decide actual/target for claim candidates (built once with the claim lexicon and section cues)."""

    def __init__(self, lex: ClaimLexicon, sections: ClaimSections) -> None:
        self.lex = lex
        self.sections = sections

    def assign(self, doc: ClaimDoc, cands: list[Candidate], published: str | None) -> None:
        """Set each candidate's modality: its section's, else actual; a cue in its sentence wins."""
        f = doc.folded
        # cue words inside a quantity's own unit or qualifier ("18/29 chỉ tiêu", "đạt 96% kế hoạch") are no aims
        spans = sorted((c.unit_start if c.unit_start else c.number_end, c.end) for c in cands if c.end > c.number_end)
        span_ends = [e for _, e in spans]
        cues = []
        for a, b in doc.windows:
            for m in self.lex.modality.finditer(f, a, b):
                mod, scope, cond = self.lex.modality_of.get(" ".join(m["cue"].split()), ("actual", "sentence", ""))
                k = bisect_right(span_ends, m.start())
                if k < len(spans) and spans[k][0] < m.end():
                    continue  # "18/29 chỉ tiêu": a counted noun, no aim
                if mod == "target" and cond != "verb" \
                        and self.lex.modality_prefix.search(f, max(0, m.start() - 16), m.start()):
                    mod = "actual"  # "vượt kế hoạch", "đạt 96% chỉ tiêu": a result measured against the aim
                if _DOC_REF.match(f, m.end()):
                    continue  # "Kế hoạch số 12-KH/TU": a document's name, no aim
                if cond == "future_year":
                    ym = _YEAR.match(f, m.end())
                    if not ym or (published and int(ym.group(1)) <= int(published[:4])):
                        continue
                elif cond == "past_year":  # "năm 2022 kết nạp 172 đảng viên": the year of a reported result
                    ym = _YEAR.match(f, m.end())
                    if not ym or not published or int(ym.group(1)) >= int(published[:4]):
                        continue
                elif cond == "ignore":
                    continue  # a look-alike ("so với năm 2020": a base of comparison, not the time)
                cues.append((m.start(), m.end(), mod, scope, cond == "past_year"))
        ends = [c[1] for c in cues]
        section = self.sections.modality_map(doc.text, f, published)
        for c in cands:
            if c.consumed:
                continue
            c.modality = section(c.number_start) or "actual"
            if c.modality == "target" and self._achievement(doc, c):
                c.modality = "actual"  # "đạt 95,6% kế hoạch" under an aim heading: a result against the plan
            sent, clause = doc.sentence(c.number_start), doc.clause(c.number_start)
            k = bisect_right(ends, c.number_start)
            for j in range(k - 1, -1, -1):
                s, e, mod, scope, weak = cues[j]
                if s < sent:
                    break
                if scope == "clause" and s < clause:
                    continue
                if weak and self._aim_before(cues, j, sent):
                    continue  # "Mục tiêu năm 2022 là …": an aim stated for a past year stays an aim
                c.modality = mod
                break

    @staticmethod
    def _aim_before(cues: list[tuple], j: int, sent: int) -> bool:
        """True when an aim cue comes before cue ``j`` in the sentence starting at ``sent``."""
        for i in range(j - 1, -1, -1):
            if cues[i][0] < sent:
                return False
            if cues[i][2] == "target":
                return True
        return False

    def _achievement(self, doc: ClaimDoc, c: Candidate) -> bool:
        """True for a share of an aim after an achievement word ("đạt 95,6% kế hoạch", "vượt 8% chỉ tiêu")."""
        if not c.percent or not c.qualifier:
            return False
        m = self.lex.modality.match(fold(c.qualifier))
        if not m or self.lex.modality_of.get(" ".join(m["cue"].split()), ("",))[0] != "target":
            return False
        pre = doc.folded[doc.clause(c.number_start):c.number_start]
        cm = self.lex.comparator_before.search(pre)
        pre = pre[:cm.start()] if cm else pre
        return bool(self.lex.modality_prefix.search(pre.rstrip() + " "))

    def thresholds(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A bound that describes existing units ("các xã có tỷ lệ hộ nghèo trên 30%", "chi bộ có dưới 10 đảng
        viên", "Ấp có từ 350 hộ trở lên được bố trí …") is an actual level, with no change, even in a plan."""
        f = doc.folded
        for c in cands:
            if c.consumed or c.comparator not in (">", ">=", "<") or c.from_value is not None:
                continue
            cs = doc.clause(c.number_start)
            pre = f[cs:c.number_start]
            cm = self.lex.comparator_before.search(pre)
            pre = _FROM.sub("", pre[:cm.start()] if cm else pre)
            m = self.lex.threshold.search(pre)
            if not m:
                continue
            if not m["cls"] and (pre[:m.start()].strip() or not self.lex.threshold_then.match(f, c.unit_end or c.number_end)):
                continue  # "toàn tỉnh có trên 90% …", "Huyện có trên 500 đảng viên.": a level of the unit itself
            c.modality, c.change = "actual", None

