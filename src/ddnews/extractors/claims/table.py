"""Claims in tables flattened to text: one claim per numeric cell, its unit from the row, the column or the caption.

A table copied from a web page reaches us as lines of cells separated by "|", by tabs or by runs of spaces::

    Kết quả thu, chi ngân sách năm 2023 (đơn vị: triệu đồng)
    Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
    Tổng thu ngân sách (tỷ đồng) | 185 | 114,3 | 61,8

Each numeric cell is its own claim (ANNOTATION.md: one claim per quantity; the unit is the counted noun, wherever it
is written).  The heading row says what a column holds (``table_cues.tsv``: aimed-for values are targets, results
actual, shares a percentage), may give the column's unit (a parenthesis "(km)", "(%)", or the counted noun it names:
"Số trường", "Tổng số đảng viên"; a breakdown label such as "Nữ" counts the column before it), may be a row-number
column ("TT", "STT": no claims), a column of units ("Đơn vị tính"), or a column of signed changes ("Tăng/giảm").
A cell's unit comes from its row first (the label's parenthesis, the unit column), then a unit the caption declares
("(đơn vị tính: lớp)", "ĐVT: tỷ đồng"; a percentage column keeps its "%"), then its column, then the label's own
counted noun, then a caption that ends in a unit ("… (triệu đồng)"); a change cue in the row label ("Số hộ nghèo
giảm (hộ)") is the change of its counts, a sign in a change column the change of that cell.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from ...lexicon import check_allowed, load_tsv
from ...text.numbers import Quantity, looks_like_year, parse_quantity
from ...text.patterns import LINE_SPACE, alternation
from .context import ClaimDoc
from .lexicon import ClaimLexicon
from .scan import Candidate

COLUMNS = {"target", "actual", "share", "index", "units", "change"}
# the cell separators of a flattened table, tried in this order: pipes, tabs, runs of two spaces or more
_SEPARATORS = (regex.compile(r"[ \t]*\|[ \t]*"), regex.compile(r"[ ]*\t[ \t]*"), regex.compile(r" {2,}"))
_LINE = regex.compile(r"[^\n]+")
_UNIT_PAREN = regex.compile(r"\((?P<unit>[^()]{1,30})\)[ \t]*$")
# a rate after a unit of money or measure: "/người/năm", "/ha"
_RATE_REST = regex.compile(r"(?:/[ \t]*[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)+")
_NUMBER_CELL = regex.compile(r"[+\-−–]?[ \t]*\d[\d.,]*[ \t]*%?")
_EMPTY_CELL = regex.compile(r"[\-–—.x]?")
# the caption's unit: "(đơn vị: triệu đồng)", "ĐVT: tỷ đồng", a caption ending in "(triệu đồng)"
_CAPTION_UNIT = regex.compile(
    r"(?:(?:đơn[ \t]+vị(?:[ \t]+tính)?|đvt)[ \t]*:[ \t]*(?P<unit>[^()\n;:]{1,20}?)[ \t]*\)?[ \t]*:?[ \t]*$"
    r"|\((?P<paren>[^():\n]{1,20})\)[ \t]*:?[ \t]*$)")
_CAPTION_LINES = 2
_QUOTA_LOOKBACK = 400   # how far above a table a quota it lists may be named
# a caption's legend naming the columns of a table that has no heading row: "(số đảng viên được kết nạp | tỷ lệ):"
_LEGEND = regex.compile(r"\((?P<body>[^()\n]*\|[^()\n]*)\)[ \t]*:?[ \t]*$")
_LEGEND_PART = regex.compile(r"[^|]*[^|\s][^|]*")
_Cell = tuple[int, int]   # start and end of a cell's text (spaces stripped)
_Unit = tuple[str, str, str, float]   # unit as written, folded unit, group, factor


@dataclass
class _Column:
    """What a heading cell says of its column."""

    start: int                  # the heading cell's offset in its line (for tables aligned with spaces)
    kind: str | None = None     # a column of table_cues.tsv, or None
    unit: _Unit | None = None   # the unit the heading names
    change: tuple[str, str] | None = None   # the change the heading names ("Số đảng viên được kết nạp"): (change, fits)


class ClaimTables:
    """Read flattened tables; built once with the claim lexicon and the column cues."""

    def __init__(self, lex: ClaimLexicon, rows: Iterable[dict[str, str]]) -> None:
        self.lex = lex
        rows = list(rows)
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

    # ------------------------------------------------------------------ finding tables

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give the candidates in table rows their unit, change and modality from their row, column and caption."""
        text = doc.text
        if "|" not in text and "\t" not in text and "  " not in text:
            return
        by_pos = {c.number_start: c for c in cands}
        n = len(cands)
        table: list[tuple[int, list[_Cell]]] = []
        sep_of_table = None
        for lm in _LINE.finditer(text):
            sep, cells = self._split(text, lm.start(), lm.end())
            if sep is not None and (sep is sep_of_table or not table):
                table.append((lm.start(), cells))
                sep_of_table = sep
                continue
            self._table(doc, table, by_pos, sep_of_table, cands)
            table, sep_of_table = ([(lm.start(), cells)], sep) if sep is not None else ([], None)
        self._table(doc, table, by_pos, sep_of_table, cands)
        if len(cands) > n:   # signed cells read here: the list stays in text order
            cands.sort(key=lambda c: c.number_start)

    @staticmethod
    def _split(text: str, a: int, b: int) -> tuple[regex.Pattern | None, list[_Cell]]:
        """The separator and the cells of the line [a, b) when it reads as a table row: two cells or more between "|" or
        tabs, three or more between runs of spaces."""
        line = text[a:b]
        if "|" not in line and "\t" not in line and "  " not in line:
            return None, []
        for sep in _SEPARATORS:
            cuts = list(sep.finditer(text, a, b))
            if len(cuts) < (2 if sep is _SEPARATORS[2] else 1):
                continue    # "|" and tabs cut a table of two columns too ("Trường | Số học sinh"); spaces need three
            cells, pos = [], a
            for m in cuts:
                cells.append((pos, m.start()))
                pos = m.end()
            cells.append((pos, b))
            cells = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()))
                     for s, e in cells]
            if sep is not _SEPARATORS[0]:
                cells = [(s, e) for s, e in cells if e > s]
            if any(text.count("(", s, e) != text.count(")", s, e) for s, e in cells):
                return None, []   # "Kết quả (số lượng | tỷ lệ):": a bar inside a parenthesis cuts no cells
            return sep, cells
        return None, []

    def _table(self, doc: ClaimDoc, rows: list[tuple[int, list[_Cell]]], by_pos: dict[int, Candidate],
               sep: regex.Pattern | None, cands: list[Candidate]) -> None:
        """Read one run of rows: its heading row (no number after the first cell), then its body rows."""
        if len(rows) < 2:
            return
        f = doc.folded
        aligned = sep is _SEPARATORS[2]
        columns: list[_Column] | None = None if aligned else self._legend(doc, rows[0][0], len(rows[0][1]))
        caption, declared = self._caption(doc, rows[0][0])
        quota = self._quota(doc, rows[0][0])
        allotted = self.lex.allot.search(f, max(0, rows[0][0] - _QUOTA_LOOKBACK), rows[0][0]) is not None
        for line, cells in rows:
            years = all(looks_like_year(f[a:b].strip()) for a, b in cells[1:])
            counts = any(_NUMBER_CELL.fullmatch(f, a, b) or _with_unit(by_pos.get(a), b) for a, b in cells[1:])
            if years or not counts:
                columns = self._columns(doc, line, cells, years)
                for a, _b in cells[1:] if years else ():
                    if a in by_pos:
                        by_pos[a].consumed = True    # "Chỉ tiêu | 2026 | 2027": a heading of years
            elif columns is not None:
                self._row(doc, line, cells, columns, by_pos, (caption, declared), aligned, cands, quota, allotted)

    def _quota(self, doc: ClaimDoc, first: int) -> tuple[str, str] | None:
        """The change of a quota named in the paragraph or lead right above the table ("giao chỉ tiêu kết nạp đảng
        viên năm 2018 cho các đảng bộ …\n\nChỉ tiêu cụ thể như sau:" over "TT | Đảng bộ | Chỉ tiêu (đảng viên)"):
        the aims of its columns are aims of that change."""
        f = doc.folded
        start = max(0, first - _QUOTA_LOOKBACK)
        found = None
        for m in self.lex.quota.finditer(f, start, first):
            found = m
        if found is None:
            return None
        change, applies = self.lex.change_of.get(" ".join(found["cue"].split()), ("none", "any"))
        return (change, applies) if change != "none" else None

    def _caption(self, doc: ClaimDoc, first: int) -> tuple[_Unit | None, bool]:
        """The unit a caption line right above the table gives its cells ("(đơn vị: triệu đồng)"), and whether the
        caption declares it ("đơn vị tính: lớp", "ĐVT: …": every cell counts it unless its row or a percentage column
        says otherwise) or only ends in it ("… (triệu đồng)")."""
        f, text = doc.folded, doc.text
        end = first - 1
        for _ in range(_CAPTION_LINES):
            if end <= 0:
                return None, False
            start = f.rfind("\n", 0, end) + 1
            cm = _CAPTION_UNIT.search(f, start, end)
            if cm:
                g = "unit" if cm["unit"] else "paren"
                unit = self._unit(f, cm.start(g), cm.end(g), text)
                return unit, unit is not None and g == "unit"
            end = start - 1
        return None, False

    # ------------------------------------------------------------------ the heading

    def _legend(self, doc: ClaimDoc, first: int, n_cells: int) -> list[_Column] | None:
        """The columns a legend in parentheses at the end of the line above names, one per cell after the label
        ("Kết quả tại một số đảng bộ (số đảng viên được kết nạp | tỷ lệ so với chỉ tiêu):" over "- Đảng bộ X | 204 |
        113,3%"), when the table has no heading row."""
        f = doc.folded
        end = first - 1
        if end <= 0:
            return None
        lm = _LEGEND.search(f, f.rfind("\n", 0, end) + 1, end)
        if lm is None:
            return None
        parts = [(m.start(), m.end()) for m in _LEGEND_PART.finditer(f, lm.start("body"), lm.end("body"))]
        if len(parts) != n_cells - 1:
            return None
        cols = [_Column(0), *(self._column(doc, 0, a, b) for a, b in parts)]
        return cols if all(c.kind or c.unit for c in cols[1:]) else None   # "(số lượng | tỷ lệ)" names no noun

    def _columns(self, doc: ClaimDoc, line: int, cells: list[_Cell], years: bool = False) -> list[_Column] | None:
        cols = [self._column(doc, line, a, b) for a, b in cells]
        for i, col in enumerate(cols):   # a breakdown label ("Nữ", "Dự bị") counts the nearest column before it
            if col.unit is None and col.kind is None and i > 0:
                a, b = cells[i]
                lm = self.lex.label_at.match(doc.folded, a)
                if lm and lm.end() >= b - 1:
                    col.unit = next((c.unit for c in reversed(cols[:i])
                                     if c.unit and c.unit[2] in ("member", "person")), None)
        return cols if years or any(c.kind or c.unit for c in cols[1:]) else None

    def _column(self, doc: ClaimDoc, line: int, a: int, b: int) -> _Column:
        f, text = doc.folded, doc.text
        col = _Column(a - line)
        m = self.heading.match(f, a, b)
        if m:
            col.kind = self.column_of.get(" ".join(m["cue"].split()))
        um = _UNIT_PAREN.search(f, a, b)
        if um:
            col.unit = self._unit(f, um.start("unit"), um.end("unit"), text)
            if col.unit and col.unit[2] == "percent" and col.kind is None:
                col.kind = "share"
        elif col.kind not in ("index", "units"):
            # the noun the heading names after its cue ("Kế hoạch kết nạp đảng viên"); the cue itself names none
            # ("Nghị quyết" heads the column a resolution aimed for, it counts no resolutions)
            col.unit = self._noun(doc, m.end() if m else a, b)
        found = self.lex.last_change(f, a, b)
        if found and found[0] != "none":
            col.change = found[0], found[1]
        return col

    # ------------------------------------------------------------------ a body row

    def _row(self, doc: ClaimDoc, line: int, cells: list[_Cell], columns: list[_Column],
             by_pos: dict[int, Candidate], caption_of: tuple[_Unit | None, bool], aligned: bool,
             cands: list[Candidate],
             quota: tuple[str, str] | None = None, allotted: bool = False) -> None:
        """One body row: its numeric cells become claims of the row's, the column's or the caption's unit."""
        f, text = doc.folded, doc.text
        caption, declared = caption_of
        placed = [(self._place(columns, i, a - line, aligned), (a, b)) for i, (a, b) in enumerate(cells)]
        label: _Cell | None = None
        index_label: _Cell | None = None   # "Tổng cộng | | 13,5 | …": a total row labelled in the row-number column
        row_unit: _Unit | None = None
        for col, (a, b) in placed:
            kind = col.kind if col else None
            if kind == "index" and a < b and index_label is None and not _NUMBER_CELL.fullmatch(f, a, b):
                index_label = (a, b)
            if kind == "index" or a == b:
                continue
            u = self._unit(f, a, b, text) if kind == "units" else None
            if u is not None:
                row_unit = row_unit or u   # "Đơn vị" may head units ("triệu đồng") or the rows' places ("Xã A")
            elif label is None and not _NUMBER_CELL.fullmatch(f, a, b):
                label = (a, b)
        label = label or index_label
        if label is None:
            return
        la, lb = label
        um = _UNIT_PAREN.search(f, la, lb)
        row_unit = (self._unit(f, um.start("unit"), um.end("unit"), text) if um else None) or row_unit
        label_stop = um.start() if um else lb
        qualifier = " ".join(text[la:label_stop].split()) or None
        own = self._noun(doc, la, label_stop)
        found = self.lex.last_change(f, la, label_stop)
        for col, (a, b) in placed:
            s = a + len(f[a:b]) - len(f[a:b].lstrip("+-−– \t"))
            c = by_pos.get(s) or (self._signed(f, s, b, by_pos, cands) if s > a else None)
            kind = col.kind if col else None
            if _counted_cell(c, b, kind, allotted, qualifier):
                continue
            if c is None or c.qty.value_max or c.qty.denominator or not _NUMBER_CELL.fullmatch(f, a, b):
                continue
            if kind == "index":
                c.consumed = True    # a row number
                continue
            # a row labelled by the noun it counts alone ("Đảng viên | 412 | 2.950" under rating columns) counts it
            named = own if own is not None and own[1] == " ".join(f[la:label_stop].split()) else None
            col_unit = col.unit if col else None
            if declared and not (col_unit and col_unit[2] == "percent"):
                unit = row_unit or caption   # "(đơn vị tính: lớp)": the table says what its cells count
            else:
                unit = row_unit or named or col_unit or own or caption
            if kind == "share" or c.percent or (unit and unit[2] == "percent"):
                c.unit, c.unit_key, c.group, c.percent = "%", "%", "percent", True
                rate = found[0] if kind != "share" and found and found[0] in ("increase", "decrease") else None
                c.change = self._sign(f, a) if kind == "change" else rate   # "Tốc độ tăng trưởng GRDP | % | 6,12"
            elif unit is not None:
                c.unit, c.unit_key, c.group, factor = unit[0], unit[1], unit[2], unit[3]
                c.qty = Quantity(c.qty.value * factor)
                c.change = self._sign(f, a) if kind == "change" else self._cell_change(found, col, quota, unit[2])
            else:
                continue
            c.qualifier = qualifier
            c.modality = _cell_modality(kind, allotted, c.modality)
            c.comparator, c.from_value, c.consumed, c.label = None, None, False, None
            c.unit_start = c.unit_end = 0
            c.ev_start = c.number_start
            c.end = c.tail_end = c.number_end

    def _signed(self, f: str, s: int, b: int, by_pos: dict[int, Candidate],
                cands: list[Candidate]) -> Candidate | None:
        """The number of a signed cell ("+287", "-1.513"), which the scanner leaves (a sign is no number's)."""
        e = s + len(f[s:b].rstrip(" \t%"))
        qty = parse_quantity(f[s:e], None, self.lex.scales)
        if qty is None:
            return None
        c = Candidate(s, e, s, e, qty, tail_end=e)
        by_pos[s] = c
        cands.append(c)
        return c

    def _cell_change(self, found: tuple[str, str, regex.Match] | None, col: _Column | None,
                     quota: tuple[str, str] | None, group: str) -> str | None:
        """A count's change: the row label's ("Số hộ nghèo giảm"), else its column heading's ("Số đảng viên được kết
        nạp"), else, in an aim column, the quota's the table lists ("giao chỉ tiêu kết nạp đảng viên …")."""
        for cue in (found[:2] if found else None, col.change if col else None,
                    quota if col is not None and col.kind == "target" else None):
            if cue and cue[0] != "none" and self.lex.fits(cue[1], group, False):
                return cue[0]
        return None

    @staticmethod
    def _place(columns: list[_Column], i: int, offset: int, aligned: bool) -> _Column | None:
        """The heading column of a body cell: by its index, or, in a table aligned with spaces, the last heading
        cell that starts at or before the body cell (a cell may stand a little left of its heading)."""
        if not aligned:
            return columns[i] if i < len(columns) else None
        best = None
        for col in columns:
            if col.start <= offset + 2:
                best = col
        return best

    @staticmethod
    def _sign(f: str, a: int) -> str | None:
        """The change a signed cell states: "+25" an increase, "-1.513" a decrease."""
        ch = f[a:a + 1]
        return "increase" if ch == "+" else "decrease" if ch in "-−–" else None

    def _noun(self, doc: ClaimDoc, a: int, b: int) -> _Unit | None:
        """The counted noun a heading or a row label names ("Số trường", "Tổng số đảng viên", "Hộ nghèo")."""
        f, text = doc.folded, doc.text
        for um in self.lex.unit_find.finditer(f, a, b):
            key = " ".join(um["unit"].split())
            group = self.lex.unit_group.get(key, "thing")
            if group in ("money", "measure") or key in self.lex.counters:
                continue
            return " ".join(text[um.start("unit"):um.end("unit")].split()), key, group, 1.0
        return None

    def _unit(self, f: str, a: int, b: int, text: str) -> _Unit | None:
        """(unit as written, folded unit, group, factor) of a unit written alone: "tỷ đồng", "ha", "%"."""
        while a < b and f[a] in " \t":
            a += 1
        if f[a:b].strip() == "%":
            return "%", "%", "percent", 1.0
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
        rest = f[um.end():b].strip() if um else ""
        if not um or rest and not (_RATE_REST.fullmatch(rest) and self.lex.unit_group.get(
                " ".join(um["unit"].split())) in ("money", "measure")):
            return None   # ("triệu đồng/người/năm": an amount per person and year counts đồng)
        key = " ".join(um["unit"].split())
        written = " ".join(text[um.start("unit"):um.end("unit")].split())
        return written, key, self.lex.unit_group.get(key, "thing"), factor


def _with_unit(c: Candidate | None, end: int) -> bool:
    """True when ``c`` is a count written with its unit that fills its cell up to ``end`` ("8.246,7 triệu USD")."""
    return c is not None and c.unit is not None and c.unit_end == end and not c.consumed


def _counted_cell(c: Candidate | None, end: int, kind: str | None, allotted: bool, qualifier: str | None) -> bool:
    """Read a cell that holds a count with its own unit ("8.246,7 triệu USD" under "Ước thực hiện"): it keeps its
    unit, takes the modality its column gives (:func:`_cell_modality`), and its row label qualifies it.  False for
    any other cell."""
    if c is None or not _with_unit(c, end):
        return False
    c.modality = _cell_modality(kind, allotted, c.modality)
    c.qualifier = c.qualifier or qualifier
    return True


def _cell_modality(kind: str | None, allotted: bool, modality: str) -> str:
    """A cell's modality: its column's (aimed for, reached; a share of the aim measures the result), else an aim
    when the lead above the table allots aims ("giao chỉ tiêu … cho 14 huyện ủy … Phân bổ cụ thể:"), else as read."""
    if kind in ("target", "actual"):
        return kind
    if kind == "share":
        return "actual"
    return "target" if allotted else modality
