"""Normalise loaded text to NFC and keep an exact map back to the characters as loaded.

The pipeline works on ``NormalText.text`` (NFC, zero-width characters dropped, exotic spaces
turned into plain ones).  Every fact found there is mapped back with
:meth:`NormalText.to_original`, so ``original[start:end]`` is exactly the fact's evidence.

Matching uses :func:`fold`, a *same-length* shadow of the normalised text: lower case and one
canonical tone placement ("Tỉnh uỷ" and "Tỉnh ủy" fold to the same string).  Because folding
never changes the length, a match position in the folded string is a position in the text.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

# Characters that carry no text and are dropped (zero-width spaces/joiners, BOM, soft hyphen).
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Space-like characters replaced by a plain space (same length, so no offset change).
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t")
_NEEDS_WORK = regex.compile("[" + "".join(sorted(_DROP | _SPACES)) + "]")
_CLUSTER = regex.compile(r"\X", regex.DOTALL)

# Old-style -> new-style tone placement (both spellings are correct Vietnamese; we match on one).
# Only an open syllable moves its tone ("hoà"/"hòa", "thuỷ"/"thủy"); "đoạn", "thuyền" never change.
TONE_PLACEMENT = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
OLD_TONE_RE = regex.compile(r"(?<!q)(?:" + "|".join(TONE_PLACEMENT) + r")(?!\w)")  # "quý": u belongs to "qu"


@dataclass(frozen=True, slots=True)
class NormalText:
    """A normalised text and the way back to the text as loaded.

    Attributes:
        text: NFC text the pipeline sees.
        original: the text as loaded (what every output offset indexes).
        starts/ends: for each character of ``text``, the span it came from in ``original``;
            ``None`` when the two texts are identical.

    >>> nt = normalize("Tỉnh\u00a0ủy")
    >>> nt.text, nt.to_original(0, 4)
    ('Tỉnh ủy', (0, 4))
    """

    text: str
    original: str
    starts: tuple[int, ...] | None = field(default=None, repr=False)
    ends: tuple[int, ...] | None = field(default=None, repr=False)

    @property
    def identity(self) -> bool:
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the span of ``original`` it came from."""
        if self.starts is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(original: str) -> NormalText:
    """NFC-normalise ``original``, drop zero-width characters, make odd spaces plain.

    >>> normalize("Đa\u0309ng").text == "Đảng"
    True
    """
    if unicodedata.is_normalized("NFC", original) and not _NEEDS_WORK.search(original):
        return NormalText(original, original)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(original):
        s, e = m.span()
        cluster = "".join(" " if c in _SPACES else c for c in m.group() if c not in _DROP)
        if not cluster:
            continue
        cluster = unicodedata.normalize("NFC", cluster)
        for ch in cluster:
            out.append(ch)
            starts.append(s)
            ends.append(e)
    text = "".join(out)
    if text == original:
        return NormalText(original, original)
    return NormalText(text, original, tuple(starts), tuple(ends))


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold(text: str) -> str:
    """Lower-case and canonical tone placement, keeping the length (for matching).

    >>> fold("Tỉnh Uỷ") == fold("tỉnh ủy")
    True
    """
    low = _lower_same_length(text)
    return OLD_TONE_RE.sub(lambda m: TONE_PLACEMENT[m.group()], low)


def strip_marks(text: str) -> str:
    """Remove diacritics and fold đ→d (for accent-insensitive search keys).

    >>> strip_marks("Đảng viên")
    'Dang vien'
    """
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))
