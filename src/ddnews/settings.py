"""One options object for the extractors' windows, with a packaged defaults file (``data/settings.toml``).

Every distance an extractor looks around a match is a named field here, not a number in code, so it
can be read, documented and tuned in one place (trafilatura's ``settings.cfg`` idea).

>>> WINDOWS.related_block_max
2000
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import DataFileError, Errors

DEFAULTS = Path(__file__).resolve().parent / "data" / "settings.toml"


@dataclass(frozen=True, slots=True)
class Windows:
    """Look-around distances in characters (``*_lines`` and ``*_words`` say otherwise)."""

    related_block_max: int
    sentence_lookback: int
    shared_days_lookback: int
    document_date_lookahead: int
    issuing_clause_lookback: int
    date_line_max: int
    date_line_top: int
    date_line_top_lines: int
    document_lead: int
    legacy_cue_lookback: int
    list_name_lookback: int
    generic_prefix_lookback: int
    generic_list_lookback: int
    paragraph_min: int
    credit_max: int
    banner_max: int
    unit_lower_words_max: int
    steering_task_words_max: int
    proxy_lookback: int
    cued_name_lookback: int
    date_line_words_max: int
    level_blocker_lookback: int
    exclusion_lookback: int
    comparator_lookback: int
    qualifier_lookahead: int
    subject_lead_lookback: int
    named_item_lookback: int
    passive_prefix_lookback: int
    modality_prefix_lookback: int
    lead_in_words: int
    meeting_days_max: int
    verb_list_words_max: int
    in_name_lookback: int
    at_least_lookahead: int
    document_head: int
    per_unit_lookback: int
    group_title_lookback: int
    counted_kind_lookback: int
    rating_lookahead: int
    state_list_lookback: int
    breakdown_total_lookback: int
    frame_lead_words: int
    body_list_lookback: int
    title_lower_tail_words: int
    apposition_chain_max: int
    list_description_words: int
    name_before_level_lookback: int
    chain_separator_lookback: int


def load_windows(path: Path = DEFAULTS) -> Windows:
    """Read and check the ``[windows]`` table: every field present, nothing unknown, positive integers."""
    with path.open("rb") as fh:
        table = tomllib.load(fh).get("windows", {})
    names = {f.name for f in fields(Windows)}
    problems = [f"missing '{n}'" for n in sorted(names - set(table))]
    problems += [f"unknown '{n}'" for n in sorted(set(table) - names)]
    problems += [f"'{n}' must be a positive integer" for n, v in table.items()
                 if n in names and (not isinstance(v, int) or v <= 0)]
    if problems:
        raise DataFileError(Errors.E102.format(path=path, line=0, reason="; ".join(problems)), code="E102")
    return Windows(**table)


WINDOWS = load_windows()
