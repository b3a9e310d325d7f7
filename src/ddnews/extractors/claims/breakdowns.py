"""Breakdowns (ANNOTATION.md, "Claims in detail"): the items of a total ("kết nạp 40 đảng viên, trong đó 12 nữ",
"48 đảng viên (khiển trách 30, cảnh cáo 12)", "Trong số đảng viên mới kết nạp: …") take the total's unit and
change; an item that names only a category counts the total's unit, with the category as its qualifier."""
from __future__ import annotations

import regex

from ...text.numbers import Quantity
from .changes import ClaimChanges
from .context import ClaimDoc
from .lexicon import BODY_GROUPS, TOTAL_THEN_CHANGE, ClaimLexicon
from .scan import Candidate

# "Trong số đảng viên mới kết nạp: …", "Trong số các đảng viên mới có 6 …": the head a breakdown's items belong to
_HEADER = regex.compile(
    r"(?<![\p{L}\p{M}])trong(?:[ \t]+tổng)?[ \t]+số[ \t]+(?P<head>[^:;,.\d\n]{1,80}?)(?:[:,]|[ \t]+có(?=[ \t]))")
_NEW = regex.compile(r"[ \t]+mới(?![\p{L}\p{M}])")
# "số" naming what a list counts: "số hội viên mới được kết nạp của từng đơn vị như sau:"
_COUNT_LEAD = regex.compile(r"(?<![\p{L}\p{M}])số(?:[ \t]+lượng)?[ \t]+")
# a line of a marked list: "a) …", "1. …", "- …"
_MARKED_LINE = regex.compile(r"[ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[-–+*•])[ \t]")
# what may close a cue before the lines it opens: "trong đó:", "cụ thể như sau:"
_CUE_COLON = regex.compile(r"(?:[ \t]+như[ \t]+sau)?[ \t]*:[ \t]*\n?")
_ITEM_END = regex.compile(r"[ \t]*(?:[,;.()\n]|$|(?:và|hoặc)(?![\p{L}\p{M}]))")
_IS = regex.compile(r"[ \t]+là[ \t]+")
# a colon right after a count opens its breakdown: "thi hành kỷ luật 319 đảng viên: khiển trách 228, cảnh cáo 61"
_COLON_AFTER = regex.compile(r"[ \t]*:(?![^\n\d]*\n)")
_COLON_LABEL_WORDS = 5   # "Huy hiệu 70 năm: 3": a part's label before its colon
_LEAD = regex.compile(r"(?:[ \t,]*(?:có|là|số|thì)(?![\p{L}\p{M}]))+")


class Breakdowns:
    """The breakdown pass, built once with the claim lexicon and the change passes (to read a header's change)."""

    def __init__(self, lex: ClaimLexicon, changes: ClaimChanges) -> None:
        self.lex = lex
        self.changes = changes
        # a list line's part named by a capitalised body or place, maybe after its level word in lower case ("huyện
        # Rạch Sen: 2"), then a colon or a dash right before the number
        levels = sorted((u for u, g in lex.unit_group.items() if g == "place"), key=len, reverse=True)
        self.named_part = regex.compile(
            rf"[ \t]*(?:[-–+*•][ \t]*|\d{{1,2}}[.)][ \t]*)?(?:(?:{'|'.join(map(regex.escape, levels))})[ \t]+)?"
            r"\p{Lu}[^:\n;,–]{0,80}?(?::|[ \t]+–)[ \t]*")

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give breakdown items ("trong đó 564 nữ", "48 đảng viên (khiển trách 30, …)") the total's unit and change."""
        f = doc.folded
        # the cues up to the end of each window's sentence: "… 120 đảng viên, trong đó:" opens the lines below
        cues = sorted({(m.start(), m.end()) for a, b in doc.windows
                       for m in self.lex.breakdown.finditer(f, a, doc.sents.end(b))}
                      | {cm.span() for t in cands if t.unit is not None and not t.percent
                         for cm in [_COLON_AFTER.match(f, t.end)] if cm})
        headers = [h for h in (self._header(doc, m) for m in _HEADER.finditer(f)) if h is not None]
        listed: dict[int, tuple[int, int] | None] = {}   # a line's start -> the cue of the marked list it is in
        for i, c in enumerate(cands):
            if c.consumed or c.from_value is not None or c.percent:
                continue  # the percentages of a breakdown keep their own (null) change
            total, lead = self._total(doc, cands, i, cues, headers, listed)
            if total is None:
                continue
            if c.unit is None and total.group in BODY_GROUPS and self._named_part(doc, c.number_start):
                total = self._counted_total(doc, cands, i, total)
                if total.group in BODY_GROUPS:
                    continue   # "có 5 đảng bộ đạt …, gồm: + Đảng bộ huyện X: 71 (78,9%)": one body counts no bodies
            if c.unit is None and c.label is None and doc.sentence(total.number_start) != doc.sentence(c.number_start) \
                    and self._list_cue(doc, c.number_start, listed) is None and not self._cue_opens(doc, c, lead):
                continue  # across sentences only a counted noun, a category label, a marked list line or a sentence
                # the cue opens ("… kỷ luật 27 đảng viên. Cụ thể: khiển trách 16; …") marks an item
            # "- Hội Nông dân huyện: 12.940 hội viên": a part named by its body or place counts its own noun
            own = c.unit is not None and self._named_part(doc, c.number_start)
            relabel = c.label is not None and c.unit is not None and c.unit_key != total.unit_key \
                and total.group in ("member", "person") and not own
            # "kết nạp 215 đảng viên, trong đó nữ 98 đồng chí": a counting noun counts the total's members
            counter = c.unit is not None and c.label is None and c.unit_key in self.lex.counters and not own \
                and total.group in ("member", "person") and total.unit_key not in self.lex.counters \
                and self._closes_item(f, c.unit_end or c.end)   # not "4 người đạt trình độ …": their own people
            # "kết nạp 1.401 đảng viên; trong đó, …, đoàn viên thanh niên là 956 đồng chí": a counter read as another
            # group of people counts the total's members, the group being the category
            category = c.counted_noun is not None and c.unit_key != total.unit_key and c.qualifier is None and not own \
                and total.group in ("member", "person") and c.group in ("member", "person")
            if c.unit is None and c.label is None and not self._bare_item(doc, c, lead):
                continue
            if category:
                c.label = c.counted_noun   # the category: it becomes the qualifier below
            if c.unit is None or relabel or counter or category:
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
                    mark = _MARKED_LINE.match(f, q0)      # "- Thành ủy Long Điền: 140": no list mark in the label
                    q0 = mark.end() if mark and mark.end() < c.number_start else q0
                    colon = f.rfind(":", q0, c.number_start)
                    if colon >= 0 and f[colon + 1:c.number_start].strip():
                        q0 = colon + 1 + len(f[colon + 1:c.number_start]) - len(f[colon + 1:c.number_start].lstrip())
                        # "- các huyện: Sông Mây 150": the part's own name after its heading
                    c.qualifier = " ".join(doc.text[q0:c.number_start].split()).strip(" ,:–") or None
                    c.ev_start = min(c.ev_start, q0)
            people = c.unit_key in self.lex.counters and total.group in ("member", "person")   # counted as "người"
            if c.change is None and total.change is not None and (c.group == total.group or people):
                c.change = total.change     # not to another kind of thing: "Trong đó, … có 7/8 xã đạt chuẩn …"
            c.total = total

    def _named_part(self, doc: ClaimDoc, pos: int) -> bool:
        """The item at ``pos`` opens its line or clause with a capitalised name and a colon right before the number
        ("- Hội Nông dân huyện: 12.940 hội viên", "Xã Tân Lập: 35 đảng viên"): a part named by what it belongs to."""
        f = doc.folded
        start = max(f.rfind("\n", 0, pos), f.rfind(";", 0, pos), f.rfind(",", 0, pos)) + 1
        own = len(f[:pos].rstrip(" \t:–"))            # the part's own colon or dash
        opened = f.rfind(":", start, own) + 1          # "…, trong đó: Đảng bộ huyện X: 61": after the list's colon
        return any((m := self.named_part.match(doc.text, s, pos)) is not None and m.end() == pos
                   for s in ({start, opened} if opened else {start}))

    def _cue_opens(self, doc: ClaimDoc, c: Candidate, lead: int) -> bool:
        """The breakdown cue ending at ``lead`` opens the sentence of ``c`` ("Cụ thể: khiển trách 16; …")."""
        s = doc.sentence(c.number_start)
        if not doc.folded[c.number_end:].strip():
            return False        # a number cut off by the excerpt's end ("…, đạt 100,7")
        return s < lead <= c.number_start and self.lex.breakdown.fullmatch(
            doc.folded[s:lead].strip(" \t\n-–+*•,:")) is not None

    @staticmethod
    def _counted_total(doc: ClaimDoc, cands: list[Candidate], i: int, total: Candidate) -> Candidate:
        """A part named by its body or place is one body: the total it breaks down counts what the bodies hold ("kết
        nạp 7 chức sắc, thuộc 5 đảng bộ, cụ thể: huyện Rạch Sen: 2; …" breaks down the 7), when its sentence has one."""
        sent = doc.sentence(total.number_start)
        return next((t for t in reversed(cands[:i]) if t.number_start < total.number_start and t.unit is not None
                     and t.group not in BODY_GROUPS and not t.percent and not t.consumed
                     and doc.sentence(t.number_start) == sent), total)

    def _closes_item(self, f: str, pos: int) -> bool:
        """A counting noun ending at ``pos`` closes its item ("nữ 98 đồng chí,"), or states a category label after
        "là" ("11 đồng chí là nữ"); words that describe the people themselves ("4 người đạt trình độ …", "137 đồng
        chí là đoàn viên thanh niên") keep the counting noun as written."""
        if _ITEM_END.match(f, pos):
            return True
        cop = _IS.match(f, pos)
        lm = self.lex.label_at.match(f, cop.end()) if cop else None
        return lm is not None and _ITEM_END.match(f, lm.end()) is not None

    def _bare_item(self, doc: ClaimDoc, c: Candidate, lead: int) -> bool:
        """A number without a noun is a breakdown item only as "label N" closed by punctuation ("nữ 359,"), or as
        "category: N" ("(nữ: 140; dân tộc thiểu số: 85)")."""
        f = doc.folded
        if not _ITEM_END.match(f, c.number_end):
            return False
        if self._named_part(doc, c.number_start):
            return True   # "- Thành ủy Long Điền: 140": a part named by its body or place
        sep = max(f.rfind(",", lead, c.number_start), f.rfind(";", lead, c.number_start), lead - 1) + 1
        words = f[sep:c.number_start]
        sep += len(words) - len(words.lstrip(" \t:"))   # "trong đó: nữ 139": the colon opens the list
        words = f[sep:c.number_start]
        if ":" in words:
            lm = self.lex.label_at.match(f, sep)
            if lm and f[lm.end():c.number_start].strip() == ":":
                return True
            head, _, tail = words.rpartition(":")
            if not tail.strip():   # "(trong đó: Huy hiệu 70 năm: 3; 60 năm: 1)": a short label, a colon, the number
                label = head[head.rfind(":") + 1:]
                return 0 < len(label.split()) <= _COLON_LABEL_WORDS
            words = tail   # "Trình độ chuyên môn: đại học 318": a heading, then the item
        return 0 < len(words.split()) <= 6  # "50, 45, 40 năm": a number list has no label

    def _total(self, doc: ClaimDoc, cands: list[Candidate], i: int, cues: list[tuple[int, int]],
               headers: list[Candidate], listed: dict[int, tuple[int, int] | None]) -> tuple[Candidate | None, int]:
        """The total a candidate breaks down, and where the breakdown's words start (or ``None``)."""
        f, c = doc.folded, cands[i]
        sent = doc.sentence(c.number_start)
        cue = None
        for s, e in cues:
            if sent <= s and e <= c.number_start:
                cue = (s, e)
        list_cue = self._list_cue(doc, c.number_start, listed) if cue is None else None
        if list_cue is not None:   # "…, trong đó:\na) …: đại học 318, …\nb) …": the lines of a marked list
            s0 = doc.sentence(list_cue[0])
            if not any(s0 <= t.number_start < list_cue[0] for t in cands[:i]) and s0 > 0:
                # "… kết nạp 2.600 đảng viên. Chỉ tiêu được giao cụ thể như sau:", also across a blank line
                s0 = doc.sentence(len(f[:s0].rstrip()) - 1 if f[:s0].strip() else s0 - 1)
            total = next((t for t in reversed(cands[:i]) if t.number_end <= list_cue[0] and t.unit is not None
                          and not t.percent and not t.consumed and doc.sentence(t.number_start) >= s0), None)
            # "…; số hội viên mới được kết nạp của từng đơn vị như sau:": the lead after the last count names the
            # items' noun and change
            lead = self._pseudo_total(doc, max(total.end if total else 0, doc.sentence(list_cue[0])), list_cue[0],
                                      changed=True)
            if lead is not None or total is not None:
                return lead or total, doc.line(c.number_start)
        if cue is not None and self.lex.total_reset.search(f, cue[1], c.number_start):
            cue = None  # "…, trong đó 20 nữ, nâng tổng số đảng viên lên 3.400 người": a level, no part
        if cue is not None:
            # "… kết nạp 40 đảng viên. Trong đó, 12 nữ": a sentence that opens with the cue breaks down the last
            # total of the sentence before
            home = doc.sentence(sent - 1) if sent > 0 and not f[sent:cue[0]].strip(" \t\n-–+*•,") else sent
            before = [t for t in reversed(cands[:i]) if t.number_end <= cue[1] and t.unit is not None
                      and not t.percent and not t.consumed and home <= doc.sentence(t.number_start) <= sent]
            if before:
                return _compared_total(f, before), cue[1]
        paren = f.rfind("(", sent, c.number_start)
        if paren >= 0 and f.find(")", paren, c.number_start) < 0:
            # a parenthesis opened right after a total: "48 đảng viên (khiển trách 30, cảnh cáo 12)", also after the
            # total's change against another period ("87 đảng viên, tăng 14 trường hợp so với cùng kỳ (khiển trách …")
            before = [t for t in reversed(cands[:i]) if t.end <= paren and t.unit is not None and not t.percent
                      and not t.consumed and doc.sentence(t.number_start) == sent]
            total = _compared_total(f, before) if before else None
            if total is not None and (total is not before[0] or not f[total.end:paren].strip()):
                return total, paren + 1
        for h in headers:
            if sent <= h.number_start and h.end <= c.number_start and doc.sentence(h.number_start) == sent:
                return h, h.end
        return None, 0

    def _list_cue(self, doc: ClaimDoc, pos: int,
                  listed: dict[int, tuple[int, int] | None]) -> tuple[int, int] | None:
        """The breakdown cue ending with a colon the line before a block of marked lines ("a) …", "- …") that holds
        ``pos``, or None (found once per line: ``listed``)."""
        line = doc.line(pos)
        if line not in listed:
            listed[line] = self._marked_block_cue(doc, line)
        return listed[line]

    def _marked_block_cue(self, doc: ClaimDoc, start: int) -> tuple[int, int] | None:
        """The cue closing the line above the block of marked lines that ``start`` opens one of ("…, trong đó:",
        "Chỉ tiêu được giao cụ thể như sau:")."""
        f = doc.folded
        if not _MARKED_LINE.match(f, start):
            return None
        while start > 0:
            head = doc.line(start - 1)
            cue = next(((m.start(), m.end()) for m in self.lex.breakdown.finditer(f, head, start)
                        if _CUE_COLON.fullmatch(f, m.end(), start)), None)
            if cue is not None or not _MARKED_LINE.match(f, head):
                return cue
            start = head
        return None

    def _header(self, doc: ClaimDoc, m: regex.Match) -> Candidate | None:
        """A pseudo-total from "Trong số đảng viên mới kết nạp: …" (its unit and change)."""
        return self._pseudo_total(doc, m.start("head"), m.end("head"), at=(m.start(), m.end()))

    def _pseudo_total(self, doc: ClaimDoc, start: int, end: int, at: tuple[int, int] | None = None,
                      changed: bool = False) -> Candidate | None:
        """A total without a number that the words ``[start, end)`` name after "số": its counted noun and change
        ("số đảng viên mới kết nạp"); placed at ``at`` (default: the words).  ``changed``: only when a change is
        named ("số hội viên mới được kết nạp …", not a plain "số hội viên")."""
        f = doc.folded
        if at is None:
            lm = _COUNT_LEAD.search(f, start, end)
            if lm is None:
                return None
            start = lm.end()
        um = self.lex.unit_find.search(f, start, end)
        if not um:
            return None
        a, b = at or (um.start("unit"), end)
        h = Candidate(a, b, a, a, Quantity(0.0))
        h.unit = " ".join(doc.text[um.start("unit"):um.end("unit")].split())
        h.unit_key = " ".join(um["unit"].split())
        h.group = self.lex.unit_group.get(h.unit_key, "thing")
        cue = self.changes.last_change(f, start, end)
        if cue and cue[0] != "none":
            h.change = cue[0]
        elif h.group == "member" and _NEW.match(f, um.end("unit")):
            h.change = "admit"  # "Trong số đảng viên mới, có 210 nữ": the members just admitted
        return None if changed and h.change is None else h


def _compared_total(f: str, before: list[Candidate]) -> Candidate:
    """The total a breakdown follows (``before``: the candidates before it, nearest first): an increment written
    after a total, of the same noun or joined to it by ", tăng/giảm" ("kết nạp 742 đảng viên, tăng 61 đảng viên so
    với cùng kỳ; trong đó …", "kỷ luật 87 đảng viên, tăng 14 trường hợp so với cùng kỳ (khiển trách …)"), compares
    that total with another period, and the items break down the total itself."""
    last = before[0]
    if last.change not in ("increase", "decrease") or len(before) < 2:
        return last
    base = before[1]
    if base.change in ("increase", "decrease"):
        return last
    joined = base.unit_key == last.unit_key or TOTAL_THEN_CHANGE.fullmatch(f, base.end, last.number_start)
    return base if joined else last
