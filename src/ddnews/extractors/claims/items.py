"""Sentence rules for claim items that lean on a neighbouring count or on the clause's subject.

These complete :mod:`ddnews.extractors.claims` (ANNOTATION.md, "Claims in detail" and "Decisions"):

* a generic counting noun counts the noun the clause is about ("Số đảng viên mới là 40 người" counts
  đảng viên, qualifier "mới");
* bare counts in parentheses after named units ("…, thuộc Đảng bộ A (2) và Đảng bộ B (1)") break down the
  count just stated and take its unit, qualifier and change;
* counts in parentheses after named units take the change stated at the head of the sentence ("Các huyện
  giảm nhiều nhất là huyện A (23 thôn), huyện B (17 thôn)");
* an average of a change just stated shares it ("kết nạp 387 đảng viên, bình quân 129 đảng viên/năm");
* a passive change after the unit ("587 người được kết nạp vào Đảng") is the count's change;
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
from .lexicon import DIGIT, PAREN, ClaimLexicon
from .scan import Candidate, ClaimScanner

_SP = r"[ \t]"
# "(" right after a word: the number is a parenthesised count of the unit named before it
_OPEN_AFTER_WORD = regex.compile(rf"[\p{{L}}\p{{M}}]{_SP}*\({_SP}*$")
_BARE_CLOSE = regex.compile(rf"{_SP}*\){_SP}*(?:[,;.\n]|và(?![\p{{L}}\p{{M}}])|hoặc(?![\p{{L}}\p{{M}}])|$)")
_UPPER_WORD = regex.compile(r"(?:^|\s)\p{Lu}[\p{L}\p{M}]*[ \t]*\([ \t]*$")
# the subject noun of a clause: right after "số"/"tổng số", or the clause's first word
_SUBJECT_LEAD = regex.compile(rf"(?<![\p{{L}}\p{{M}}])số{_SP}+$")
_COPULA = regex.compile(rf"(?:{_SP}*(?:là|:|có)(?![\p{{L}}\p{{M}}]))+{_SP}*$")
_LIST_JOIN = regex.compile(rf"{_SP}*(?:,{_SP}*(?:và{_SP}+)?|và{_SP}+|hoặc{_SP}+)")
_COMBINED = regex.compile(r"(?<![\p{L}\p{M}])(?:tổng|cộng|chung|cả)(?![\p{L}\p{M}])")
_EACH = regex.compile(r"(?<![\p{L}\p{M}])(?:đều|mỗi)(?![\p{L}\p{M}])")
_CLAUSE_MARK = regex.compile(r"[,;:()\[\]\n]")
# the end of one list item and the start of the next ("…, 103"), and what no list crosses
_ITEM_SEP = regex.compile(rf"(?:,|(?<![\p{{L}}\p{{M}}])và){_SP}*$")
_STRONG = regex.compile(r"[;:.()\n]")


class ClaimItems:
    """The rules above, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    # ------------------------------------------------------------------ counting nouns

    def subject_counters(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"Số đảng viên … là 1,286 người", "đảng viên dự bị 120 đồng chí": the counting noun counts the subject."""
        f = doc.folded
        for c in cands:
            if c.unit is None or c.percent or c.unit_key not in self.lex.counters:
                continue
            cs = doc.clause(c.number_start)
            ms = doc.major(c.number_start)
            found = None
            for um in self.lex.unit_find.finditer(f, ms, c.number_start):
                key = " ".join(um["unit"].split())
                group = self.lex.unit_group.get(key, "thing")
                if group not in ("member", "person") or key in self.lex.counters:
                    continue
                lead_from = max(ms, um.start() - WINDOWS.subject_lead_lookback)
                if f[cs:um.start()].strip() and not _SUBJECT_LEAD.search(f, lead_from, um.start()):
                    continue  # an object ("kết nạp 50 đảng viên, …") is no subject
                lm = self.lex.label_at.match(f, um.start())
                if lm and not f[lm.end():c.number_start].strip():
                    continue  # "đoàn viên thanh niên 126 đồng chí": a breakdown category, read with its total
                gap = f[um.end():c.number_start]
                if DIGIT.search(gap) or ";" in gap or len(gap.split()) > 10 or self.lex.breakdown.search(gap) \
                        or self.lex.change.search(gap):
                    continue  # "…đảng viên mới, Đảng ủy đã kết nạp 96 người": the verb's object counts people
                found = um
            if found is None:
                continue
            key = " ".join(found["unit"].split())
            cm = _COPULA.search(f, found.end(), c.number_start)
            q_end = cm.start() if cm else c.number_start
            qual = " ".join(doc.text[found.end():q_end].split()).strip(" ,") or None
            c.unit = " ".join(doc.text[found.start("unit"):found.end("unit")].split())
            c.unit_key, c.group = key, self.lex.unit_group.get(key, "thing")
            c.unit_start = c.unit_end = 0
            if qual:
                c.qualifier = qual
            c.ev_start = min(c.ev_start, found.start())

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
            if (c.percent and change not in ("increase", "decrease")) or (applies == "member" and c.group != "member"):
                continue
            c.change = change

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
        """"587 người được kết nạp vào Đảng": an admission, establishment or removal written after the unit."""
        for c in cands:
            if c.change is not None or c.unit is None or c.percent or c.consumed or c.from_value is not None:
                continue
            m = self.lex.passive.match(doc.folded, c.unit_end or c.number_end)
            if not m:
                continue
            change, applies = self.lex.change_of.get(" ".join(m["cue"].split()[1:]), ("none", "any"))
            if change in ("admit", "establish", "eliminate") and (applies != "member" or c.group == "member"):
                c.change = change

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
            if not (claim["unit"] == "%" or claim["comparator"] in (">=", "<") or _EACH.search(verb)):
                continue  # a plain count after several names is their joint result ("A và B xây 27 căn nhà")
            k = len(chain) - 1
            while k > 0 and _LIST_JOIN.fullmatch(f, chain[k - 1][1], chain[k][0]):
                k -= 1
            subjects = chain[k:]
            if len(subjects) < 2 or _COMBINED.search(f, max(ms, subjects[0][0] - WINDOWS.subject_lead_lookback),
                                                     subjects[0][0]):
                continue
            claim["subject"] = " ".join(doc.text[subjects[0][0]:subjects[0][1]].split())
            claim["start"] = min(claim["start"], subjects[0][0])
            for s, e in subjects[1:]:
                copy = dict(claim)
                copy["start"], copy["subject"] = s, " ".join(doc.text[s:e].split())
                out.append(copy)
        return out
