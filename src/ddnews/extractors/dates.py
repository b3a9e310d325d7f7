"""Full calendar dates mentioned in the body, as ISO, one entry per distinct date.

A date without a year ("vào ngày 12/10", "Sáng 3.6") takes its year from (1) the date itself, else
(2) a calendar year written in the same sentence ("năm 2020", "tháng 6/2020", the other end of a range,
another full date that is not a document's own date), never a term range ("nhiệm kỳ 2020-2025") nor a
birth year; else (3) the publication date; else it is left out (ANNOTATION.md, Decisions).  A numeric
day-month needs a cue word before it ("ngày", "sáng", "chiều" …) so that ratios like "18/18" are not
taken for dates.  Dates inside page chrome (site clocks, extra date lines) are skipped.
"""
from __future__ import annotations

import calendar
from pathlib import Path

import regex

from ..lexicon import load_tsv
from ..settings import WINDOWS
from ..text.dates import DATE_RE, has_day_cue, parts, to_iso, valid
from ..text.sentences import sentence_around
from .base import BlockReason, Context, Extractor, Found

_TERM_AFTER = regex.compile(r"\s*[-–]\s*\d{4}(?!\d)")
_YEAR_MONTH = regex.compile(r"(?<![\d/.-])(\d{4})-\d{2}(?![\d-])")
# Several days sharing one month: "ngày 15 và 16/7", "các ngày 3, 4 và 5/9/2022" (the earlier days).
_SHARED_MONTH_DAYS = regex.compile(r"(?:ngày|sáng|chiều|tối)\s+((?:\d{1,2}\s*(?:,|và)\s*)+)$")
# A range of days sharing the month of its end: "từ ngày 9 đến 12/12", "(17-19/9/2025)".
_DAY_RANGE_BEFORE = regex.compile(
    r"(?:(?:từ\s+)?(?:ngày|sáng|chiều)\s+(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?|(?<![\d/.:-])(\d{1,2})[-–])$")
_DAY = regex.compile(r"\d{1,2}")
# A day range written before one month and year: "17-19/9/2025".
_DAY_RANGE_FULL = regex.compile(
    r"(?<![\d/.:-])(?P<d0>\d{1,2})[-–](?P<d1>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
# A day and month after "ngày" with a stray space around the separator ("Ngày 06- 8", "ngày 6 /8"): the
# forms without spaces are DATE_RE's
_SPACED_DAY = regex.compile(r"(?<![\p{L}\p{M}])ngày[ \t]+(?P<d>\d{1,2})(?:[ \t]+[-/.][ \t]*|[-/.][ \t]+)"
                            r"(?P<m>\d{1,2})(?!\d|,\d|[ \t]*[-/.][ \t]*\d)")
# An index marker near the top (" date 2024-12", " date 2024-12-16"): the reference for a day's year when
# no publication date is known.
_MARKER = regex.compile(r"(?m)^[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")


def _marker_reference(folded: str) -> str | None:
    """The last day of the index marker's month (or its day) as an ISO reference date, or None."""
    m = _MARKER.search(folded, 0, WINDOWS.date_line_top)
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    day = int(m.group(3)) if m.group(3) else calendar.monthrange(year, month)[1]
    return to_iso((year, month, day))


def _pick_year(years: list[int], month: int, day: int, published: str | None) -> int | None:
    """Of several years in the sentence, the one that dates the day: the latest whose date is not after
    the publication date ("Ngày 27/12, … năm 2024, … năm 2025" published 2024-12-29 → 2024), else the latest."""
    if not years:
        return None
    if published:
        fitting = [y for y in set(years) if (iso := to_iso((y, month, day))) is not None and iso <= published]
        if fitting:
            return max(fitting)
    return max(years)


class DateExtractor(Extractor):
    """Find full calendar dates; each fact: ``value`` (ISO), ``start``, ``end``, ``mentions``, ``year_from``."""

    key = "dates"

    def __init__(self, data_dir: Path):
        rows = load_tsv(Path(data_dir) / "year_cues.tsv")
        role = {r["phrase"]: r["role"] for r in rows}
        ignore = "|".join(regex.escape(p) for p, r in role.items() if r == "ignore")
        self.year_re = regex.compile(
            rf"(?<!(?:{ignore})\s)(?<!\w)(?:năm\s+(?P<y>\d{{4}})|tháng\s+\d{{1,2}}\s*(?:/|năm\s)\s*(?P<my>\d{{4}}))(?!\d)"
        )

    def _sentence_year(self, ctx: Context, start: int, end: int, cited: list[tuple[int, int]],
                       month: int, day: int) -> tuple[list[int], list[int]]:
        """The calendar years stated in the sentence around ``[start, end)`` (rule 2), and the years of the same
        day-month written there in full ("đợt 3/2 … (3/2/1930 - 3/2/2024)")."""
        lo, hi = sentence_around(ctx.folded, start, end, WINDOWS.sentence_lookback)
        years: list[int] = []
        same_day: list[int] = []

        def usable(s: int, e: int) -> bool:
            return not (s < end and start < e) and not any(a <= s and e <= b for a, b in cited)

        for m in DATE_RE.finditer(ctx.folded, lo, hi):
            y, mm, dd = parts(m)
            if y and usable(*m.span()) and to_iso((y, mm, dd)):
                years.append(y)
                if (mm, dd) == (month, day):
                    same_day.append(y)
        for m in self.year_re.finditer(ctx.folded, lo, hi):
            g = "y" if m.group("y") else "my"
            if usable(*m.span()) and not _TERM_AFTER.match(ctx.folded, m.end(g)):
                years.append(int(m.group(g)))
        for m in _YEAR_MONTH.finditer(ctx.folded, lo, hi):
            if usable(*m.span()):
                years.append(int(m.group(1)))
        return years, same_day

    def extract(self, ctx: Context) -> Found:
        chrome = ctx.chrome
        cited = [tuple(m) for d in ctx.facts.get("documents", []) for m in d["mentions"]]
        reference = ctx.published or _marker_reference(ctx.folded)
        found: dict[str, dict] = {}
        for m in DATE_RE.finditer(ctx.folded):
            s, e = m.span()
            if not any(a < e and s < b for a, b in chrome):
                self._add_date(ctx, m, cited, reference, found)
        for m in _DAY_RANGE_FULL.finditer(ctx.folded):      # "(17-19/9/2025)": both ends of the range
            if not any(a < m.end() and m.start() < b for a, b in chrome):
                month, year = int(m.group("m")), int(m.group("y"))
                for g in ("d0", "d1"):
                    _record(found, to_iso((year, month, int(m.group(g)))), m.start(g), m.end(), "date")
        for m in _SPACED_DAY.finditer(ctx.folded):
            if not any(a < m.end() and m.start() < b for a, b in chrome):
                self._add_spaced(ctx, m, cited, reference, found)
        blocked: list[tuple[int, int, BlockReason]] = [(m[0], m[1], "date") for f in found.values()
                                                       for m in f["mentions"]]
        return Found({self.key: sorted(found.values(), key=lambda f: f["start"])}, blocked=blocked)

    def _add_spaced(self, ctx: Context, m: regex.Match, cited: list, reference: str | None,
                    found: dict[str, dict]) -> None:
        """"Ngày 06- 8": a day and month after "ngày" written with a stray space, its year as a day-month's."""
        month, day = int(m.group("m")), int(m.group("d"))
        if not valid(None, month, day):
            return
        s, e = m.start("d"), m.end()
        year, source = self._year_of(ctx, s, e, cited, month, day, reference)
        if year:
            _record(found, to_iso((year, month, day)), s, e, source)

    def _year_of(self, ctx: Context, s: int, e: int, cited: list, month: int, day: int,
                 reference: str | None) -> tuple[int | None, str]:
        """The year of a day-month written at [s, e) without one, and where it came from: the year of the same
        day written in full in its sentence ("đợt 3/2 … (3/2/1930 - 3/2/2024)": the latest), else a year of its
        sentence that fits, else the reference (publication) year."""
        years, same_day = self._sentence_year(ctx, s, e, cited, month, day)
        if same_day:
            return max(same_day), "sentence"
        year = _pick_year(years, month, day, reference)
        if year is not None:
            return year, "sentence"
        return (int(reference[:4]) if reference else None), "published"

    def _add_date(self, ctx: Context, m: regex.Match, cited: list, reference: str | None,
                  found: dict[str, dict]) -> None:
        """One written date (and the earlier days sharing its month): its year decided by the rules of the
        module docstring, recorded in ``found``; nothing when it is no day or no year can be given."""
        s, e = m.span()
        year, month, day = parts(m)
        source = "date"
        look = max(0, s - WINDOWS.shared_days_lookback)
        shared = ((_SHARED_MONTH_DAYS.search(ctx.folded, look, s) or _DAY_RANGE_BEFORE.search(ctx.folded, look, s))
                  if m.group("num") else None)
        if year is None:
            if m.group("num") and not (shared or has_day_cue(ctx.folded, s, m.group("sep"))):
                return
            if not valid(None, month, day):
                return
            year, source = self._year_of(ctx, s, e, cited, month, day, reference)
        if not year or not to_iso((year, month, day)):
            return
        days = [(s, e, day)]
        if shared:
            g = 1 if shared.group(1) is not None else 2
            days += [(d.start(), d.end(), int(d.group())) for d in _DAY.finditer(ctx.folded, *shared.span(g))]
        for ds, de, dday in days:
            _record(found, to_iso((year, month, dday)), ds, de, source)


def _record(found: dict[str, dict], iso: str | None, start: int, end: int, source: str) -> None:
    """Add one mention of the date ``iso`` (one entry per distinct date, every mention kept)."""
    if not iso:
        return
    fact = found.setdefault(iso, {"value": iso, "start": start, "end": end, "mentions": [], "year_from": source})
    if [start, end] not in fact["mentions"]:
        fact["mentions"].append([start, end])
