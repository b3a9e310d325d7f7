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
from pathlib import Path
from typing import Callable

import regex

from ...errors import DataFileError, Errors
from ...lexicon import alternation, load_tsv

ROLES = {"symbol", "title", "enact", "target", "plan", "actual", "lead", "reported"}
CONDITIONS = {"", "future_year"}
_HEAD_CHARS = 2500  # the document header (symbol, title line) sits near the top

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


def _closed(line: str) -> bool:
    """True when ``line`` ends with final punctuation or a colon (the next line starts a new paragraph)."""
    return line.rstrip(" \t'\"”’)*")[-1:] in (".", ";", ":", "!", "?", "…")


def _alt(words) -> str:
    return alternation(words).replace(r"\s+", r"[ \t]+")


class ClaimSections:
    """Compiled section cues; :meth:`modality_map` reads one text's headings."""

    def __init__(self, rows) -> None:
        by = {}
        for r in rows:
            by.setdefault(r["role"], []).append(r["cue"])
        self.cue_of = {" ".join(r["cue"].split()): (r["role"], r["condition"]) for r in rows}
        self.symbol = regex.compile(
            rf"(?:^|\n)[ \t|*]*số[ \t]*:?\s*\d+(?:/\d{{4}})?[ \t]*[-/][ \t]*(?:{_alt(by.get('symbol', []))})(?![\p{{L}}\p{{M}}])")
        self.titles = frozenset(" ".join(w.split()) for w in by.get("title", []) + by.get("enact", []))
        self.enacts = frozenset(" ".join(w.split()) for w in by.get("enact", []))
        heads = by.get("target", []) + by.get("plan", []) + by.get("actual", [])
        self.heading = regex.compile(
            rf"[ \t]*(?:(?:{_alt(by.get('lead', []))})[ \t]+)?(?P<cue>{_alt(heads)})(?![\p{{L}}\p{{M}}])")
        self.reported = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_alt(by.get('reported', []))}(?![\p{{L}}\p{{M}}])")

    @classmethod
    def load(cls, data_dir: Path) -> "ClaimSections":
        """Read and validate ``section_cues.tsv`` from ``data_dir``."""
        path = Path(data_dir) / "section_cues.tsv"
        rows = load_tsv(path)
        for row in rows:
            for col, allowed in (("role", ROLES), ("condition", CONDITIONS)):
                if row.get(col, "") not in allowed:
                    line = next((i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                                 if ln.split("\t", 1)[0].strip() == row["cue"]), 0)
                    reason = f"'{col}' is '{row.get(col, '')}' for '{row['cue']}', expected one of {sorted(allowed)}"
                    raise DataFileError(Errors.E102.format(path=path, line=line, reason=reason), code="E102")
        return cls(rows)

    # ------------------------------------------------------------------ one text

    def is_plan(self, text: str, folded: str) -> bool:
        """True when the header marks a rule or plan: a plan symbol after "Số", or a capitalised title line."""
        head = folded[:_HEAD_CHARS]
        if self.symbol.search(head):
            return True
        for m in _LINES.finditer(text, 0, min(len(text), _HEAD_CHARS)):
            line = m.group().strip(" \t|*")
            if line and not _LOWER.search(line) and " ".join(folded[m.start():m.end()].strip(" \t|*:").split()) in self.titles:
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
        if role in ("target", "plan") and self.reported.search(folded_heading, m.end()):
            return None  # "Chỉ tiêu năm 2023 đã đạt được như sau:": a report of the aims
        if role == "plan":
            return "target" if plan else None
        return role if role in ("target", "actual") else None

    def modality_map(self, text: str, folded: str, published: str | None) -> Callable[[int], str | None]:
        """A look-up: position -> the modality of the section holding it ("target", "actual" or ``None``)."""
        points: list[int] = [0]
        mods: list[str | None] = [None]
        if "\n" not in text:
            return lambda pos: None
        plan = self.is_plan(text, folded)
        stack: list[list] = []  # [rank, modality or None, bullet-scoped, has its first line]
        prev_open = False
        lines = list(_LINES.finditer(text))
        for i, lm in enumerate(lines):
            s, e = lm.span()
            line = lm.group()
            if not line.strip(" \t|"):
                continue
            short = len(line) <= 160  # headings are short; long lines are paragraphs
            words = len(line.split()) if short else 99
            closed = _closed(line)
            mm = self._heading_marker(line) if short else None
            bare = " ".join(folded[s:e].strip(" \t|*").split()) if short else ""
            if bare.endswith(":") and bare[:-1].strip() in self.enacts:
                plan = True
                stack = [[0, "target", False, True]]
            elif mm is not None:
                kind, hs = mm
                rank = _RANK[kind] + (0.25 * (line.count(".", 0, hs) - 1) if kind == "dotted" else 0)
                heading = folded[s + hs:e]
                if words < 5 and i + 1 < len(lines) and _LOWER.match(lines[i + 1].group().lstrip(" \t|")):
                    heading += " " + folded[lines[i + 1].start():lines[i + 1].end()]  # a wrapped heading
                plan = plan or kind == "dieu"  # numbered articles: the text is a rule
                mod = self._classify(heading, plan, published)
                if kind == "dieu":
                    mod = mod or "target"  # an article of a rule prescribes
                while stack and stack[-1][0] >= rank:
                    stack.pop()
                stack.append([rank, mod, False, True])
            elif _BULLET.match(line):
                for entry in stack:
                    entry[3] = True
            elif words <= 15 and not _LOWER.search(line) and _LETTERS.search(line):
                mod = self._classify(bare, plan, published)  # a capitalised heading
                while stack and stack[-1][0] >= 2:
                    stack.pop()
                stack.append([2, mod, False, True])
            elif words <= 10 and (bare.endswith(":") or (plan and not closed and self._classify(bare, plan, published))):
                while stack and stack[-1][2]:
                    stack.pop()
                rank = (stack[-1][0] if stack else 0) + 0.5
                stack.append([rank, self._classify(bare, plan, published), True, False])
            elif not prev_open and stack:  # a plain paragraph ends a colon heading's list after its first line
                k = next((j for j, entry in enumerate(stack) if entry[2] and entry[3]), None)
                if k is not None:
                    del stack[k:]
                for entry in stack:
                    entry[3] = True
            prev_open = not closed
            if not stack and mods[-1] is None:
                continue
            mod = next((entry[1] for entry in reversed(stack) if entry[1] is not None), None)
            if mod != mods[-1]:
                points.append(s)
                mods.append(mod)
        if len(points) == 1:
            return lambda pos: None
        return lambda pos: mods[bisect_right(points, pos) - 1]

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
