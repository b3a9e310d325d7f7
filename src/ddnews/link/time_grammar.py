"""The time grammar of claim periods: the phrases that say when, and the stretch of time each one names.

One alternation of patterns, read on the folded text (:func:`_scan`, tried only where a phrase can open, with
the small pattern of its first word), finds years, parts of a year, terms and stages, day ranges, spans to now,
moments and deadlines; :func:`_phrase` turns a match into a :class:`TimePhrase` (first and last day, ISO), its
year taken from the match or given by the context (:mod:`.time_phrases` settles which).

Unlike the words of a phrase's context (``time_words.tsv``), the grammar's own words stay here, with its
structure: :data:`_TRIGGER` and :data:`_OPENERS` list again the words each kind of phrase opens with (they must
agree with the patterns for a phrase to be found at all), and :func:`_point_span` reads the words it matched.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from ..text.dates import MONTH, month_number

_Y = r"(?:19|20)\d{2}(?!\d)"
_SEP = r"\s*[/.\-]\s*"
_DASH = r"\s*[-–—]\s*"
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# A point in time: a day, a month, a quarter, a year, part of a year (its year may be left to the context).
# "P_" is replaced by a group prefix, so one alternation can hold two points ("từ … đến …").
_POINT = (
    r"(?:ngày\s+)?(?P<P_d>\d{1,2})(?P<P_sep>[/.\-])(?P<P_dm>\d{1,2})(?:(?P=P_sep)(?P<P_dy>YEAR))?(?![\d/])"
    r"|(?:ngày|mùng|mồng)\s+(?:(?:mùng|mồng)\s+)?(?P<P_vd>\d{1,2})\s+tháng\s+(?P<P_vm>MONTH)(?:[\s,]+năm\s+(?P<P_vy>YEAR))?"
    r"|(?P<P_bd>\d{1,2})\s+tháng\s+(?P<P_bm>MONTH)[\s,]+năm\s+(?P<P_by>YEAR)"
    r"|tháng\s+(?:(?P<P_m>\d{1,2})(?:SEP|\s+năm\s+)|(?P<P_mw>MONTH)\s+năm\s+)(?P<P_my>YEAR)"
    r"|quý\s+(?P<P_q>iv|i{1,3}|[1-4])(?!\w)(?:(?:SEP|\s+năm\s+)(?P<P_qy>YEAR))?"
    r"|(?:(?P<P_n>\d{1,2}|NUMERAL)\s+tháng|(?P<P_nh>nửa))\s+(?P<P_half>đầu|cuối)\s+năm(?:\s+(?P<P_ny>YEAR))?"
    r"|(?P<P_part>giữa|cuối)\s+năm(?:\s+(?P<P_py>YEAR))?"
    r"|năm\s+(?P<P_y>YEAR)"
).replace("YEAR", _Y).replace("SEP", _SEP).replace("NUMERAL", "ba|sáu|chín").replace("MONTH", MONTH)


def _point(prefix: str) -> str:
    return _POINT.replace("P_", prefix)


# "hiện" alone says now, but not as the second syllable of a verb ("thực hiện có hiệu quả", "phát hiện có 12 vụ")
_NOT_COMPOUND = r"(?<!thực\s)(?<!phát\s)(?<!xuất\s)(?<!thể\s)(?<!biểu\s)(?<!hiển\s)"
_NOW = r"(?:nay|hiện\s+nay|hiện\s+tại|thời\s+điểm\s+(?:này|hiện\s+tại)|bây\s+giờ)"
_PATTERNS: list[tuple[str, str]] = [
    # a span from a point to now, or between two points
    ("since", rf"từ\s+(?:(?P<start_of_year>đầu\s+năm)(?:\s+(?P<soy>{_Y}))?"
              rf"|(?P<start_of_term>đầu\s+nhiệm\s+kỳ)(?:\s+(?P<sot>{_Y})\s*[-–]\s*(?:19|20)?\d{{2}})?"
              rf"|(?:{_point('sa')}))\s*,?\s*(?:đến|tới|cho\s+đến)\s+{_NOW}(?!\w)"),
    ("range", rf"từ\s+(?:(?P<rsoy_w>đầu\s+năm)(?:\s+(?P<rsoy>{_Y}))?|{_point('ra')})\s*,?\s*(?:đến|tới|[-–—])\s*"
              rf"(?:{_point('rb')}|(?P<rbare>{_Y}))"),
    ("term", rf"(?:(?P<term_word>nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|năm\s+học|niên\s+khóa|từ\s+năm|năm)\s*)?"
             rf"(?P<y1>{_Y}){_DASH}(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?![\d/.\-])"),
    ("until", rf"(?P<until>(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?)(?:{_point('ua')})"),
    ("past", r"(?P<years>\d{1,2})\s+năm\s+(?:qua|vừa\s+qua|gần\s+đây|trở\s+lại\s+đây)"),
    ("point", _point("pa")),
    # "9 tháng năm 2019" whatever follows; a bare "9 tháng" only where no other noun makes it a duration ("9 tháng
    # thi công") or an age ("9 tháng tuổi"): before "qua", "năm", "đầu" or the figure's verb ("9 tháng đạt …", "Công
    # nghiệp 6 tháng tăng trưởng khá")
    ("months", rf"(?<![\d,.])(?:(?P<months>[369]|1[01]|ba|sáu|chín)\s+tháng|(?P<months_y>[1-9]|1[01])\s+tháng"
               rf"(?=\s+năm\s+{_Y}))(?:\s+năm\s+(?P<my2>{_Y})"
               r"|(?!\s+(?!qua\b|vừa\b|năm\b|đầu\b|đạt\b|ước\b|tăng\b|giảm\b|vượt\b)\w)(?!\s*tuổi))"),
    ("this_year", r"năm\s+nay|cả\s+năm(?!\s+\d)"),
    ("term_end", r"(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:cuối|hết)\s+nhiệm\s+kỳ"),
    ("before", r"trước\s+(?:đây|kia|đó)|thời\s+gian\s+trước"),
    ("now", rf"(?<!trước\s)(?:tính\s+)?(?:đến|tới)\s+{_NOW}|hiện\s+nay|hiện\s+tại"
            rf"|{_NOT_COMPOUND}hiện(?=\s+(?:có|còn|đang|toàn|là|tổng|số|cả|trên|ở)(?!\w)|\s*,)|đến\s+thời\s+điểm\s+này"),
]
# The group prefix of the (first) point of each kind that holds one.
_PREFIX = {"since": "sa", "range": "ra", "until": "ua", "point": "pa"}
_TIME_RE = re.compile("|".join(f"(?P<_{name}>(?<!\\w)(?:{pat}))" for name, pat in _PATTERNS))
# Every phrase opens like one of these: the grammar is only tried where one stands (several times faster; the
# standard library's engine scans this lookahead faster than ``regex``).
_TRIGGER = re.compile(
    r"(?=[\dnctđthgqbsm])(?<!\w)(?=(?:19|20)\d\d|\d{1,2}(?:[/.\-]\d{1,2}(?!\d)|\s+(?:tháng|năm))|năm\s+(?:\d|nay|học\s*\d)"
    r"|(?:ba|sáu|chín)\s+tháng|nửa\s+(?:đầu|cuối)\s+năm"
    r"|cả\s+năm|từ\s+(?:đầu|năm|ngày|tháng|quý|\d|giữa|cuối)"
    r"|(?:tính\s+)?(?:đến|tới)\s+(?:nay|hiện|thời|hết|cuối|ngày|tháng|quý|năm|giữa|\d)"
    r"|hiện\s+(?:nay|tại|có|còn|đang|toàn|là|tổng|số|cả|trên|ở)|hiện\s*,|(?:cuối|giữa|hết)\s+(?:năm|nhiệm)|trước\s+(?:đây|kia|đó)"
    r"|thời\s+(?:kỳ\s*\d|gian\s+trước)|nhiệm\s+kỳ\s*\d|giai\s+đoạn\s*\d|niên\s+khóa\s*\d|(?:ngày|mùng|mồng)\s+\d|tháng\s+(?:\d|\w+\s+năm\s+\d)"
    r"|quý\s+[iv\d])")


# The kinds a phrase opening with each word (a digit: "0") can be, in the grammar's order: one small pattern each.
_OPENERS = {
    "từ": ("since", "range", "term"), "đến": ("until", "now", "term_end"), "0": ("term", "past", "point", "months"),
    "năm": ("term", "point", "this_year"), "cả": ("this_year",), "tháng": ("point",), "quý": ("point",),
    "ngày": ("point",), "mùng": ("point",), "mồng": ("point",),
    "giữa": ("point",), "cuối": ("point", "term_end"), "hết": ("term_end",), "hiện": ("now",),
    "trước": ("before",), "thời": ("term", "before"), "nhiệm": ("term",), "giai": ("term",), "niên": ("term",),
    "ba": ("point", "months"), "sáu": ("point", "months"), "chín": ("point", "months"), "nửa": ("point",)}
_OPENERS["tới"] = _OPENERS["tính"] = _OPENERS["đến"]
_BY_OPENER = {w: re.compile("|".join(f"(?P<_{name}>(?<!\\w)(?:{pat}))" for name, pat in _PATTERNS if name in kinds))
              for w, kinds in _OPENERS.items()}
_OPENER = re.compile(r"\d|\w+")


def _scan(folded: str, regions: Sequence[tuple[int, int]] | None = None) -> Iterator[re.Match]:
    """The matches of :data:`_TIME_RE` starting inside ``regions`` (default: the whole text), left to right
    and not overlapping, as ``finditer`` gives them (each tried with the small pattern of its first word)."""
    pos = 0
    for lo, hi in regions if regions is not None else [(0, len(folded))]:
        for t in _TRIGGER.finditer(folded, max(lo, pos), hi):
            if t.start() < pos:
                continue
            w = _OPENER.match(folded, t.start())
            word = w.group() if w else ""
            pattern = _BY_OPENER.get("0" if word.isdigit() else word, _TIME_RE)
            m = pattern.match(folded, t.start())
            if m and m.end() > m.start():
                yield m
                pos = m.end()


@dataclass(slots=True)
class TimePhrase:
    """A phrase that says when: its span in the text and the stretch of time it names.

    ``first`` is None for a moment (only the end is known); ``last`` is None when it is "now" and the
    publication date is unknown.  ``state`` marks a moment; ``naming`` a phrase that sets no time.
    """

    start: int
    end: int
    kind: str
    first: str | None
    last: str | None
    state: bool = False
    naming: bool = False
    day: bool = False
    batch: bool = False


# ---------------------------------------------------------------------------------------------- calendar
def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, min(d, calendar.monthrange(y, m)[1])).isoformat()
    except ValueError:
        return None


def _month_end(y: int, m: int) -> str | None:
    return _iso(y, m, 31) if 1 <= m <= 12 else None


def _minus_years(iso: str, n: int) -> str | None:
    y, m, d = (int(x) for x in iso.split("-"))
    return _iso(y - n, m, d)


def _group(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


# month counts written in words ("Sáu tháng đầu năm", "chín tháng")
_NUMERALS = {"ba": 3, "sáu": 6, "chín": 9}


def _number(digits: str) -> int:
    """A number written in digits or, for a count of months, in words; 0 for none."""
    return _NUMERALS.get(digits) or int(digits or 0)


_POINT_YEAR_KEYS = ("dy", "vy", "by", "my", "qy", "ny", "py", "y")   # the groups of a point's own year


def _has_year(m: re.Match, p: str) -> bool:
    """Whether the point matched with group prefix ``p`` writes its own year."""
    return any(_group(m, p + k) for k in _POINT_YEAR_KEYS)


def _point_span(m: re.Match, p: str, year: int | None) -> tuple[str | None, str | None, bool] | None:
    """(first, last, is_day) of the point matched with group prefix ``p``; its year from the match, else
    ``year``.  None when the match holds no point of that prefix, or no year is known."""
    g = lambda k: _group(m, p + k) or ""  # noqa: E731
    n = lambda k: _number(g(k))  # noqa: E731
    y = n(next((k for k in _POINT_YEAR_KEYS if g(k)), "_")) or year
    if y is None:
        return None
    for d_key, m_key in (("d", "dm"), ("vd", "vm"), ("bd", "bm")):
        if g(d_key):
            month = month_number(g(m_key))
            day = _iso(y, month, n(d_key)) if 1 <= month <= 12 else None
            return (day, day, True) if day else None
    if g("m") or g("mw"):
        month = month_number(g("m") or g("mw"))
        return (_iso(y, month, 1), _month_end(y, month), False) if 1 <= month <= 12 else None
    if g("q"):
        q = _QUARTERS[g("q")]
        return _iso(y, 3 * q - 2, 1), _month_end(y, 3 * q), False
    if g("n") or g("nh"):
        count = 6 if g("nh") else n("n")     # "nửa đầu năm": the first half
        if not 1 <= count <= 12:
            return None
        if g("half") == "cuối":
            return _iso(y, 13 - count, 1), _iso(y, 12, 31), False
        return _iso(y, 1, 1), _month_end(y, count), False
    if g("part") in ("giữa", "cuối"):
        at = _iso(y, 6, 30) if g("part") == "giữa" else _iso(y, 12, 31)
        return at, at, False
    if g("y"):
        return _iso(y, 1, 1), _iso(y, 12, 31), False
    return None


def _point_year(m: re.Match, p: str) -> bool:
    """True when the point names its own year."""
    return any(_group(m, p + k) for k in _POINT_YEARS)


_POINT_YEARS = ("dy", "vy", "by", "my", "qy", "ny", "py", "y")
_YEAR_GROUPS = ("my2", "soy", "sot", "rbare", "rsoy")


# ---------------------------------------------------------------------------------------------- phrases
@dataclass(slots=True)
class _Raw:
    """One match of the time grammar, before its year is settled."""

    m: re.Match
    kind: str
    naming: bool
    sent: int
    year: int | None          # the year it writes itself, when it says when
    batch: bool = False       # a day that names a batch ("đợt 3/2"): a time only where nothing else sets one


def _since(m: re.Match[str], year: int | None, published: str | None) -> TimePhrase | None:
    """A span from a point to now: "từ đầu năm (2021) đến nay", "từ đầu nhiệm kỳ (2015-2020) đến nay", "từ <day>
    đến nay"; a term's start without its years is a state now."""
    s, e = m.span()
    if _group(m, "start_of_year"):
        y = int(m.group("soy")) if _group(m, "soy") else year
        first = _iso(y, 1, 1) if y else None
    elif _group(m, "start_of_term") and _group(m, "sot"):
        first = _iso(int(m.group("sot")), 1, 1)      # "từ đầu nhiệm kỳ 2015-2020 đến nay"
    elif _group(m, "start_of_term"):
        return TimePhrase(s, e, "now", None, published, state=True)
    else:
        sp = _point_span(m, "sa", year)
        first = sp[0] if sp else None
    return TimePhrase(s, e, "since", first, published) if first else None


def _phrase(r: _Raw, year: int | None, published: str | None) -> TimePhrase | None:
    m, kind = r.m, r.kind
    s, e = m.span()
    if kind == "since":
        return _since(m, year, published)
    if kind == "range":
        b = _point_span(m, "rb", year) if not _group(m, "rbare") else (None, _iso(int(m.group("rbare")), 12, 31), False)
        a: tuple[str | None, str | None, bool] | None
        if _group(m, "rsoy_w"):     # "từ đầu năm (2022) đến ngày 15/9/2022": from the start of the year
            y = int(m.group("rsoy")) if _group(m, "rsoy") else (int(b[1][:4]) if b and b[1] else year)
            a = (_iso(y, 1, 1), None, False) if y else None
        else:   # a start without a year of its own takes the end's ("từ ngày 8/2 đến ngày 14/2/2024")
            a = _point_span(m, "ra", int(b[1][:4]) if b and b[1] else year)
            if a and b and a[0] and b[1] and a[0] > b[1] and not _has_year(m, "ra"):
                a = _point_span(m, "ra", int(b[1][:4]) - 1)   # "từ ngày 16/12 đến ngày 15/6/2023": the year before
        if a and b and a[0] and b[1] and a[0] <= b[1]:
            return TimePhrase(s, e, kind, a[0], b[1], day=a[2] and b[2])
        return None
    if kind == "term":
        return _term(m)
    if kind == "until":
        sp = _point_span(m, "ua", year)
        return TimePhrase(s, e, kind, None, sp[1], state=True) if sp else None
    if kind == "past":
        first = _minus_years(published, int(m.group("years"))) if published else None
        return TimePhrase(s, e, kind, first, published) if first else None
    if kind == "months":
        y = int(m.group("my2")) if _group(m, "my2") else year
        count = _number(_group(m, "months") or _group(m, "months_y") or "")
        return TimePhrase(s, e, kind, _iso(y, 1, 1), _month_end(y, count)) if y and 1 <= count <= 12 else None
    if kind == "point":
        sp = _point_span(m, "pa", year)
        if not sp:
            return None
        state = sp[0] == sp[1] and not sp[2]   # "cuối năm 2022", "giữa năm": a moment
        return TimePhrase(s, e, kind, None if state else sp[0], sp[1], state=state, day=sp[2])
    if kind == "this_year":
        return TimePhrase(s, e, "point", _iso(year, 1, 1), _iso(year, 12, 31)) if year else None
    if kind == "term_end":
        return TimePhrase(s, e, kind, None, None, state=True)   # its end is the term's (_Times.sentence)
    if kind == "before":
        return TimePhrase(s, e, kind, None, None, state=True)   # an earlier time, not said when
    return TimePhrase(s, e, "now", None, published, state=True)


def _term(m: re.Match) -> TimePhrase | None:
    """A term or stage ("nhiệm kỳ 2015 - 2020"; a bare "2016-2020" spans at most ten years)."""
    y1, y2 = int(m.group("y1")), m.group("y2")
    y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if not 0 < y2i - y1 <= (60 if _group(m, "term_word") else 10):
        return None
    return TimePhrase(m.start(), m.end(), "term", _iso(y1, 1, 1), _iso(y2i, 12, 31))


def _needs_context_year(m: re.Match, kind: str) -> bool:
    if kind in ("range", "until", "point", "since"):
        return not _point_year(m, _PREFIX[kind]) and not _group(m, "soy")
    return kind in ("months", "this_year")
