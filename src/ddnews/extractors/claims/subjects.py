"""Counts whose counted noun is written before the number: the clause's subject, a list label, an abbreviation.

Statistical lists and summary sentences name the counted thing first and give the number after it (ANNOTATION.md:
the unit is the counted noun, wherever it is written):

* a generic counting noun counts the noun the clause is about ("Số đảng viên mới kết nạp là 40 người",
  "đảng viên dự bị 120 đồng chí"); a word for people that only restates a count already given ("kết nạp 3 quần
  chúng … Cả 3 em …") is no claim of its own (see the extractor's restatement rule);
* a bare number after its label counts the label's noun: "Tổng số đảng viên toàn huyện: 6.420", "Số chi bộ trực
  thuộc là 45", "gồm: đảng bộ cơ sở 45; chi bộ cơ sở 318", "Chỉ tiêu kết nạp đảng viên năm 2024 là 300";
* an abbreviation the text defines after a counted noun ("hội viên (HV)") counts that noun where it follows a
  number ("kết nạp 120 HV mới").

>>> from ddnews.extractors.base import Context
>>> from ddnews.extractors.claims import ClaimExtractor
>>> from ddnews.nlp.components import DATA_DIR
>>> from ddnews.text.normalize import fold
>>> ex = ClaimExtractor(DATA_DIR / "claims")
>>> t = "Tổng số đảng viên toàn xã: 1.385; chi bộ cơ sở 14."
>>> [(c["value"], c["unit"]) for c in ex(Context(t, fold(t)))]
[(1385.0, 'đảng viên'), (14.0, 'chi bộ cơ sở')]
"""
from __future__ import annotations

import regex

from ...settings import WINDOWS
from .context import ClaimDoc
from .lexicon import BODY_GROUPS, DIGIT, PEOPLE_AND_BODIES, SUBJECT_LEAD, YEARS_AND_PERIODS, ClaimLexicon
from .scan import Candidate

_SP = r"[ \t]"
# the subject noun of a clause: right after "số", "tổng số", "số lượng"
_COPULA = regex.compile(rf"(?:{_SP}*(?:là|:|có)(?![\p{{L}}\p{{M}}]))+{_SP}*$")
# a bare number closed as a list item or a sentence
_CLOSED = regex.compile(r"[ \t]*(?:[;,.()\n|\t]|(?:và|hoặc|do|so[ \t]+với)(?![\p{L}\p{M}])|$)")
# where a list item's label starts: a list mark, a clause mark or a bullet
_ITEM_START = regex.compile(r"(?:[;:,\n(|\t]|^)[ \t\-–+*•|]*$")
# table cells: a label cell and its count ("| Chi bộ cơ sở | 318 |", "Đảng viên<tab>12.540")
_CELL_GAP = regex.compile(r"[ ]*[|\t][ \t|]*")
# an abbreviation defined right after a counted noun: "hội viên (HV)", "tổ chức cơ sở đảng (TCCSĐ)"
_DEFINED = regex.compile(r"\([ \t]*(?P<abbr>\p{Lu}[\p{Lu}/]{1,7})[ \t]*\)")
_LABEL_WORDS = 10
# a label before its colon may name its noun further back ("Số đảng viên mới được kết nạp trong toàn Đảng bộ huyện X:
# 168 đồng chí")
_LABEL_SUBJECT_WORDS = 16
# an item's start then a few words before its noun (a verb: "; kỷ luật tổ chức đảng: 21", "- kiểm tra đảng viên: 45")
_ACTED_ON_WORDS = 6   # what may describe them before the colon ("đảng viên không còn đủ tư cách:")
_COPULA_WORD = regex.compile(r"(?<![\p{L}\p{M}])là(?![\p{L}\p{M}])")
_ITEM_VERB = regex.compile(r"(?:[;\n]|^)[ \t\-–+*•]*(?:[\p{L}\p{M}]+[ \t]+){1,4}$")
# a proper name right after a body's or a place's word ("Thành ủy Long Điền", "xã Tân Lập", "Đảng bộ Công an tỉnh")
_PROPER_AFTER = regex.compile(r"[ \t]+\p{Lu}")
# a lead naming what a sentence's items count, before its colon ("Đối với tổ chức cơ sở đảng: …")
_LEAD = regex.compile(r"(?<![\p{L}\p{M}])(?:đối[ \t]+với|về)[ \t]+")
_LEAD_COLON = regex.compile(r"[ \t]*:")
# the same lead as a section's heading line above its items ("2. Đối với đảng viên\nHoàn thành tốt nhiệm vụ | 3.517")
_LEAD_HEADING = regex.compile(
    r"(?m)^[ \t]*(?:(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)][ \t]*)?(?:đối[ \t]+với|về)[ \t]+(?=[^\n]*$)")
_HEADING_LOOKBACK = 600
_HEADING_END = regex.compile(r"[ \t]*:?[ \t]*(?=\n)")
_LEAD_ITEM_WORDS = 8    # an item's label under such a lead ("không hoàn thành nhiệm vụ:")
_LABEL_LOOKBACK = 160  # a label and its link before a bare number
_ALIAS_LOOKBACK = 40  # the counted noun an abbreviation in parentheses is defined for


class ClaimSubjects:
    """The rules above, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    # ------------------------------------------------------------------ counting nouns

    def counters(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"Số đảng viên … là 1,286 người", "đảng viên dự bị 120 đồng chí": the counting noun counts the subject;
        a change written in the subject ("Số đảng viên được kết nạp: 215 đồng chí") is the count's."""
        f = doc.folded
        for c in cands:
            if c.unit is None or c.percent or c.unit_key not in self.lex.counters:
                continue
            found = self._subject_of(doc, c)
            if found is None:
                continue
            key = " ".join(found["unit"].split())
            cm = _COPULA.search(f, found.end(), c.number_start)
            q_end = cm.start() if cm else c.number_start
            qual = " ".join(doc.text[found.end():q_end].split()).strip(" ,") or None
            c.unit = " ".join(doc.text[found.start("unit"):found.end("unit")].split())
            c.unit_key, c.group = key, self.lex.unit_group.get(key, "thing")
            c.counted_noun = c.unit
            c.unit_start = c.unit_end = 0
            if qual:
                c.qualifier = qual
            c.ev_start = min(c.ev_start, found.start())
            self._subject_change(doc, c, found.end())

    def _subject_of(self, doc: ClaimDoc, c: Candidate) -> regex.Match | None:
        """The noun of people or members the clause holding ``c`` is about, or None."""
        f = doc.folded
        cs, ms = doc.clause(c.number_start), doc.major(c.number_start)
        labelled = ms > 0 and f[ms - 1] == ":" and not f[ms:c.number_start].strip()
        if labelled:
            cs = ms = doc.major(ms - 1)  # "Số đảng viên được kết nạp: 215 đồng chí": a label and its count
        found = None
        for um in self.lex.unit_find.finditer(f, ms, c.number_start):
            key = " ".join(um["unit"].split())
            if self.lex.unit_group.get(key, "thing") not in ("member", "person") or key in self.lex.counters:
                continue
            led = SUBJECT_LEAD.search(f, max(ms, um.start() - WINDOWS.subject_lead_lookback), um.start()) \
                or self.lex.change.fullmatch(f[cs:um.start()].strip(" \t-–+*•"))  # "- Kết nạp đảng viên mới: 215 …"
            if (um.start() < cs or f[cs:um.start()].strip(" \t\n-–+*•")) and not led:
                continue  # an object ("kết nạp 50 đảng viên, …") or another item's noun is no subject
            lm = self.lex.label_at.match(f, um.start())
            if lm and not f[lm.end():c.number_start].strip():
                continue  # "đoàn viên thanh niên 126 đồng chí": a breakdown category, read with its total
            gap = f[um.end():c.number_start]
            if DIGIT.search(gap) or ";" in gap or len(gap.split()) > (_LABEL_SUBJECT_WORDS if labelled else 10) \
                    or self.lex.breakdown.search(gap) \
                    or self.lex.object_marker.search(gap):
                continue  # "Bí thư trao quyết định cho 120 người": the verb's object counts people
            if self.lex.change.search(gap) and (not (led or labelled) or "," in gap):
                continue  # "…đảng viên mới, Đảng ủy đã kết nạp 96 người": the verb's object counts people
            found = um
        return found

    def _subject_change(self, doc: ClaimDoc, c: Candidate, start: int) -> None:
        """An admission, establishment or removal written in the subject is the count's change."""
        if c.change is not None:
            return
        found = self.lex.last_change(doc.folded, start, c.number_start)
        if found and self.lex.total_reset.search(doc.folded, found[2].end(), c.number_start):
            return    # "thành lập mới 5 chi bộ, nâng tổng số chi bộ … lên 168": the resulting total, no change
        if found and found[0] in ("admit", "establish", "eliminate") and self.lex.fits(found[1], c.group, False):
            c.change = found[0]

    # ------------------------------------------------------------------ numbers after their label

    def labelled_counts(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A bare number after its label counts the label's noun ("Số chi bộ trực thuộc là 45", "gồm: đảng bộ cơ
        sở 45; chi bộ cơ sở 318", "Chỉ tiêu kết nạp đảng viên năm 2024 là 300")."""
        f = doc.folded
        for c in cands:
            if c.unit is not None or c.label is not None or c.consumed or c.percent \
                    or not _CLOSED.match(f, c.number_end):
                continue
            w0 = max(0, c.number_start - _LABEL_LOOKBACK)
            start = max(doc.sentence(c.number_start), f.rfind(";", w0, c.number_start) + 1,
                        f.rfind("\n", w0, c.number_start) + 1, w0)
            um = self._label_noun(doc, start, c)
            if um is None:
                led = self._lead_noun(doc, start, c)
                if led is None:
                    continue
                # "Đối với tổ chức cơ sở đảng: …; hoàn thành tốt nhiệm vụ: 254": the item's label is its category
                um, label_start = led
                c.qualifier = " ".join(doc.text[label_start:c.number_start].split()).strip(" :;,-–|") or None
            key = " ".join(um["unit"].split())
            c.unit = " ".join(doc.text[um.start("unit"):um.end("unit")].split())
            c.unit_key, c.group = key, self.lex.unit_group.get(key, "thing")
            c.ev_start = min(c.ev_start, um.start("unit"))
            self._subject_change(doc, c, start)

    def _label_noun(self, doc: ClaimDoc, start: int, c: Candidate) -> regex.Match | None:
        """The counted noun of the label before ``c`` (from ``start``): the nearest noun that a lead ("số", "tổng
        số", "chỉ tiêu kết nạp") or a list mark opens, linked to the number by a copula or written right before it."""
        f = doc.folded
        for um in reversed(list(self.lex.unit_find.finditer(f, start, c.number_start))):
            key = " ".join(um["unit"].split())
            if self.lex.unit_group.get(key, "thing") in ("money", "measure") or key in self.lex.counters:
                continue
            lm = self.lex.label_at.match(f, um.start())
            if lm and lm.end() > um.end():
                continue  # "(nữ: 140; dân tộc thiểu số: 85)": a category of a breakdown, read with its total (but
                # "đảng viên dân tộc thiểu số: 64" names its noun first)
            if self._named_body(doc, um):
                lead_in = f[start:um.start()].strip(" \t-–+*•|")
                if not lead_in or lead_in.endswith(":"):
                    # "- Thành ủy Long Điền: 140", "Huyện Núi Tròn: 35": a part named by its body or place, no count
                    return None  # of bodies (its noun is the list's: the breakdown pass gives it)
                continue  # "Số đảng viên được kết nạp trong toàn Đảng bộ Khối: 1.350": a body named inside the label
            gap = YEARS_AND_PERIODS.sub(" ", f[um.end():c.number_start])
            if DIGIT.search(gap) or len(gap.split()) > _LABEL_WORDS or self.lex.object_marker.search(gap):
                return None
            before = f[start:um.start()]
            if self.lex.label_lead.search(before):
                cm = self.lex.change.fullmatch(gap.strip(" \t"))
                moved = cm is not None and self.lex.change_of.get(" ".join(cm["cue"].split()), ("",))[0] in (
                    "increase", "decrease")     # "số tổ chức cơ sở đảng giảm 8 do sắp xếp": the count of the change
                return um if not gap.strip() or self.lex.label_link.search(gap) or moved else None
            if _ITEM_START.search(before) and (_CELL_GAP.fullmatch(gap) or not gap.strip()
                                               and doc.text[um.start()].islower()):
                return um  # "…; chi bộ cơ sở 318", a table row: a list label (a capitalised "Chi bộ 3" is a name)
            if _ITEM_START.search(before) and doc.text[um.start()].islower() and 0 < len(gap.split()) <= 2 \
                    and not self.lex.change.search(gap) and f[start - 1:start] in (";", "\n") \
                    and not before.strip(" \t-–+*•|"):
                return um  # "…; chi bộ trực thuộc 48": a list label with a short modifier of its noun
            if _ITEM_START.search(before) and (gap.rstrip().endswith(":") or gap.strip() in ("–", "-")):
                return um  # "- Đảng viên mới kết nạp: 128", "Giám sát chuyên đề: tổ chức đảng – 88, đảng viên – 41"
            if _ITEM_VERB.search(before) and gap.rstrip().endswith(":") and len(gap.split()) <= _ACTED_ON_WORDS \
                    and doc.text[um.start()].islower() and not _COPULA_WORD.search(gap) \
                    and self.lex.unit_group.get(key) in PEOPLE_AND_BODIES and not _COPULA_WORD.search(before) \
                    and not self.lex.unit_find.search(f, start, um.start()):
                return um  # "…; kỷ luật tổ chức đảng: 21": an item's verb, the people or bodies it acts on, a colon
                # and the number (not a rating, "hoàn thành tốt nhiệm vụ: 254", nor "đảng viên là người có đạo: 523")
        return None

    def _named_body(self, doc: ClaimDoc, um: regex.Match) -> bool:
        """The noun ``um`` found is a body's or a place's word followed by its proper name ("Thành ủy Long Điền",
        "Đảng bộ Quân sự tỉnh", "huyện Núi Tròn"): the label names one body, it does not count bodies."""
        group = self.lex.unit_group.get(" ".join(um["unit"].split()), "thing")
        if group not in BODY_GROUPS:
            return False
        end = um.end("unit")
        level = self.lex.unit_at.match(doc.folded, end)      # "Đảng bộ huyện Suối Mây": a body, its level, its place
        if level is not None and self.lex.unit_group.get(" ".join(level["unit"].split())) == "place" \
                and doc.text[level.start("unit")].islower():
            end = level.end("unit")
        return _PROPER_AFTER.match(doc.text, end) is not None

    def _lead_noun(self, doc: ClaimDoc, start: int, c: Candidate) -> tuple[regex.Match, int] | None:
        """The counted noun a lead before a colon names for the items of its sentence ("Đối với tổ chức cơ sở đảng:
        tổng số được đánh giá 362; hoàn thành xuất sắc nhiệm vụ: 71"), and where the item's own label starts, when
        that label (after ``start`` and the lead) is a few words with no figure."""
        f = doc.folded
        lead = _LEAD.search(f, doc.sentence(c.number_start), c.number_start)
        um = self.lex.unit_at.match(f, lead.end()) if lead else None
        colon = _LEAD_COLON.match(f, um.end()) if um else None
        if um is None or colon is None or colon.end() > c.number_start:
            um, colon = self._heading_lead(doc, c)
            if um is None or colon is None:
                return None
        label_start = max(start, colon.end())
        label = f[label_start:c.number_start]
        if not label.strip(" \t:;,-–") or DIGIT.search(label) or len(label.split()) > _LEAD_ITEM_WORDS:
            return None
        key = " ".join(um["unit"].split())
        return (um, label_start) if self.lex.unit_group.get(key, "thing") not in ("money", "measure") else None

    def _heading_lead(self, doc: ClaimDoc, c: Candidate) -> tuple[regex.Match | None, regex.Match | None]:
        """The counted noun a section's heading line names for the item lines under it ("2. Đối với đảng viên"), and
        the heading's end (its colon or its line's end): the nearest such heading in the lines right above ``c``
        with no blank line between."""
        f = doc.folded
        w0 = max(0, c.number_start - _HEADING_LOOKBACK)
        blank = f.rfind("\n\n", w0, c.number_start)
        heads = list(_LEAD_HEADING.finditer(f, blank + 1 if blank >= 0 else w0, f.rfind("\n", w0, c.number_start)))
        um = self.lex.unit_at.match(f, heads[-1].end()) if heads else None
        end = _HEADING_END.match(f, um.end()) if um else None
        return (um, end) if end is not None else (None, None)

    # ------------------------------------------------------------------ abbreviations defined in the text

    def aliases(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"1.950 hội viên (HV) … kết nạp 120 HV mới": an abbreviation defined after a counted noun counts it."""
        text, f = doc.text, doc.folded
        if "(" not in text:
            return
        defined: dict[str, tuple[str, str]] = {}
        for dm in _DEFINED.finditer(text):
            um = self.lex.unit_before.search(f, max(0, dm.start() - _ALIAS_LOOKBACK), dm.start())
            if um:
                key = " ".join(um["unit"].split())
                defined[dm["abbr"]] = (key, self.lex.unit_group.get(key, "thing"))
        if not defined:
            return
        alias = regex.compile(r"[ \t]*(?P<abbr>" + "|".join(map(regex.escape, sorted(defined, key=len)[::-1]))
                              + r")(?![\p{L}\p{M}\d/])")
        for c in cands:
            if c.unit is not None or c.consumed:
                continue
            am = alias.match(text, c.number_end)
            if am:
                c.unit, (_, c.group) = am["abbr"], defined[am["abbr"]]
                c.unit_key = am["abbr"].lower()
                c.unit_start, c.unit_end = am.start("abbr"), am.end()
                c.label = None
                c.end = max(c.end, am.end())
