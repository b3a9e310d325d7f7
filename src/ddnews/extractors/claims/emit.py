"""The claims an article gives, one dict per quantity (ANNOTATION.md, "Decisions": restatements): a headline or
lead figure restated in the body keeps the body's more precise statement, and a quantity restated in another
sentence (without its change, as the level of a from→to pair, or counting the same people as "em"/"người") is
listed once."""
from __future__ import annotations

from typing import Any

import regex

from ...settings import WINDOWS
from ...text.normalize import fold
from .context import ClaimDoc
from .lexicon import ClaimLexicon
from .scan import Candidate

# unit groups of amounts and measures: named by the words before the number, not by their unit
_AMOUNTS = frozenset({"money", "measure"})

_LONG_LINE = regex.compile(r"[^\n]{80,}")  # a lead paragraph, not a date line, a menu item or a caption
_TOP_LINE = regex.compile(r"[^\n]+")
_ENDS_STATEMENT = regex.compile(r"[.!?:;][ \t]*$", regex.M)   # a line closed by final punctuation


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


class ClaimEmitter:
    """The output step, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

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

        lead = _LONG_LINE.search(doc.text, title_end)
        lead_start = lead.start() if lead else title_end

        def place(c: Candidate) -> int:  # 2: the headline or a caption repeating it, 1: the lead, 0: the body
            n = c.number_start
            if n < title_end or any(a <= n < b for a, b in captions):
                return 2
            if n < lead_start and not _ENDS_STATEMENT.search(f, n, _line_end(f, n)):
                return 2     # a short line above the lead without final punctuation: a headline's second line
            return 1 if n < top else 0

        live = [(c, place(c)) for c in cands if not c.consumed and c.unit is not None]
        drop: set[int] = set()
        for c, c_place in live:
            q = (c.qty, c.unit_key)
            # restated lower down: the lead restates the headline, the body restates both (a level in the headline
            # restates the body's from→to pair that ends on it: "… giảm còn 38,6%" / "giảm từ 44,9% xuống còn 38,6%")
            if c_place and any((o.qty, o.unit_key) == q and c.from_value in (None, o.from_value)
                               and c.comparator in (None, o.comparator)
                               and c.change in (None, o.change) and o_place < c_place
                               and not _other_things(fold(c.qualifier or ""), fold(o.qualifier or ""))
                               for o, o_place in live):
                drop.add(id(c))
        return drop

    def emit(self, doc: ClaimDoc, cands: list[Candidate]) -> list[dict[str, Any]]:
        """One claim dict per candidate left with a unit, restatements dropped (``subject`` is filled later)."""
        out: list[dict[str, Any]] = []
        restated = self._restated_at_top(doc, cands)
        seen: dict[tuple, list[tuple[int, str | None, int, bool]]] = {}
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
            line = doc.line(c.number_start)
            stop = doc.folded.find("\n", line)
            row = _ROW.search(doc.folded, line, stop if stop >= 0 else len(doc.folded)) is not None
            dup = False
            for other_sent, other_qual, other_line, other_row in seen.get(key, []):
                if row and other_row and qual != other_qual:
                    continue      # two rows of a table with their own labels ("12 | Bến Nứa | 60", "3 | Sa Pa | 60")
                # a restatement lives in another sentence; an amount or a measure, in another paragraph too unless
                # it restates the headline ("Tổng thu … 797 tỷ đồng. Tổng chi … 797 tỷ đồng": two things, named by
                # the words before them); a share is the same only with the same qualifier or when the headline
                # states it
                if other_sent != sent and (other_line != line or c.group not in _AMOUNTS
                                           or other_sent < doc.headline_end) \
                        and (not c.percent or (qual and qual == other_qual) or other_sent < doc.headline_end) \
                        and not _other_things(qual, other_qual or ""):
                    dup = True
            seen.setdefault(key, []).append((sent, qual, line, row))
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


# a table row's cell separator
_ROW = regex.compile(r"[|\t]")


def _other_things(qual: str, other_qual: str) -> bool:
    """Two qualifiers that put the same count in other categories ("3 đảng viên là cán bộ chủ chốt …", later "3 đảng
    viên là công chức …"): both name a category with "là", and neither is the other's first words."""
    a, b = qual.split(), other_qual.split()
    if len(a) < 2 or len(b) < 2 or a[0] != "là" or b[0] != "là":
        return False
    n = min(len(a), len(b))
    return a[:n] != b[:n]
