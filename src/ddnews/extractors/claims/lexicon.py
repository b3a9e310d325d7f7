"""Load, validate and compile the claim extractor's data files (``models/.../ddnews_claims/*.tsv``).

Everything the claim rules know about Vietnamese words lives in those lexicons: counted nouns, scale
words, change / modality / comparator cues, exclusion cues and structure words.  This module turns
them into regexes over *folded* text (see :func:`ddnews.text.normalize.fold`) once, when the
extractor is built, and fails loudly — naming file and line — on a bad entry.

>>> lex = ClaimLexicon.load(Path("models/ddnews_vi/ddnews_claims"))
>>> lex.unit_at.match("đảng viên mới").group("unit")
'đảng viên'
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ...errors import DataFileError, Errors
from ...lexicon import check_allowed, line_of, load_tsv
from ...text.normalize import fold
from ...text.patterns import LINE_SPACE, alternation, trie_alternation

CHANGES = {"increase", "decrease", "admit", "eliminate", "establish", "none"}
CHANGE_APPLIES = {"any", "count", "member", "percent"}
MODALITIES = {"target", "actual"}
SCOPES = {"sentence", "clause", "prefix", "between"}
CONDITIONS = {"", "future_year", "past_year", "ignore", "verb", "weak"}
COMPARATORS = {">", ">=", "<", "~", "none"}
POSITIONS = {"before", "after"}
GROUPS = {"member", "person", "org", "org_place", "place", "thing", "measure", "money"}
EXCLUDE_BEFORE = {"ordinal", "document", "year", "date", "address", "chrome", "chrome_colon", "guard"}
EXCLUDE_AFTER = {"time", "chrome", "guard", "fixed"}
ROLES = {"breakdown", "coordination", "from", "to", "qualifier_stop", "function", "threshold_class", "threshold_have",
         "threshold_then", "counter", "average", "passive", "name_stop", "lead_in", "achieved", "locative",
         "classifier", "person_classifier", "aim_noun", "equivalent", "of_total", "total_reset", "aim_source",
         "assign_to", "duty_each", "duty_not", "object_marker", "label_lead", "label_link", "admin_level", "aim_opener",
         "reported"}
# Groups whose nouns may be coordinated into one unit ("thôn, bản"; "cấp ủy, tổ chức đảng và đảng viên").
FAMILIES = {"place": "place", "thing": "thing", "member": "body", "person": "body", "org": "body",
            "org_place": "body", "measure": "measure", "money": "money"}

# A word boundary on folded text: digits count as word characters so "1chi bộ" still splits.
_END = r"(?![\p{L}\p{M}])"
_START = r"(?<![\p{L}\p{M}])"
_SP = r"[ \t]"

# Fixed word patterns that several claim passes read (on folded text).
# "từ" right before a number: a bound ("từ 80% … trở lên") or the old level of a from→to pair
FROM_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])từ[ \t]+$")
AT_LEAST = regex.compile(r"(?<![\p{L}\p{M}])trở[ \t]+lên(?![\p{L}\p{M}])")   # "trở lên" closing a bound
PAREN = regex.compile(r"\([^()]*\)")   # a parenthesis without one inside
DIGIT = regex.compile(r"\d")
YEAR_AFTER = regex.compile(r"[ \t]*(\d{4})")   # a year right after a cue ("kế hoạch năm 2025")

_Rows = tuple[dict[str, str], ...]   # the rows of one data file


def _words(rows: _Rows, column: str = "cue", **where: str) -> list[str]:
    """The ``column`` values of the rows whose other columns have the values ``where``."""
    return [r[column] for r in rows if all(r.get(k) == v for k, v in where.items())]


def _name_stops(structure: _Rows) -> list[str]:
    """The words a capitalised name after a unit ends before."""
    roles = ("name_stop", "locative", "function", "coordination", "qualifier_stop", "breakdown", "from",
             "threshold_then")
    return [r["cue"] for r in structure if r["role"] in roles]


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a character trie whose spaces never cross a line: the unit lexicon has
    hundreds of entries, and sharing their prefixes lets a match fail after one character (several times
    faster than a flat alternation, same longest match)."""
    return trie_alternation(words).replace(r"\s+", LINE_SPACE)


def _tail(pattern: str) -> regex.Pattern:
    """A pattern anchored at the end of the text searched, compiled to scan from the end: looking back from a
    number through a window, it finds its match without trying every start position (many times faster)."""
    return regex.compile(pattern, flags=regex.REVERSE)


def _alt(words: Iterable[str]) -> str:
    """An alternation of ``words`` whose spaces never cross a line."""
    return alternation(words, space=LINE_SPACE)

# A year, a term or a period written between a cue or a label and its number ("kết nạp đảng viên năm 2024 là
# 150", "tăng trưởng GRDP 6 tháng đầu năm đạt 6,5%", "tăng trưởng bình quân giai đoạn 2021-2025 đạt 6,7%"):
# skipped when the two are joined.
YEARS_AND_PERIODS = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:năm|giai[ \t]+đoạn|nhiệm[ \t]+kỳ|thời[ \t]+kỳ)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?"
    r"|\d{1,2}[ \t]+tháng(?:[ \t]+(?:đầu|cuối))?(?:[ \t]+năm)?)(?!\d)")

@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    """Compiled claim vocabulary; every pattern runs on folded text.

    Attributes:
        unit_at: a counted noun at a position (group ``unit``); ``unit_find`` the same, searched.
        unit_group: folded unit -> group (member, person, org, org_place, place, thing, measure, money).
        unit_before: a counted noun ending at the end of the text searched (group ``unit``).
        body_before: a noun of bodies ending right before a number (group ``unit``): "Chi bộ 3" names a cell.
        unit_prefixes: folded units that start a longer unit ("đồng" of "đồng chí"): cut off by a teaser's "…".
        label_at: a breakdown category label at a position (group ``label``).
        scales: folded scale word -> factor; ``money_scales`` the ones that mean đồng when alone.
        scale_at: one or two scale words at a position (group ``scale``).
        change: change cues (group ``cue``); ``change_of`` folded cue -> (change, applies).
        blockers: words that turn a change into a level or a share between cue and number.
        modality: modality cues; ``modality_of`` folded cue -> (modality, scope, condition);
            ``modality_prefix`` an achievement word ending right before an aim cue.
        comparator_before: a comparator cue ending right before a number; ``comparator_after`` right after.
        comparator_of: folded cue -> comparator.
        exclude_before: an exclusion cue ending right before a number (kind in ``exclude_before_kind``).
        exclude_after: an exclusion cue right after a number (group ``cue``; kind in ``exclude_after_kind``).
        threshold: a unit described by a bound ("các xã có tỷ lệ hộ nghèo ", ending where the bound starts;
            group ``cls`` the class word); ``threshold_then`` a rule's verb after the bound ("được bố trí").
        breakdown: breakdown cues; ``coordination``, ``to_cue``, ``qualifier_stop`` the other structure words.
        money_follow: what may follow a bare "triệu"/"tỷ" for it to count đồng (punctuation, function words).
        counters: folded generic counting nouns ("đồng chí", "người") that count the noun a clause is about.
        classifiers: folded classifiers ("lượt", "nhóm") that make one unit with the counted noun after them.
        person_classifiers: folded words for people ("em") written before the noun they are counted as, which
            is the unit.
        aim_nouns: folded nouns that name aims ("chỉ tiêu", "khâu đột phá"): a count of them is a reported fact.
        admin_levels: folded administrative levels ("xã", "huyện"): after "đảng bộ" they name its kind.
        equivalent: the words ending right before a quantity's restatement in another measure ("tương đương").
        of_total: the words ending right before the whole a part was counted out of ("trong tổng số").
        total_reset: a verb of a resulting total ("nâng", "đưa") that ends a breakdown.
        object_marker: a word that makes a count the object of a verb ("cho", "trao"), searched.
        quota: a lead naming a quota of a change ("chỉ tiêu kết nạp"; group ``cue`` the change cue), searched.
        list_lead: a list's lead ending in a change ("thành lập mới", "kết nạp đảng viên mới"; groups ``cue`` and
            ``noun``), ending at the end of the text searched; ``has_state`` a word that states a level ("có").
        aim_before: an aim noun ending right before a number ("chỉ tiêu 15 đảng viên").
        label_lead: a lead ending right before a label's counted noun ("tổng số ", "chỉ tiêu kết nạp ").
        label_link: what links a label to its number, ending right before it ("là ", ": ").
        aim_sources_at: a word that states an aim ("chỉ tiêu", "nghị quyết"), searched.
        assign_to: an assignment ending right before its recipients ("giao chỉ tiêu cho ").
        duty: "mỗi <unit> <verb …>" ending right before a number: a duty of each of a kind.
        average: an average word ending right before a number ("bình quân ").
        passive: a passive change right after the unit ("được kết nạp"; group ``cue``, whose words after the first
            are a change cue); ``agent_passive`` the same with its agent ("được Đảng ủy xã kết nạp", group ``cue``
            the change cue).
        lead_in: an aim word ("chỉ tiêu", "yêu cầu") followed by up to eight words and a colon ending the text
            searched ("xác định 19 chỉ tiêu chủ yếu, trong đó:"): the items after it are aimed for;
            ``achieved`` a result word ("đạt", "vượt") that, before the aim word, makes the list a report.
        aim_opener: an aim word that, in a paragraph's first sentence before any number, makes the paragraph's
            later sentences aims ("Mục tiêu … phấn đấu …"); ``reported`` a word that keeps a later sentence a report.
        locative: a place preposition ending right before a number ("ở 7 xã miền núi kết nạp …").
        name_at: a capitalised name right after a unit ("căn nhà Đại đoàn kết"), on the original text, up to
            two more words and ending before a stop word (group ``name``).
    """

    unit_at: regex.Pattern
    unit_find: regex.Pattern
    unit_group: dict[str, str]
    unit_prefixes: frozenset[str]
    body_before: regex.Pattern
    unit_before: regex.Pattern
    label_at: regex.Pattern
    scales: dict[str, float]
    money_scales: frozenset[str]
    scale_at: regex.Pattern
    change: regex.Pattern
    change_of: dict[str, tuple[str, str]]
    blockers: regex.Pattern
    modality: regex.Pattern
    modality_of: dict[str, tuple[str, str, str]]
    modality_prefix: regex.Pattern
    comparator_before: regex.Pattern
    comparator_after: regex.Pattern
    comparator_of: dict[str, str]
    exclude_before: regex.Pattern
    exclude_before_kind: dict[str, str]
    exclude_after: regex.Pattern
    exclude_after_kind: dict[str, str]
    threshold: regex.Pattern
    threshold_then: regex.Pattern
    breakdown: regex.Pattern
    coordination: regex.Pattern
    to_cue: regex.Pattern
    qualifier_stop: regex.Pattern
    money_follow: regex.Pattern
    counters: frozenset[str]
    classifiers: frozenset[str]
    person_classifiers: frozenset[str]
    aim_nouns: frozenset[str]
    admin_levels: frozenset[str]
    equivalent: regex.Pattern
    of_total: regex.Pattern
    total_reset: regex.Pattern
    object_marker: regex.Pattern
    quota: regex.Pattern
    list_lead: regex.Pattern
    has_state: regex.Pattern
    aim_before: regex.Pattern
    label_lead: regex.Pattern
    label_link: regex.Pattern
    aim_sources_at: regex.Pattern
    assign_to: regex.Pattern
    duty: regex.Pattern
    average: regex.Pattern
    passive: regex.Pattern
    agent_passive: regex.Pattern
    name_at: regex.Pattern
    lead_in: regex.Pattern
    achieved: regex.Pattern
    aim_opener: regex.Pattern
    reported: regex.Pattern
    locative: regex.Pattern

    @classmethod
    def load(cls, data_dir: Path) -> ClaimLexicon:
        """Read every claims data file from ``data_dir``, validate it and compile the patterns.

        Args:
            data_dir: the ``ddnews_claims`` folder.

        Returns:
            The compiled lexicon.

        Raises:
            DataFileError: a file is missing or malformed (the message names file and line).
        """
        files = _read(Path(data_dir))
        return cls(**_vocabulary_fields(files), **_cue_fields(files), **_structure_fields(files),
                   **_reading_fields(files))

    def last_change(self, f: str, start: int, end: int) -> tuple[str, str, regex.Match] | None:
        """The last change cue in ``f[start:end]``: (change, what it applies to, the cue's match), or None."""
        last = None
        for m in self.change.finditer(f, start, end):
            last = m
        if last is None:
            return None
        change, applies = self.change_of.get(" ".join(last["cue"].split()), ("none", "any"))
        return change, applies, last

    @staticmethod
    def fits(applies: str, group: str, percent: bool) -> bool:
        """Whether a change cue that ``applies`` to some quantities fits a quantity of ``group``: "member" cues
        ("phát triển") only count members, "percent" cues ("giảm nghèo") only rates, the others any count.

        >>> ClaimLexicon.fits("member", "org", False), ClaimLexicon.fits("percent", "percent", True)
        (False, True)
        """
        if applies == "member":
            return group == "member"
        if applies == "percent":
            return percent
        return True

    def counts_aims(self, unit_key: str) -> bool:
        """True when a folded unit names aims themselves ("chỉ tiêu", "nhóm nhiệm vụ"): a count of them is a fact.

        >>> ClaimLexicon.load(Path("src/ddnews/data/claims")).counts_aims("nhóm nhiệm vụ")
        True
        """
        return _ends_in(unit_key, self.aim_nouns)

    def family(self, unit: str) -> str:
        """The coordination family of a folded unit ("thôn" and "bản" are both places).

        >>> ClaimLexicon.load(Path("models/ddnews_vi/ddnews_claims")).family("thôn")
        'place'
        """
        return FAMILIES.get(self.unit_group.get(" ".join(unit.split()), "thing"), "thing")



@lru_cache(maxsize=4096)
def _ends_in(words: str, nouns: frozenset[str]) -> bool:
    """True when the folded ``words`` end in one of ``nouns``."""
    parts = words.split()
    return any(" ".join(parts[k:]) in nouns for k in range(len(parts)))


def _read(d: Path) -> dict[str, _Rows]:
    """Every claims data file of ``d`` by its name without ``.tsv``, validated file by file in a fixed order
    (the first bad entry fails, naming file and line)."""
    units = load_tsv(d / "units.tsv")
    check_allowed(d / "units.tsv", units, {"group": GROUPS})
    labels = load_tsv(d / "breakdown_labels.tsv")
    scales = load_tsv(d / "scales.tsv")
    check_allowed(d / "scales.tsv", scales, {"money": {"yes", "no"}})
    for row in scales:
        try:
            float(row["factor"])
        except ValueError:
            reason = f"factor '{row['factor']}' of '{row['word']}' is not a number"
            line = line_of(d / "scales.tsv", row["word"])
            raise DataFileError(Errors.E102.format(path=d / "scales.tsv", line=line, reason=reason),
                                code="E102") from None
    change = load_tsv(d / "change_cues.tsv")
    check_allowed(d / "change_cues.tsv", change, {"change": CHANGES})
    check_allowed(d / "change_cues.tsv", change, {"applies": CHANGE_APPLIES})
    blockers = load_tsv(d / "change_blockers.tsv")
    modality = load_tsv(d / "modality_cues.tsv")
    check_allowed(d / "modality_cues.tsv", modality, {"modality": MODALITIES})
    check_allowed(d / "modality_cues.tsv", modality, {"scope": SCOPES})
    check_allowed(d / "modality_cues.tsv", modality, {"condition": CONDITIONS})
    comps = load_tsv(d / "comparators.tsv")
    check_allowed(d / "comparators.tsv", comps, {"comparator": COMPARATORS})
    check_allowed(d / "comparators.tsv", comps, {"position": POSITIONS})
    ex_before = load_tsv(d / "exclusions_before.tsv")
    check_allowed(d / "exclusions_before.tsv", ex_before, {"kind": EXCLUDE_BEFORE})
    ex_after = load_tsv(d / "exclusions_after.tsv")
    check_allowed(d / "exclusions_after.tsv", ex_after, {"kind": EXCLUDE_AFTER})
    structure = load_tsv(d / "structure_cues.tsv")
    check_allowed(d / "structure_cues.tsv", structure, {"role": ROLES})
    return {"units": units, "breakdown_labels": labels, "scales": scales, "change_cues": change,
            "change_blockers": blockers, "modality_cues": modality, "comparators": comps,
            "exclusions_before": ex_before, "exclusions_after": ex_after, "structure_cues": structure}


def _prefixes(words: set[str]) -> frozenset[str]:
    """The words that begin a longer word of ``words`` ("đồng" of "đồng chí")."""
    return frozenset(" ".join(w.split()[:k]) for w in words for k in range(1, len(w.split()))) & words


def _vocabulary_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for what a number counts: counted nouns, breakdown labels and scale words."""
    units, labels, scales = files["units"], files["breakdown_labels"], files["scales"]
    scale = _alt(r["word"] for r in scales)
    return {
        "unit_at": regex.compile(rf"{_SP}*(?P<unit>{_trie(r['unit'] for r in units)}){_END}"),
        "unit_find": regex.compile(rf"{_START}(?P<unit>{_trie(r['unit'] for r in units)}){_END}"),
        "unit_group": {fold(r["unit"]): r["group"] for r in units},
        "unit_before": _tail(rf"{_START}(?P<unit>{_alt(r['unit'] for r in units)}){_SP}*$"),
        "body_before": _tail(
            rf"{_START}(?P<unit>{_alt(r['unit'] for r in units if r['group'] in ('org', 'org_place'))}) +$"),
        "unit_prefixes": _prefixes({fold(r["unit"]) for r in units}),
        "label_at": regex.compile(rf"{_SP}*(?P<label>{_alt(r['label'] for r in labels)}){_END}"),
        "scales": {fold(r["word"]): float(r["factor"]) for r in scales},
        "money_scales": frozenset(fold(r["word"]) for r in scales if r["money"] == "yes"),
        "scale_at": regex.compile(rf"{_SP}*(?P<scale>{scale}(?:{_SP}+{scale})?){_END}"),
    }


def _cue_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for cue words around a number: change, modality, comparators and exclusions."""
    change, blockers, modality = files["change_cues"], files["change_blockers"], files["modality_cues"]
    comps, ex_before, ex_after = files["comparators"], files["exclusions_before"], files["exclusions_after"]
    return {
        "change": regex.compile(rf"{_START}(?P<cue>{_alt(r['cue'] for r in change)}){_END}"),
        "change_of": {fold(r["cue"]): (r["change"], r["applies"]) for r in change},
        "blockers": regex.compile(rf"{_START}{_alt(_words(blockers))}{_END}"),
        "modality": regex.compile(
            rf"{_START}(?P<cue>{_alt(r['cue'] for r in modality if r['scope'] not in ('prefix', 'between'))}){_END}"),
        "modality_prefix": regex.compile(
            rf"{_START}(?:{_alt(r['cue'] for r in modality if r['scope'] == 'prefix')}){_SP}+"
            rf"(?:{_alt(r['cue'] for r in modality if r['scope'] == 'between')}{_SP}+)?$"),
        "modality_of": {fold(r["cue"]): (r["modality"], r["scope"], r["condition"]) for r in modality},
        "comparator_before": _tail(rf"{_START}(?P<cue>{_alt(_words(comps, position='before'))}){_SP}*$"),
        "comparator_after": regex.compile(rf"{_SP}*(?P<cue>{_alt(_words(comps, position='after'))}){_END}"),
        "comparator_of": {fold(r["cue"]): r["comparator"] for r in comps},
        "exclude_before": _tail(
            rf"{_START}(?P<cue>{_alt(r['cue'] for r in ex_before)})(?P<colon>{_SP}*:)?{_SP}*$"),
        "exclude_before_kind": {fold(r["cue"]): r["kind"] for r in ex_before},
        "exclude_after": regex.compile(rf"{_SP}*(?P<cue>{_alt(r['cue'] for r in ex_after)}){_END}"),
        "exclude_after_kind": {fold(r["cue"]): r["kind"] for r in ex_after},
    }


_PASSIVE_CHANGES = ("admit", "establish", "eliminate")   # changes a passive "được … kết nạp" states


def _duty(structure: _Rows, units: _Rows) -> regex.Pattern:
    """"mỗi đảng viên phụ trách " (ending right before a number): each of a kind of people, bodies or places, then
    one to five words that hold no state or average word ("mỗi căn hỗ trợ 60 triệu đồng" is a value of each)."""
    unit = _alt(r["unit"] for r in units if r["group"] in ("member", "person", "org", "org_place", "place"))
    each = _alt(_words(structure, role="duty_each"))
    verb = rf"(?:(?!(?:{_alt(_words(structure, role='duty_not'))}){_END})[\p{{L}}\p{{M}}]+)"
    return _tail(rf"{_START}(?:{each}){_SP}+(?:{unit})(?:{_SP}+{verb}){{1,5}}{_SP}*$")


def _structure_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for structure words: thresholds, breakdowns, lists, qualifiers, names and leads."""
    structure, units = files["structure_cues"], files["units"]

    def role(name: str) -> str:
        return _alt(_words(structure, role=name))

    breakdown = _words(structure, role="breakdown")
    stops = _words(structure, role="qualifier_stop") + breakdown + _words(structure, role="equivalent") \
        + _words(structure, role="of_total")
    follow = _alt(_words(structure, role="function") + _words(structure, role="coordination") + stops)
    name_stop = _alt(_name_stops(structure))
    return {
        "threshold": regex.compile(
            rf"(?:{_START}(?P<cls>{role('threshold_class')}){_SP}+)?"
            rf"{_START}(?P<unit>{_trie(r['unit'] for r in units if r['group'] != 'money')})"
            rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,3}}{_SP}+(?:{role('threshold_have')})"
            rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,5}}{_SP}*$"),
        "threshold_then": regex.compile(rf"(?:{_SP}+trở{_SP}+lên)?{_SP}+(?:{role('threshold_then')}){_END}"),
        "breakdown": regex.compile(rf"{_START}(?:{_alt(breakdown)}){_END}"),
        "coordination": regex.compile(rf"(?:{_SP}*,|{_SP}+{role('coordination')}){_SP}*$"),
        "to_cue": regex.compile(rf"{_START}(?:{role('to')}){_SP}*$"),
        "money_follow": regex.compile(rf"{_SP}*(?:$|[^\p{{L}}\p{{M}}\d ]|(?:{follow}){_END})"),
        "average": regex.compile(rf"{_START}(?:{role('average')}){_SP}+$"),
        "passive": regex.compile(rf"{_SP}*(?:đã{_SP}+)?(?P<cue>{role('passive')}){_END}"),
        "name_at": regex.compile(
            rf"{_SP}+(?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:{_SP}+(?!(?i:{name_stop}){_END})"
            rf"[\p{{L}}\p{{M}}]+){{0,2}})(?={_SP}*(?:$|[^\p{{L}}\p{{M}}\d ]|(?i:{name_stop}){_END}))"),
        "lead_in": regex.compile(
            rf"{_START}(?:{role('lead_in')})(?:[ \t,]+[\p{{L}}\p{{M}}]+){{0,8}}[ \t]*:[ \t]*$"),
        "achieved": regex.compile(rf"{_START}(?:{role('achieved')}){_END}"),
        "aim_opener": regex.compile(rf"{_START}(?:{role('aim_opener')}){_END}"),
        "reported": regex.compile(rf"{_START}(?:{role('reported')}){_END}"),
        "locative": regex.compile(rf"{_START}(?:{role('locative')}){_SP}+$"),
        "qualifier_stop": regex.compile(rf"{_START}(?:{_alt(stops)}){_END}|[,;:.()\[\]\n!?|]|\d"),
    }


def _reading_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for reading a count from the words around it: counting nouns and classifiers, aims,
    duties and recipients, labels, quotas, restatements and passives."""
    structure, units = files["structure_cues"], files["units"]

    def role(name: str) -> str:
        return _alt(_words(structure, role=name))

    def folded(name: str) -> frozenset[str]:
        return frozenset(" ".join(fold(w).split()) for w in _words(structure, role=name))

    return {
        "counters": folded("counter"),
        "classifiers": folded("classifier"),
        "person_classifiers": folded("person_classifier"),
        "aim_nouns": folded("aim_noun"),
        "admin_levels": folded("admin_level"),
        "aim_sources_at": regex.compile(rf"{_START}(?:{role('aim_source')}){_END}"),
        "assign_to": _tail(rf"{_START}(?:{role('assign_to')})(?:{_SP}+các)?{_SP}*$"),
        "duty": _duty(structure, units),
        "object_marker": regex.compile(rf"{_START}(?:{role('object_marker')}){_END}"),
        "quota": regex.compile(
            rf"{_START}(?:{role('label_lead')}){_SP}+(?P<cue>{_alt(r['cue'] for r in files['change_cues'])}){_END}"),
        "list_lead": _tail(
            rf"{_START}(?P<cue>{_alt(r['cue'] for r in files['change_cues'] if r['change'] != 'none')})"
            rf"(?:{_SP}+(?P<noun>{_alt(r['unit'] for r in units)}))?(?:{_SP}+(?:mới|được))?{_SP}*$"),
        "has_state": regex.compile(rf"{_START}(?:{role('threshold_have')}|là|hiện){_END}"),
        "aim_before": _tail(rf"{_START}(?:{role('aim_noun')}|{role('aim_source')}){_SP}+$"),
        "label_lead": _tail(
            rf"{_START}(?:{role('label_lead')})(?:{_SP}+(?:{_alt(r['cue'] for r in files['change_cues'])}))?"
            rf"(?:{_SP}+mới)?{_SP}*$"),
        "label_link": _tail(
            rf"(?:{_START}(?:{_alt(w for w in _words(structure, role='label_link') if w[0].isalpha())})"
            rf"|{_alt(w for w in _words(structure, role='label_link') if not w[0].isalpha())}){_SP}*$"),
        "total_reset": regex.compile(rf"{_START}(?:{role('total_reset')}){_END}"),
        "of_total": _tail(rf"{_START}(?:{role('of_total')}){_SP}*$"),
        "equivalent": _tail(rf"{_START}(?:{role('equivalent')})(?:[ \t]+từ)?[ \t]*$"),
        "agent_passive": regex.compile(
            rf"{_START}được(?:{_SP}+[\p{{L}}\p{{M}}]+){{1,8}}?{_SP}+"
            rf"(?P<cue>{_alt(r['cue'] for r in files['change_cues'] if r['change'] in _PASSIVE_CHANGES)}){_END}"),
    }
