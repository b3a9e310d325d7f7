"""Load, validate and compile the claim extractor's data files (``models/.../ddnews_claims/*.tsv``).

Everything the claim rules know about Vietnamese words lives in those lexicons: counted nouns, scale
words, change / modality / comparator cues, exclusion cues and structure words.  This module turns
them into regexes over *folded* text (see :func:`ddnews.text.normalize.fold`) once, when the
extractor is built, and fails loudly — naming file and line — on a bad entry.  Reading and validating the files
is :mod:`.lexicon_files`, compiling their patterns field group by field group :mod:`.lexicon_patterns`.

>>> lex = ClaimLexicon.load(Path("models/ddnews_vi/ddnews_claims"))
>>> lex.unit_at.match("đảng viên mới").group("unit")
'đảng viên'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .lexicon_files import (
    CHANGE_APPLIES,
    CHANGES,
    COMPARATORS,
    CONDITIONS,
    EXCLUDE_AFTER,
    EXCLUDE_BEFORE,
    GROUPS,
    MODALITIES,
    POSITIONS,
    ROLES,
    SCOPES,
    _read,
)
from .lexicon_patterns import _cue_fields, _reading_fields, _structure_fields, _vocabulary_fields

__all__ = ["AT_LEAST", "BODY_GROUPS", "CHANGES", "CHANGE_APPLIES", "COMPARATORS", "CONDITIONS", "DIGIT",
           "EXCLUDE_AFTER", "EXCLUDE_BEFORE", "FAMILIES", "FROM_BEFORE", "GROUPS", "MODALITIES", "PAREN",
           "PEOPLE_AND_BODIES", "POSITIONS", "ROLES", "SCOPES", "YEARS_AND_PERIODS", "YEAR_AFTER", "ClaimLexicon"]

# Groups whose nouns may be coordinated into one unit ("thôn, bản"; "cấp ủy, tổ chức đảng và đảng viên").
FAMILIES = {"place": "place", "thing": "thing", "member": "body", "person": "body", "org": "body",
            "org_place": "body", "measure": "measure", "money": "money"}

# Fixed word patterns that several claim passes read (on folded text).
# "từ" right before a number: a bound ("từ 80% … trở lên") or the old level of a from→to pair
FROM_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])từ[ \t]+$")
AT_LEAST = regex.compile(r"(?<![\p{L}\p{M}])trở[ \t]+lên(?![\p{L}\p{M}])")   # "trở lên" closing a bound
PAREN = regex.compile(r"\([^()]*\)")   # a parenthesis without one inside
DIGIT = regex.compile(r"\d")
# a marked list line: a bullet or an item number ("- ", "+ ", "1. ", "a) ", "(1) ", "II. ")
LIST_LINE = regex.compile(
    r"[ \t|>]*(?:[-–—+•*·▪○●]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|\((?:\d{1,2}|[a-zđ])\)|[ivxlc]{1,5}\.)[ \t]")
YEAR_AFTER = regex.compile(r"[ \t]*(\d{4})")   # a year right after a cue ("kế hoạch năm 2025")
# unit groups: bodies and places (one named body or place counts no bodies), and the people and bodies a report's
# verbs act on ("kỷ luật tổ chức đảng: 21", "- HTTNV: 219" under "- HTXSNV: 31 đảng viên")
BODY_GROUPS = frozenset({"org", "org_place", "place"})
PEOPLE_AND_BODIES = frozenset({"member", "person", "org", "org_place"})
# "số", "tổng số", "số lượng" right before the noun a clause counts ("Số hộ nghèo giảm 120")
SUBJECT_LEAD = regex.compile(r"(?<![\p{L}\p{M}])số(?:[ \t]+lượng)?[ \t]+$")
# a total, then its change against another period: "3.400, tăng 120", "87 đảng viên, tăng thêm 14 …"
TOTAL_THEN_CHANGE = regex.compile(r"[ \t]*[,(][ \t]*(?:tăng|giảm)(?:[ \t]+thêm)?[ \t]*")   # ", tăng" or "(tăng"
# a count, then the old and new levels of what it counts ("giảm 46 đơn vị hành chính cấp xã, từ 209 xuống còn 163")
COUNT_THEN_FROM = regex.compile(r"[ \t]*[,(][ \t]*từ[ \t]*")

# A year, a term or a period written between a cue or a label and its number ("kết nạp đảng viên năm 2024 là
# 150", "tăng trưởng GRDP 6 tháng đầu năm đạt 6,5%", "tăng trưởng bình quân giai đoạn 2021-2025 đạt 6,7%"):
# skipped when the two are joined.
YEARS_AND_PERIODS = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:năm|giai[ \t]+đoạn|nhiệm[ \t]+kỳ|thời[ \t]+kỳ)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?"
    r"|\d{1,2}[ \t]+tháng(?:[ \t]+(?:đầu|cuối))?(?:[ \t]+năm)?"
    r"|(?:đến|ngày)[ \t]+\d{1,2}/\d{1,2}(?:/\d{4})?)(?!\d)")   # "tính đến 31/12/2020": a label's moment


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    """Compiled claim vocabulary; every pattern runs on folded text.

    Attributes:
        unit_at: a counted noun at a position (group ``unit``); ``unit_find`` the same, searched.
        unit_group: folded unit -> group (member, person, org, org_place, place, thing, measure, money).
        unit_before: a counted noun ending at the end of the text searched (group ``unit``).
        body_before: a noun of bodies ending right before a number (group ``unit``): "Chi bộ 3" names a cell.
        unit_prefixes: folded units that start a longer unit ("đồng" of "đồng chí"): cut off by a teaser's "…".
        open_stops: folded words (and two-word verbs) that never start a counted noun the unit lexicon does not
            list; ``open_containers`` nouns that count what follows them ("thùng", "chai").
        word_pairs: the folded two-word sequences of the claims vocabulary ("báo cáo", "nông nghiệp"): where the
            words after a number are cut into words for an unlisted counted noun.
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
        breakdown: breakdown cues; ``coordination``, ``to_cue``, ``qualifier_stop`` the other structure words;
            ``status_bound`` a status word or two after a counted noun, then "trở lên" (no grade of role
            ``grade``); ``named_number`` a numbered place's word and its capitalised name right before a number
            (the ``address`` words of ``exclusions_before.tsv``: "thôn Cốc Lếu 3").
        money_follow: what may follow a bare "triệu"/"tỷ" for it to count đồng (punctuation, function words).
        counters: folded generic counting nouns ("đồng chí", "người") that count the noun a clause is about.
        verb_bodies: folded nouns of bodies that are also verbs ("tổ chức"): before a number they name no body.
        classifiers: folded classifiers ("lượt", "nhóm") that make one unit with the counted noun after them.
        person_classifiers: folded words for people ("em") written before the noun they are counted as, which
            is the unit.
        aim_nouns: folded nouns that name aims ("chỉ tiêu", "khâu đột phá"): a count of them is a reported fact.
        indicator_nouns: folded aim words that also name indicators ("chỉ tiêu"): a lead-in on one whose years are
            all past lists figures.
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
        allot: an allotment of aims ("giao chỉ tiêu", "phân bổ kế hoạch"): a table below it lists aims.
        duty: "mỗi <unit> <verb …>" ending right before a number: a duty of each of a kind.
        average: an average word ending right before a number ("bình quân ").
        passive: a passive change right after the unit ("được kết nạp"; group ``cue``, whose words after the first
            are a change cue); ``agent_passive`` the same with its agent ("được Đảng ủy xã kết nạp", group ``cue``
            the change cue).
        lead_in: an aim word ("chỉ tiêu", "yêu cầu") followed by up to eight words and a colon ending the text
            searched ("xác định 19 chỉ tiêu chủ yếu, trong đó:"): the items after it are aimed for;
            ``achieved`` a result word ("đạt", "vượt") that, before the aim word, makes the list a report;
            ``achieved_after`` a result predicate right after an aim word ("các chỉ tiêu đều đạt").
        aim_opener: an aim word that, in a paragraph's first sentence before any number, makes the paragraph's
            later sentences aims ("Mục tiêu … phấn đấu …"); ``reported`` a word that keeps a later sentence a report.
        locative: a place preposition ending right before a number ("ở 7 xã miền núi kết nạp …").
        column_of: the column words of a quota-against-result line ("chỉ tiêu", "thực hiện"), folded, and the
            modality each gives its number ("target" or "actual").
    """

    unit_at: regex.Pattern
    unit_find: regex.Pattern
    unit_group: dict[str, str]
    unit_prefixes: frozenset[str]
    open_stops: frozenset[str]
    open_containers: frozenset[str]
    word_pairs: frozenset[str]
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
    status_bound: regex.Pattern
    named_number: regex.Pattern
    money_follow: regex.Pattern
    counters: frozenset[str]
    verb_bodies: frozenset[str]
    classifiers: frozenset[str]
    person_classifiers: frozenset[str]
    aim_nouns: frozenset[str]
    indicator_nouns: frozenset[str]
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
    allot: regex.Pattern
    duty: regex.Pattern
    average: regex.Pattern
    passive: regex.Pattern
    agent_passive: regex.Pattern
    lead_in: regex.Pattern
    achieved: regex.Pattern
    achieved_after: regex.Pattern
    aim_opener: regex.Pattern
    reported: regex.Pattern
    locative: regex.Pattern
    column_of: dict[str, str]

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
