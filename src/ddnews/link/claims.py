"""The ``ddnews_claim_link`` stage: every claim placed in time, place and indicator.

It runs after ``ddnews_link`` (which links places to codes and decides the article's province) and adds
to each claim fact, in place (as ``ddnews_link`` does for places and bodies):

* its period (:mod:`ddnews.link.periods`): ``period_start``, ``period_end`` (ISO or null),
  ``period_from`` (clause / sentence / paragraph / title / published), and the phrase it was read from
  (``period_evidence`` with ``period_evidence_start``/``_end``);
* its place (:mod:`ddnews.link.places`): ``place``, ``place_code``, ``place_level``, ``place_from``;
* its indicator (:mod:`ddnews.link.indicators`): ``indicator`` (an id of ``data/indicators/``) or null;
* its modality, when its period lies after the article's date: ``target`` (no article reports the future).

No model is called: a few regular expressions per article and one table look-up per claim.
"""
from __future__ import annotations

import re
import shutil
import threading
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lexicon import load_words, write_data_dir
from ..nlp import attrs
from ..settings import WINDOWS
from ..text.normalize import NormalText, fold
from ..text.sentences import Segments, headline_end, sentences
from .indicators import DATA_DIR, IndicatorTable, claim_contexts
from .periods import claim_periods
from .places import claim_places

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# a text's lines, and the non-blank line after one (a document's name under its kind)
_LINE = re.compile(r"[^\n]+")
_NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)[^\n]+")
_NAME_LINES_MORE = 2   # the lines a document's name may go on over after its first
_HEADER_LINES = 12      # a document's header block: its bodies, number, place and date, then its kind
_KINDS = Path(__file__).resolve().parents[1] / "data" / "documents" / "kinds.tsv"


def _evidence(nt: NormalText, start: int | None, end: int | None) -> str | None:
    """The characters of ``[start, end)`` of the normalised text, as loaded."""
    if start is None or end is None:
        return None
    s, e = nt.to_original(start, end)
    return nt.original[s:e]


def _by_kind(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """The fields of every fact of the Doc, by kind, in the order they were written (one pass)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for f in (doc._.fact_table or {}).values():
        out.setdefault(f.kind, []).append(f.data)
    return out


def _reference_year(dates: list[dict[str, Any]]) -> int | None:
    """The year the dates extractor gave year-less dates for want of a publication date (an index marker's)."""
    years = Counter(str(f.get("value"))[:4] for f in dates
                    if f.get("year_from") == "published" and str(f.get("value") or "")[:4].isdigit())
    return int(years.most_common(1)[0][0]) if years else None


def link_claims(doc: Doc, table: IndicatorTable) -> None:
    """Give every claim of ``doc`` its period, place and indicator (fields added to the claim facts)."""
    facts = _by_kind(doc)
    data = facts.get("claims")
    if not data:
        return
    nt: NormalText = doc._.normal or NormalText(doc.text, doc.text)
    text, folded = nt.text, doc._.folded or nt.text.lower()
    art = doc._.article
    dateline = [(f["start"], f["end"]) for f in facts.get("published", []) if isinstance(f.get("start"), int)]
    dates = sorted(dateline + [(f["start"], f["end"]) for f in facts.get("dates", [])
                               if isinstance(f.get("start"), int)])
    # a document's name under its kind in capitals is its headline; else the page's first line past its chrome
    chrome = [(s, e) for s, e, why in doc._.blocked or [] if why == "chrome"]
    names = {(s, e) for kind in ("organizations", "locations") for f in facts.get(kind, [])
             for s, e in f.get("mentions") or []}
    h_start, h_end = _document_name(text) or (0, _headline_end(text, dates, chrome, names))
    sents = sentences(text)
    periods = claim_periods(text, folded, data, doc._.published, title=getattr(art, "title", None), title_end=h_end,
                            title_start=h_start, sents=sents, exclude=dateline + _date_lines(text, h_end, dates),
                            reference_year=_reference_year(facts.get("dates", [])))
    titles = [(s, e) for f in facts.get("officials", []) for s, e in f.get("title_spans") or []]
    places = claim_places(text, folded, data, facts.get("locations", []), facts.get("organizations", []),
                          doc._.province, published=doc._.published, titles=titles, sents=sents)
    contexts = claim_contexts(text, folded, data, sents)
    for claim, period, place, ctx in zip(data, periods, places, contexts, strict=True):
        claim.update(period)
        claim["period_evidence"] = _evidence(nt, period["period_evidence_start"], period["period_evidence_end"])
        claim.update(place)
        claim["indicator"] = table.match(claim, ctx)
    _future_targets(data, sents, doc._.published, folded)


@lru_cache(maxsize=1)
def _document_kinds() -> frozenset[str]:
    """The folded words of document kinds (``documents/kinds.tsv``: "báo cáo", "kế hoạch", "nghị quyết", …)."""
    return frozenset(" ".join(fold(w).split()) for w in load_words(_KINDS))


def _document_name(text: str) -> tuple[int, int] | None:
    """A document's name, under its kind written in capitals in its header ("BÁO CÁO\nkết quả kiểm điểm … năm
    2022"): the span from the kind to the end of the name's line, which is the text's headline; None when the text
    opens with no such kind."""
    for i, m in enumerate(_LINE.finditer(text, 0, WINDOWS.document_head)):
        if i >= _HEADER_LINES:
            break
        line = m.group().strip(" \t")
        if line and line.isupper() and " ".join(fold(line).split()) in _document_kinds():
            nxt = _NEXT_LINE.match(text, m.end())
            if nxt is None:
                return None
            end = nxt.end()
            for _ in range(_NAME_LINES_MORE):   # a long name wrapped over lines ("… xếp loại chất lượng\ntổ chức
                more = _NEXT_LINE.match(text, end)   # đảng, đảng viên năm 2022"): its lines go on in lower case
                if more is None or not more.group().lstrip()[:1].islower():
                    break
                end = more.end()
            return m.start(), end
    return None


def _headline_end(text: str, dates: list[tuple[int, int]], chrome: list[tuple[int, int]],
                  names: AbstractSet[tuple[int, int]] = frozenset()) -> int:
    """The headline's end; a first line that is page chrome (a site banner), the page's date line ("Thứ Sáu,
    14/07/2023 - 08:45", "Cập nhật: 20/08/2020 | 16:02": a date and a few words) or its section label (a few words,
    or the name of a body or place alone: ``names`` holds the spans of those found) is no headline, the headline is
    the line after it."""
    end = headline_end(text)
    for _ in range(3):
        start = text.rfind("\n", 0, end) + 1
        if not end:
            break
        if not any(s <= start and end <= e for s, e in chrome) and not _banner(text, start, end, dates) \
                and not _section_label(text, start, end, names):
            if not _date_line(text, start, end, dates):
                break
        end = headline_end(text, end)
    return end


# a page's section label: one to four words, no digit and no sentence mark ("Kinh tế - Xã hội", "Y tế", "XÂY DỰNG ĐẢNG")
_LABEL_LINE = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+(?:[-–|/&][ \t]+)?[^\W\d_]+){0,3}[ \t]*")
# a headline under it: five words or more on one line, no full stop closing it
_HEADLINE_LINE = re.compile(r"[ \t]*\S+(?:[ \t]+\S+){4,}(?<![.!?])[ \t]*(?:\n|$)")


def _section_label(text: str, start: int, end: int, names: AbstractSet[tuple[int, int]] = frozenset()) -> bool:
    """The line [start, end) is the page's section label above the headline ("Kinh tế - Xã hội\n\nNinh Bình: Kinh tế
    quý I/2024 tăng trưởng khá"): a few words, or a body's or place's name alone ("Đảng bộ huyện Sông Mây"), then a
    longer line that does not close as a sentence."""
    line = text[start:end]
    s, e = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
    if not _LABEL_LINE.fullmatch(text, start, end) and (s, e) not in names:
        return False
    nxt = end
    while nxt < len(text) and text[nxt] in "\n \t":
        nxt += 1
    return bool(_HEADLINE_LINE.match(text, nxt))


def _date_lines(text: str, end: int, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The page's date lines above the headline's end ("Đăng ngày: 3 tháng 8 năm 2020" when a header gave the
    publication date): their times date the page, not the story."""
    out, start = [], 0
    while start < end:
        stop = text.find("\n", start)
        stop = end if stop < 0 or stop > end else stop
        if _date_line(text, start, stop, dates):
            out.append((start, stop))
        start = stop + 1
    return out


def _date_line(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """The line [start, end) is a page's date line: a date and a few words."""
    inside = [(s, e) for s, e in dates if start <= s < end]
    rest = text[start:inside[0][0]] + text[inside[-1][1]:end] if inside else ""
    return bool(inside) and sum(ch.isalpha() for ch in rest) <= WINDOWS.date_line_words_max


def _banner(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """The line [start, end) is a site's banner: written in capitals, right above the page's date line ("UBKT
    HUYỆN ỦY X\n05/07/2024\n\nHeadline")."""
    line = text[start:end]
    if not any(ch.isalpha() for ch in line) or any(ch.islower() for ch in line):
        return False
    nxt = text.find("\n", end) + 1
    if not nxt:
        return False
    nend = text.find("\n", nxt)
    return _date_line(text, nxt, nend if nend >= 0 else len(text), dates)


# a deadline that names a day ("trước ngày 30/9/2024", "chậm nhất ngày 15/10")
_DEADLINE = re.compile(r"(?<!\w)(?:trước|chậm nhất|hạn chót)[ \t]+(?:ngày[ \t]+)?\d{1,2}/\d{1,2}")

# where a period read near the claim comes from (not the article's title or date)
_NEAR_FRAMES = frozenset({"clause", "sentence", "paragraph"})


def _future_targets(claims: list[dict[str, Any]], sents: Segments, published: str | None, folded: str = "") -> None:
    """Claims whose period lies after the article's date are targets, whatever their verb: no article reports
    what has not happened yet (a resolution's bare list of aims "Quy mô GRDP … đến năm 2030 là …").  Only in
    sentences where the claims extractor found no aim itself: where it did, it judged each number there (a
    count that describes a category, "chi bộ có dưới 10 đảng viên", stays as it is)."""
    if not published:
        return
    aimed = {sents.index(c["number_start"]) for c in claims if c.get("modality") == "target"}
    for c in claims:
        if c.get("modality") == "actual" and sents.index(c["number_start"]) not in aimed \
                and (_after_article(c, int(published[:4])) or _deadline_after(c, published, folded)):
            c["modality"] = "target"


def _after_article(claim: dict[str, Any], year: int) -> bool:
    """Whether a claim's period, read from a phrase of the text, lies after the article's ``year``: a deadline
    ("đến năm 2030") or a stage that starts later ("giai đoạn 2026-2030"); a term that began in the article's
    year ("nhiệm kỳ 2025-2030") frames what was done in it too.  Only a period read near the claim: a title's
    ("Kế hoạch … đến năm 2030") frames the whole article, its account of today included."""
    end, start = claim.get("period_end"), claim.get("period_start")
    if not end or claim.get("period_from") not in _NEAR_FRAMES:
        return False
    return int(end[:4]) > year and (start is None or int(start[:4]) > year)


def _deadline_after(claim: dict[str, Any], published: str, folded: str) -> bool:
    """Whether a claim's period is a day written near it that comes after the article's date ("Trước ngày
    30/9/2024: hoàn thành 70% số nhà" in a May article): a deadline, so an aim."""
    end, s, e = claim.get("period_end"), claim.get("period_evidence_start"), claim.get("period_evidence_end")
    if not end or claim.get("period_start") or claim.get("period_from") not in ("clause", "sentence") \
            or s is None or e is None:
        return False
    return end > published and _DEADLINE.search(folded, max(0, s - 16), e) is not None


#: The folder of a model package's component that holds copies of the user's indicator files (``to_disk``).
USER_DIR = "user"


class ClaimLinkComponent:
    """Claims placed in time, place and indicator (a linking stage: changes claim facts in place).

    Its data is the indicator table (``ddnews/data/indicators/``, validated on load); ``to_disk`` writes
    it into the model package and ``from_disk`` reads it back, as the extractor components do.

    Its one setting, ``indicator_files`` (``[components.ddnews_claim_link]`` of the config, or
    ``ddnews.load(indicator_files=[…])``), lists indicator files of the user's (the columns of
    ``indicators.tsv``) whose rules are tried before the packaged ones.  ``to_disk`` copies them into the
    package (``ddnews_claim_link/user/``), so a package written with them keeps them wherever it is loaded.
    """

    def __init__(self, nlp: Language, name: str, indicator_files: Iterable[str] = ()) -> None:
        attrs.register()
        self.name = name
        self.data_dir = DATA_DIR
        self.indicator_files: tuple[str, ...] = tuple(str(p) for p in indicator_files)
        self._table: IndicatorTable | None = None
        self._lock = threading.Lock()

    @property
    def table(self) -> IndicatorTable:
        """The indicator table, read once from ``data_dir`` and the user's files (validated on load; thread-safe)."""
        if self._table is None:
            with self._lock:
                if self._table is None:
                    self._table = IndicatorTable.from_dir(self.data_dir, extra=self.indicator_files)
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        link_claims(doc, self.table)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        write_data_dir(self.data_dir, path)
        if self.indicator_files and Path(path).resolve() != self.data_dir.resolve():
            user = Path(path) / USER_DIR
            user.mkdir(exist_ok=True)
            for i, f in enumerate(self.indicator_files):
                shutil.copyfile(f, user / f"{i:02d}-{Path(f).name}")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> ClaimLinkComponent:
        self.data_dir = Path(path)
        user = self.data_dir / USER_DIR
        if user.is_dir():   # a package written with the user's files: its copies, not the paths of its config
            self.indicator_files = tuple(str(p) for p in sorted(user.glob("*.tsv")))
        self._table = None
        return self


def claim_fields() -> dict[str, Any]:
    """The fields this stage adds to every claim, with their logical types (``ddnews.frames`` names)."""
    return {"period_start": "str", "period_end": "str", "period_from": "str", "period_evidence": "str",
            "period_evidence_start": "int", "period_evidence_end": "int", "place": "str", "place_code": "str",
            "place_level": "str", "place_province": "str", "place_from": "str", "indicator": "str"}
