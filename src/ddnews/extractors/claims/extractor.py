"""Extract quantitative claims: counts, percentages, ratios, money and ranges, with change and modality.

The scanner (:mod:`.scan`) finds each number with its unit, comparator and qualifier; :mod:`.subjects`,
:mod:`.items`, :mod:`.lists`, :mod:`.modality` and :mod:`.aims` read what the words around it say.  This
module runs the passes in order and reads the sentence around each number, following ANNOTATION.md
("Claims in detail" and the "Decisions"):

* a from→to pair ("giảm từ 95 bản xuống còn 71 bản") is one claim with ``from_value``;
* the change comes from explicit cue words in the number's clause ("tăng", "giảm", "kết nạp", "xóa",
  "thành lập"), and list items and breakdown items share the change of the item they continue;
* a breakdown item that names only a category ("trong đó 564 nữ") counts the total's unit;
* modality is "target" when an aim cue (mục tiêu, chỉ tiêu, phấn đấu, dự kiến, sẽ …) comes before the
  number in its sentence, unless a result cue comes later; without a cue, the section decides
  (:mod:`ddnews.extractors.claim_sections`: "II. MỤC TIÊU", "QUYẾT NGHỊ: … Điều 1." in a rule or plan);
* a bound describing existing units ("các xã có tỷ lệ hộ nghèo trên 30%", "chi bộ có dưới 10 đảng viên") is
  an actual level without change, even in a plan;
* one quantity restated in another sentence is listed once: a headline or lead figure keeps the body's more
  precise statement, a restatement without the change or with "em"/"người" for the people counted is dropped;
* "từ N" in an aim is a lower bound; inside a rate's name "trên N" is no bound ("Tỷ lệ … trên 74 huyện là …");
* a flattened table ("Chỉ tiêu | Kế hoạch | Thực hiện") gives one claim per cell
  (:mod:`ddnews.extractors.claim_table`); page chrome (related-news lists too) gives none.

>>> from pathlib import Path
>>> from ddnews.extractors.base import Context
>>> from ddnews.text.normalize import fold
>>> ex = ClaimExtractor(Path("models/ddnews_vi/ddnews_claims"))
>>> t = "Toàn tỉnh đã giảm 193 thôn bản, 33 trường học chưa có chi bộ."
>>> [(c["value"], c["unit"], c["change"]) for c in ex(Context(t, fold(t)))]
[(193.0, 'thôn bản', 'decrease'), (33.0, 'trường học', 'decrease')]
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any

import regex

from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.numbers import Quantity
from ..base import Context, Extractor
from .aims import AimShapes
from .context import ClaimDoc
from .items import ClaimItems
from .lexicon import DIGIT, FROM_BEFORE, PAREN, YEARS_AND_PERIODS, ClaimLexicon
from .lists import NamedLists
from .modality import ClaimModality
from .scan import Candidate, ClaimScanner
from .sections import ClaimSections
from .subjects import ClaimSubjects
from .table import ClaimTables

# "Trong số đảng viên mới kết nạp: …", "Trong số các đảng viên mới có 6 …": the head a breakdown's items belong to
_HEADER = regex.compile(
    r"(?<![\p{L}\p{M}])trong(?:[ \t]+tổng)?[ \t]+số[ \t]+(?P<head>[^:;,.\d\n]{1,80}?)(?:[:,]|[ \t]+có(?=[ \t]))")
_NEW = regex.compile(r"[ \t]+mới(?![\p{L}\p{M}])")
_ITEM_END = regex.compile(r"[ \t]*(?:[,;.()\n]|$|(?:và|hoặc)(?![\p{L}\p{M}]))")
_LEAD = regex.compile(r"(?:[ \t,]*(?:có|là|số|thì)(?![\p{L}\p{M}]))+")
_LIST_GAP = regex.compile(r"[;.:()\n\d]")
# a base of comparison closes a change and its item ("tăng 19 đảng viên so với cùng kỳ và 37 trường hợp …")
_COMPARED = regex.compile(r"(?<![\p{L}\p{M}])so[ \t]+với(?![\p{L}\p{M}])")
_LONG_LINE = regex.compile(r"[^\n]{80,}")  # a lead paragraph, not a date line, a menu item or a caption
_TOP_LINE = regex.compile(r"[^\n]+")
# "được" right before a change cue: a passive, whose subject is what was admitted or set up
_PASSIVE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])được[ \t]+$")
# the name of a rate heading its clause and the rate's value after it ("Tỷ lệ hộ nghèo trên 74 huyện … là 38,6%")
_RATE_HEAD = regex.compile(r"[ \t\-–+*•]*(?:tỷ|tỉ)[ \t]+lệ(?![\p{L}\p{M}])[^\d;:.\n]*$")
_RATE_VALUE = regex.compile(r"[^\d;.\n]{0,40}?(?<![\p{L}\p{M}])(?:là|đạt|chiếm)[ \t]+\d")
_RATE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:tỷ|tỉ)[ \t]+lệ[ \t]+$")


class ClaimExtractor(Extractor):
    """Quantitative claims of an article (``ctx.facts["claims"]``), one dict per claim.

    Args:
        data_dir: the ``ddnews_claims`` data folder (lexicons, validated and compiled once).
    """

    key = "claims"

    def __init__(self, data_dir: Path) -> None:
        self.lex = ClaimLexicon.load(Path(data_dir))
        self.scanner = ClaimScanner(self.lex)
        self.modality = ClaimModality(self.lex, ClaimSections.load(Path(data_dir)))
        self.items = ClaimItems(self.lex)
        self.lists = NamedLists(self.lex)
        self.aims = AimShapes(self.lex)
        self.subjects = ClaimSubjects(self.lex)
        self.tables = ClaimTables.load(self.lex, Path(data_dir))

    def find(self, ctx: Context) -> list[dict[str, Any]]:
        """Extract the claims of one article.

        Args:
            ctx: the article (``text``, ``folded``; ``blocked`` spans yield no claims).

        Returns:
            Claim dicts with ``start``/``end`` (evidence span), ``number_start``/``number_end``,
            ``value``, ``value_max``, ``denominator``, ``from_value``, ``unit``, ``qualifier``,
            ``change``, ``modality``, ``comparator`` and ``subject``.
        """
        text, folded = ctx.text, ctx.folded
        # page chrome (related-news lists included) is blanked in ctx.folded and listed in ctx.blocked
        cands = self.scanner.scan(text, folded, ctx.is_blocked if ctx.blocked else None)
        if not cands:
            return []
        doc = ClaimDoc.build(text, folded)
        # context cues are only read in sentences that hold a number, up to their last number
        doc.set_windows([c.number_start for c in cands])
        self.subjects.aliases(doc, cands)
        self.subjects.counters(doc, cands)
        self.subjects.labelled_counts(doc, cands)
        self.items.parts_of_totals(doc, cands)
        self._pair_from_to(doc, cands)
        self._changes(doc, cands)
        self.items.named_items(doc, cands)
        self.items.passives(doc, cands)
        self.items.paren_changes(doc, cands)
        self.items.averages(doc, cands)
        self.items.equivalents(doc, cands)
        self.items.quota_changes(doc, cands)
        self._breakdowns(doc, cands)
        self.items.elliptic_items(doc, cands, self.scanner)
        self.lists.apply(doc, cands)
        self.lists.bare_changes(doc, cands)
        self.modality.assign(doc, cands, ctx.published)
        self.modality.thresholds(doc, cands)
        self.modality.scopes(doc, cands)
        self.aims.apply(doc, cands)
        self._from_bounds(doc, cands)
        self._rate_prepositions(doc, cands)
        self._place_units(doc, cands)
        self.tables.apply(doc, cands)
        out = self._emit(doc, cands)
        if ctx.facts:
            self._subjects(doc, ctx, out)
            out = self.items.subject_copies(doc, ctx.facts, out)
        return out

    # ------------------------------------------------------------------ from → to

    def _pair_from_to(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
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
                gap = PAREN.sub(" ", f[a.number_end:b.number_start])
                if b.comparator is not None:  # "từ 25 xuống còn dưới 5 buôn": the new level is a bound
                    cm = self.lex.comparator_before.search(gap)
                    gap = gap[:cm.start()] if cm else gap
                if DIGIT.search(gap) or ";" in gap or not self.lex.to_cue.search(gap):
                    continue
                b.from_value = a.qty.value
                cs = doc.clause(a.number_start)
                cue = self._last_change(f, cs, a.number_start)
                change = cue[0] if cue and cue[0] in ("increase", "decrease") else None
                if change is None and a.qty.value != b.qty.value:
                    change = "increase" if b.qty.value > a.qty.value else "decrease"
                b.change = change
                b.ev_start = cue[1] if cue else a.number_start
                if b.unit is None:
                    b.unit, b.unit_key, b.group = a.unit, a.unit_key, a.group
                if b.unit is None:
                    self._subject_unit(doc, a, b)
                a.consumed = True
                break

    @staticmethod
    def _from_bounds(doc: ClaimDoc, cands: list[Candidate]) -> None:
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
    def _rate_prepositions(doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"Tỷ lệ hộ nghèo trên 74 huyện nghèo là 38,6%": inside the name of a rate, "trên" says over which units
        the rate is taken, not that the count is a lower bound."""
        f = doc.folded
        for c in cands:
            if c.comparator != ">" or c.percent or not f.startswith("trên", c.ev_start):
                continue
            head = f[doc.clause(c.number_start):c.ev_start]
            if _RATE_HEAD.match(head) and _RATE_VALUE.match(f, max(c.unit_end, c.number_end)):
                c.comparator, c.ev_start = None, c.number_start

    def _subject_unit(self, doc: ClaimDoc, a: Candidate, b: Candidate) -> None:
        """Give a bare from→to level the counted noun its clause starts with."""
        ms = doc.major(a.number_start)
        um = self.lex.unit_find.search(doc.folded, ms, a.number_start)
        if um:
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

    # ------------------------------------------------------------------ change

    def _last_change(self, f: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The last change cue in ``f[start:end]``: (change, cue start, cue end)."""
        found = self.lex.last_change(f, start, end)
        if found is None:
            return None
        change, _, m = found
        return change, m.start(), m.end()

    def _own_change(self, doc: ClaimDoc, c: Candidate) -> tuple[str, int] | None:
        """The change a cue in the number's own clause gives it, checked against what the cue applies to."""
        f = doc.folded
        found = self.lex.last_change(f, doc.labelled_clause(c.number_start), c.number_start)
        if found is None:
            return None
        change, applies, m = found
        if change in ("admit", "establish", "eliminate") and _PASSIVE_BEFORE.search(f, max(0, m.start() - 12),
                                                                                  m.start()):
            return None  # "5 quần chúng được kết nạp thuộc 4 chi bộ": who was admitted comes before
        between = YEARS_AND_PERIODS.sub(" ", f[m.end():c.number_start])  # "kết nạp đảng viên năm 2024 là 150"
        if change == "none" or DIGIT.search(between) or self.lex.blockers.search(between) or len(between.split()) > 10:
            return None
        if not between[between.rfind("\n") + 1:].strip(" \t") and "\n" in between:
            return None  # a caption line ending in a cue says nothing of the number that starts the next line
        if c.percent and change not in ("increase", "decrease"):
            return None  # shares and rates are no admissions ("tỷ lệ kết nạp 4,5%")
        if not self.lex.fits(applies, c.group, c.percent):
            return None
        if applies == "percent" and _RATE_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            return None  # "tỷ lệ giảm nghèo 1,2%": a rate named after the change is a level
        return change, m.start()

    def _changes(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
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

    # ------------------------------------------------------------------ breakdowns

    def _breakdowns(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give breakdown items ("trong đó 564 nữ", "48 đảng viên (khiển trách 30, …)") the total's unit and change."""
        f = doc.folded
        cues = [(m.start(), m.end()) for a, b in doc.windows for m in self.lex.breakdown.finditer(f, a, b)]
        headers = [h for h in (self._header(doc, m) for m in _HEADER.finditer(f)) if h is not None]
        for i, c in enumerate(cands):
            if c.consumed or c.from_value is not None or c.percent:
                continue  # the percentages of a breakdown keep their own (null) change
            total, lead = self._total(doc, cands, i, cues, headers)
            if total is None:
                continue
            if c.unit is None and c.label is None and doc.sentence(total.number_start) != doc.sentence(c.number_start):
                continue  # across sentences only a counted noun or a category label marks a breakdown item
            relabel = c.label is not None and c.unit is not None and c.unit_key != total.unit_key \
                and total.group in ("member", "person")
            # "kết nạp 215 đảng viên, trong đó nữ 98 đồng chí": a counting noun counts the total's members
            counter = c.unit is not None and c.label is None and c.unit_key in self.lex.counters \
                and total.group in ("member", "person") and total.unit_key not in self.lex.counters
            if c.unit is None and c.label is None and not self._bare_item(doc, c, lead):
                continue
            if c.unit is None or relabel or counter:
                c.unit, c.unit_key, c.group = total.unit, total.unit_key, total.group
                c.unit_start = c.unit_end = 0
                if c.label:
                    c.qualifier = c.label
                elif counter:
                    sep = max(f.rfind(",", lead, c.number_start), f.rfind(";", lead, c.number_start), lead - 1) + 1
                    lm = self.lex.label_at.match(f, sep)
                    if lm and not f[lm.end():c.number_start].strip():
                        c.qualifier = " ".join(doc.text[lm.start("label"):lm.end("label")].split())
                        c.ev_start = min(c.ev_start, lm.start("label"))
                else:
                    # "trong đó số đã có tổ chức đảng 1.417", "khiển trách 30": the words before the number
                    sep = max(f.rfind(",", lead, c.number_start), f.rfind(";", lead, c.number_start)) + 1
                    lm = _LEAD.match(f, max(lead, sep), c.number_start)
                    q0 = lm.end() if lm else max(lead, sep)
                    q0 += len(f[q0:c.number_start]) - len(f[q0:c.number_start].lstrip())
                    c.qualifier = " ".join(doc.text[q0:c.number_start].split()).strip(" ,:") or None
                    c.ev_start = min(c.ev_start, q0)
            if c.change is None and total.change is not None:
                c.change = total.change
            c.total = total

    def _bare_item(self, doc: ClaimDoc, c: Candidate, lead: int) -> bool:
        """A number without a noun is a breakdown item only as "label N" closed by punctuation ("nữ 359,"), or as
        "category: N" ("(nữ: 140; dân tộc thiểu số: 85)")."""
        f = doc.folded
        if not _ITEM_END.match(f, c.number_end):
            return False
        sep = max(f.rfind(",", lead, c.number_start), f.rfind(";", lead, c.number_start), lead - 1) + 1
        words = f[sep:c.number_start]
        if ":" in words:
            lm = self.lex.label_at.match(f, sep)
            return bool(lm) and f[lm.end():c.number_start].strip() == ":"
        return 0 < len(words.split()) <= 6  # "50, 45, 40 năm": a number list has no label

    def _total(self, doc: ClaimDoc, cands: list[Candidate], i: int, cues: list[tuple[int, int]],
               headers: list[Candidate]) -> tuple[Candidate | None, int]:
        """The total a candidate breaks down, and where the breakdown's words start (or ``None``)."""
        f, c = doc.folded, cands[i]
        sent = doc.sentence(c.number_start)
        cue = None
        for s, e in cues:
            if sent <= s and e <= c.number_start:
                cue = (s, e)
        if cue is not None and self.lex.total_reset.search(f, cue[1], c.number_start):
            cue = None  # "…, trong đó 20 nữ, nâng tổng số đảng viên lên 3.400 người": a level, no part
        if cue is not None:
            # "… kết nạp 40 đảng viên. Trong đó, 12 nữ": a sentence that opens with the cue breaks down the last
            # total of the sentence before
            home = doc.sentence(sent - 1) if sent > 0 and not f[sent:cue[0]].strip(" \t\n-–+*•,") else sent
            total = next((t for t in reversed(cands[:i]) if t.number_end <= cue[1] and t.unit is not None
                          and not t.percent and not t.consumed and home <= doc.sentence(t.number_start) <= sent),
                         None)
            if total is not None:
                return total, cue[1]
        paren = f.rfind("(", sent, c.number_start)
        if paren >= 0 and f.find(")", paren, c.number_start) < 0:
            # a parenthesis opened right after a total: "48 đảng viên (khiển trách 30, cảnh cáo 12)"
            total = next((t for t in reversed(cands[:i]) if t.end <= paren and t.unit is not None and not t.percent
                          and not t.consumed and not f[t.end:paren].strip()), None)
            if total is not None:
                return total, paren + 1
        for h in headers:
            if sent <= h.number_start and h.end <= c.number_start and doc.sentence(h.number_start) == sent:
                return h, h.end
        return None, 0

    def _header(self, doc: ClaimDoc, m: regex.Match) -> Candidate | None:
        """A pseudo-total from "Trong số đảng viên mới kết nạp: …" (its unit and change)."""
        um = self.lex.unit_find.search(doc.folded, m.start("head"), m.end("head"))
        if not um:
            return None
        h = Candidate(m.start(), m.end(), m.start(), m.start(), Quantity(0.0))
        h.unit = " ".join(doc.text[um.start("unit"):um.end("unit")].split())
        h.unit_key = " ".join(um["unit"].split())
        h.group = self.lex.unit_group.get(h.unit_key, "thing")
        cue = self._last_change(doc.folded, m.start("head"), m.end("head"))
        if cue and cue[0] != "none":
            h.change = cue[0]
        elif h.group == "member" and _NEW.match(doc.folded, um.end("unit")):
            h.change = "admit"  # "Trong số đảng viên mới, có 210 nữ": the members just admitted
        return h

    def _place_units(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"thành lập 2 chi bộ ấp": a unit with one place word counts "chi bộ ấp", unless the sentence lists
        several such units ("7 chi bộ thôn, 3 chi bộ trường học"), where the place is a category (qualifier)."""
        for c in cands:
            if not c.place_end or c.consumed or c.unit_end <= c.number_end:
                continue
            sent = doc.sentence(c.number_start)
            if any(o is not c and o.unit_key == c.unit_key and doc.sentence(o.number_start) == sent for o in cands):
                continue
            c.unit = " ".join(doc.text[c.unit_start:c.place_end].split())
            c.unit_key = " ".join(doc.folded[c.unit_start:c.place_end].split())
            c.unit_end = c.place_end
            c.qualifier, tail = self.scanner.qualifier(doc.text, doc.folded, c.place_end)
            c.end = max(c.place_end, tail)

    # ------------------------------------------------------------------ subject

    def _subjects(self, doc: ClaimDoc, ctx: Context, claims: list[dict[str, Any]]) -> None:
        """Best effort: the named body or place a claim is about ("Đảng bộ huyện X (kết nạp 143 …)").

        The subject is the organization or location found by the earlier extractors that ends last
        before the number within the same clause (clauses end at ";", ":" and sentence ends).
        """
        bodies = sorted((f["end"], -f["start"], f["start"]) for key in ("organizations", "locations")
                         for f in ctx.facts.get(key, []) if isinstance(f, dict) and "start" in f and "end" in f)
        if not bodies:
            return
        ends = [b[0] for b in bodies]
        for claim in claims:
            n = claim["number_start"]
            k = bisect_right(ends, n) - 1
            if k >= 0 and bodies[k][2] >= doc.major(n):
                claim["subject"] = " ".join(doc.text[bodies[k][2]:bodies[k][0]].split())

    # ------------------------------------------------------------------ output

    @staticmethod
    def _statement(doc: ClaimDoc, c: Candidate) -> int:
        """Where the statement holding ``c`` starts: its sentence or its line, whichever starts later (a caption
        repeated on the next line restates it)."""
        return max(doc.sentence(c.number_start), doc.line(c.number_start))

    @staticmethod
    def _title(doc: ClaimDoc) -> tuple[str, int]:
        """The folded title line (the first of the top lines with five words or more and no final punctuation,
        below page chrome such as "mask" or a date) and where it ends; ("", headline end) when there is none."""
        f = doc.folded
        for m in _TOP_LINE.finditer(f, 0, min(len(f), WINDOWS.date_line_top)):
            line = " ".join(m.group().split())
            if len(line.split()) >= 5 and line[-1] not in ".!?:;":
                return line, m.end()
        return "", doc.headline_end

    @staticmethod
    def _lead_end(doc: ClaimDoc, title_end: int) -> int:
        """End of the article's top: the title and the lead, the first sentence of the first long line after it."""
        for m in _LONG_LINE.finditer(doc.text, title_end):
            return min(m.end(), doc.sents.end(m.start()))
        return title_end

    def _restated_at_top(self, doc: ClaimDoc, cands: list[Candidate]) -> set[int]:
        """Claims of the headline and lead that the body states again, more precisely: the body's statement
        stands ("Giảm 1-1,5% hộ nghèo" in the headline, "mục tiêu … giảm từ 1 - 1,5%" in the body: one aimed-for
        claim; "63%" in the headline, "chiếm gần 63%" in the body: one approximate claim)."""
        f = doc.folded
        title, title_end = self._title(doc)
        top = self._lead_end(doc, title_end)

        # captions that repeat the headline ("63% đảng viên mới … ảnh 1"): lines opening with its first words
        captions: list[tuple[int, int]] = []
        head = " ".join(title.split()[:3])
        pos = f.find(head, title_end) if head else -1
        while pos >= 0:
            line_end = f.find("\n", pos)
            line_end = len(f) if line_end < 0 else line_end
            if not f[f.rfind("\n", 0, pos) + 1:pos].strip() \
                    and " ".join(f[pos:pos + len(title) + 8].split()).startswith(title):
                captions.append((pos, line_end))
            pos = f.find(head, line_end)

        def place(c: Candidate) -> int:  # 2: the headline or a caption repeating it, 1: the lead, 0: the body
            n = c.number_start
            if n < title_end or any(a <= n < b for a, b in captions):
                return 2
            return 1 if n < top else 0

        live = [(c, place(c)) for c in cands if not c.consumed and c.unit is not None]
        drop: set[int] = set()
        for c, c_place in live:
            q = (c.qty, c.from_value, c.unit_key)
            # restated lower down: the lead restates the headline, the body restates both
            if c_place and any((o.qty, o.from_value, o.unit_key) == q and c.comparator in (None, o.comparator)
                               and c.change in (None, o.change) and o_place < c_place for o, o_place in live):
                drop.add(id(c))
        return drop

    def _emit(self, doc: ClaimDoc, cands: list[Candidate]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        restated = self._restated_at_top(doc, cands)
        seen: dict[tuple, list[tuple[int, str | None]]] = {}
        # the new levels of from→to pairs (a headline may state the level before the body's pair)
        levels = [(c.qty.value, c.unit_key, c.modality, doc.sentence(c.number_start),
                   doc.folded[doc.sentence(c.number_start):c.end]) for c in cands
                  if not c.consumed and c.unit is not None and c.from_value is not None]
        # the statements of counts with a change ("kết nạp cho 8 quần chúng ưu tú")
        changed = {(c.qty, c.unit_key, c.comparator, c.modality): self._statement(doc, c) for c in cands
                   if not c.consumed and c.unit is not None and c.change is not None and c.from_value is None}
        counted = [c for c in cands if not c.consumed and c.unit is not None and c.unit_key not in self.lex.counters]
        for c in cands:
            if c.consumed or c.unit is None or id(c) in restated:
                continue
            q = c.qty
            key = (q.value, q.value_max, q.denominator, c.from_value, c.unit_key, c.change, c.modality, c.comparator)
            sent = self._statement(doc, c)
            qual = fold(c.qualifier or "")
            dup = False
            for other_sent, other_qual in seen.get(key, []):
                # a restatement lives in another sentence; a share is the same only with the same qualifier
                # or when the headline states it
                if other_sent != sent and (not c.percent or (qual and qual == other_qual)
                                           or other_sent < doc.headline_end):
                    dup = True
            seen.setdefault(key, []).append((sent, qual))
            if c.from_value is None and c.change is None and not c.percent and not dup:
                # "giảm từ 15 bản xuống còn 6 bản" restated later as "còn 6 bản chưa có đảng viên": one level
                dup = any(v == q.value and u == c.unit_key and m == c.modality and s != sent and (not qual or qual in t)
                          for v, u, m, s, t in levels)
                # "trao quyết định cho 8 quần chúng ưu tú" after "kết nạp cho 8 quần chúng ưu tú": the same people
                dup = dup or (not qual and changed.get((q, c.unit_key, c.comparator, c.modality), sent) != sent)
                # "kết nạp 3 quần chúng ưu tú … Cả 3 em đều là học sinh giỏi": people counted again as "em"/"người"
                dup = dup or (c.unit_key in self.lex.counters and c.unit_key != "đồng chí"
                              and any(p.qty == q and p.group in ("member", "person") and p.unit_key != c.unit_key
                                      and self._statement(doc, p) != sent for p in counted))
            if dup:
                continue
            out.append({
                "start": min(c.ev_start, c.number_start),
                "end": c.end,
                "number_start": c.number_start,
                "number_end": c.number_end,
                "value": q.value,
                "value_max": q.value_max,
                "denominator": q.denominator,
                "from_value": c.from_value,
                "unit": c.unit,
                "qualifier": c.qualifier,
                "change": c.change,
                "modality": c.modality,
                "comparator": c.comparator,
                "subject": None,
            })
        return out
