"""The contract every extractor follows: what it reads (:class:`Context`) and what it returns (:class:`Found`).

An extractor is a small class built once from its data directory (lexicons and patterns, validated
on load) and then called once per article::

    extractor = SomeExtractor(data_dir)      # loads + validates data files, compiles patterns
    found = extractor.extract(ctx)           # -> Found: facts per key, spans to block, …
    facts = extractor(ctx)                   # the facts of its own key only (unit tests)

An extractor never changes the context it is given.  The spaCy component that wraps it
(:mod:`ddnews.nlp.components`) builds the context from the Doc, with only the facts of the kinds the
component declares it ``requires``, and writes what the extractor found back to the Doc as Spans.

Offsets are into ``ctx.text`` (the NFC-normalised text); records map them back to the text as loaded
and add ``evidence``.  ``ctx.folded`` is the same-length folded text to match on (page chrome blanked).
``ctx.blocked`` lists spans (chrome lines, dates, document citations) that must not yield claims or
names; ``ctx.chrome`` is the part of them that is page chrome.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

Fact = dict[str, Any]
BlockReason = Literal["chrome", "citation", "date"]


@dataclass(slots=True)
class Context:
    """What an extractor sees of one article (read only)."""

    text: str
    folded: str
    published: str | None = None          # ISO publication date decided so far (header, then ddnews_published)
    header_published: str | None = None   # the "# published:" header value when it is a date
    facts: dict[str, list[Fact]] = field(default_factory=dict)   # earlier facts, by kind (declared requires)
    blocked: list[tuple[int, int]] = field(default_factory=list)
    chrome: list[tuple[int, int]] = field(default_factory=list)

    _merged: tuple[int, list[int], list[int]] | None = field(default=None, repr=False)

    def is_blocked(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a blocked span (chrome, a date, a citation).

        The spans are merged once and searched by bisection, so long texts with many numbers and many
        blocked spans stay near-linear, not quadratic.
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


@dataclass(slots=True)
class Found:
    """What one extractor found in one article.

    Attributes:
        facts: fact dicts per kind (span group), each with ``start``/``end`` into ``ctx.text``.
        blocked: spans later extractors must not read facts from, each with its reason.
        folded: a new folded text (the chrome extractor blanks chrome in it), else None.
        published: the article's publication date (the published extractor), else None.
    """

    facts: dict[str, list[Fact]]
    blocked: list[tuple[int, int, BlockReason]] = field(default_factory=list)
    folded: str | None = None
    published: str | None = None


class Extractor:
    """Base class: subclasses set ``key`` and implement :meth:`find` (one kind of fact) or :meth:`extract`."""

    key: ClassVar[str]

    def find(self, ctx: Context) -> list[Fact]:
        """The facts of ``self.key`` in one article."""
        raise NotImplementedError

    def extract(self, ctx: Context) -> Found:
        """Everything this extractor found in one article."""
        return Found({self.key: self.find(ctx)})

    def __call__(self, ctx: Context) -> list[Fact]:
        return self.extract(ctx).facts[self.key]
