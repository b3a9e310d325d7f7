"""An article's time phrases: the grammar's matches found sentence by sentence, in their context.

The context decides what the grammar cannot: whether a phrase only names a congress, body, post, document or
plan, a birth or a point of comparison (``naming``: it sets no time), whether a bare day-month is a day, and
the year of a year-less phrase (its sentence's, the publication year, else one written earlier in its
paragraph or in the title); :func:`find_times` lists them, :mod:`.periods` picks one for each claim.  The words
of the context are data: ``time_words.tsv`` of the ``ddnews_claim_link`` folder (``data/indicators/``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataFileError, Errors
from ..lexicon import _schemas, parse_tsv
from ..text.dates import DAY_CUE_RE
from ..text.normalize import fold
from ..text.patterns import alternation
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

# ---------------------------------------------------------------------------------------------- vocabulary
#: The data folder of the ``ddnews_claim_link`` component (that of its indicator table, :mod:`.indicators`): the
#: words around time phrases and claims (``time_words.tsv``) and of places (``place_words.tsv``) live there too.
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "indicators"
TIME_WORDS = "time_words.tsv"


def _fail(path: Path, line: int, reason: str) -> DataFileError:
    return DataFileError(Errors.E102.format(path=path, line=line, reason=reason), code="E102")


def word_rows(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of a word file of :data:`DATA_DIR` (or of a model package's copy) with their line numbers,
    checked against its declared schema (``data/schemas.toml``): a misspelt or empty role fails naming file and
    line, a role without words naming the file.  Read and checked once per path (the loaders of periods, places
    and time phrases share a file); the rows are not to be changed."""
    return _word_rows(Path(path))


@cache
def _word_rows(p: Path) -> list[tuple[int, dict[str, str]]]:
    schema = _schemas().get(f"{DATA_DIR.name}/{p.name}")
    if schema is None:
        raise _fail(p, 0, f"no schema declared for '{DATA_DIR.name}/{p.name}' in schemas.toml")
    try:
        content = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(p, 0, f"cannot read: {exc.strerror or exc}") from None
    rows = parse_tsv(content, p, schema=schema)
    lines = [i for i, raw in enumerate(content.splitlines(), 1) if raw.strip() and not raw.lstrip().startswith("#")]
    numbered = list(zip(lines[1:], rows, strict=True))   # the first such line is the header
    for column, values in schema.get("allowed", {}).items():
        for line, row in numbered:
            if not row[column]:
                raise _fail(p, line, f"empty '{column}' for '{next(iter(row.values()))}' (one of {', '.join(values)})")
        missing = sorted(set(values) - {row[column] for _, row in numbered})
        if missing:
            raise _fail(p, 0, f"no words of {column} {', '.join(missing)}")
    return numbered


def words_by_role(path: str | Path) -> dict[str, list[str]]:
    """The words of a word file (:func:`word_rows`) by role, in the file's order."""
    out: dict[str, list[str]] = {}
    for _, row in word_rows(path):
        out.setdefault(row["role"], []).append(row["word"])
    return out


def whole_words(words: Iterable[str]) -> str:
    """A pattern of any of ``words`` (folded, a space matching white space) standing as whole words."""
    return rf"(?<!\w){alternation(words)}(?!\w)"


@dataclass(frozen=True, slots=True)
class _Cues:
    """The words around a time phrase that make it only name something (``time_words.tsv``), compiled."""

    name_head: re.Pattern[str]       # a congress, body or post (these win over review words when nearer)
    plan_head: re.Pattern[str]       # a plan or document (review words anywhere before the phrase win over these)
    term_name_head: re.Pattern[str]  # a standard named by its stage (before a term only)
    review: re.Pattern[str]
    comparison: frozenset[str]       # the last word or two before a phrase: a point of comparison, a birth
    time_prep: frozenset[str]        # the last word before a phrase: a preposition of time ("trong năm 2023")
    document_before: re.Pattern[str]  # a document's number (and symbol) right before a day: its own date
    day_before: re.Pattern[str]      # a word making a bare day-month a day ("đến 30/6")


@cache
def _cues(data_dir: Path = DATA_DIR) -> _Cues:
    """The context words of time phrases, read once from ``data_dir``."""
    w = words_by_role(data_dir / TIME_WORDS)
    return _Cues(
        name_head=re.compile(whole_words(w["name_head"])),
        plan_head=re.compile(whole_words(w["plan_head"])),
        term_name_head=re.compile(whole_words(w["term_name_head"])),
        review=re.compile(whole_words(w["review"])),
        comparison=frozenset(fold(x) for x in w["comparison"]),
        time_prep=frozenset(fold(x) for x in w["time_prep"]),
        # "số 12", "12/QĐ-UBND", "ban hành", "Quyết định (số) 12 …", then an optional comma and "ngày"
        document_before=re.compile(
            rf"(?:(?<!\w)số\s+\d\S*|\d+[/\-][^\s,]*[^\W\d_][^\s,]*|{alternation(w['issued'])}"
            rf"|{alternation(w['document'])}\s+(?:số\s+)?\d\S*)\s*,?\s*(?:ngày\s*)?$"),
        day_before=re.compile(rf"(?<!\w){alternation(w['day_before'])}\s*$"))


# The first day of a parenthesised pair of days ("(7-11-1917 – 7-11-2022)").
_PAIR_AFTER = re.compile(r"\s*[-–—]\s*\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d\s*\)")
_NAMING_WINDOW = 80
# "so với" and a few words naming the base of a comparison right before a time phrase ("so với Tết Quý Mão năm 2023",
# "so với kỳ họp cuối năm 2022")
_COMPARED_NAMED = re.compile(r"(?<!\w)so\s+với(?:\s+[^\s,;:()]+){1,4}\s*$")
_CUT = ";:!?\n"
_COMMA = ",("
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _is_day_point(m: re.Match, folded: str, p: str) -> bool:
    """A bare day-month ("12/3") counts only after a day word ("ngày 12/3", "sáng 3/6", "đến 30/6")."""
    if not _group(m, p + "d") or _group(m, p + "dy"):
        return True
    at = m.start(p + "d")
    before = folded[max(0, at - 24):at]
    return bool(DAY_CUE_RE.search(before) or _cues().day_before.search(before))


_SCHOOL_YEAR = ("năm học", "niên khóa")
# a day that names a batch of awards ("trao Huy hiệu Đảng đợt 3/2", held on another day, or that day)
_BATCH = re.compile(r"(?<!\w)đợt\s+$")


def _naming(folded: str, lo: int, start: int, end: int, kind: str, day: bool) -> bool:
    """True when the phrase only names a congress, body, post, document or plan, a birth or the first day of
    a commemorated span ("(3-2-1930 – 3-2-2020)": the second day is the celebration's), or is a comparison.

    ``lo`` is the start of its sentence; the window before it stops there, at ";" or ":", and (but for a
    term, which names the congress of the clause before; a school year names none) at a comma or an opening
    parenthesis."""
    if day and _PAIR_AFTER.match(folded, end):
        return True
    before = folded[max(lo, start - _NAMING_WINDOW):start]
    body_term = kind == "term" and not folded.startswith(_SCHOOL_YEAR, start)   # a school year is no body's term
    cut = _last_end(before, _CUT if body_term else _CUT + _COMMA)
    before = before[cut:]
    words = before.split()[-2:]
    cues = _cues()
    if words and (words[-1] in cues.comparison or " ".join(words) in cues.comparison):
        return True
    if _COMPARED_NAMED.search(before):
        return True     # "so với Tết Quý Mão năm 2023": the base of a comparison, named by a few words
    if day:
        return bool(cues.document_before.search(before))
    if kind in ("since", "range", "until", "now", "past", "months", "term_end", "before") or (
            words and words[-1] in cues.time_prep and before[-1:].isspace()):
        return False
    if kind == "term" and not before.strip(" ,(\t"):
        return False
    if body_term and cues.term_name_head.search(before):
        return True
    name = [m.end() for m in cues.name_head.finditer(before)]
    review = [m.end() for m in cues.review.finditer(before)]
    if name and (not review or name[-1] > review[-1]):
        return True
    return bool(cues.plan_head.search(before)) and not review


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
        batch = day and not naming and bool(_BATCH.search(folded, max(0, m.start() - 8), m.start()))
        year = None if (naming and not batch) or kind == "term" else next(
            (int(y) for k in (*(p + g for g in _POINT_YEARS), *_YEAR_GROUPS) if (y := _group(m, k))), None)
        raw.append(_Raw(m, kind, naming or batch, sent, year, batch))
    return raw


def _part_of_year(m: re.Match[str]) -> bool:
    """A point that is a part of a year ("quý IV", "6 tháng đầu năm", "cuối năm"), not a day or a month."""
    return any(_group(m, "pa" + g) for g in ("q", "n", "nh", "part"))


class _Times:
    """An article's time phrases, found sentence by sentence when first asked for (most sentences never are).

    A year-less phrase takes a year written in its sentence (not a deadline after it); else a day or month the
    publication year (as dates do) and a part of a year ("cả năm", "9 tháng") the year its text is about; else a
    year written earlier in its paragraph, else the title's.  ``reference_year`` stands for the publication year when
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
        # a deadline later in the sentence is another aim's ("6 tháng cuối năm, phấn đấu …; đến năm 2025, …")
        own = next((x.year for x in self.raw(r.sent) if x.year and not (x.kind == "until" and x.m.start() > r.m.end())),
                   None)
        if own:
            return own
        topic = next((x.year for sj in self.earlier(r.sent) for x in reversed(self.raw(sj)) if x.year), None)
        if topic is None and self.title_year is not None:
            topic = self.title_year()
        if r.kind in ("this_year", "months") or (r.kind == "point" and _part_of_year(r.m)):
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
            p.naming, p.batch = r.naming, r.batch
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
