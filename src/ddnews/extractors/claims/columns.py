"""Quota-against-result lines: "- Kết nạp đảng viên mới: chỉ tiêu 120 đồng chí, thực hiện 135 đồng chí, đạt 112,5%".

Reports and their tables give an indicator in a label and its aim and its result after it, each number opened by a
column word (ANNOTATION.md: the aimed value is a target, what is reported against it actual; the unit is the
counted noun, wherever it is written). In a line that holds both an aim column and a result column, each number
takes its column's modality, and a bare number or a counting noun counts the label's noun, with the change the
label states.

>>> from ddnews.extractors.base import Context
>>> from ddnews.extractors.claims import ClaimExtractor
>>> from ddnews.nlp.components import DATA_DIR
>>> from ddnews.text.normalize import fold
>>> ex = ClaimExtractor(DATA_DIR / "claims")
>>> t = "- Kết nạp đảng viên: kế hoạch 50, thực hiện 56, đạt 112%."
>>> [(c["value"], c["unit"], c["change"], c["modality"]) for c in ex(Context(t, fold(t)))]
[(50.0, 'đảng viên', 'admit', 'target'), (56.0, 'đảng viên', 'admit', 'actual'), (112.0, '%', None, 'actual')]
"""
from __future__ import annotations

from .context import ClaimDoc
from .lexicon import ClaimLexicon
from .scan import Candidate

_EVENTS = ("admit", "establish", "eliminate")
_MARKS = " \t-–+*•:,;"


class QuotaColumns:
    """The rule above, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give the numbers of each quota-against-result line their column's modality and the label's noun."""
        rows: dict[int, list[tuple[Candidate, str]]] = {}   # the label's colon -> its columns
        for c in cands:
            if c.consumed or c.from_value is not None:
                continue
            ms = doc.major(c.number_start)
            if ms == 0 or doc.folded[ms - 1] != ":":
                continue
            mod = self._column(doc, doc.clause(c.number_start), c.number_start)
            if mod is not None:
                rows.setdefault(ms - 1, []).append((c, mod))
        for colon, row in rows.items():
            if {mod for _, mod in row} == {"target", "actual"}:
                self._fill(doc, colon, row)

    def _column(self, doc: ClaimDoc, start: int, end: int) -> str | None:
        """The modality of the column word that opens the clause up to the number (a comparator may stand
        between: "chỉ tiêu trên 120"), or None."""
        words = doc.folded[start:end].strip(_MARKS).split()
        for n in (len(words), len(words) - 1):
            if n > 0:
                mod = self.lex.column_of.get(" ".join(words[:n]))
                if mod is not None:
                    return mod
        return None

    def _fill(self, doc: ClaimDoc, colon: int, row: list[tuple[Candidate, str]]) -> None:
        f = doc.folded
        label = max(doc.sentence(colon), f.rfind("\n", 0, colon) + 1)
        noun = next((m for m in self.lex.unit_find.finditer(f, label, colon)
                     if self.lex.unit_group.get(" ".join(m["unit"].split()), "thing") not in ("money", "measure")),
                    None)
        found = self.lex.last_change(f, label, colon)
        for c, mod in row:
            c.modality = mod
            if c.percent:
                continue
            if noun is not None and (c.unit is None or c.unit_key in self.lex.counters):
                key = " ".join(noun["unit"].split())
                c.unit = " ".join(doc.text[noun.start("unit"):noun.end("unit")].split())
                c.unit_key, c.group = key, self.lex.unit_group.get(key, "thing")
                c.unit_start = c.unit_end = 0
            if c.change is None and found is not None and found[0] in _EVENTS \
                    and self.lex.fits(found[1], c.group, False):
                c.change = found[0]
