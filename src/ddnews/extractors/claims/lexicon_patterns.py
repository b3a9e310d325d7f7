"""Compile the claim lexicon's patterns from the rows of its data files, one function per field group (what a
number counts, the cue words around it, structure words, the words a count is read from).  The patterns run on
folded text and their spaces never cross a line."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.patterns import LINE_SPACE, alternation, suffix_trie_alternation, trie_alternation
from .lexicon_files import _Rows

# A word boundary on folded text: digits count as word characters so "1chi bộ" still splits.
_END = r"(?![\p{L}\p{M}])"
_START = r"(?<![\p{L}\p{M}])"
_SP = r"[ \t]"
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


def _words(rows: _Rows, column: str = "cue", **where: str) -> list[str]:
    """The ``column`` values of the rows whose other columns have the values ``where``."""
    return [r[column] for r in rows if all(r.get(k) == v for k, v in where.items())]


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a character trie whose spaces never cross a line, for the patterns read
    forward: sharing their prefixes lets a match fail after one character (faster than a flat alternation, up to
    several times for the hundreds of units; the same words tried in the same order, longest first)."""
    return trie_alternation(words).replace(r"\s+", LINE_SPACE)


def _tail(pattern: str) -> regex.Pattern:
    """A pattern anchored at the end of the text searched, compiled to scan from the end: looking back from a
    number through a window, it finds its match without trying every start position (many times faster)."""
    return regex.compile(pattern, flags=regex.REVERSE)


def _alt(words: Iterable[str]) -> str:
    """An alternation of ``words`` whose spaces never cross a line, longest first: for the patterns read forward
    where a group is tried at one place only (a look-ahead, a cue right after another)."""
    return alternation(words, space=LINE_SPACE)


def _tail_trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a trie of their endings whose spaces never cross a line, for the :func:`_tail`
    patterns (read from the end, it tries the longest word first and fails after one character)."""
    return suffix_trie_alternation(words).replace(r"\s+", LINE_SPACE)


def _word_pairs(files: dict[str, _Rows]) -> frozenset[str]:
    """Every two-word sequence written in the claims data files (folded): the vocabulary's own compound words."""
    pairs: set[str] = set()
    for rows in files.values():
        for row in rows:
            for cell in row.values():
                words = _LETTERS.findall(fold(cell or ""))
                pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return frozenset(pairs)


def _prefixes(words: set[str]) -> frozenset[str]:
    """The words that begin a longer word of ``words`` ("đồng" of "đồng chí")."""
    return frozenset(" ".join(w.split()[:k]) for w in words for k in range(1, len(w.split()))) & words


def _vocabulary_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for what a number counts: counted nouns, breakdown labels and scale words."""
    units, labels, scales = files["units"], files["breakdown_labels"], files["scales"]
    scale = _trie(r["word"] for r in scales)
    return {
        "unit_at": regex.compile(rf"{_SP}*(?P<unit>{_trie(r['unit'] for r in units)}){_END}"),
        "unit_find": regex.compile(rf"{_START}(?P<unit>{_trie(r['unit'] for r in units)}){_END}"),
        "unit_group": {fold(r["unit"]): r["group"] for r in units},
        "unit_before": _tail(rf"{_START}(?P<unit>{_tail_trie(r['unit'] for r in units)}){_SP}*$"),
        "body_before": _tail(
            rf"{_START}(?P<unit>{_tail_trie(r['unit'] for r in units if r['group'] in ('org', 'org_place'))}) +$"),
        "unit_prefixes": _prefixes({fold(r["unit"]) for r in units}),
        "open_stops": frozenset(fold(r["word"]) for r in files["open_units"] if r["kind"] != "container"),
        "open_containers": frozenset(fold(r["word"]) for r in files["open_units"] if r["kind"] == "container"),
        "word_pairs": _word_pairs(files),
        "label_at": regex.compile(rf"{_SP}*(?P<label>{_trie(r['label'] for r in labels)}){_END}"),
        "scales": {fold(r["word"]): float(r["factor"]) for r in scales},
        "money_scales": frozenset(fold(r["word"]) for r in scales if r["money"] == "yes"),
        "scale_at": regex.compile(rf"{_SP}*(?P<scale>{scale}(?:{_SP}+{scale})?){_END}"),
    }


def _cue_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for cue words around a number: change, modality, comparators and exclusions."""
    change, blockers, modality = files["change_cues"], files["change_blockers"], files["modality_cues"]
    comps, ex_before, ex_after = files["comparators"], files["exclusions_before"], files["exclusions_after"]
    return {
        "change": regex.compile(rf"{_START}(?P<cue>{_trie(r['cue'] for r in change)}){_END}"),
        "change_of": {fold(r["cue"]): (r["change"], r["applies"]) for r in change},
        "blockers": regex.compile(rf"{_START}{_trie(_words(blockers))}{_END}"),
        "modality": regex.compile(
            rf"{_START}(?P<cue>{_trie(r['cue'] for r in modality if r['scope'] not in ('prefix', 'between'))}){_END}"),
        "modality_prefix": regex.compile(
            rf"{_START}(?:{_trie(r['cue'] for r in modality if r['scope'] == 'prefix')}){_SP}+"
            rf"(?:{_trie(r['cue'] for r in modality if r['scope'] == 'between')}{_SP}+)?$"),
        "modality_of": {fold(r["cue"]): (r["modality"], r["scope"], r["condition"]) for r in modality},
        "comparator_before": _tail(rf"{_START}(?P<cue>{_tail_trie(_words(comps, position='before'))}){_SP}*$"),
        "comparator_after": regex.compile(rf"{_SP}*(?P<cue>{_trie(_words(comps, position='after'))}){_END}"),
        "comparator_of": {fold(r["cue"]): r["comparator"] for r in comps},
        "exclude_before": _tail(
            rf"{_START}(?P<cue>{_tail_trie(r['cue'] for r in ex_before)})(?P<colon>{_SP}*:)?{_SP}*$"),
        "exclude_before_kind": {fold(r["cue"]): r["kind"] for r in ex_before},
        "exclude_after": regex.compile(rf"{_SP}*(?P<cue>{_trie(r['cue'] for r in ex_after)}){_END}"),
        "exclude_after_kind": {fold(r["cue"]): r["kind"] for r in ex_after},
    }


_PASSIVE_CHANGES = ("admit", "establish", "eliminate")   # changes a passive "được … kết nạp" states


def _duty(structure: _Rows, units: _Rows) -> regex.Pattern:
    """"mỗi đảng viên phụ trách " (ending right before a number): each of a kind of people, bodies or places, then
    one to five words that hold no state or average word ("mỗi căn hỗ trợ 60 triệu đồng" is a value of each)."""
    unit = _tail_trie(r["unit"] for r in units if r["group"] in ("member", "person", "org", "org_place", "place"))
    each = _tail_trie(_words(structure, role="duty_each"))
    verb = rf"(?:(?!(?:{_alt(_words(structure, role='duty_not'))}){_END})[\p{{L}}\p{{M}}]+)"
    return _tail(rf"{_START}(?:{each}){_SP}+(?:{unit})(?:{_SP}+{verb}){{1,5}}{_SP}*$")


def _structure_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for structure words: thresholds, breakdowns, lists, qualifiers, names and leads."""
    structure, units = files["structure_cues"], files["units"]

    def role(name: str) -> str:
        return _trie(_words(structure, role=name))

    breakdown = _words(structure, role="breakdown")
    stops = _words(structure, role="qualifier_stop") + breakdown + _words(structure, role="equivalent") \
        + _words(structure, role="of_total")
    follow = _trie(_words(structure, role="function") + _words(structure, role="coordination") + stops)
    return {
        "threshold": regex.compile(
            rf"(?:{_START}(?P<cls>{role('threshold_class')}){_SP}+)?"
            rf"{_START}(?P<unit>{_trie(r['unit'] for r in units if r['group'] != 'money')})"
            rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,3}}{_SP}+(?:{role('threshold_have')})"
            rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,5}}{_SP}*$"),
        "threshold_then": regex.compile(rf"(?:{_SP}+trở{_SP}+lên)?{_SP}+(?:{role('threshold_then')}){_END}"),
        "breakdown": regex.compile(rf"{_START}(?:{_trie(breakdown)}){_END}"),
        "coordination": regex.compile(rf"(?:{_SP}*,|{_SP}+{role('coordination')}){_SP}*$"),
        "to_cue": regex.compile(rf"{_START}(?:{role('to')}){_SP}*$"),
        "money_follow": regex.compile(rf"{_SP}*(?:$|[^\p{{L}}\p{{M}}\d ]|(?:{follow}){_END})"),
        "average": regex.compile(rf"{_START}(?:{role('average')}){_SP}+$"),
        "passive": regex.compile(rf"{_SP}*(?:đã{_SP}+)?(?P<cue>{role('passive')}){_END}"),
        "lead_in": regex.compile(
            rf"{_START}(?P<lead>{role('lead_in')})(?:[ \t,]+(?:[\p{{L}}\p{{M}}\d]+(?:[./][\p{{L}}\p{{M}}\d]+)*|[-–]))"
            rf"{{0,{WINDOWS.lead_in_words}}}[ \t]*:[ \t]*$"),
        "achieved": regex.compile(rf"{_START}(?:{role('achieved')}){_END}"),
        "achieved_after": regex.compile(
            rf"(?:{_SP}+[\p{{L}}\p{{M}}]+){{0,3}}{_SP}+(?:{role('achieved_after')}){_END}"),
        "aim_opener": regex.compile(rf"{_START}(?:{role('aim_opener')}){_END}"),
        "reported": regex.compile(rf"{_START}(?:{role('reported')}){_END}"),
        "locative": regex.compile(rf"{_START}(?:{role('locative')}){_SP}+$"),
        "qualifier_stop": regex.compile(rf"{_START}(?:{_trie(stops)}){_END}|[,;:.()\[\]\n!?|]|\d"),
        "status_bound": regex.compile(
            rf"{_SP}+(?!(?:{role('grade')}){_END})[\p{{L}}]+(?:{_SP}+(?!(?:{role('grade')}){_END})[\p{{L}}]+)?"
            rf"(?P<bound>{_SP}+trở{_SP}+lên){_END}"),
        "named_number": regex.compile(
            rf"{_START}(?:{_trie(_words(files['exclusions_before'], kind='address'))}){_SP}+"
            rf"((?:[\p{{L}}\p{{M}}']+{_SP}+){{1,4}})$"),
    }


def _reading_fields(files: dict[str, _Rows]) -> dict[str, Any]:
    """The lexicon's fields for reading a count from the words around it: counting nouns and classifiers, aims,
    duties and recipients, labels, quotas, restatements and passives."""
    structure, units = files["structure_cues"], files["units"]

    def role(name: str) -> str:
        return _alt(_words(structure, role=name))

    def tail_role(name: str) -> str:
        return _tail_trie(_words(structure, role=name))

    def folded(name: str) -> frozenset[str]:
        return frozenset(" ".join(fold(w).split()) for w in _words(structure, role=name))

    return {
        "counters": folded("counter"),
        "verb_bodies": folded("verb_body"),
        "column_of": {**{w: "target" for w in folded("column_aim")}, **{w: "actual" for w in folded("column_result")}},
        "classifiers": folded("classifier"),
        "person_classifiers": folded("person_classifier"),
        "aim_nouns": folded("aim_noun"),
        "indicator_nouns": folded("indicator_noun"),
        "admin_levels": folded("admin_level"),
        "aim_sources_at": regex.compile(rf"{_START}(?:{role('aim_source')}){_END}"),
        "allot": regex.compile(rf"{_START}(?:{role('allot')}){_END}"),
        "assign_to": _tail(rf"{_START}(?:{tail_role('assign_to')})(?:{_SP}+các)?{_SP}*$"),
        "duty": _duty(structure, units),
        "object_marker": regex.compile(rf"{_START}(?:{role('object_marker')}){_END}"),
        "quota": regex.compile(
            rf"{_START}(?:{role('label_lead')}){_SP}+(?P<cue>{_trie(r['cue'] for r in files['change_cues'])}){_END}"),
        "list_lead": _tail(
            rf"{_START}(?P<cue>{_tail_trie(r['cue'] for r in files['change_cues'] if r['change'] != 'none')})"
            rf"(?:{_SP}+(?P<noun>{_tail_trie(r['unit'] for r in units)}))?(?:{_SP}+(?:mới|được))?{_SP}*$"),
        "has_state": regex.compile(rf"{_START}(?:{role('threshold_have')}|là|hiện){_END}"),
        "aim_before": _tail(rf"{_START}(?:{tail_role('aim_noun')}|{tail_role('aim_source')}){_SP}+$"),
        "label_lead": _tail(
            rf"{_START}(?:{tail_role('label_lead')})(?:{_SP}+(?:{_tail_trie(r['cue'] for r in files['change_cues'])}))?"
            rf"(?:{_SP}+mới)?{_SP}*$"),
        "label_link": _tail(
            rf"(?:{_START}(?:{_tail_trie(w for w in _words(structure, role='label_link') if w[0].isalpha())})"
            rf"|{_tail_trie(w for w in _words(structure, role='label_link') if not w[0].isalpha())}){_SP}*$"),
        "total_reset": regex.compile(rf"{_START}(?:{role('total_reset')}){_END}"),
        "of_total": _tail(rf"{_START}(?:{tail_role('of_total')}){_SP}*$"),
        "equivalent": _tail(rf"{_START}(?:{tail_role('equivalent')})(?:[ \t]+từ)?[ \t]*$"),
        "agent_passive": regex.compile(
            rf"{_START}được(?:{_SP}+[\p{{L}}\p{{M}}]+){{1,10}}?{_SP}+"
            rf"(?P<cue>{_trie(r['cue'] for r in files['change_cues'] if r['change'] in _PASSIVE_CHANGES)}){_END}"),
    }
