"""One number expression of an article as the claim passes see it: where it is, what it counts, and what the
sentence passes decided about it (change, modality, list and breakdown links)."""
from __future__ import annotations

from dataclasses import dataclass

from ...text.numbers import Quantity


@dataclass(slots=True)
class Candidate:
    """One number expression and what its neighbourhood says about it (offsets into the text).

    ``unit`` is ``None`` for a bare number (no counted noun after it); such numbers can still become
    claims as a from→to pair's new level or a breakdown item, which the sentence pass decides.
    """

    start: int
    end: int
    number_start: int
    number_end: int
    qty: Quantity
    unit: str | None = None
    unit_key: str = ""
    group: str = ""
    unit_start: int = 0
    unit_end: int = 0
    label: str | None = None
    qualifier: str | None = None
    tail_end: int = 0
    comparator: str | None = None
    percent: bool = False
    ev_start: int = 0
    change: str | None = None
    modality: str = "actual"
    from_value: float | None = None
    consumed: bool = False
    list_prev: Candidate | None = None
    place_end: int = 0
    total: Candidate | None = None
    mod_cue: int = -1
    counted_noun: str | None = None   # the subject noun a counter ("đồng chí") was read as, as written
