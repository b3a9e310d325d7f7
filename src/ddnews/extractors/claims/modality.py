"""Modality of claims (actual or target) and thresholds that describe existing units.

A claim's modality is its section's (target sections of resolution/plan texts, see
:mod:`ddnews.extractors.claim_sections`), else actual; a modality cue in its own sentence (mục tiêu,
phấn đấu, kế hoạch, dự kiến …, from ``modality_cues.tsv``) wins.  A bound describing a class of units
("các xã có tỷ lệ hộ nghèo trên 30%") stays an actual level with no change, even inside a plan.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from ...settings import WINDOWS
from .context import ClaimDoc
from .lexicon import AT_LEAST, DIGIT, FROM_BEFORE, LIST_LINE, YEAR_AFTER, ClaimLexicon
from .scan import Candidate
from .sections import ClaimSections, aims_ahead

_DOC_REF = regex.compile(r"[ \t]+(?:số[ \t]*:?[ \t]*)?\d+[ \t]*[-/]")
_MARK = regex.compile(r"^[\s\-–—+•*·]*(?:[a-zđ\d]{1,2}[.)][ \t]*)?")
# a capitalised cue word inside a sentence is part of a name ("Phòng Tài chính - Kế hoạch")
_IN_NAME = regex.compile(r"[\p{L}\p{M},][ \t]+(?:[-–][ \t]+)?\p{Lu}$")
_LINE = regex.compile(r"[^\n]*\n?")
# the next two words after an aim word ("chỉ tiêu vượt kế hoạch")
_NEXT_WORDS = regex.compile(r"(?:[ \t]+[\p{L}\p{M}]+){1,2}")
# A modality cue: start, end, modality, scope, weak (True, or "verb": only an aim verb overrides it), aim verb.
_Cue = tuple[int, int, str, str, bool | str, bool]


def _closed_paren(f: str, s: int, n: int) -> bool:
    """True when position ``s`` lies in a parenthesis closed before ``n``."""
    o = f.rfind("(", 0, s)
    return o >= 0 and f.rfind(")", o, s) < 0 and 0 <= f.find(")", s, n)


# a span's start right before its "đến năm" ("từ năm 2015 đến năm"), the cue's own words after it
_SPAN_FROM = regex.compile(r"(?<![\p{L}\p{M}])từ[ \t]+(?:năm[ \t]+)?\d{4}[ \t,]*đến[ \t]+năm$")


def _year_holds(f: str, end: int, cond: str, published: str | None) -> bool:
    """Whether a cue ending at ``end`` with condition ``cond`` counts: a "future_year" cue needs a year after the
    publication year, a "past_year" cue a year before it; an "ignore" cue never counts."""
    if cond == "future_year":
        if not published and _SPAN_FROM.search(f, max(0, end - 40), end):
            return False  # "từ năm 2015 đến năm 2020", publication unknown: the end of a span, no deadline
        ym = YEAR_AFTER.match(f, end)
        if not ym or (published and int(ym.group(1)) <= int(published[:4])):
            return False
    elif cond == "past_year":  # "năm 2022 kết nạp 172 đảng viên": the year of a reported result
        ym = YEAR_AFTER.match(f, end)
        if not ym or not published or int(ym.group(1)) >= int(published[:4]):
            return False
    elif cond == "ignore":
        return False  # a look-alike ("so với năm 2020": a base of comparison, not the time)
    return True


# a sentence that opens with "Hiện" ("Hiện toàn huyện còn …", "Hiện, …") reports the present
_NOW_OPENS = regex.compile(r"[ \t\-–+*•]*hiện(?:[ \t]+nay)?(?![\p{L}\p{M}])")

# the aim a number's value is compared with, right before it ("so với mục tiêu 7%", "so với kế hoạch đề ra 120 tỷ")
_COMPARED_AIM = regex.compile(
    r"(?<![\p{L}\p{M}])so(?:[ \t]+với)?[ \t]+(?:các[ \t]+)?(?:mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)"
    r"(?:[ \t]+(?:là|đề[ \t]+ra|đặt[ \t]+ra|được[ \t]+giao|giao))?[ \t]*$")
# an aim noun a few words before a number ("mục tiêu giảm bình quân 2%/năm")
_AIM_NOUN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?=[ \t])")
_NOT_WORDS = regex.compile(r"[^\p{L}\p{M} \t]")
_AIM_VALUE_LOOKBACK = 50


class ClaimModality:
    """Decide actual/target for claim candidates (built once with the claim lexicon and section cues)."""

    def __init__(self, lex: ClaimLexicon, sections: ClaimSections) -> None:
        self.lex = lex
        self.sections = sections

    def assign(self, doc: ClaimDoc, cands: list[Candidate], published: str | None) -> None:
        """Set each candidate's modality: its section's, else actual; a cue in its sentence wins."""
        cues = self._cues(doc, cands, published)
        ends = [c[1] for c in cues]
        section = self.sections.modality_map(doc.text, doc.folded, published)
        blocks = self._lead_blocks(doc, published)
        openers: dict[int, bool] = {}     # paragraph start → whether it opens with an aim
        for c in cands:
            if c.consumed:
                continue
            c.modality = section(c.number_start) or "actual"
            if any(a <= c.number_start < b for a, b in blocks):
                c.modality = "target"
            cue = self._sentence_cue(doc, cues, ends, c)
            mod = cue[2] if cue is not None else None
            c.mod_cue = cue[0] if cue is not None else -1
            if mod is None and c.total is not None and not c.total.consumed \
                    and not self.lex.counts_aims(c.total.unit_key):
                mod = c.total.modality  # a breakdown item is aimed for when its total is ("Trong đó, 6 nữ"); the
                # aims listed after their count ("đề ra 20 chỉ tiêu, trong đó: …") are not the count's fact
            if mod == "target" and cue is not None and not cue[5] and self.lex.counts_aims(c.unit_key):
                mod = "actual"  # "các chỉ tiêu … đã xác định (21 chỉ tiêu)": how many aims there are is a fact
            if mod is None and c.modality == "actual" and self._in_aim_paragraph(doc, c.number_start, openers):
                mod = "target"
            if mod is not None:
                c.modality = mod
            if c.modality == "actual" and self._aim_value(doc.folded, c):
                c.modality = "target"

    def _aim_value(self, f: str, c: Candidate) -> bool:
        """The number states an aim's value right after the aim is named, whatever result the sentence measures
        against it (ANNOTATION.md: "chỉ tiêu as the aimed value"): "so với mục tiêu 7%", "chưa đạt mục tiêu giảm bình
        quân 2%/năm" (an aim noun, then its change and a word or two, then the number)."""
        start = c.ev_start
        lo = max(0, start - _AIM_VALUE_LOOKBACK)
        if _COMPARED_AIM.search(f, lo, start):
            return True
        am = _AIM_NOUN_BEFORE.search(f, lo, start)
        if am is None:
            return False
        cm = self.lex.change.match(f, am.end() + 1)   # the aim's change right after its noun and one space
        return cm is not None and len(f[cm.end():start].split()) <= 2 and not _NOT_WORDS.search(f, cm.end(), start)

    def _aim_opening(self, doc: ClaimDoc, para: int) -> bool:
        """Whether the paragraph starting at ``para`` opens with an aim: its first sentence names one ("Mục tiêu …",
        "… phấn đấu …") before any number, with no result word next to it ("nhiều chỉ tiêu đạt và vượt kế hoạch",
        "đạt và vượt các chỉ tiêu")."""
        f = doc.folded
        first_end = doc.sents.end(para)
        digit = DIGIT.search(f, para, first_end)
        stop = digit.start() if digit else first_end
        for m in self.lex.aim_opener.finditer(f, para, stop):
            before = f[max(para, m.start() - WINDOWS.modality_prefix_lookback):m.start()]
            if self.lex.modality_prefix.search(before):
                continue
            after = _NEXT_WORDS.match(f, m.end())
            if after and self.lex.achieved.search(after.group()):
                continue
            return True
        return False

    def _in_aim_paragraph(self, doc: ClaimDoc, pos: int, openers: dict[int, bool]) -> bool:
        """True for a number in a later sentence of a paragraph that opens with an aim, when its sentence has no
        word of its own that reports what is ("đã", "hiện nay")."""
        para = doc.line(pos)
        sent = doc.sentence(pos)
        if sent <= para:
            return False        # the paragraph's first sentence: its own cues decide
        opens = openers.get(para)
        if opens is None:
            opens = openers[para] = self._aim_opening(doc, para)
        # "Hiện toàn huyện còn 12 bản …", "Tại huyện X, hiện 100% …": the present, reported
        return opens and not self.lex.reported.search(doc.folded, sent, pos) \
            and not _NOW_OPENS.match(doc.folded, sent) and not _NOW_OPENS.match(doc.folded, doc.clause(pos))

    def _cues(self, doc: ClaimDoc, cands: list[Candidate], published: str | None) -> list[_Cue]:
        """The modality cues of the sentences with numbers, and the aim lead-ins ending in a colon, in order."""
        f = doc.folded
        # cue words inside a quantity's own unit or qualifier ("18/29 chỉ tiêu", "đạt 96% kế hoạch") are no aims
        spans = sorted((c.unit_start if c.unit_start else c.number_end, c.end) for c in cands if c.end > c.number_end)
        span_ends = [e for _, e in spans]
        cues: list[_Cue] = []
        for a, b in doc.windows:
            for m in self.lex.modality.finditer(f, a, b):
                k = bisect_right(span_ends, m.start())
                if k < len(spans) and spans[k][0] < m.end():
                    continue  # "18/29 chỉ tiêu": a counted noun, no aim
                cue = self._cue(doc, m, published)
                if cue is not None:
                    cues.append(cue)
        cues.extend(self._inline_leads(doc, cands, published))
        cues.sort()
        return cues

    def _cue(self, doc: ClaimDoc, m: regex.Match, published: str | None) -> _Cue | None:
        """What the modality cue ``m`` says: (start, end, modality, scope, weak, verb), where ``weak`` is true
        for a cue that an earlier aim in its sentence overrides ("verb" when only an aim verb does); None for
        a cue in a name ("Kế hoạch số 12-KH/TU") or whose year condition does not hold."""
        f = doc.folded
        mod, scope, cond = self.lex.modality_of.get(" ".join(m["cue"].split()), ("actual", "sentence", ""))
        weak: bool | str = cond in ("past_year", "weak")
        if mod == "target" and cond != "verb" and self.lex.modality_prefix.search(
                f, max(0, m.start() - WINDOWS.modality_prefix_lookback), m.start()):
            # "vượt kế hoạch", "đạt 96% chỉ tiêu": a result measured against the aim, unless an aim
            # comes first ("phấn đấu …, bảo đảm hoàn thành chỉ tiêu kết nạp 1.400 đảng viên")
            mod, weak = "actual", "verb"
        if mod == "target" and cond != "verb" and self.lex.achieved_after.match(f, m.end()):
            mod = "actual"   # "các chỉ tiêu chủ yếu đều đạt và vượt: …": the aims reported on
        if _DOC_REF.match(f, m.end()) or _IN_NAME.search(
                doc.text, max(0, m.start() - WINDOWS.in_name_lookback), m.start() + 1):
            return None  # "Kế hoạch số 12-KH/TU", "Trưởng phòng Tài chính - Kế hoạch": a name, no aim
        if not _year_holds(f, m.end(), cond, published):
            return None
        return m.start(), m.end(), mod, scope, weak, cond == "verb"

    def _sentence_cue(self, doc: ClaimDoc, cues: list[_Cue], ends: list[int], c: Candidate) -> _Cue | None:
        """The last applicable cue before the number in its sentence, which gives it its modality, or None: a cue
        closed in a parenthesis, a clause-scoped cue of another clause and a weak cue after an aim are skipped."""
        f = doc.folded
        sent, clause = doc.sentence(c.number_start), doc.clause(c.number_start)
        lead = f[clause:c.number_start]
        if clause > sent and self.lex.breakdown.match(f, clause + len(lead) - len(lead.lstrip(" \t,"))):
            clause = doc.clause(clause - 1)  # "chuẩn bị đại hội các cấp, trong đó 100% …": the breakdown's head
        k = bisect_right(ends, c.number_start)
        for j in range(k - 1, -1, -1):
            s, _, _, scope, weak, _ = cues[j]
            if s < sent:
                break
            if _closed_paren(f, s, c.number_start):
                continue  # "(chỉ tiêu 15 đảng viên); xét công nhận … cho 11 đồng chí": the aim stays inside
            if scope == "clause" and s < clause:
                continue
            if weak and self._aim_before(cues, j, sent, weak == "verb"):
                if weak == "verb":  # "sẽ …, hoàn thành các chỉ tiêu năm 2024": a result under an aim verb is aimed for
                    return s, cues[j][1], "target", scope, False, False
                continue  # "Mục tiêu năm 2022 là …": an aim stated for a past year stays an aim
            return cues[j]
        return None

    def _aim_lead(self, f: str, start: int, colon: int, published: str | None) -> bool:
        """True when ``f[start:colon]`` ends in an aim lead-in ("… xác định 19 chỉ tiêu chủ yếu, trong đó"),
        unless it is built on an indicator word for a past time (see :func:`~.sections.aims_ahead`)."""
        m = self.lex.lead_in.search(f, start, colon + 1)
        if not m or self.lex.achieved.search(f, start, colon):
            return False
        if " ".join(m["lead"].split()) in self.lex.indicator_nouns \
                and not aims_ahead(f, m.start(), colon, published, undated=False):
            return False
        for cm in self.lex.modality.finditer(f, m.end(), colon):  # "Chỉ tiêu năm nay đã đạt được như sau:"
            mod, _, cond = self.lex.modality_of.get(" ".join(cm["cue"].split()), ("actual", "", ""))
            if mod == "actual" and cond not in ("ignore", "past_year"):
                return False
        return True

    def _inline_leads(self, doc: ClaimDoc, cands: list[Candidate], published: str | None) -> list[tuple]:
        """Aim lead-ins ending in a colon inside a sentence ("xác định 3 khâu đột phá: …"), as target cues."""
        f, out, seen = doc.folded, [], set()
        for c in cands:
            sent = doc.sentence(c.number_start)
            colon = f.rfind(":", sent, c.number_start)
            if colon < 0 or colon in seen:
                continue
            seen.add(colon)
            if self._aim_lead(f, sent, colon, published):
                out.append((colon, colon + 1, "target", "sentence", False, False))
        return out

    def _lead_blocks(self, doc: ClaimDoc, published: str | None) -> list[tuple[int, int]]:
        """Lists after a line ending in an aim lead-in ("Ban Thường vụ yêu cầu:", "… 19 chỉ tiêu, trong đó:"):
        the bulleted or numbered lines that follow, up to the first plain paragraph, are aimed for."""
        f, out = doc.folded, []
        pos = f.find(":\n")
        while pos >= 0:
            line = f.rfind("\n", 0, pos) + 1
            start = max(line, doc.sentence(pos))
            if self._aim_lead(f, start, pos, published):
                end = p = pos + 2
                for lm in _LINE.finditer(f, pos + 2):
                    if lm.group().strip() and not LIST_LINE.match(lm.group()):
                        break
                    end = lm.end()
                if end > p:
                    out.append((p, end))
            pos = f.find(":\n", pos + 1)
        return out

    @staticmethod
    def _aim_before(cues: list[tuple], j: int, sent: int, verb: bool = False) -> bool:
        """True when an aim cue (an aim verb when ``verb``) comes before cue ``j`` in the sentence at ``sent``."""
        for i in range(j - 1, -1, -1):
            if cues[i][0] < sent:
                return False
            if cues[i][2] == "target" and (cues[i][5] or not verb):
                return True
        return False

    def _condition(self, doc: ClaimDoc, c: Candidate) -> bool:
        """True when the bound after "<unit> có" is a rule's condition: a rule's verb follows it ("Ấp có từ 350 hộ
        trở lên được bố trí …"), or it is closed by "trở lên" and the clause goes on to what the rule sets
        ("Chi bộ có từ 30 đảng viên trở lên bầu 5 chi ủy viên", "Thôn có từ 350 hộ trở lên, …: 6 lần …")."""
        f = doc.folded
        if self.lex.threshold_then.match(f, c.unit_end or c.number_end):
            return True
        if c.comparator != ">=" or not FROM_BEFORE.search(f, max(0, c.ev_start - 6), c.number_start):
            return False
        am = AT_LEAST.search(f, c.number_end, c.end + WINDOWS.at_least_lookahead)
        if not am:
            return False
        rest = f[am.end():am.end() + 3].lstrip(" \t")
        return bool(rest) and rest[0] not in ".;\n!?"

    def scopes(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"ở 7 xã miền núi kết nạp từ 210 đảng viên trở lên": places a following quantity is stated for exist;
        their count is an actual level with no change, even in a plan or a breakdown of a change."""
        f = doc.folded
        for i, c in enumerate(cands[:-1]):
            nxt = cands[i + 1]
            if c.consumed or c.group != "place" or c.percent or c.comparator or c.from_value is not None:
                continue
            if not self.lex.locative.search(f, max(0, c.number_start - 8), c.number_start):
                continue
            gap = f[c.number_end:nxt.number_start]
            if doc.major(nxt.number_start) != doc.major(c.number_start) or "," in gap or len(gap.split()) > 12:
                continue
            c.modality, c.change = "actual", None

    def thresholds(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A bound that describes existing units ("các xã có tỷ lệ hộ nghèo trên 30%", "chi bộ có dưới 10 đảng
        viên", "Ấp có từ 350 hộ trở lên được bố trí …") is an actual level, with no change, even in a plan."""
        f = doc.folded
        for c in cands:
            if c.consumed or c.comparator not in (">", ">=", "<", "<=") or c.from_value is not None:
                continue
            cs = doc.clause(c.number_start)
            pre = f[cs:c.number_start]
            cm = self.lex.comparator_before.search(pre)
            pre = FROM_BEFORE.sub("", pre[:cm.start()] if cm else pre)
            m = self.lex.threshold.search(pre)
            if not m:
                continue
            if not m["cls"] and (_MARK.sub("", pre[:m.start()]).strip() or not self._condition(doc, c)):
                continue  # "toàn tỉnh có trên 90% …", "Huyện có trên 500 đảng viên.": a level of the unit itself
            c.modality, c.change = "actual", None

