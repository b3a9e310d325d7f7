"""Section modality of rule and plan texts: which claims sit under an aimed-for heading.

A resolution or plan states its aims under headings ("II. MỤC TIÊU, CHỈ TIÊU", "2. Chỉ tiêu chủ yếu",
"Phấn đấu đến năm 2025:") and its quotas after the enacting line ("QUYẾT NGHỊ:" … "Điều 1. …"); the
claims there are targets although their sentences carry no aim word (ANNOTATION.md, Decisions: modality).
A heading's section runs until the next heading of the same or a higher level; a heading without a cue
inherits the modality of the section it opens in.  Levels come from the numbering: parts and chapters
("Phần thứ hai", "B."), Roman numerals, articles ("Điều 3.", which also mark the text as a rule), Arabic
numerals, dotted numerals, letters; an unnumbered capitalised line counts as a Roman-level heading; a short
line ending in a colon opens a section one level below the current one that covers the line after it and
the bullet items that follow.

The cue words live in ``section_cues.tsv``: document symbols, title and enacting lines that make a text a
rule or plan, and the words a heading starts with (target, plan — aimed for only in a rule or plan text —
and actual).

>>> from pathlib import Path
>>> from ddnews.text.normalize import fold
>>> sec = ClaimSections.load(Path("models/ddnews_vi/ddnews_claims"))
>>> t = "I. TÌNH HÌNH" + chr(10) + "Có 5 xã." + chr(10) + "II. MỤC TIÊU" + chr(10) + "- 100% xã."
>>> at = sec.modality_map(t, fold(t), None)
>>> at(t.index("5 xã")), at(t.index("100%"))
('actual', 'target')
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ...lexicon import check_allowed, load_tsv
from ...settings import WINDOWS
from ...text.patterns import LINE_SPACE, alternation
from .lexicon import DIGIT

ROLES = {"symbol", "title", "enact", "target", "plan", "actual", "lead", "reported"}
CONDITIONS = {"", "future_year", "current_year"}

# Numbering at a line start, on the original text (Roman numerals are capitals, item letters lower case).
_MARKER = regex.compile(
    r"[ \t|>*#]*(?:(?P<part>(?i:phần|chương)[ \t]+(?:(?i:thứ)[ \t]+\p{L}+|[IVXLC]+|\d+)|[ABDĐEFGH](?=[ \t]*[.\-–]))"
    r"|(?P<dieu>(?i:điều)[ \t]+\d+)|(?P<roman>[IVXLC]{1,6})|(?P<dotted>\d{1,2}(?:\.\d{1,2})+)"
    r"|(?P<arabic>\d{1,2})|(?P<letter>[a-zđ]))[ \t]*(?P<sep>[.):\-–/]?)[ \t]*(?P<next>\S?)")
# Ranks of the numbering kinds (a smaller rank is a higher level); the enacting line is rank 0.
_RANK = {"part": 1, "roman": 2, "dieu": 3, "arabic": 4, "dotted": 5, "letter": 7}
_BULLET = regex.compile(r"[ \t|>]*(?:[-–—+•*·▪○●]|\d+[.)][ \t]*\d)")
_LINES = regex.compile(r"[^\n]+")
_LETTERS = regex.compile(r"\p{L}")
_LOWER = regex.compile(r"\p{Ll}")
_YEAR = regex.compile(r"[ \t]*(\d{4})(?!\d)")


# a year in an aim heading or a list's lead-in, and the words that make a lead-in look ahead ("nhiệm kỳ 2025 - 2030")
_LEAD_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# part of a year in a heading: "quý I/2024", "6 tháng đầu năm", "9 tháng"
_PART_OF_YEAR = regex.compile(r"(?<![\p{L}\p{M}])(?:quý|\d{1,2}[ \t]+tháng)(?![\p{L}\p{M}])")
_LEAD_AHEAD = regex.compile(r"(?<![\p{L}\p{M}])(?:(?:đến|tới)[ \t]+năm|nhiệm[ \t]+kỳ|giai[ \t]+đoạn)(?![\p{L}\p{M}])")


def aims_ahead(f: str, start: int, end: int, published: str | None, *, undated: bool = True) -> bool:
    """Whether the years of an aim heading or lead-in (``f[start:end]``) leave what it lists aimed for: no part of
    a year ("quý I", "6 tháng") unless with a deadline or term, and no year or a year not before the publication's
    ("Một số chỉ tiêu y tế năm 2022:" in 2023 lists the year's figures); with no publication date, ``undated`` (a
    heading: the plan's reading, "Các chỉ tiêu chủ yếu năm 2025:") or, for a lead-in inside a text, a term or a
    deadline ("… nhiệm kỳ 2025 - 2030 của …:")."""
    if _PART_OF_YEAR.search(f, start, end) and not _LEAD_AHEAD.search(f, start, end):
        return False  # "Một số chỉ tiêu chủ yếu quý I/2024:": aims are set for years and terms; a quarter's or a
        # half-year's indicators are reported
    years = [int(y) for y in _LEAD_YEAR.findall(f, start, end)]
    if not years:
        return True
    if published:
        return max(years) >= int(published[:4])
    return undated or bool(_LEAD_AHEAD.search(f, start, end))


# a numbered line that holds a figure and ends as a sentence is a list's item, no heading
_SENTENCE_END = regex.compile(r"[.;][ \t'\"”’)*]*$")


def _closed(line: str) -> bool:
    """True when ``line`` ends with final punctuation or a colon (the next line starts a new paragraph)."""
    return line.rstrip(" \t'\"”’)*")[-1:] in (".", ";", ":", "!", "?", "…")


@dataclass(slots=True)
class _Section:
    """An open section: its rank (smaller is higher), its modality or None (inherit), whether it is a colon
    heading's list (bullet-scoped) and whether it has its first line."""

    rank: float
    mod: str | None
    bullets: bool
    started: bool


@dataclass(slots=True)
class _Walk:
    """The state of :meth:`ClaimSections.modality_map` walking a text's lines: whether the text is a rule or
    plan, the open sections, and the positions where the modality changes with the modality from there."""

    plan: bool
    stack: list[_Section] = field(default_factory=list)
    points: list[int] = field(default_factory=lambda: [0])
    mods: list[str | None] = field(default_factory=lambda: [None])

    def open(self, rank: float, mod: str | None) -> None:
        """Open a heading's section, closing the sections of the same or a lower level."""
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()
        self.stack.append(_Section(rank, mod, False, True))

    def open_colon(self, mod: str | None) -> None:
        """Open a colon heading's section one level below the current one (closing colon sections first)."""
        while self.stack and self.stack[-1].bullets:
            self.stack.pop()
        rank = (self.stack[-1].rank if self.stack else 0) + 0.5
        self.stack.append(_Section(rank, mod, True, False))

    def paragraph(self) -> None:
        """A plain paragraph: close the first colon section that has its first line (and those below it)."""
        k = next((j for j, entry in enumerate(self.stack) if entry.bullets and entry.started), None)
        if k is not None:
            del self.stack[k:]
        for entry in self.stack:
            entry.started = True

    def record(self, pos: int) -> None:
        """Note the modality in force from the line at ``pos``: the innermost open section's that has one."""
        if not self.stack and self.mods[-1] is None:
            return
        mod = next((entry.mod for entry in reversed(self.stack) if entry.mod is not None), None)
        if mod != self.mods[-1]:
            self.points.append(pos)
            self.mods.append(mod)


class ClaimSections:
    """Compiled section cues; :meth:`modality_map` reads one text's headings."""

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        by: dict[str, list[str]] = {}
        for r in rows:
            by.setdefault(r["role"], []).append(r["cue"])

        def cues(*roles: str) -> str:
            return alternation([cue for role in roles for cue in by.get(role, [])], space=LINE_SPACE)

        self.cue_of = {" ".join(r["cue"].split()): (r["role"], r["condition"]) for r in rows}
        self.symbol = regex.compile(
            rf"(?:^|\n)[ \t|*]*số[ \t]*:?\s*\d+(?:/\d{{4}})?[ \t]*[-/][ \t]*"
            rf"(?:{cues('symbol')})(?![\p{{L}}\p{{M}}])")
        self.titles = frozenset(" ".join(w.split()) for w in by.get("title", []) + by.get("enact", []))
        self.enacts = frozenset(" ".join(w.split()) for w in by.get("enact", []))
        self.heading = regex.compile(
            rf"[ \t]*(?:(?:{cues('lead')})[ \t]+)?(?P<cue>{cues('target', 'plan', 'actual')})(?![\p{{L}}\p{{M}}])")
        self.reported = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){cues('reported')}(?![\p{{L}}\p{{M}}])")

    @classmethod
    def load(cls, data_dir: Path) -> ClaimSections:
        """Read and validate ``section_cues.tsv`` from ``data_dir``."""
        path = Path(data_dir) / "section_cues.tsv"
        rows = load_tsv(path)
        check_allowed(path, rows, {"role": ROLES, "condition": CONDITIONS})
        return cls(rows)

    # ------------------------------------------------------------------ one text

    def is_plan(self, text: str, folded: str) -> bool:
        """True when the header marks a rule or plan: a plan symbol after "Số", or a capitalised title line."""
        head = folded[:WINDOWS.document_head]
        if self.symbol.search(head):
            return True
        for m in _LINES.finditer(text, 0, min(len(text), WINDOWS.document_head)):
            line = m.group().strip(" \t|*")
            title = " ".join(folded[m.start():m.end()].strip(" \t|*:").split())
            if line and not _LOWER.search(line) and title in self.titles:
                return True
        return False

    def _classify(self, folded_heading: str, plan: bool, published: str | None) -> str | None:
        """The modality a heading's own words give its section, or ``None`` (inherit)."""
        m = self.heading.match(folded_heading)
        if not m:
            return None
        role, cond = self.cue_of.get(" ".join(m["cue"].split()), ("", ""))
        if cond == "future_year":
            ym = _YEAR.match(folded_heading, m.end())
            if not ym or (published and int(ym.group(1)) <= int(published[:4])):
                return None
        if cond == "current_year" and not aims_ahead(folded_heading, m.start(), len(folded_heading), published):
            return None  # "Một số chỉ tiêu y tế năm 2022:" published in 2023: the year's figures
        if role in ("target", "plan") and self.reported.search(folded_heading, m.end()):
            return None  # "Chỉ tiêu năm 2023 đã đạt được như sau:": a report of the aims
        if role == "plan":
            return "target" if plan else None
        return role if role in ("target", "actual") else None

    def modality_map(self, text: str, folded: str, published: str | None) -> Callable[[int], str | None]:
        """A look-up: position -> the modality of the section holding it ("target", "actual" or ``None``)."""
        if "\n" not in text:
            return lambda pos: None
        walk = _Walk(plan=self.is_plan(text, folded))
        prev_open = False
        lines = list(_LINES.finditer(text))
        for i, lm in enumerate(lines):
            line = lm.group()
            if not line.strip(" \t|"):
                continue
            closed = _closed(line)
            self._read_line(walk, folded, lines, i, published, closed=closed, prev_open=prev_open)
            prev_open = not closed
            walk.record(lm.start())
        if len(walk.points) == 1:
            return lambda pos: None
        points, mods = walk.points, walk.mods
        return lambda pos: mods[bisect_right(points, pos) - 1]

    def _read_line(self, walk: _Walk, folded: str, lines: list[regex.Match], i: int, published: str | None, *,
                   closed: bool, prev_open: bool) -> None:
        """What line ``i`` (not blank) does to the open sections: the enacting line makes the rest a rule's
        quotas; a numbered heading, a capitalised heading or a short line ending in a colon opens a section;
        a bullet item continues one; a plain paragraph ends a colon heading's list after its first line."""
        s, e = lines[i].span()
        line = lines[i].group()
        short = len(line) <= 160  # headings are short; long lines are paragraphs
        words = len(line.split()) if short else 99
        mm = self._heading_marker(line) if short else None
        bare = " ".join(folded[s:e].strip(" \t|*").split()) if short else ""
        if bare.endswith(":") and bare[:-1].strip() in self.enacts:
            walk.plan = True
            walk.stack = [_Section(0, "target", False, True)]
        elif mm is not None and not (_SENTENCE_END.search(line) and DIGIT.search(line, mm[1])):
            self._numbered_heading(walk, folded, lines, i, mm, words, published)
        elif _BULLET.match(line) or mm is not None:     # "4. Đến năm 2025, GRDP … đạt 70 triệu đồng.": an item
            for entry in walk.stack:
                entry.started = True
        elif words <= 15 and not _LOWER.search(line) and _LETTERS.search(line):
            walk.open(2, self._classify(bare, walk.plan, published))  # a capitalised heading
        elif words <= 10 and (bare.endswith(":") or (walk.plan and not closed
                                                     and self._classify(bare, walk.plan, published))):
            walk.open_colon(self._classify(bare, walk.plan, published))
        elif not prev_open and walk.stack:
            walk.paragraph()

    def _numbered_heading(self, walk: _Walk, folded: str, lines: list[regex.Match], i: int,
                          marker: tuple[str, int], words: int, published: str | None) -> None:
        """A numbered heading on line ``i`` opens a section at the rank of its numbering: its modality is its
        own words' (a short heading wrapped onto the next line read whole); an article ("Điều 3.") marks the
        text as a rule and prescribes (target) unless its words say otherwise."""
        s, e = lines[i].span()
        kind, hs = marker
        rank = _RANK[kind] + (0.25 * (lines[i].group().count(".", 0, hs) - 1) if kind == "dotted" else 0)
        heading = folded[s + hs:e]
        if words < 5 and i + 1 < len(lines) and _LOWER.match(lines[i + 1].group().lstrip(" \t|")):
            heading += " " + folded[lines[i + 1].start():lines[i + 1].end()]  # a wrapped heading
        walk.plan = walk.plan or kind == "dieu"  # numbered articles: the text is a rule
        mod = self._classify(heading, walk.plan, published)
        if kind == "dieu":
            mod = mod or "target"  # an article of a rule prescribes
        walk.open(rank, mod)

    @staticmethod
    def _heading_marker(line: str) -> tuple[str, int] | None:
        """(numbering kind, where the heading text starts) when ``line`` starts with a numbered heading."""
        m = _MARKER.match(line)
        if not m or not m["next"] or not _LETTERS.match(m["next"]):
            return None
        kind = next(k for k in ("part", "dieu", "roman", "dotted", "arabic", "letter") if m[k])
        sep = m["sep"]
        if kind in ("roman", "arabic", "letter", "dieu") and sep in ("", "/"):
            return None  # "V/v ban hành …", "Điều 5 Điều lệ Đảng quy định …": no numbering
        if kind == "letter" and sep not in ".)":
            return None
        return kind, m.start("next")
