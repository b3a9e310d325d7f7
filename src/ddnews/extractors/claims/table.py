"""Claims in tables flattened to text: one claim per numeric cell, its unit from the row label.

A table copied from a web page often reaches us as pipe-separated lines::

    Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
    Tổng thu ngân sách (tỷ đồng) | 185 | 114,3 | 61,8

Each numeric cell is its own claim (ANNOTATION.md: one claim per quantity).  The heading row says what a
column holds (``table_cues.tsv``): aimed-for values (target), results (actual) or shares (actual, unit "%").
The unit is written in the row label's parenthesis ("(tỷ đồng)" gives đồng, times a billion; "(ha)", "(hộ)");
the label is the qualifier, and a change cue in it ("Số hộ nghèo giảm (hộ)") is the change of its counts.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import regex

from ...lexicon import check_allowed, load_tsv
from ...text.numbers import Quantity
from ...text.patterns import LINE_SPACE, alternation
from .context import ClaimDoc
from .lexicon import ClaimLexicon
from .scan import Candidate

COLUMNS = {"target", "actual", "share"}
_ROW = regex.compile(r"[^\n]*\|[^\n]*\|[^\n]*")  # a line with at least three cells
_CELL = regex.compile(r"[^|\n]+")
_UNIT_PAREN = regex.compile(r"\((?P<unit>[^()]{1,30})\)[ \t]*$")
_NUMBER_CELL = regex.compile(r"[ \t]*[\d.,]+[ \t]*%?[ \t]*")


class ClaimTables:
    """Read flattened tables; built once with the claim lexicon and the column cues."""

    def __init__(self, lex: ClaimLexicon, rows: Iterable[dict[str, str]]) -> None:
        self.lex = lex
        self.column_of = {" ".join(r["cue"].split()): r["column"] for r in rows}
        self.heading = regex.compile(
            rf"[ \t]*(?P<cue>{alternation((r['cue'] for r in rows), space=LINE_SPACE)})"
            r"(?![\p{L}\p{M}])")

    @classmethod
    def load(cls, lex: ClaimLexicon, data_dir: Path) -> ClaimTables:
        """Read and validate ``table_cues.tsv`` from ``data_dir``."""
        path = Path(data_dir) / "table_cues.tsv"
        rows = load_tsv(path)
        check_allowed(path, rows, {"column": COLUMNS})
        return cls(lex, rows)

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give the candidates in table rows their unit, change and modality from the row label and heading."""
        if "|" not in doc.text:
            return
        f = doc.folded
        by_pos = {c.number_start: c for c in cands}
        columns: list[str | None] | None = None
        last = -2
        for lm in _ROW.finditer(f):
            if f[last:lm.start()].strip(" \t") != "\n":
                columns = None  # a table is a run of adjacent rows
            last = lm.end()
            cells = [(m.start(), m.end()) for m in _CELL.finditer(f, lm.start(), lm.end())]
            if len(cells) < 3:
                columns = None
            elif not any(_NUMBER_CELL.fullmatch(f, a, b) for a, b in cells[1:]):
                columns = self._columns(f, cells)  # a heading row (none of its cells is a number)
            elif columns is not None:
                self._row(doc, cells, columns, by_pos)

    def _columns(self, f: str, cells: list[tuple[int, int]]) -> list[str | None] | None:
        kinds = [None] + [self._column(f, a, b) for a, b in cells[1:]]
        return kinds if any(kinds) else None

    def _column(self, f: str, a: int, b: int) -> str | None:
        m = self.heading.match(f, a, b)
        if m:
            return self.column_of.get(" ".join(m["cue"].split()))
        return "share" if _UNIT_PAREN.search(f, a, b) and "%" in f[a:b] else None

    def _row(self, doc: ClaimDoc, cells: list[tuple[int, int]], columns: list[str | None],
             by_pos: dict[int, Candidate]) -> None:
        """One body row: its numeric cells become claims of its label's unit and change, the column's modality."""
        f, text = doc.folded, doc.text
        la, lb = cells[0]
        label_end = lb - len(f[la:lb]) + len(f[la:lb].rstrip())
        um = _UNIT_PAREN.search(f, la, label_end)
        unit = self._unit(f, um.start("unit"), um.end("unit"), text) if um else None
        label_stop = um.start() if um else label_end
        label = " ".join(text[la:label_stop].split()) or None
        change = None
        found = self.lex.last_change(f, la, label_stop)
        if found is not None:
            ch, applies, _ = found
            change = ch if ch != "none" and self.lex.fits(applies, unit[2] if unit else "", False) else None
        for j, (a, b) in enumerate(cells[1:], 1):
            kind = columns[j] if j < len(columns) else None
            s = a + len(f[a:b]) - len(f[a:b].lstrip())
            c = by_pos.get(s)
            if c is None or kind is None or c.qty.value_max or c.qty.denominator:
                continue
            if kind == "share" or c.percent:
                c.unit, c.unit_key, c.group, c.percent = "%", "%", "percent", True
                c.qualifier, c.change, c.modality = None, None, "actual"
            elif unit is not None:
                c.unit, c.unit_key, c.group, factor = unit[0], unit[1], unit[2], unit[3]
                c.qty = Quantity(c.qty.value * factor)
                c.qualifier, c.change, c.modality = label, change, kind
            else:
                continue
            c.comparator, c.from_value, c.consumed, c.label = None, None, False, None
            c.unit_start = c.unit_end = 0
            c.ev_start = la if j == 1 else c.number_start
            c.end = c.tail_end = c.number_end

    def _unit(self, f: str, a: int, b: int, text: str) -> tuple[str, str, str, float] | None:
        """(unit as written, folded unit, group, factor) of a label's parenthesis: "tỷ đồng", "ha", "%"."""
        pos, factor = a, 1.0
        sm = self.lex.scale_at.match(f, a, b)
        if sm:
            for w in sm["scale"].split():
                factor *= self.lex.scales.get(w, 1.0)
            pos = sm.end()
        if not f[pos:b].strip():
            if sm and sm["scale"].split()[-1] in self.lex.money_scales:
                return "đồng", "đồng", "money", factor
            return None
        um = self.lex.unit_at.match(f, pos, b)
        if not um or f[um.end():b].strip():
            return None
        key = " ".join(um["unit"].split())
        written = " ".join(text[um.start("unit"):um.end("unit")].split())
        return written, key, self.lex.unit_group.get(key, "thing"), factor
