"""Typed facts: what a Span of a ddnews Doc is the evidence of.

Each fact kind is a small class over the fact's fields (a read-only mapping, so ``fact["symbol"]``
and ``fact.symbol`` both work) with :meth:`Fact.to_dict` for records.  Offsets index the normalised
text of the Doc; :mod:`ddnews.records` maps them back to the text as loaded.  ``rule`` says which
rule of which extractor produced the fact (Presidio's "explanation").

>>> d = Document({"start": 0, "end": 9, "kind": "Nghị quyết", "symbol": "NQ/TU", "rule": "citation"})
>>> d.symbol, d["kind"], d.label, d.rule
('NQ/TU', 'Nghị quyết', 'DOCUMENT', 'citation')
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

# Keys an extractor may keep for itself; never part of a record.
INTERNAL_KEYS = frozenset({"line", "compiled"})


class Fact(Mapping[str, Any]):
    """One fact: its fields, its offsets and the rule that produced it."""

    kind: ClassVar[str] = ""       # the span group / record field it belongs to
    label: ClassVar[str] = ""      # the Span label (what displaCy shows)
    fields: ClassVar[tuple[str, ...]] = ()   # the record fields of this kind besides offsets

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __getattr__(self, name: str) -> Any:
        if name in type(self).fields:
            return self.data.get(name)
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    @property
    def start(self) -> int | None:
        return self.data.get("start")

    @property
    def end(self) -> int | None:
        return self.data.get("end")

    @property
    def rule(self) -> str | None:
        return self.data.get("rule")

    def to_dict(self) -> dict[str, Any]:
        """The fact's public fields (offsets still into the normalised text)."""
        return {k: v for k, v in self.data.items() if k not in INTERNAL_KEYS}

    def __repr__(self) -> str:
        shown = {k: self.data.get(k) for k in ("start", "end", *self.fields[:3])}
        return f"<{type(self).__name__} {shown}>"


class Chrome(Fact):
    kind, label, fields = "chrome", "CHROME", ("pattern_id",)


class Document(Fact):
    kind, label = "documents", "DOCUMENT"
    fields = ("kind", "number", "symbol", "date", "date_source", "issuer", "subject", "mentions")


class NamedDocument(Fact):
    kind, label, fields = "named_documents", "NAMED_DOCUMENT", ("text", "pattern_id")


class PublishedDate(Fact):
    kind, label, fields = "published", "PUBLISHED", ("value", "source")


class DateFact(Fact):
    kind, label, fields = "dates", "DATE", ("value", "year_from", "mentions")


class Location(Fact):
    kind, label = "locations", "LOC"
    fields = ("text", "level", "name", "parent", "code", "latitude", "longitude", "province", "successor", "mentions")


class Organization(Fact):
    kind, label, fields = "organizations", "ORG", ("text", "level", "place", "province", "mentions")


class Official(Fact):
    kind, label = "officials", "OFFICIAL"
    fields = ("name", "titles", "titles_expanded", "title_spans", "mentions")


class Claim(Fact):
    kind, label = "claims", "CLAIM"
    fields = ("value", "value_max", "denominator", "from_value", "unit", "qualifier", "change", "modality",
              "comparator", "subject", "number_start", "number_end")


FACT_TYPES: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (Chrome, Document, NamedDocument, PublishedDate, DateFact, Location,
                              Organization, Official, Claim)
}
# Record fields per fact kind, in output order.
RECORD_KINDS = ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims")


def make_fact(kind: str, data: dict[str, Any], *, rule: str) -> Fact:
    """The typed fact of ``kind`` over ``data``; ``rule`` is filled in when the extractor named none."""
    if not data.get("rule"):
        data["rule"] = data.get("pattern_id") or rule
    return FACT_TYPES[kind](data)
