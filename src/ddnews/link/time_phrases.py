"""An article's time phrases: the grammar's matches found sentence by sentence, in their context.

The context decides what the grammar cannot: whether a phrase only names a congress, body, post, document or
plan, a birth or a point of comparison (``naming``: it sets no time), whether a bare day-month is a day, and
the year of a year-less phrase (its sentence's, the publication year, else one written earlier in its
paragraph or in the title); :func:`find_times` lists them, :mod:`.periods` picks one for each claim.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from ..text.dates import DAY_CUE_RE
from ..text.sentences import Segments, sentences
from .time_grammar import (
    _POINT_YEARS,
    _PREFIX,
    _YEAR_GROUPS,
    TimePhrase,
    _group,
    _needs_context_year,
    _phrase,
    _Raw,
    _scan,
    _term,
)

# Words before a phrase that make it the name of something: a congress, body or post (these win over review
# words when nearer), or a plan or document (review words anywhere before the phrase win over these).  An aim
# stated as such is no name: "Mục tiêu tổng quát năm 2023 phấn đấu …" says when the aims hold, while a quota
# ("đạt 35% chỉ tiêu năm 2022") or a task list ("nhiệm vụ năm 2024") only names its year.
_NAME_HEAD = re.compile(
    r"(?<!\w)(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|ban\s+chấp\s+hành|ban\s+thường\s+vụ|ủy\s+ban|hđnd|ubnd|chủ\s+tịch"
    r"|bí\s+thư|cấp\s+ủy|khóa|đại\s+biểu|ủy\s+viên|chủ\s+nhiệm|trưởng|phó|giám\s+đốc|nguyên|thường\s+trực"
    r"|tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|quận\s+ủy|thị\s+ủy|đảng\s+ủy|đảng\s+bộ|chi\s+bộ|kỷ\s+niệm|lễ|giải"
    r"|cuộc\s+thi|phong\s+trào|năm\s+học)(?!\w)")
_PLAN_HEAD = re.compile(
    r"(?<!\w)(?:kế\s+hoạch|chương\s+trình|nghị\s+quyết|chỉ\s+thị|quyết\s+định|kết\s+luận|đề\s+án|dự\s+toán"
    r"|chiến\s+lược|quy\s+hoạch|chỉ\s+tiêu|nhiệm\s+vụ)(?!\w)")
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
_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:đến|tới|đợt)\s*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


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


def _paragraphs(text: str) -> list[int]:
    return [0] + [m.end() for m in _BLANK_LINE.finditer(text)]
