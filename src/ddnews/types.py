"""The records passed between stages: an input Article and an ErrorRecord for input that failed."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Article:
    """One input article: ``text`` is the text as loaded (decoded, mojibake repaired, header lines removed);
    offsets index it."""

    id: str
    text: str
    source: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None       # header value as given ("2019-11-20", "unknown", None)
    meta: dict[str, Any] = field(default_factory=dict)  # the loaders set "encoding" and "repaired"

    @property
    def encoding(self) -> str | None:
        """The encoding the text was decoded from ("utf-8", "cp1258", "utf-16" …); None for a str, PDF or Word."""
        value = self.meta.get("encoding")
        return value if isinstance(value, str) and value else None

    @property
    def repaired(self) -> bool:
        """True when mojibake was repaired on loading (the text is the repaired one: offsets index it)."""
        return self.meta.get("repaired") in (True, "True", "true", 1)

    @property
    def content_hash(self) -> str:
        """sha256 of the text as loaded: same text, same hash (idempotent re-runs)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["content_hash"] = self.content_hash
        return d


@dataclass(slots=True)
class ErrorRecord:
    """An input that could not become an article record, and why (nothing is lost silently)."""

    source: str
    stage: str                          # "load" | "extract"
    code: str
    message: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source,
                "error": {"stage": self.stage, "code": self.code, "message": self.message}}
