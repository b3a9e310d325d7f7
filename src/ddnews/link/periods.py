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

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..errors import DataFileError, Errors
from ..settings import WINDOWS
from ..text.normalize import fold
from ..text.patterns import alternation
from ..text.sentences import Segments, clauses, sentences
from .time_grammar import TimePhrase
from .time_phrases import DATA_DIR, TIME_WORDS, _Times, find_times, whole_words, word_rows, words_by_role

__all__ = ["TimePhrase", "claim_periods", "find_times", "fold", "number_position"]


@dataclass(frozen=True, slots=True)
class _StateCues:
    """The words that make a figure a state or an event (``time_words.tsv``), compiled (on folded text)."""

    state_before: re.Pattern[str]     # a resulting total or a level: the verb right before the number
    level_before: re.Pattern[str]     # a level of a count or a rate, not of a flow of money
    money: frozenset[str]             # folded units of money
    state_after: re.Pattern[str]      # a status right after the counted noun
    list_head: re.Pattern[str]        # a state verb opening a list of counts
    list_items: re.Pattern[str]       # what may stand between it and a later item: earlier items, commas and "và"
    rated: re.Pattern[str]            # a rating of the year's work: what is rated holds over the period rated
    population_rate: re.Pattern[str]  # the rate of a population is a level
    event: re.Pattern[str]            # done on one day: a day's event spans that day
    event_after: re.Pattern[str]      # a passive or an event right after the counted thing (matched at the number)
    plan_section: re.Pattern[str]     # a plan's section heading ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")


def _unless_after(path: Path, words: list[str], blockers: list[tuple[int, str]]) -> str:
    """An alternation of ``words``, each but right after the words a blocker ending with it writes before it
    ("đối với": "với" is no level word there)."""
    folded = {" ".join(fold(w).split()) for w in words}
    behind: dict[str, str] = {}
    for line, b in blockers:
        head, _, last = " ".join(fold(b).split()).rpartition(" ")
        if not head or last not in folded:
            raise DataFileError(Errors.E102.format(path=path, line=line, reason=(
                f"'{b}' does not end with a level_before word ({', '.join(sorted(folded))})")), code="E102")
        written = re.escape(head).replace("\\ ", r"\s")     # one white space each: a lookbehind has a fixed width
        behind[last] = behind.get(last, "") + rf"(?<!{written}\s)"
    alts = sorted(folded, key=len, reverse=True)
    return "(?:" + "|".join(behind.get(w, "") + re.escape(w).replace("\\ ", r"\s+") for w in alts) + ")"


@cache
def _state_cues(data_dir: Path = DATA_DIR) -> _StateCues:
    """The state and event words, read once from ``data_dir``."""
    path = data_dir / TIME_WORDS
    rows = word_rows(path)
    w = words_by_role(path)
    blockers = [(line, row["word"]) for line, row in rows if row["role"] == "level_blocker"]
    joiner = alternation(w["list_and"])
    return _StateCues(
        state_before=re.compile(rf"(?<!\w){alternation(w['state_before'])}(?:\s+{alternation(w['state_filler'])})?"
                                rf"(?:\s+{alternation(w['state_qualifier'])})?[\s:]*$"),
        level_before=re.compile(rf"(?<!\w){_unless_after(path, w['level_before'], blockers)}"
                                rf"(?:\s+{alternation(w['level_qualifier'])})?[\s:]*$"),
        money=frozenset(fold(u) for u in w["money_unit"]),
        state_after=re.compile(whole_words(w["state_after"])),
        list_head=re.compile(rf"(?<!\w){alternation(w['list_head'])}\s+(?=\d)"),
        list_items=re.compile(rf"(?:[\d.,]+\s+(?:[^\W\d]+\s+){{1,4}}?(?:,\s*|{joiner}\s+|,\s*{joiner}\s+))+"),
        rated=re.compile(whole_words(w["rated"])),
        population_rate=re.compile(whole_words(w["population_rate"])),
        event=re.compile(whole_words(w["event"])),
        event_after=re.compile(rf"[\d.,]+(?:\s+[^\W\d]+){{1,4}}?\s+(?:đã\s+)?{alternation(w['event_after'])}(?!\w)"),
        plan_section=re.compile(whole_words(w["plan_section"])))


# ---------------------------------------------------------------------------------------------- claims
def number_position(claim: Mapping[str, Any]) -> int:
    """Where a claim's number starts (its ``number_start``, else its ``start``, else 0)."""
    for key in ("number_start", "start"):
        if isinstance(claim.get(key), int):
            return int(claim[key])
    return 0


def _nearest(phrases: list[TimePhrase], pos: int, terms: Sequence[TimePhrase] = ()) -> TimePhrase | None:
    """The phrase nearest before ``pos`` (else the first after it); outside its own clause, "N năm qua" gives
    way to a term of the same sentence ("Nhiệm kỳ 2020 - 2025, … 5 năm qua …")."""
    before = [p for p in phrases if p.end <= pos]
    after = [p for p in phrases if p.start >= pos]
    best = before[-1] if before else (after[0] if after else (phrases[0] if phrases else None))
    if best is not None and best.kind == "past" and terms:
        return terms[-1]
    return best


# a breakdown item right before its number ("…, trong đó có 38 cán bộ nữ") and the last number before it (its total)
_BREAKDOWN_BEFORE = re.compile(r"(?<!\w)trong\s+(?:đó|số\s+đó)[\s,:]*(?:có\s+)?$")
_LAST_NUMBER = re.compile(r"\d[\d.,]*(?=\D*$)")
_SENTENCE_GAP = re.compile(r"[;\n]|\.\s")


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
    end = claim["end"] if isinstance(claim.get("end"), int) else pos
    bm = _BREAKDOWN_BEFORE.search(folded, max(lo, pos - 30), pos)
    if bm is not None:      # a breakdown item is a state or an event as its total is
        total = _LAST_NUMBER.search(folded, max(0, bm.start() - WINDOWS.breakdown_total_lookback), bm.start())
        if total is not None and not _SENTENCE_GAP.search(folded, total.end(), bm.start()):
            return _is_state(folded, 0, hi, total.start(), {**claim, "end": None})
    cues = _state_cues()
    if cues.rated.search(folded, pos, max(end, min(hi, pos + WINDOWS.rating_lookahead))):
        return False    # a rating is the year's ("năm 2019 có 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ")
    if cues.state_before.search(folded, max(lo, pos - 40), pos):
        after = max(end, min(hi, pos + 60))
        return not cues.event_after.match(folded, pos, after) or bool(cues.state_after.search(folded, pos, after))
    head = cues.list_head.search(folded, max(lo, pos - WINDOWS.state_list_lookback), pos)
    if head and cues.list_items.fullmatch(folded, head.end(), pos):
        return True     # a later item of a list a state verb opens ("có 926 đảng viên, với 09 Đảng bộ và 43 Chi bộ")
    unit = _folded_unit(str(claim.get("unit") or ""))
    if unit not in cues.money and cues.level_before.search(folded, max(lo, pos - 30), pos):
        return True
    if unit == "%" and claim.get("change") is None and cues.population_rate.search(folded, max(lo, pos - 80), pos):
        return True
    return bool(cues.state_after.search(folded, pos, max(end, min(hi, pos + 60))))


def _days(p: TimePhrase) -> int:
    """How many days the phrase ``p`` spans (1 for a day)."""
    if not p.first or not p.last:
        return 1
    return (date.fromisoformat(p.last) - date.fromisoformat(p.first)).days + 1


def _relate(p: TimePhrase, a: _Article, pos: int, claim: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    """The claim's (start, end) from the phrase that sets its time: a moment ends it; what is done on a day
    spans the day, what exists that day ends on it; a level stated with a span is a state at its end, unless it
    is aimed for (then the span is the aim's)."""
    if p.state:
        return None, p.last
    near = where in ("clause", "sentence")
    lo, hi = (a.claus.start(pos), a.claus.end(pos)) if near else (a.sents.start(pos), a.sents.end(pos))
    if p.day and _days(p) <= WINDOWS.meeting_days_max:   # a day or a meeting's days (a longer span: below)
        event = claim.get("change") is not None or bool(
            _state_cues().event.search(a.folded, a.sents.start(pos), max(hi, pos))) \
            and not _SIZE.search(a.folded, max(0, pos - 12), pos)   # "bầu Ban Chấp hành gồm 25 đồng chí": its size
        return (p.first if event else None), p.last
    if claim.get("modality") != "target" and _is_state(a.folded, lo, hi, pos, claim):
        return None, p.last     # an aim for a term or year is aimed for over all of it ("đạt 100%" by its end)
    return p.first, p.last


class _Article:
    """One article's time phrases (found when first needed) and its title's, for the claims to pick from."""

    def __init__(self, text: str, times: _Times, title_times: Callable[[], list[TimePhrase]],
                 headline_times: Callable[[], list[TimePhrase]] = list) -> None:
        self.text, self.times, self.sents, self.folded = text, times, times.sents, times.folded
        self.published = times.published
        self._title_times = title_times
        self.headline_times = headline_times   # every phrase of the text's headline, names included
        self._claus: Segments | None = None

    @property
    def claus(self) -> Segments:
        """The clauses, cut when first needed (a claim whose sentence sets a time)."""
        if self._claus is None:
            self._claus = clauses(self.text, self.sents)
        return self._claus

    def live(self, si: int) -> list[TimePhrase]:
        """The phrases of sentence ``si`` that set a time; in a section's heading over a plan's items ("II.
        PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"), the year a task list names is the time of the items under it."""
        phrases = self.times.sentence(si)
        if any(p.naming for p in phrases) and self._plan_heading(si):
            return [p for p in phrases if not p.naming or p.kind != "term"]
        return [p for p in phrases if not p.naming]

    def _plan_heading(self, si: int) -> bool:
        """Sentence ``si`` is a heading line in capitals that names a plan's section ("NHIỆM VỤ 6 THÁNG CUỐI NĂM")."""
        s = self.sents.starts[si]
        e = self.text.find("\n", s)
        line = self.text[s:e if e >= 0 else len(self.text)].strip()
        return bool(line) and line.isupper() and e >= 0 and bool(_state_cues().plan_section.search(self.folded, s, e))


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
    now: list[TimePhrase] = []
    for sj in a.times.earlier(si):
        earlier = a.live(sj)
        if earlier and all(p.kind == "now" for p in earlier):
            now = now or earlier   # "Toàn xã hiện có …": the present of its own sentence, no frame of those after
            continue
        if earlier:
            return _frame(a, earlier), "paragraph"
    if now:
        return _frame(a, now), "paragraph"
    title = [p for p in a._title_times() if not p.naming]
    if title:
        return title[0], "title"
    return _batch_day(a, si)


def _batch_day(a: _Article, si: int) -> tuple[TimePhrase | None, str]:
    """Where nothing else sets a time, the day a batch of awards is named by ("trao Huy hiệu Đảng đợt 19/5"): in
    the claim's sentence, an earlier one of its paragraph, or the title; else the publication date."""
    for where, phrases in (("sentence", a.times.sentence(si)),
                           *(("paragraph", a.times.sentence(sj)) for sj in a.times.earlier(si)),
                           ("title", a.headline_times())):
        batch = [p for p in phrases if p.batch]
        if batch:
            return batch[0], where
    return None, "published"


_DIGIT = re.compile(r"\d")
_SIZE = re.compile(r"(?<!\w)gồm(?:\s+có)?\s+$")   # what a body elected on a day is made of: its size that day


def _frame(a: _Article, in_last: list[TimePhrase]) -> TimePhrase:
    """What an earlier sentence hands on: the phrase that opens it ("Nhiệm kỳ 2020 - 2025, …"), follows only a few
    words and no number ("Theo đó, mục tiêu trong nhiệm kỳ 2020-2025 huyện phấn đấu …") or opens a clause before the
    sentence's first number ("Theo báo cáo của …, từ đầu năm đến nay, …"), else its last."""
    sent0 = a.sents.start(in_last[0].start)
    first = in_last[0]
    if a.claus.start(first.start) == sent0 or not a.folded[sent0:first.start].strip(" \t\n-•*("):
        return first
    lead = a.folded[sent0:first.start]
    if not _DIGIT.search(lead) and len(lead.split()) <= WINDOWS.frame_lead_words:
        return first
    if not _DIGIT.search(lead) and not a.folded[a.claus.start(first.start):first.start].strip(" \t\n-•*(,"):
        return first    # it opens the clause before the figures ("Theo báo cáo của …, từ đầu năm đến nay, …")
    return in_last[-1]


def claim_periods(text: str, folded: str, claims: Sequence[dict[str, Any]], published: str | None,
                  title: str | None = None, title_end: int = 0, sents: Segments | None = None,
                  exclude: Sequence[tuple[int, int]] = (), reference_year: int | None = None, title_start: int = 0
                  ) -> list[dict[str, Any]]:
    """The period fields of every claim (``period_start``, ``period_end``, ``period_from``, and the phrase
    it was read from as ``period_evidence_start``/``_end``), in the order of ``claims``.

    Args:
        text, folded: the article's normalised text and its same-length folded shadow.
        claims: claim dicts with ``number_start`` (else ``start``), ``end``, ``change``, ``from_value``.
        published: the publication date (ISO) or None.
        title: the article's title (its phrases count when the text's headline has none).
        title_end: the end of the headline inside the text (0 when the text has none).
        title_start: where the headline starts (a document's kind under its header block; else 0).
        exclude: spans whose time phrases are left out (the publication date line).
        reference_year: the year year-less dates take when the publication date is unknown (the dates
            extractor's reference year, e.g. from an index marker " date 2021-05").
    """
    sents = sents or sentences(text)
    headline = range(sents.index(title_start), sents.index(title_end - 1) + 1) if title_end else range(0)
    header: list[TimePhrase] | None = None

    def header_times() -> list[TimePhrase]:
        nonlocal header
        if header is None:
            same = bool(title and title_end and fold(title).strip() in folded[:title_end])
            header = find_times(title, fold(title), published) if title and not same else []
            for p in header:
                p.start = p.end = -1
        return header

    def headline_times() -> list[TimePhrase]:
        return [p for si in headline for p in times.sentence(si) if title_start <= p.start < title_end]

    def title_times() -> list[TimePhrase]:
        inside = headline_times()
        return inside if any(not p.naming for p in inside) else header_times()

    def title_year() -> int | None:
        raw = [r for si in headline for r in times.raw(si) if title_start <= r.m.start() < title_end and r.year]
        if raw:
            return raw[0].year
        return next((int(p.last[:4]) for p in header_times() if p.last and not p.naming and p.kind != "now"), None)

    times = _Times(text, folded, published, sents, exclude=exclude, reference_year=reference_year,
                   title_year=title_year)
    art = _Article(text, times, title_times, headline_times)
    return [_claim_period(art, c) for c in claims]


def _new_level_time(a: _Article, claim: dict[str, Any]) -> TimePhrase | None:
    """The time written right after the new level of a from→to pair ("giảm từ 58% cuối năm 2015 xuống còn 31%
    cuối năm 2020"): the new level's, whatever the old level's time before it says."""
    num_end, end = claim.get("number_end"), claim.get("end")
    if claim.get("from_value") is None or not isinstance(num_end, int) or not isinstance(end, int):
        return None
    for p in a.live(a.sents.index(number_position(claim))):
        if num_end <= p.start and (p.start < end or not a.folded[end:p.start].strip(" \t,")):
            return p    # after the number, inside what the claim reads (its unit's words) or right after it
    return None


def _claim_period(a: _Article, claim: dict[str, Any]) -> dict[str, Any]:
    pos = number_position(claim)
    after = _new_level_time(a, claim)
    phrase, where = (after, "clause") if after is not None else _pick(a, pos)
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
