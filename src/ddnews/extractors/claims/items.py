"""Sentence rules for claim items that lean on a neighbouring count or on the clause's subject.

These complete :mod:`ddnews.extractors.claims` (ANNOTATION.md, "Claims in detail" and "Decisions"):

* bare counts in parentheses after named units ("…, thuộc Đảng bộ A (2) và Đảng bộ B (1)") break down the
  count just stated and take its unit, qualifier and change;
* counts in parentheses after named units take the change stated at the head of the sentence ("Các huyện
  giảm nhiều nhất là huyện A (23 thôn), huyện B (17 thôn)");
* an average of a change just stated shares it ("kết nạp 387 đảng viên, bình quân 129 đảng viên/năm");
* a passive change after the unit ("587 người được kết nạp vào Đảng"), also after a description of the counted
  thing or with its agent ("… (huyện B) được kết nạp", "được Đảng ủy đồng ý kết nạp"), is the count's change;
* a part and the whole it is counted out of are one claim ("350 đại biểu chính thức trong tổng số 360 đại biểu");
* a quantity restated in another measure shares its change ("tăng 7,2%, tương đương 1,5 triệu đồng");
* a quota counts the change it is a quota of ("Giao chỉ tiêu kết nạp …: A 12 đảng viên", "(chỉ tiêu 15 đảng
  viên)"), and so do the items of a list whose lead ends in a change ("Thành lập mới: 3 chi bộ; 2 đảng bộ");
* a share, a bound or an "each" value stated about several named subjects ("xã A, xã B và xã C kết nạp từ 5
  đảng viên trở lên", "xã A và xã B đạt 100%") is one claim per subject; a plain count after several names is
  their joint result ("xã A và xã B thành lập mới 2 chi bộ": one claim).
"""
from __future__ import annotations

from typing import Any

import regex

from ...settings import WINDOWS
from ...text.normalize import fold
from .context import ClaimDoc
from .lexicon import DIGIT, LIST_LINE, PAREN, PEOPLE_AND_BODIES, ClaimLexicon
from .scan import Candidate, ClaimScanner

_SP = r"[ \t]"
# "(" right after a word: the number is a parenthesised count of the unit named before it
_OPEN_AFTER_WORD = regex.compile(rf"[\p{{L}}\p{{M}}]{_SP}*\({_SP}*$")
_BARE_CLOSE = regex.compile(rf"{_SP}*\){_SP}*(?:[,;.\n]|và(?![\p{{L}}\p{{M}}])|hoặc(?![\p{{L}}\p{{M}}])|$)")
_UPPER_WORD = regex.compile(r"(?:^|\s)\p{Lu}[\p{L}\p{M}]*[ \t]*\([ \t]*$")
_LIST_JOIN = regex.compile(rf"{_SP}*(?:,{_SP}*(?:và{_SP}+)?|và{_SP}+|hoặc{_SP}+)")
_COMBINED = regex.compile(r"(?<![\p{L}\p{M}])(?:tổng|cộng|chung|cả)(?![\p{L}\p{M}])")
_EACH = regex.compile(r"(?<![\p{L}\p{M}])(?:đều|mỗi)(?![\p{L}\p{M}])")
_CLAUSE_MARK = regex.compile(r"[,;:()\[\]\n]")
# the end of one list item and the start of the next ("…, 103"), and what no list crosses
_ITEM_SEP = regex.compile(rf"(?:,|(?<![\p{{L}}\p{{M}}])và){_SP}*$")
_STRONG = regex.compile(r"[;:.()\n]")
# the words of a passive cue before its change cue ("được kết nạp", "bị xóa", "mới thành lập")
_PASSIVE_MARKS = frozenset({"được", "bị", "mới"})


def _change_words(cue: str) -> str:
    """The change cue inside a folded passive cue: its words without the passive mark that opens it."""
    words = cue.split()
    return " ".join(words[1:] if words and words[0] in _PASSIVE_MARKS else words)


# the description of a counted thing before a passive cue: words and closed parentheses, up to a clause mark or a
# number ("7 học sinh Trường A (huyện B) được kết nạp")
_DESCRIPTION = regex.compile(r"(?:\([^()\d\n]*\)|[^,;:.!?\n\d()])*")
_DESCRIPTION_WORDS = 20  # a school with its place in parentheses; a passive agent ("được Đảng ủy xã đồng ý kết nạp")
# what no restatement crosses between a quantity and the "tương đương" that restates it
_EQUIVALENT_GAP = regex.compile(r"[.;:\n\d]")
# a line ending in a colon that leads a marked list
_LEAD_END = regex.compile(r":[ \t]*$")


def _lead_line(f: str, pos: int) -> tuple[int, int] | None:
    """The lead line of the marked list whose line holds ``pos`` (its start and its colon), or None when the line is
    no list line or the lines above it do not go back to a line ending in a colon."""
    line = f.rfind("\n", 0, pos) + 1
    if not LIST_LINE.match(f, line):
        return None
    while line > 0:
        prev = f.rfind("\n", 0, line - 1) + 1
        text = f[prev:line - 1]
        if _LEAD_END.search(text):
            return prev, prev + text.rstrip().rfind(":")
        if not LIST_LINE.match(f, prev):
            return None
        line = prev
    return None


# nothing but an opening parenthesis between a change and its rate ("giảm 29 vụ (14,4%)")
_RATE_PAREN = regex.compile(r"[ \t]*\([ \t]*")

# a whole named by what happened to it, before its parts: "trong tổng số đảng viên (mới) được …" + a change cue
_CHANGED_WHOLE = regex.compile(r"(?<![\p{L}\p{M}])(?:trong|trên)[ \t]+(?:tổng[ \t]+)?số[ \t]+"
                               r"(?:[\p{L}\p{M}]+[ \t]+){1,4}?(?:đã[ \t]+|mới[ \t]+)?được(?=[ \t])")

# a marked list line "- label: " up to its number, and what may close the item after the number
_SIBLING = regex.compile(r"[ \t]*(?:[-–+*•]|\d{1,2}[.)])[ \t]*(?P<label>[^:\n\d]{1,40}?)[ \t]*:[ \t]*$")
_SIBLING_END = regex.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[;,.]?[ \t]*(?:\n|$)")

class ClaimItems:
    """The rules above, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    # ------------------------------------------------------------------ parenthesised items

    def named_items(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"không hoàn thành 5 tổ chức, thuộc Đảng bộ A (2), Đảng bộ B (2) và Đảng bộ C (1)": parts of the total."""
        f = doc.folded
        groups: dict[int, list[Candidate]] = {}
        for c in cands:
            if c.unit is not None or c.consumed or c.percent or c.qty.value_max or c.qty.denominator:
                continue
            if _OPEN_AFTER_WORD.search(f, max(0, c.number_start - 4), c.number_start) \
                    and _BARE_CLOSE.match(f, c.number_end):
                groups.setdefault(doc.sentence(c.number_start), []).append(c)
        for sent, items in groups.items():
            if len(items) < 2:
                continue  # a single "(1)" after a word is a footnote mark more often than a count
            first = items[0]
            total = next((t for t in reversed(cands) if t.number_end <= first.number_start and t.unit is not None
                          and not t.percent and not t.consumed and doc.sentence(t.number_start) == sent), None)
            if total is None or sum(c.qty.value for c in items) > total.qty.value:
                continue
            for c in items:
                c.unit, c.unit_key, c.group = total.unit, total.unit_key, total.group
                c.qualifier, c.change = total.qualifier, total.change
                c.ev_start = c.number_start

    def paren_changes(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"Các địa phương giảm nhiều nhất là huyện A (23 thôn), huyện B (17 thôn)": the head's change."""
        f, text = doc.folded, doc.text
        for c in cands:
            if c.change is not None or c.unit is None or c.consumed or c.from_value is not None:
                continue
            if not _OPEN_AFTER_WORD.search(f, max(0, c.number_start - 4), c.number_start) \
                    or not _UPPER_WORD.search(text, max(0, c.number_start - WINDOWS.named_item_lookback),
                                              c.number_start):
                continue
            sent = doc.sentence(c.number_start)
            head = PAREN.sub(" ", f[sent:c.number_start])
            found = self.lex.last_change(head, 0, len(head))
            if found is None:
                continue
            change, applies, last = found
            between = head[last.end():]
            if change == "none" or DIGIT.search(between) or self.lex.blockers.search(between) \
                    or len(between.split()) > 16 or ";" in between:
                continue
            if (c.percent and change not in ("increase", "decrease")) or not self.lex.fits(applies, c.group, c.percent):
                continue
            c.change = change

    # ------------------------------------------------------------------ parts of a whole

    def parts_of_totals(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"350 đại biểu chính thức trong tổng số 360 đại biểu được triệu tập": the part and the whole it is counted
        out of are one claim (value and denominator), however the part is described."""
        f = doc.folded
        for a, b in zip(cands, cands[1:], strict=False):
            if a.consumed or b.consumed or a.unit is None or a.percent or b.percent or a.qty.denominator \
                    or a.qty.value_max or b.qty.value_max or b.qty.denominator or a.from_value is not None:
                continue
            if b.unit is not None and b.unit_key != a.unit_key:
                continue  # "26 đảng viên trên tổng số 1.450 lao động": two counts of two kinds
            start = max(a.unit_end, a.number_end)
            m = self.lex.of_total.search(f, start, b.ev_start)
            if not m or _EQUIVALENT_GAP.search(f, start, m.start()) or len(f[start:m.start()].split()) > 6:
                continue
            a.qty = a.qty._replace(denominator=b.qty.value)
            a.qualifier = " ".join(doc.text[start:m.start()].split()).strip(" ,") or None
            a.end = max(a.end, b.end)
            b.consumed = True

    def changed_wholes(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"Trong tổng số đảng viên được kết nạp …, có 400 đảng viên người dân tộc thiểu số, 300 đảng viên là nữ":
        the parts of a whole named by what happened to it count the same event, so they take its change (up to the
        clause's ";")."""
        f = doc.folded
        for c in cands:
            if c.consumed or c.change is not None or c.percent or c.unit is None or c.from_value is not None:
                continue
            sent = doc.sentence(c.number_start)
            m = _CHANGED_WHOLE.search(f, f.rfind(";", sent, c.number_start) + 1 or sent, c.number_start)
            cue = self.lex.change.match(f, m.end() + 1) if m else None
            if cue is not None:
                self._take_event(c, " ".join(cue["cue"].split()))

    # ------------------------------------------------------------------ quotas

    def quota_changes(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A quota counts the change it is a quota of: the items after "Giao chỉ tiêu kết nạp đảng viên cho các
        đảng bộ: A 12 đảng viên; B 10 đảng viên" are admissions, and so is "(chỉ tiêu 15 đảng viên)" after
        "kết nạp 9 đảng viên, đạt 60% chỉ tiêu"."""
        f = doc.folded
        for i, c in enumerate(cands):
            if c.change is not None or c.unit is None or c.percent or c.consumed or c.from_value is not None:
                continue
            sent = doc.sentence(c.number_start)
            colon = f.rfind(":", sent, c.number_start)
            if colon >= 0 and not self.lex.change.search(f, colon, c.number_start):
                cue = self._list_lead_cue(doc, c, sent, colon)
                lead = _lead_line(f, c.number_start) if cue is None else None
                if lead is not None:   # "Giao chỉ tiêu kết nạp … cho các đảng bộ:\n- Đảng bộ xã A: 14 đảng viên;"
                    # (the lead's own sentence: "… chỉ tiêu kết nạp được giao cụ thể. Kết quả 6 tháng:" leads results)
                    qm = self.lex.quota.search(f, max(lead[0], doc.sentence(lead[1])), lead[1])
                    cue = qm["cue"] if qm else None
                if cue is not None:
                    change, applies = self.lex.change_of.get(" ".join(cue.split()), ("none", "any"))
                    if change != "none" and self.lex.fits(applies, c.group, c.percent):
                        c.change = change
                        continue
            if self.lex.aim_before.search(f, max(sent, c.ev_start - 20), c.ev_start):
                prev = next((t for t in reversed(cands[:i]) if doc.sentence(t.number_start) == sent
                             and t.unit_key == c.unit_key and t.change is not None and not t.consumed), None)
                if prev is not None:
                    c.change = prev.change

    def _list_lead_cue(self, doc: ClaimDoc, c: Candidate, sent: int, colon: int) -> str | None:
        """The change cue of the lead of a list the candidate is an item of: a quota of a change ("Giao chỉ tiêu
        kết nạp đảng viên cho các đảng bộ: …"), or a lead ending in the change ("Thành lập mới: 3 chi bộ; 2
        đảng bộ cơ sở", "Kết nạp đảng viên mới: xã A 12 đảng viên; …") whose items state no level ("có")."""
        f = doc.folded
        qm = self.lex.quota.search(f, sent, colon)
        if qm:
            return qm["cue"]
        lm = self.lex.list_lead.search(f, sent, colon)
        if lm is None:
            return None
        item = f[max(colon, f.rfind(";", colon, c.number_start), f.rfind(",", colon, c.number_start)):c.number_start]
        if self.lex.has_state.search(item) or (lm["noun"] and " ".join(lm["noun"].split()) != c.unit_key):
            return None  # "Về phát triển đảng viên: toàn huyện có 3.200 đảng viên": a level under a topic
        return lm["cue"]

    # ------------------------------------------------------------------ equivalents

    def equivalents(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"tăng 7,2%, tương đương 1,5 triệu đồng": a quantity restated in another measure right after it shares
        its change; so does a rise or fall restated as a rate in parentheses ("giảm 29 vụ (14,4%)")."""
        f = doc.folded
        for prev, c in zip(cands, cands[1:], strict=False):
            if c.change is not None or c.consumed or c.unit is None or prev.consumed or prev.change is None:
                continue
            gap_start = max(prev.unit_end, prev.number_end)
            m = self.lex.equivalent.search(f, gap_start, c.ev_start)
            if m and not _EQUIVALENT_GAP.search(f, gap_start, m.start()):
                c.change = prev.change
            elif c.percent and prev.change in ("increase", "decrease") \
                    and _RATE_PAREN.fullmatch(f, max(gap_start, prev.end), c.ev_start):
                c.change = prev.change   # "giảm 29 vụ (14,4%)": the change restated as a rate

    # ------------------------------------------------------------------ averages and passives

    def averages(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"kết nạp 387 đảng viên, bình quân 129 đảng viên/năm": the average counts the same change."""
        f = doc.folded
        for i, c in enumerate(cands):
            if c.change is not None or c.unit is None or c.consumed or c.from_value is not None:
                continue
            pre = f[max(0, c.ev_start - WINDOWS.passive_prefix_lookback):c.ev_start]
            if not self.lex.average.search(pre):
                continue
            sent = doc.sentence(c.number_start)
            prev = next((t for t in reversed(cands[:i]) if doc.sentence(t.number_start) == sent
                         and not t.consumed and t.unit_key == c.unit_key), None)
            if prev is not None and prev.change is not None:
                c.change = prev.change

    def passives(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"587 người được kết nạp vào Đảng": an admission, establishment or removal written after the unit, right
        after it or after words that only describe it ("7 học sinh Trường A (huyện B) được kết nạp vào Đảng",
        "5 quần chúng ưu tú … và được Đảng ủy đồng ý kết nạp")."""
        for c in cands:
            if c.change is not None or c.unit is None or c.percent or c.consumed or c.from_value is not None:
                continue
            cue = self._passive_after(doc.folded, c.unit_end or c.number_end)
            if cue is not None:
                self._take_event(c, cue)

    def _take_event(self, c: Candidate, cue: str) -> None:
        """Give ``c`` the change of the folded cue ``cue`` when it is an event (admit, establish, eliminate) that
        fits what ``c`` counts."""
        change, applies = self.lex.change_of.get(cue, ("none", "any"))
        if change in ("admit", "establish", "eliminate") and self.lex.fits(applies, c.group, c.percent):
            c.change = change

    def _passive_after(self, f: str, pos: int) -> str | None:
        """The folded change cue of a passive at ``pos`` or after a description of the counted thing: up to
        ``_DESCRIPTION_WORDS`` words and closed parentheses, no digit, no clause mark."""
        m = self.lex.passive.match(f, pos)
        if m:
            return _change_words(m["cue"])
        stop = _DESCRIPTION.match(f, pos, min(len(f), pos + WINDOWS.qualifier_lookahead)).end()
        if "đư" not in f[pos:stop]:
            return None  # no "được" to open a passive
        for pattern in (self.lex.passive, self.lex.agent_passive):
            for m in pattern.finditer(f, pos, stop):
                cue = m.start("cue")
                if not f[cue - 1].isalpha() and len(f[pos:cue].split()) <= _DESCRIPTION_WORDS:
                    return _change_words(m["cue"])
        return None

    # ------------------------------------------------------------------ elliptic list items

    def elliptic_items(self, doc: ClaimDoc, cands: list[Candidate], scanner: ClaimScanner) -> None:
        """"56 đảng viên nhận Huy hiệu 70 năm, 103 nhận Huy hiệu 65 năm": a bare count whose words repeat the
        previous item's predicate drops the counted noun; it counts the previous item's unit."""
        f = doc.folded
        for i in range(1, len(cands)):
            c, prev = cands[i], cands[i - 1]
            if c.unit is not None or c.label is not None or c.consumed or c.percent or c.qty.value_max \
                    or c.qty.denominator or prev.unit is None or prev.percent or not prev.qualifier or prev.consumed:
                continue
            if doc.sentence(prev.number_start) != doc.sentence(c.number_start):
                continue
            gap = f[prev.number_end:c.number_start]
            sep = _ITEM_SEP.search(gap)
            if not sep or _STRONG.search(gap) or len(gap.split()) > 14:
                continue
            qual, q_end = scanner.qualifier(doc.text, f, c.number_end)
            if not qual or fold(qual).split()[0] != fold(prev.qualifier).split()[0]:
                continue
            c.unit, c.unit_key, c.group = prev.unit, prev.unit_key, prev.group
            c.unit_start = c.unit_end = 0
            c.qualifier, c.change = qual, prev.change
            c.end = c.tail_end = max(c.end, q_end)

    @staticmethod
    def sibling_lines(doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"- HTXSNV: 12 đảng viên (9,2%);\n- HTTNV: 101 (77,7%);": in a marked list of "label: N" lines, a line
        whose number has no noun counts the people or bodies the line above it counted."""
        f = doc.folded
        for i, c in enumerate(cands):
            if c.unit is not None or c.label is not None or c.consumed or c.percent:
                continue
            line = f.rfind("\n", 0, c.number_start) + 1
            own = _SIBLING.match(f, line, c.number_start)
            if own is None or not line or not _SIBLING_END.match(f, c.number_end):
                continue
            prev_line = f.rfind("\n", 0, line - 1) + 1
            prev = None          # the first count of the line right above
            for t in reversed(cands[:i]):
                if t.number_start < prev_line:
                    break
                if t.number_start < line and not t.percent:
                    prev = t
            if prev is None or prev.unit is None or prev.group not in PEOPLE_AND_BODIES or prev.consumed \
                    or _SIBLING.match(f, prev_line, prev.number_start) is None:
                continue
            c.unit, c.unit_key, c.group = prev.unit, prev.unit_key, prev.group
            c.unit_start = c.unit_end = 0
            c.qualifier = " ".join(doc.text[own.start("label"):own.end("label")].split())
            c.change = prev.change

    # ------------------------------------------------------------------ several subjects

    @staticmethod
    def subject_copies(doc: ClaimDoc, facts: dict[str, list[dict[str, Any]]],
                       claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One claim per named subject of a list ("xã A, xã B và xã C kết nạp từ 5 đảng viên trở lên")."""
        spans = sorted({(e["start"], e["end"]) for key in ("organizations", "locations")
                        for e in facts.get(key, []) if isinstance(e, dict) and "start" in e and "end" in e})
        outer: list[tuple[int, int]] = []
        for s, e in spans:  # nested names ("xã A" inside "Đảng bộ xã A") count once
            if outer and s < outer[-1][1]:
                if e > outer[-1][1]:
                    outer[-1] = (outer[-1][0], e)
                continue
            outer.append((s, e))
        if len(outer) < 2:
            return claims
        f = doc.folded
        out: list[dict[str, Any]] = []
        for claim in claims:
            out.append(claim)
            n = claim["number_start"]
            ms = doc.major(n)
            chain = [sp for sp in outer if ms <= sp[0] and sp[1] <= n]
            if len(chain) < 2:
                continue
            verb = f[chain[-1][1]:n]
            if not verb.strip() or _CLAUSE_MARK.search(verb) or DIGIT.search(verb) or len(verb.split()) > 6 \
                    or _COMBINED.search(verb) or _LIST_JOIN.match(verb):
                continue  # "Đảng bộ A và 6 TCCSĐ": the names are items of the list, no subjects
            if not (claim["unit"] == "%" or claim["comparator"] in (">=", "<", "<=") or _EACH.search(verb)):
                continue  # a plain count after several names is their joint result ("A và B xây 27 căn nhà")
            k = len(chain) - 1
            while k > 0 and _LIST_JOIN.fullmatch(f, chain[k - 1][1], chain[k][0]):
                k -= 1
            subjects = chain[k:]
            lead = f[max(ms, subjects[0][0] - WINDOWS.subject_lead_lookback):subjects[0][0]]
            if len(subjects) < 2 or _COMBINED.search(lead) or DIGIT.search(lead):
                continue  # "tổng … của xã A và xã B", "hộ nghèo của 3 xã A, B, C dưới 2,5%": one joint claim
            claim["subject"] = " ".join(doc.text[subjects[0][0]:subjects[0][1]].split())
            claim["start"] = min(claim["start"], subjects[0][0])
            for s, e in subjects[1:]:
                copy = dict(claim)
                copy["start"], copy["subject"] = s, " ".join(doc.text[s:e].split())
                out.append(copy)
        return out
