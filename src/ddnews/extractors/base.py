"""The contract every extractor follows, and the context it reads.

An extractor is a small class built once from its data directory (lexicons and patterns, validated
on load) and then called once per article::

    extractor = SomeExtractor(data_dir)          # loads + validates data files, compiles regexes
    facts = extractor(ctx)                       # -> list[dict], each with "start"/"end" into ctx.text

Offsets are into ``ctx.text`` (the NFC-normalised text); the pipeline maps them back to the text as
loaded and adds ``evidence``.  ``ctx.folded`` is the same-length folded text to match on.
Earlier extractors' results are in ``ctx.facts[key]`` (keys: "chrome", "dates", "documents",
"published", "locations", "organizations", "officials", "claims" — in pipeline order), and
``ctx.blocked`` lists spans (chrome lines, dates, document citations) that must not yield claims.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


@dataclass(slots=True)
class Context:
    """What an extractor sees for one article."""

    text: str
    folded: str
    published: str | None = None          # ISO date from the header, else filled by the published step
    header_published: str | None = None   # the "# published:" header value when it is a date
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    blocked: list[tuple[int, int]] = field(default_factory=list)

    _merged: tuple[int, list[int], list[int]] | None = field(default=None, repr=False)

    def is_blocked(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a blocked span (chrome, a date, a citation).

        The spans are merged and searched by bisection (re-merged only when extractors added some), so
        long texts with many numbers and many blocked spans stay linear-ish, not quadratic.
        """
        if self._merged is None or self._merged[0] != len(self.blocked):
            starts: list[int] = []
            ends: list[int] = []
            for s, e in sorted(self.blocked):
                if starts and s <= ends[-1]:
                    ends[-1] = max(ends[-1], e)
                else:
                    starts.append(s)
                    ends.append(e)
            self._merged = (len(self.blocked), starts, ends)
        _, starts, ends = self._merged
        i = bisect_right(starts, start) - 1  # the last span starting at or before start
        if i >= 0 and ends[i] > start:
            return True
        return i + 1 < len(starts) and starts[i + 1] < end


class Extractor(Protocol):
    """Built once from a data directory, called once per article."""

    key: str

    def __init__(self, data_dir: Path) -> None: ...

    def __call__(self, ctx: Context) -> list[dict[str, Any]]: ...
