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

from dataclasses import dataclass
from pathlib import Path

import regex

from ...errors import DataFileError, Errors
from ...lexicon import alternation, load_tsv
from ...text.normalize import fold

CHANGES = {"increase", "decrease", "admit", "eliminate", "establish", "none"}
CHANGE_APPLIES = {"any", "count", "member"}
MODALITIES = {"target", "actual"}
SCOPES = {"sentence", "clause", "prefix"}
CONDITIONS = {"", "future_year", "past_year", "ignore", "verb", "weak"}
COMPARATORS = {">", ">=", "<", "~", "none"}
POSITIONS = {"before", "after"}
GROUPS = {"member", "person", "org", "org_place", "place", "thing", "measure", "money"}
EXCLUDE_BEFORE = {"ordinal", "document", "year", "date", "address", "chrome", "chrome_colon", "guard"}
EXCLUDE_AFTER = {"time", "chrome", "guard"}
ROLES = {"breakdown", "coordination", "from", "to", "qualifier_stop", "function", "threshold_class", "threshold_have",
         "threshold_then", "counter", "average", "passive", "name_stop", "lead_in",
         "achieved", "locative"}
# Groups whose nouns may be coordinated into one unit ("thôn, bản"; "cấp ủy, tổ chức đảng và đảng viên").
FAMILIES = {"place": "place", "thing": "thing", "member": "body", "person": "body", "org": "body",
            "org_place": "body", "measure": "measure", "money": "money"}

# A word boundary on folded text: digits count as word characters so "1chi bộ" still splits.
_END = r"(?![\p{L}\p{M}])"
_SP = r"[ \t]"


def _line_of(path: Path, entry: str) -> int:
    """1-based line of ``entry`` in ``path`` (for error messages), 0 when not found."""
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.split("\t", 1)[0].strip() == entry:
            return i
    return 0


def _check(path: Path, rows, column: str, allowed: set[str]) -> None:
    """Fail with file:line when a row's ``column`` is not one of ``allowed``."""
    for row in rows:
        if row.get(column, "") not in allowed:
            first = next(iter(row.values()))
            reason = f"'{column}' is '{row.get(column, '')}' for '{first}', expected one of {sorted(allowed)}"
            raise DataFileError(Errors.E102.format(path=path, line=_line_of(path, first), reason=reason), code="E102")


def _words(rows, column: str = "cue", **where) -> list[str]:
    return [r[column] for r in rows if all(r.get(k) == v for k, v in where.items())]


def _name_stops(structure) -> list[str]:
    """The words a capitalised name after a unit ends before."""
    roles = ("name_stop", "locative", "function", "coordination", "qualifier_stop", "breakdown", "from", "threshold_then")
    return [r["cue"] for r in structure if r["role"] in roles]


def _alt(words) -> str:
    return alternation(words).replace(r"\s+", _SP + "+")


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    """Compiled claim vocabulary; every pattern runs on folded text.

    Attributes:
        unit_at: a counted noun at a position (group ``unit``); ``unit_find`` the same, searched.
        unit_group: folded unit -> group (member, person, org, org_place, place, thing, measure, money).
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
        average: an average word ending right before a number ("bình quân ").
        passive: a passive change right after the unit ("được kết nạp"; group ``cue``, whose words after the first
            are a change cue).
        lead_in: an aim word ("chỉ tiêu", "yêu cầu") followed by up to eight words and a colon ending the text
            searched ("xác định 19 chỉ tiêu chủ yếu, trong đó:"): the items after it are aimed for;
            ``achieved`` a result word ("đạt", "vượt") that, before the aim word, makes the list a report.
        locative: a place preposition ending right before a number ("ở 7 xã miền núi kết nạp …").
        name_at: a capitalised name right after a unit ("căn nhà Đại đoàn kết"), on the original text, up to
            two more words and ending before a stop word (group ``name``).
    """

    unit_at: regex.Pattern
    unit_find: regex.Pattern
    unit_group: dict[str, str]
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
    average: regex.Pattern
    passive: regex.Pattern
    name_at: regex.Pattern
    lead_in: regex.Pattern
    achieved: regex.Pattern
    locative: regex.Pattern

    @classmethod
    def load(cls, data_dir: Path) -> "ClaimLexicon":
        """Read every claims data file from ``data_dir``, validate it and compile the patterns.

        Args:
            data_dir: the ``ddnews_claims`` folder.

        Returns:
            The compiled lexicon.

        Raises:
            DataFileError: a file is missing or malformed (the message names file and line).
        """
        d = Path(data_dir)
        units = load_tsv(d / "units.tsv")
        _check(d / "units.tsv", units, "group", GROUPS)
        labels = load_tsv(d / "breakdown_labels.tsv")
        scales = load_tsv(d / "scales.tsv")
        _check(d / "scales.tsv", scales, "money", {"yes", "no"})
        for row in scales:
            try:
                float(row["factor"])
            except ValueError:
                reason = f"factor '{row['factor']}' of '{row['word']}' is not a number"
                raise DataFileError(Errors.E102.format(path=d / "scales.tsv", line=_line_of(d / "scales.tsv", row["word"]),
                                                       reason=reason), code="E102") from None
        change = load_tsv(d / "change_cues.tsv")
        _check(d / "change_cues.tsv", change, "change", CHANGES)
        _check(d / "change_cues.tsv", change, "applies", CHANGE_APPLIES)
        blockers = load_tsv(d / "change_blockers.tsv")
        modality = load_tsv(d / "modality_cues.tsv")
        _check(d / "modality_cues.tsv", modality, "modality", MODALITIES)
        _check(d / "modality_cues.tsv", modality, "scope", SCOPES)
        _check(d / "modality_cues.tsv", modality, "condition", CONDITIONS)
        comps = load_tsv(d / "comparators.tsv")
        _check(d / "comparators.tsv", comps, "comparator", COMPARATORS)
        _check(d / "comparators.tsv", comps, "position", POSITIONS)
        ex_before = load_tsv(d / "exclusions_before.tsv")
        _check(d / "exclusions_before.tsv", ex_before, "kind", EXCLUDE_BEFORE)
        ex_after = load_tsv(d / "exclusions_after.tsv")
        _check(d / "exclusions_after.tsv", ex_after, "kind", EXCLUDE_AFTER)
        structure = load_tsv(d / "structure_cues.tsv")
        _check(d / "structure_cues.tsv", structure, "role", ROLES)

        breakdown = _words(structure, role="breakdown")
        stops = _words(structure, role="qualifier_stop") + breakdown
        return cls(
            unit_at=regex.compile(rf"{_SP}*(?P<unit>{_alt(r['unit'] for r in units)}){_END}"),
            unit_find=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<unit>{_alt(r['unit'] for r in units)}){_END}"),
            unit_group={fold(r["unit"]): r["group"] for r in units},
            label_at=regex.compile(rf"{_SP}*(?P<label>{_alt(r['label'] for r in labels)}){_END}"),
            scales={fold(r["word"]): float(r["factor"]) for r in scales},
            money_scales=frozenset(fold(r["word"]) for r in scales if r["money"] == "yes"),
            scale_at=regex.compile(
                rf"{_SP}*(?P<scale>{_alt(r['word'] for r in scales)}(?:{_SP}+{_alt(r['word'] for r in scales)})?){_END}"),
            change=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<cue>{_alt(r['cue'] for r in change)}){_END}"),
            change_of={fold(r["cue"]): (r["change"], r["applies"]) for r in change},
            blockers=regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_alt(_words(blockers))}{_END}"),
            modality=regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?P<cue>{_alt(r['cue'] for r in modality if r['scope'] != 'prefix')}){_END}"),
            modality_prefix=regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(r['cue'] for r in modality if r['scope'] == 'prefix')}){_SP}+$"),
            modality_of={fold(r["cue"]): (r["modality"], r["scope"], r["condition"]) for r in modality},
            comparator_before=regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?P<cue>{_alt(_words(comps, position='before'))}){_SP}*$"),
            comparator_after=regex.compile(rf"{_SP}*(?P<cue>{_alt(_words(comps, position='after'))}){_END}"),
            comparator_of={fold(r["cue"]): r["comparator"] for r in comps},
            exclude_before=regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?P<cue>{_alt(r['cue'] for r in ex_before)})(?P<colon>{_SP}*:)?{_SP}*$"),
            exclude_before_kind={fold(r["cue"]): r["kind"] for r in ex_before},
            exclude_after=regex.compile(rf"{_SP}*(?P<cue>{_alt(r['cue'] for r in ex_after)}){_END}"),
            exclude_after_kind={fold(r["cue"]): r["kind"] for r in ex_after},
            threshold=regex.compile(
                rf"(?:(?<![\p{{L}}\p{{M}}])(?P<cls>{_alt(_words(structure, role='threshold_class'))}){_SP}+)?"
                rf"(?<![\p{{L}}\p{{M}}])(?P<unit>{_alt(r['unit'] for r in units if r['group'] != 'money')})"
                rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,3}}{_SP}+(?:{_alt(_words(structure, role='threshold_have'))})"
                rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,5}}{_SP}*$"),
            threshold_then=regex.compile(
                rf"(?:{_SP}+trở{_SP}+lên)?{_SP}+(?:{_alt(_words(structure, role='threshold_then'))}){_END}"),
            breakdown=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(breakdown)}){_END}"),
            coordination=regex.compile(rf"(?:{_SP}*,|{_SP}+{_alt(_words(structure, role='coordination'))}){_SP}*$"),
            to_cue=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(_words(structure, role='to'))}){_SP}*$"),
            money_follow=regex.compile(
                rf"{_SP}*(?:$|[^\p{{L}}\p{{M}}\d ]|(?:{_alt(_words(structure, role='function') + _words(structure, role='coordination') + stops)}){_END})"),
            counters=frozenset(" ".join(fold(w).split()) for w in _words(structure, role="counter")),
            average=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(_words(structure, role='average'))}){_SP}+$"),
            passive=regex.compile(
                rf"{_SP}*(?:đã{_SP}+)?(?P<cue>{_alt(_words(structure, role='passive'))}){_END}"),
            name_at=regex.compile(
                rf"{_SP}+(?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:{_SP}+(?!(?i:{_alt(_name_stops(structure))}){_END})"
                rf"[\p{{L}}\p{{M}}]+){{0,2}})(?={_SP}*(?:$|[^\p{{L}}\p{{M}}\d ]|(?i:{_alt(_name_stops(structure))}){_END}))"),
            lead_in=regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(_words(structure, role='lead_in'))})"
                rf"(?:[ \t,]+[\p{{L}}\p{{M}}]+){{0,8}}[ \t]*:[ \t]*$"),
            achieved=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(_words(structure, role='achieved'))}){_END}"),
            locative=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(_words(structure, role='locative'))}){_SP}+$"),
            qualifier_stop=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(stops)}){_END}|[,;:.()\[\]\n!?|]|\d"),
        )

    def family(self, unit: str) -> str:
        """The coordination family of a folded unit ("thôn" and "bản" are both places).

        >>> ClaimLexicon.load(Path("models/ddnews_vi/ddnews_claims")).family("thôn")
        'place'
        """
        return FAMILIES.get(self.unit_group.get(" ".join(unit.split()), "thing"), "thing")
