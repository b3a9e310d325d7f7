"""The period of a claim: the span of time its quantity refers to (ANNOTATION.md, "Claims: period").

A claim's period comes from the time phrases of its article, read on the folded text:

* a year ("năm 2023"), part of a year ("6 tháng đầu năm 2024", "quý I/2021", "9 tháng", "tháng 5/2022"),
  a term or stage ("nhiệm kỳ 2015 - 2020", "giai đoạn 2016-2020"), a day range ("từ ngày 1/3 đến ngày 5/3");
* a span to now ("từ đầu năm đến nay", "từ năm 2016 đến nay", "5 năm qua");
* a moment ("hiện nay", "tính đến ngày 30/6/2023", "cuối năm 2022", "đến giữa năm 2022") or a deadline
  ("đến năm 2025"), where only the end is known;
* a day ("ngày 12/3/2023"): what is done that day spans the day, what exists that day ends on it.

A phrase that only names a congress, body, post, document or plan ("Đại hội … nhiệm kỳ 2020-2025",
"kế hoạch năm 2019") or a point of comparison ("so với năm 2016") sets no time.  The phrase is looked for
in the claim's clause, else its sentence, else the nearest earlier sentence of its paragraph that sets a
time, else the title; else the figure is a state at the publication date.  A resulting total or level
("… đưa tổng số lên 74.108", "toàn tỉnh có 500 chi bộ") stated with a span is a state at the span's end.

>>> text = "Năm 2023, huyện kết nạp 170 đảng viên."
>>> p = claim_periods(text, fold(text), [{"number_start": 24, "number_end": 27, "change": "admit"}], "2024-01-05")
>>> p[0]["period_start"], p[0]["period_end"], p[0]["period_from"]
('2023-01-01', '2023-12-31', 'sentence')
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..text.dates import DAY_CUE_RE
from ..text.normalize import fold
from ..text.sentences import Segments, clauses, sentences

__all__ = ["TimePhrase", "claim_periods", "find_times", "fold", "number_position"]

_Y = r"(?:19|20)\d{2}(?!\d)"
_SEP = r"\s*[/.\-]\s*"
_DASH = r"\s*[-–—]\s*"
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# A point in time: a day, a month, a quarter, a year, part of a year (its year may be left to the context).
# "P_" is replaced by a group prefix, so one alternation can hold two points ("từ … đến …").
_POINT = (
    r"(?:ngày\s+)?(?P<P_d>\d{1,2})(?P<P_sep>[/.\-])(?P<P_dm>\d{1,2})(?:(?P=P_sep)(?P<P_dy>YEAR))?(?![\d/])"
    r"|ngày\s+(?P<P_vd>\d{1,2})\s+tháng\s+(?P<P_vm>\d{1,2})(?:[\s,]+năm\s+(?P<P_vy>YEAR))?"
    r"|tháng\s+(?P<P_m>\d{1,2})(?:SEP|\s+năm\s+)(?P<P_my>YEAR)"
    r"|quý\s+(?P<P_q>iv|i{1,3}|[1-4])(?!\w)(?:(?:SEP|\s+năm\s+)(?P<P_qy>YEAR))?"
    r"|(?P<P_n>\d{1,2})\s+tháng\s+(?P<P_half>đầu|cuối)\s+năm(?:\s+(?P<P_ny>YEAR))?"
    r"|(?P<P_part>giữa|cuối)\s+năm(?:\s+(?P<P_py>YEAR))?"
    r"|năm\s+(?P<P_y>YEAR)"
).replace("YEAR", _Y).replace("SEP", _SEP)


def _point(prefix: str) -> str:
    return _POINT.replace("P_", prefix)


_NOW = r"(?:nay|hiện\s+nay|hiện\s+tại|thời\s+điểm\s+(?:này|hiện\s+tại)|bây\s+giờ)"
_PATTERNS: list[tuple[str, str]] = [
    # a span from a point to now, or between two points
    ("since", rf"từ\s+(?:(?P<start_of_year>đầu\s+năm)(?:\s+(?P<soy>{_Y}))?|(?P<start_of_term>đầu\s+nhiệm\s+kỳ)"
              rf"|(?:{_point('sa')}))\s*,?\s*(?:đến|tới|cho\s+đến)\s+{_NOW}(?!\w)"),
    ("range", rf"từ\s+(?:{_point('ra')})\s*(?:đến|tới|[-–—])\s*(?:{_point('rb')}|(?P<rbare>{_Y}))"),
    ("term", rf"(?:(?P<term_word>nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|từ\s+năm|năm)\s*)?(?P<y1>{_Y}){_DASH}"
             r"(?P<y2>(?:19|20)\d{2}|\d{2})(?![\d/.\-])"),
    ("until", rf"(?P<until>(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?)(?:{_point('ua')})"),
    ("past", r"(?P<years>\d{1,2})\s+năm\s+(?:qua|vừa\s+qua|gần\s+đây|trở\s+lại\s+đây)"),
    ("point", _point("pa")),
    ("months", rf"(?<![\d,.])(?P<months>[369])\s+tháng(?:\s+năm\s+(?P<my2>{_Y}))?"
               r"(?!\s+(?!qua\b|vừa\b|năm\b|đầu\b)\w)(?!\s*tuổi)"),
    ("this_year", r"năm\s+nay|cả\s+năm(?!\s+\d)"),
    ("term_end", r"(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:cuối|hết)\s+nhiệm\s+kỳ"),
    ("before", r"trước\s+(?:đây|kia|đó)|thời\s+gian\s+trước"),
    ("now", rf"(?<!trước\s)(?:tính\s+)?(?:đến|tới)\s+{_NOW}|hiện\s+nay|hiện\s+tại"
            r"|hiện(?=\s+(?:có|còn|đang|toàn|là)(?!\w))|đến\s+thời\s+điểm\s+này"),
]
# The group prefix of the (first) point of each kind that holds one.
_PREFIX = {"since": "sa", "range": "ra", "until": "ua", "point": "pa"}
_TIME_RE = re.compile("|".join(f"(?P<_{name}>(?<!\\w)(?:{pat}))" for name, pat in _PATTERNS))
# Every phrase opens like one of these: the grammar is only tried where one stands (several times faster; the
# standard library's engine scans this lookahead faster than ``regex``).
_TRIGGER = re.compile(
    r"(?=[\dnctđthgq])(?<!\w)(?=(?:19|20)\d\d|\d{1,2}(?:[/.\-]\d{1,2}(?!\d)|\s+(?:tháng|năm))|năm\s+(?:\d|nay)"
    r"|cả\s+năm|từ\s+(?:đầu|năm|ngày|tháng|quý|\d|giữa|cuối)"
    r"|(?:tính\s+)?(?:đến|tới)\s+(?:nay|hiện|thời|hết|cuối|ngày|tháng|quý|năm|giữa|\d)"
    r"|hiện\s+(?:nay|tại|có|còn|đang|toàn|là)|(?:cuối|giữa|hết)\s+(?:năm|nhiệm)|trước\s+(?:đây|kia|đó)"
    r"|thời\s+(?:kỳ\s*\d|gian\s+trước)|nhiệm\s+kỳ\s*\d|giai\s+đoạn\s*\d|ngày\s+\d|tháng\s+\d|quý\s+[iv\d])")


# The kinds a phrase opening with each word (a digit: "0") can be, in the grammar's order: one small pattern each.
_OPENERS = {
    "từ": ("since", "range", "term"), "đến": ("until", "now", "term_end"), "0": ("term", "past", "point", "months"),
    "năm": ("term", "point", "this_year"), "cả": ("this_year",), "tháng": ("point",), "quý": ("point",),
    "ngày": ("point",), "giữa": ("point",), "cuối": ("point", "term_end"), "hết": ("term_end",), "hiện": ("now",),
    "trước": ("before",), "thời": ("term", "before"), "nhiệm": ("term",), "giai": ("term",)}
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

# Words before a phrase that make it the name of something: a congress, body or post (these win over review
# words when nearer), or a plan or document (review words anywhere before the phrase win over these).
_NAME_HEAD = re.compile(
    r"(?<!\w)(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|ban\s+chấp\s+hành|ban\s+thường\s+vụ|ủy\s+ban|hđnd|ubnd|chủ\s+tịch"
    r"|bí\s+thư|cấp\s+ủy|khóa|đại\s+biểu|ủy\s+viên|chủ\s+nhiệm|trưởng|phó|giám\s+đốc|nguyên|thường\s+trực"
    r"|tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|quận\s+ủy|thị\s+ủy|đảng\s+ủy|đảng\s+bộ|chi\s+bộ|kỷ\s+niệm|lễ|giải"
    r"|cuộc\s+thi|phong\s+trào|năm\s+học)(?!\w)")
_PLAN_HEAD = re.compile(
    r"(?<!\w)(?:kế\s+hoạch|chương\s+trình|nghị\s+quyết|chỉ\s+thị|quyết\s+định|kết\s+luận|đề\s+án|dự\s+toán"
    r"|chiến\s+lược|quy\s+hoạch|chỉ\s+tiêu|phương\s+hướng|nhiệm\s+vụ|mục\s+tiêu)(?!\w)")
_REVIEW = re.compile(r"(?<!\w)(?:kết\s+quả|tổng\s+kết|sơ\s+kết|tình\s+hình|thực\s+hiện|đánh\s+giá|công\s+tác"
                        r"|số\s+liệu|thống\s+kê)(?!\w)")
# The last word (or two) before a phrase that makes it a point of comparison ("so với năm 2016", "cao nhất từ …",
# "sinh năm 1935"), or a preposition of time ("trong năm 2023"): matched on the words, not with a regex.
_COMPARISON_WORDS = frozenset({"so", "bằng", "hơn", "như", "nhất", "sinh", "so với", "cùng kỳ"})
_TIME_PREP_WORDS = frozenset({"trong", "cả", "suốt", "qua", "sau", "đến", "tới", "từ", "riêng", "vào", "của", "tại"})
# The first day of a parenthesised pair of days ("(7-11-1917 – 7-11-2022)").
_PAIR_AFTER = re.compile(r"\s*[-–—]\s*\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d\s*\)")
# A document's number (and symbol) right before a day: the document's own date.
_DOCUMENT_BEFORE = re.compile(
    r"(?:(?<!\w)số\s+\d\S*|\d+[/\-][^\s,]*[^\W\d_][^\s,]*|ban\s+hành|ký|(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị"
    r"|kế\s+hoạch|quy\s+định|công\s+văn|thông\s+báo|hướng\s+dẫn|kết\s+luận|thông\s+tri)\s+(?:số\s+)?\d\S*)"
    r"\s*,?\s*(?:ngày\s*)?$")
_NAMING_WINDOW = 80
_CUT = ";:!?\n"
_COMMA = ",("

# A resulting total or a level: the verb right before the number, or a status right after the counted noun.
_STATE_BEFORE = re.compile(
    r"(?<!\w)(?:có|còn|lên|gồm|hiện\s+có|xuống\s+còn|đạt\s+tổng)(?:\s+(?:được|tổng\s+số|là))?"
    r"(?:\s+(?:gần|hơn|trên|khoảng|dưới|tới|đến|chỉ|còn|lên))?[\s:]*$")
# "là", "với" state a level of a count or a rate, not of a flow of money ("chi ngân sách năm 2023 là 577 tỷ đồng").
_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:là|(?<!đối\s)với)(?:\s+(?:gần|hơn|trên|khoảng|dưới|chỉ|còn))?[\s:]*$")
_MONEY = frozenset({"đồng", "usd", "tỷ đồng", "triệu đồng"})
_STATE_AFTER = re.compile(r"(?<!\w)(?:đạt\s+chuẩn|được\s+công\s+nhận|được\s+bầu\s+vào"
                             r"|(?:đều\s+|đã\s+)?có\s+(?:chi\s+bộ|đảng\s+viên|tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng))(?!\w)")
# The rate of a population ("tỷ lệ hộ nghèo", "tỷ lệ hộ sử dụng điện") is a level.
_POPULATION_RATE = re.compile(r"(?<!\w)tỷ\s+lệ\s+(?:hộ|người|dân|xã|thôn|đảng\s+viên|trường|lao\s+động|che\s+phủ"
                                 r"|bao\s+phủ)(?!\w)")
# Done on one day: a day's event spans that day (awarded, admitted, voted, split …).
_EVENT = re.compile(r"(?<!\w)(?:trao|tặng|truy\s+tặng|kết\s+nạp|biểu\s+quyết|tán\s+thành|bỏ\s+phiếu|nhất\s+trí"
                       r"|thành\s+lập|khen\s+thưởng|kỷ\s+luật|tiếp\s+nhận|tách|sáp\s+nhập|hợp\s+nhất|khai\s+trừ"
                       r"|cách\s+chức|cảnh\s+cáo|khiển\s+trách)(?!\w)")



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


def _point_span(m: re.Match, p: str, year: int | None) -> tuple[str | None, str | None, bool] | None:
    """(first, last, is_day) of the point matched with group prefix ``p``; its year from the match, else
    ``year``.  None when the match holds no point of that prefix, or no year is known."""
    g = lambda k: _group(m, p + k) or ""  # noqa: E731
    n = lambda k: int(g(k) or 0)  # noqa: E731
    y = n(next((k for k in ("dy", "vy", "my", "qy", "ny", "py", "y") if g(k)), "_")) or year
    if y is None:
        return None
    for d_key, m_key in (("d", "dm"), ("vd", "vm")):
        if g(d_key):
            day = _iso(y, n(m_key), n(d_key)) if 1 <= n(m_key) <= 12 else None
            return (day, day, True) if day else None
    if g("m"):
        return (_iso(y, n("m"), 1), _month_end(y, n("m")), False) if 1 <= n("m") <= 12 else None
    if g("q"):
        q = _QUARTERS[g("q")]
        return _iso(y, 3 * q - 2, 1), _month_end(y, 3 * q), False
    if g("n"):
        if not 1 <= n("n") <= 12:
            return None
        if g("half") == "cuối":
            return _iso(y, 13 - n("n"), 1), _iso(y, 12, 31), False
        return _iso(y, 1, 1), _month_end(y, n("n")), False
    if g("part") in ("giữa", "cuối"):
        at = _iso(y, 6, 30) if g("part") == "giữa" else _iso(y, 12, 31)
        return at, at, False
    if g("y"):
        return _iso(y, 1, 1), _iso(y, 12, 31), False
    return None


def number_position(claim: Mapping[str, Any]) -> int:
    """Where a claim's number starts (its ``number_start``, else its ``start``, else 0)."""
    for key in ("number_start", "start"):
        if isinstance(claim.get(key), int):
            return int(claim[key])
    return 0


def _point_year(m: re.Match, p: str) -> bool:
    """True when the point names its own year."""
    return any(_group(m, p + k) for k in _POINT_YEARS)


# ---------------------------------------------------------------------------------------------- phrases
@dataclass(slots=True)
class _Raw:
    """One match of the time grammar, before its year is settled."""

    m: re.Match
    kind: str
    naming: bool
    sent: int
    year: int | None          # the year it writes itself, when it says when


def _phrase(r: _Raw, year: int | None, published: str | None) -> TimePhrase | None:
    m, kind = r.m, r.kind
    s, e = m.span()
    if kind == "since":
        if _group(m, "start_of_year"):
            y = int(m.group("soy")) if _group(m, "soy") else year
            first = _iso(y, 1, 1) if y else None
        elif _group(m, "start_of_term"):
            return TimePhrase(s, e, "now", None, published, state=True)
        else:
            sp = _point_span(m, "sa", year)
            first = sp[0] if sp else None
        return TimePhrase(s, e, kind, first, published) if first else None
    if kind == "range":
        a = _point_span(m, "ra", year)
        b = _point_span(m, "rb", year) if not _group(m, "rbare") else (None, _iso(int(m.group("rbare")), 12, 31), False)
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
        return TimePhrase(s, e, kind, _iso(y, 1, 1), _month_end(y, int(m.group("months")))) if y else None
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


def _is_day_point(m: re.Match, folded: str, p: str) -> bool:
    """A bare day-month ("12/3") counts only after a day word ("ngày 12/3", "sáng 3/6", "đến 30/6")."""
    if not _group(m, p + "d") or _group(m, p + "dy"):
        return True
    at = m.start(p + "d")
    before = folded[max(0, at - 24):at]
    return bool(DAY_CUE_RE.search(before) or _UNTIL_BEFORE.search(before))


def _naming(folded: str, lo: int, start: int, end: int, kind: str, day: bool) -> bool:
    """True when the phrase only names a congress, body, post, document or plan, a birth or the first day of
    a commemorated span ("(3-2-1930 – 3-2-2020)": the second day is the celebration's), or is a comparison.

    ``lo`` is the start of its sentence; the window before it stops there, at ";" or ":", and (but for a
    term, which names the congress of the clause before) at a comma or an opening parenthesis."""
    if day and _PAIR_AFTER.match(folded, end):
        return True
    before = folded[max(lo, start - _NAMING_WINDOW):start]
    cut = _last_end(before, _CUT if kind == "term" else _CUT + _COMMA)
    before = before[cut:]
    words = before.split()[-2:]
    if words and (words[-1] in _COMPARISON_WORDS or " ".join(words) in _COMPARISON_WORDS):
        return True
    if day:
        return bool(_DOCUMENT_BEFORE.search(before))
    if kind in ("since", "range", "until", "now", "past", "months", "term_end", "before") or (
            words and words[-1] in _TIME_PREP_WORDS and before[-1:].isspace()):
        return False
    if kind == "term" and not before.strip(" ,(\t"):
        return False
    name = [m.end() for m in _NAME_HEAD.finditer(before)]
    review = [m.end() for m in _REVIEW.finditer(before)]
    if name and (not review or name[-1] > review[-1]):
        return True
    return bool(_PLAN_HEAD.search(before)) and not review


def _last_end(text: str, chars: str) -> int:
    """One past the last of ``chars`` in ``text`` (0 when none)."""
    return max(text.rfind(c) for c in chars) + 1


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _raw_phrases(folded: str, sents: Segments, exclude: Sequence[tuple[int, int]] = (),
                 regions: Sequence[tuple[int, int]] | None = None) -> list[_Raw]:
    """Every match of the time grammar with its kind, whether it only names something, and its own year."""
    raw = []
    for m in _scan(folded, regions):
        kind = (m.lastgroup or "_")[1:]
        p = _PREFIX.get(kind, "")
        if p and not _is_day_point(m, folded, p):
            continue
        if kind == "term" and not _group(m, "term_word") and folded[max(0, m.start() - 1):m.start()].isalnum():
            continue
        if exclude and _overlaps(m.start(), m.end(), exclude):
            continue
        day = kind in ("point", "until") and bool(_group(m, p + "d") or _group(m, p + "vd"))
        sent = sents.index(m.start())
        naming = _naming(folded, sents.starts[sent], m.start(), m.end(), kind, day)
        year = None if naming or kind == "term" else next(
            (int(y) for k in (*(p + g for g in _POINT_YEARS), *_YEAR_GROUPS) if (y := _group(m, k))), None)
        raw.append(_Raw(m, kind, naming, sent, year))
    return raw


_POINT_YEARS = ("dy", "vy", "my", "qy", "ny", "py", "y")
_YEAR_GROUPS = ("my2", "soy", "rbare")


class _Times:
    """An article's time phrases, found sentence by sentence when first asked for (most sentences never are).

    A year-less phrase takes a year written in its sentence; else a day or month the publication year (as
    dates do) and a part of a year ("cả năm", "9 tháng") the year its text is about; else a year written
    earlier in its paragraph, else the title's.  ``reference_year`` stands for the publication year when
    the date is unknown but the page gives its year (an index marker " date 2021-05")."""

    def __init__(self, text: str, folded: str, published: str | None, sents: Segments, *,
                 exclude: Sequence[tuple[int, int]] = (), reference_year: int | None = None,
                 title_year: Callable[[], int | None] | None = None) -> None:
        self.folded, self.published, self.sents, self.exclude = folded, published, sents, exclude
        self.paras = _paragraphs(text)
        self.pub = int(published[:4]) if published else reference_year
        self.title_year = title_year
        self._raw: dict[int, list[_Raw]] = {}
        self._phrases: dict[int, list[TimePhrase]] = {}

    def raw(self, si: int) -> list[_Raw]:
        """The grammar's matches starting in sentence ``si``."""
        found = self._raw.get(si)
        if found is None:
            lo = self.sents.starts[si]
            hi = self.sents.starts[si + 1] if si + 1 < len(self.sents.starts) else self.sents.length
            found = self._raw[si] = _raw_phrases(self.folded, self.sents, self.exclude, [(lo, hi)])
        return found

    def earlier(self, si: int) -> range:
        """The sentences of the paragraph of sentence ``si`` before it, nearest first."""
        para0 = self.paras[bisect_right(self.paras, self.sents.starts[si]) - 1]
        first = self.sents.index(para0)
        return range(si - 1, first - 1, -1)

    def _year(self, r: _Raw) -> int | None:
        own = next((x.year for x in self.raw(r.sent) if x.year), None)
        if own:
            return own
        topic = next((x.year for sj in self.earlier(r.sent) for x in reversed(self.raw(sj)) if x.year), None)
        if topic is None and self.title_year is not None:
            topic = self.title_year()
        if r.kind in ("this_year", "months"):
            return topic or self.pub
        return self.pub or topic

    def sentence(self, si: int) -> list[TimePhrase]:
        """The phrases of sentence ``si`` (names and comparisons included, marked ``naming``)."""
        out = self._phrases.get(si)
        if out is not None:
            return out
        out = []
        for r in self.raw(si):
            p = _phrase(r, self._year(r) if _needs_context_year(r.m, r.kind) else self.pub, self.published)
            if p is None:
                continue
            p.naming = r.naming
            if p.kind == "term_end":
                term = self._term_before(si, out)
                if term is None:
                    continue
                p.last = term.last
            out.append(p)
        self._phrases[si] = out
        return out

    def _term_before(self, si: int, same: list[TimePhrase]) -> TimePhrase | None:
        """The term named last before a "cuối nhiệm kỳ" (in its sentence, else earlier in its paragraph)."""
        terms = [q for q in same if q.kind == "term"]
        if terms:
            return terms[-1]
        for sj in self.earlier(si):
            terms = [t for r in self.raw(sj) if r.kind == "term" and (t := _term(r.m))]
            if terms:
                return terms[-1]
        return None


def find_times(text: str, folded: str, published: str | None, sents: Segments | None = None, *,
               exclude: Sequence[tuple[int, int]] = (), title_year: int | None = None,
               reference_year: int | None = None) -> list[TimePhrase]:
    """Every phrase of the text that names a time, in order (see :class:`_Times` for the year of a year-less
    one); phrases overlapping ``exclude`` (the publication date line) are left out."""
    sents = sents or sentences(text)
    times = _Times(text, folded, published, sents, exclude=exclude, reference_year=reference_year,
                   title_year=lambda: title_year)
    return [p for si in range(len(sents.starts)) for p in times.sentence(si)]


# ---------------------------------------------------------------------------------------------- claims
_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:đến|tới|đợt)\s*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraphs(text: str) -> list[int]:
    return [0] + [m.end() for m in _BLANK_LINE.finditer(text)]


def _nearest(phrases: list[TimePhrase], pos: int, terms: Sequence[TimePhrase] = ()) -> TimePhrase | None:
    """The phrase nearest before ``pos`` (else the first after it); outside its own clause, "N năm qua" gives
    way to a term of the same sentence ("Nhiệm kỳ 2020 - 2025, … 5 năm qua …")."""
    before = [p for p in phrases if p.end <= pos]
    after = [p for p in phrases if p.start >= pos]
    best = before[-1] if before else (after[0] if after else (phrases[0] if phrases else None))
    if best is not None and best.kind == "past" and terms:
        return terms[-1]
    return best


@lru_cache(maxsize=4096)
def _folded_unit(unit: str) -> str:
    return fold(unit)


def _is_state(folded: str, lo: int, hi: int, pos: int, claim: dict[str, Any]) -> bool:
    """A resulting total or a level: a from→to pair, a state verb right before the number, a status right
    after what it counts ("13 xã đạt chuẩn …"), or the rate of a population ("tỷ lệ hộ nghèo … 4%")."""
    if claim.get("from_value") is not None:
        return True
    if claim.get("change") not in (None, "increase", "decrease"):
        return False
    if _STATE_BEFORE.search(folded, max(lo, pos - 40), pos):
        return True
    unit = _folded_unit(str(claim.get("unit") or ""))
    if unit not in _MONEY and _LEVEL_BEFORE.search(folded, max(lo, pos - 30), pos):
        return True
    if unit == "%" and claim.get("change") is None and _POPULATION_RATE.search(folded, max(lo, pos - 80), pos):
        return True
    end = claim["end"] if isinstance(claim.get("end"), int) else pos
    return bool(_STATE_AFTER.search(folded, pos, max(end, min(hi, pos + 60))))


def _relate(p: TimePhrase, a: _Article, pos: int, claim: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    """The claim's (start, end) from the phrase that sets its time: a moment ends it; what is done on a day
    spans the day, what exists that day ends on it; a level stated with a span is a state at its end."""
    if p.state:
        return None, p.last
    near = where in ("clause", "sentence")
    lo, hi = (a.claus.start(pos), a.claus.end(pos)) if near else (a.sents.start(pos), a.sents.end(pos))
    if p.day:
        event = claim.get("change") is not None or bool(_EVENT.search(a.folded, a.sents.start(pos), max(hi, pos)))
        return (p.first if event else None), p.last
    if _is_state(a.folded, lo, hi, pos, claim):
        return None, p.last
    return p.first, p.last


class _Article:
    """One article's time phrases (found when first needed) and its title's, for the claims to pick from."""

    def __init__(self, text: str, times: _Times, title_times: Callable[[], list[TimePhrase]]) -> None:
        self.text, self.times, self.sents, self.folded = text, times, times.sents, times.folded
        self.published = times.published
        self._title_times = title_times
        self._claus: Segments | None = None

    @property
    def claus(self) -> Segments:
        """The clauses, cut when first needed (a claim whose sentence sets a time)."""
        if self._claus is None:
            self._claus = clauses(self.text, self.sents)
        return self._claus

    def live(self, si: int) -> list[TimePhrase]:
        """The phrases of sentence ``si`` that set a time."""
        return [p for p in self.times.sentence(si) if not p.naming]


def _pick(a: _Article, pos: int) -> tuple[TimePhrase | None, str]:
    """The phrase that sets the claim's time at ``pos``, and where it was found."""
    si = a.sents.index(pos)
    in_sent = a.live(si)
    if in_sent:
        c0, c1 = a.claus.start(pos), a.claus.end(pos)
        in_clause = [p for p in in_sent if c0 <= p.start < c1]
        if in_clause:
            return _nearest(in_clause, pos), "clause"
        return _nearest(in_sent, pos, [p for p in in_sent if p.kind == "term"]), "sentence"
    for sj in a.times.earlier(si):
        earlier = a.live(sj)
        if earlier:
            return _frame(a, earlier), "paragraph"
    title = [p for p in a._title_times() if not p.naming]
    if title:
        return title[0], "title"
    return None, "published"


def _frame(a: _Article, in_last: list[TimePhrase]) -> TimePhrase:
    """What an earlier sentence hands on: the phrase that opens it ("Nhiệm kỳ 2020 - 2025, …"), else its last."""
    sent0 = a.sents.start(in_last[0].start)
    first = in_last[0]
    if a.claus.start(first.start) == sent0 or not a.folded[sent0:first.start].strip(" \t\n-•*("):
        return first
    return in_last[-1]


def claim_periods(text: str, folded: str, claims: Sequence[dict[str, Any]], published: str | None,
                  title: str | None = None, title_end: int = 0, sents: Segments | None = None,
                  exclude: Sequence[tuple[int, int]] = (), reference_year: int | None = None
                  ) -> list[dict[str, Any]]:
    """The period fields of every claim (``period_start``, ``period_end``, ``period_from``, and the phrase
    it was read from as ``period_evidence_start``/``_end``), in the order of ``claims``.

    Args:
        text, folded: the article's normalised text and its same-length folded shadow.
        claims: claim dicts with ``number_start`` (else ``start``), ``end``, ``change``, ``from_value``.
        published: the publication date (ISO) or None.
        title: the article's title (its phrases count when the text's headline has none).
        title_end: the end of the headline inside the text (0 when the text has none).
        exclude: spans whose time phrases are left out (the publication date line).
        reference_year: the year year-less dates take when the publication date is unknown (the dates
            extractor's reference year, e.g. from an index marker " date 2021-05").
    """
    sents = sents or sentences(text)
    headline = range(sents.index(title_end - 1) + 1) if title_end else range(0)
    header: list[TimePhrase] | None = None

    def header_times() -> list[TimePhrase]:
        nonlocal header
        if header is None:
            same = bool(title and title_end and fold(title).strip() in folded[:title_end])
            header = find_times(title, fold(title), published) if title and not same else []
            for p in header:
                p.start = p.end = -1
        return header

    def title_times() -> list[TimePhrase]:
        inside = [p for si in headline for p in times.sentence(si) if p.start < title_end]
        return inside if any(not p.naming for p in inside) else header_times()

    def title_year() -> int | None:
        raw = [r for si in headline for r in times.raw(si) if r.m.start() < title_end and r.year]
        if raw:
            return raw[0].year
        return next((int(p.last[:4]) for p in header_times() if p.last and not p.naming and p.kind != "now"), None)

    times = _Times(text, folded, published, sents, exclude=exclude, reference_year=reference_year,
                   title_year=title_year)
    art = _Article(text, times, title_times)
    return [_claim_period(art, c) for c in claims]


def _claim_period(a: _Article, claim: dict[str, Any]) -> dict[str, Any]:
    pos = number_position(claim)
    phrase, where = _pick(a, pos)
    out: dict[str, Any] = {"period_start": None, "period_end": None, "period_from": where,
                           "period_evidence_start": None, "period_evidence_end": None}
    if phrase is None:
        out["period_end"] = a.published
        if not a.published:
            out["period_from"] = None
        return out
    out["period_start"], out["period_end"] = _relate(phrase, a, pos, claim, where)
    if out["period_start"] is None and out["period_end"] is None:
        out["period_from"] = None
    elif phrase.start >= 0:
        out["period_evidence_start"], out["period_evidence_end"] = phrase.start, phrase.end
    return out
