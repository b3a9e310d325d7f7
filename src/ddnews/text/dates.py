"""Parse Vietnamese calendar dates written in the forms news and resolutions use.

All patterns run on *folded* text (see :func:`ddnews.text.normalize.fold`), so "Ngày" and "ngày"
match alike.  Forms: ``15/8/2021``, ``15-8-2021``, ``12.4.2019``, ``ngày 7 tháng 7 năm 2023``
(any whitespace, newlines included, between the words), ISO ``2026-01-13``, and day-month forms
without a year (``12/10``, ``3.6``, ``ngày 5 tháng 3``) whose year is resolved against an explicit
reference (never the clock).

>>> m = DATE_RE.search(fold("ban hành ngày 14 tháng 7 năm 2022"))
>>> to_iso(parts(m))
'2022-07-14'
"""
from __future__ import annotations

import calendar
from datetime import date

import regex

from .normalize import fold

# A month in digits or in words ("tháng Sáu", "tháng Giêng", "tháng Chạp"); "năm" is the month only before its year
# ("tháng Năm năm 2023"), never the year word itself
MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
MONTH = (r"(?:\d{1,2}(?!\d)|mười[ \t]+một|mười[ \t]+hai|mười|giêng|chạp|một|hai|ba|tư|bốn|sáu|bảy|tám|chín"
         r"|năm(?=[ \t]+năm[ \t]+\d))(?!\w)")   # (also read by the time grammar, with the standard library's re)

# One regex for every written form; named groups say which form matched.  Each numeric form opens with its first
# digit and tests what stands before it afterwards ("\d(?<![\d.,/]\d)" for "(?<![\d.,/])\d"): the same matches,
# found ~1.6x faster over whole texts (no look-behind is tried where no digit stands).
DATE_RE = regex.compile(
    r"""
    (?P<num>(?P<d1>\d(?<![\d.,/]\d)(?:(?<=\d{4}-\d)|(?<!-\d))\d?)(?P<sep>[/.\-])(?P<m1>\d{1,2})
        (?:(?P=sep)(?P<y1>\d{4})(?!\d)|(?![\d]|[/.\-]\d|,\d)))
    | (?P<verbal>(?:(?:ngày|mùng|mồng|sáng|chiều|tối|trưa|đêm|hôm)[\s:]+(?:(?:ngày|mùng|mồng)\s+)?)
        (?P<d2>\d{1,2})\s+tháng\s+(?P<m2>MONTH)(?:[\s,]+năm\s+(?P<y2>\d{4}))?(?!\d))
    | (?P<bare>(?P<d6>\d(?<![\d.,/]\d)\d?)\s+tháng\s+(?P<m6>MONTH)
        (?:[\s,]+năm\s+|,?[ \t]+(?=\d{4}[ \t]*(?:$|[\n|.(\-–]|,[ \t]*\d{1,2}[:h]))|,(?=\d{4}))(?P<y6>\d{4})(?!\d))
    | (?P<iso>(?P<y3>\d(?<![\d/.-]\d)\d{3})-(?P<m3>\d{2})-(?P<d3>\d{2})(?![\d/-]))
    | (?P<short>(?P<d4>\d(?<![\d/.,]\d)\d?)\s+(?i:th)(?P<m4>\d{1,2}),?\s+(?P<y4>\d{4})(?!\d))
    """.replace("MONTH", MONTH),
    regex.VERBOSE,
)

# A day-month date with no year needs a word that says "this is a day" right before it.  "từ/đến/trước"
# are weaker cues ("từ 1-2 mô hình" is a range): they count only for "/" and "." dates.
# "đợt 19/5" (the award rounds named after their day), "Quốc khánh 2-9", and a day-month listed after another
# date ("các ngày 4/4 và 16/4", "đợt 2.9 và đợt 7.11.2022") are days too.
DAY_CUE_RE = regex.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|muộn|đợt|quốc khánh)\s*(?:ngày\s*)?$"
                           r"|(?<![\d.,/])\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?\s*(?:,|và)\s*(?:(?:đợt|ngày)\s*)?$")
WEAK_DAY_CUE_RE = regex.compile(r"(?:từ|đến|trước|sau)\s*$")


def parts(m: regex.Match) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a :data:`DATE_RE` match."""
    if m.group("num"):
        y = m.group("y1")
        return (int(y) if y else None, int(m.group("m1")), int(m.group("d1")))
    if m.group("verbal"):
        y = m.group("y2")
        return (int(y) if y else None, month_number(m.group("m2")), int(m.group("d2")))
    if m.group("bare"):       # "16 tháng 6 năm 2023": a full date without "ngày" (its year is written)
        return (int(m.group("y6")), month_number(m.group("m6")), int(m.group("d6")))
    if m.group("short"):      # a site template's month abbreviation: "9 Th12, 2020"
        return (int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
    return (int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))


def month_number(written: str) -> int:
    """A month written in digits or in words ("6", "sáu", "giêng")."""
    return int(written) if written.isdigit() else MONTH_WORDS[" ".join(written.split())]


def valid(year: int | None, month: int, day: int) -> bool:
    """True when the parts make a real calendar day (years 1800-2100)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return 1800 <= year <= 2100 and day <= calendar.monthrange(year, month)[1]


def to_iso(p: tuple[int | None, int, int]) -> str | None:
    """ISO string for complete, valid parts, else None.

    >>> to_iso((2021, 8, 15))
    '2021-08-15'
    """
    y, mth, d = p
    if y is None or not valid(y, mth, d):
        return None
    return date(y, mth, d).isoformat()


def has_day_cue(folded: str, start: int, sep: str = "/") -> bool:
    """True when the words right before ``start`` mark a day ("ngày 12/10", "sáng 3.6", "từ 01/11")."""
    lo = max(0, start - 24)
    return bool(DAY_CUE_RE.search(folded, lo, start) or (sep != "-" and WEAK_DAY_CUE_RE.search(folded, lo, start)))


def parse_date(text: str) -> str | None:
    """Parse one complete date written alone; None when incomplete or invalid.

    >>> parse_date("ngày 7 tháng 7 năm 2023"), parse_date("12.4.2019"), parse_date("12/10")
    ('2023-07-07', '2019-04-12', None)
    """
    m = DATE_RE.search(fold(text))
    return to_iso(parts(m)) if m else None
