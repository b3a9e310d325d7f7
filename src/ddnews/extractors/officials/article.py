"""One article as the officials' passes read it: its text, sentences, bylines and career-history spans, and
the people found so far with their mentions and titles (:class:`_Article`, shared by every pass)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...text.normalize import fold
from ...text.sentences import Segments
from ..base import Context
from ..names.titles import Title


@dataclass
class _Article:
    """One article as the passes of :meth:`OfficialExtractor.find` read it, and the people found so far."""

    ctx: Context
    text: str
    folded: str
    sentences: Segments
    bylines: list[tuple[int, int]] = field(default_factory=list)
    career: list[tuple[int, int]] = field(default_factory=list)   # "từng là …" to its sentence end
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[int, list[str]] = field(default_factory=dict)    # sentence index -> persons of a plural list
    short: list[tuple[int, list[tuple[int, int]]]] = field(default_factory=list)  # (cue start, name words)
    named_titles: frozenset[int] = frozenset()   # starts of the title phrases that end in a person's name
    appoint_cues: list[re.Match[str]] = field(default_factory=list)   # appointment cues ("được bầu giữ chức")
    dismiss_cues: list[re.Match[str]] = field(default_factory=list)   # dismissal cues ("miễn nhiệm")

    def sent(self, pos: int) -> int:
        """Index of the sentence holding ``pos``."""
        return self.sentences.index(pos)

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding ``pos``."""
        return self.sentences.end(pos)

    def excluded(self, s: int, e: int) -> bool:
        """True when no person may be read at ``[s, e)``: a blocked span or a byline."""
        return self.ctx.is_blocked(s, e) or any(a <= s < b for a, b in self.bylines)

    def in_career(self, pos: int) -> bool:
        """True when ``pos`` lies in a career-history span (posts held before are no titles)."""
        return any(a <= pos < b for a, b in self.career)

    def add(self, words: list[tuple[int, int]], titles: Iterable[Title] = ()) -> str | None:
        """Record a full mention of a person (name syllables ``words``) with its titles; returns the person's
        key, or None when the mention is excluded."""
        s, e = words[0][0], words[-1][1]
        if self.excluded(s, e):
            return None
        name = self.text[s:e]
        key = fold(name)
        p = self.people.setdefault(key, {"name": name, "start": s, "end": e, "mentions": [], "titles": []})
        if [s, e] not in p["mentions"]:
            p["mentions"].append([s, e])
        if s < p["start"]:
            p.update(name=name, start=s, end=e)
        for t in titles:
            if not self.in_career(t.start):
                p["titles"].append(t)
        return key
