"""Normalise loaded text to NFC and keep an exact map back to the characters as loaded.

The pipeline works on ``NormalText.text`` (NFC; zero-width, direction and control characters and terminal
escape sequences dropped; exotic spaces turned into plain ones, form feeds and other separators into line
breaks).  Every fact found there is mapped back with
:meth:`NormalText.to_original`, so ``original[start:end]`` is exactly the fact's evidence.

Matching uses :func:`fold`, a *same-length* shadow of the normalised text: lower case and one
canonical tone placement ("Tỉnh uỷ" and "Tỉnh ủy" fold to the same string).  Because folding
never changes the length, a match position in the folded string is a position in the text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# Characters that carry no text and are dropped: zero-width spaces/joiners, BOM, soft hyphen, direction marks,
# and the control characters (C0 and C1) other than tab, line breaks and form feeds.
_DROP = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    + "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)]))
)
# Terminal escape sequences (colours, cursor moves, window titles) are dropped whole: CSI "ESC [ … m", OSC
# "ESC ] … BEL", two-character escapes, and the one-byte CSI (U+009B).
_ANSI = (r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
         r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]*[0-~]")
# Space-like characters replaced by a plain space (same length, so no offset change).  A tab stays: it separates
# the cells of a table pasted from a spreadsheet or a page (ddnews.extractors.claims.table).
_SPACES = frozenset("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
# Line and page separators replaced by a plain line break (same length): vertical tab, form feed (a PDF's page
# break), the file/group/record separators and NEL.
_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85")
_SAME_LENGTH = [(c, " ") for c in sorted(_SPACES)] + [(c, "\n") for c in sorted(_BREAKS)]
# Quick checks (stdlib ``re``, several times faster than ``regex`` on a plain class) that a text holds a character
# to replace or to drop: most texts hold none.  Every escape sequence opens with a dropped character (ESC, U+009B).
_SAME_RE = re.compile("[" + re.escape("".join(sorted(_SPACES | _BREAKS))) + "]")
_DROP_CHAR_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")
_DROP_RE = regex.compile(_ANSI + "|[" + regex.escape("".join(sorted(_DROP))) + "]+")
_CLUSTER = regex.compile(r"\X", regex.DOTALL)

# Old-style -> new-style tone placement (both spellings are correct Vietnamese; we match on one).
# Only an open syllable moves its tone ("hoà"/"hòa", "thuỷ"/"thủy"); "đoạn", "thuyền" never change.
TONE_PLACEMENT = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
OLD_TONE_RE = regex.compile(r"(?<!q)(?:" + "|".join(TONE_PLACEMENT) + r")(?!\w)")  # "quý": u belongs to "qu"
# What OLD_TONE_RE needs to match at all (stdlib ``re``, a plain alternation: a fast scan that most texts fail).
_OLD_TONE_ANY = re.compile("|".join(TONE_PLACEMENT))


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
    starts: list[int] | None = field(default=None, repr=False)  # None: offsets are the same in both texts
    ends: list[int] | None = field(default=None, repr=False)

    @property
    def identity(self) -> bool:
        """True when every offset of ``text`` is the same offset in ``original``."""
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the span of ``original`` it came from."""
        if self.starts is None or self.ends is None:  # both or neither (see ``normalize``)
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(original: str) -> NormalText:
    """NFC-normalise ``original``, drop invisible and control characters and terminal escapes, make odd spaces plain.

    Three paths, cheapest first: same-length replacements only (odd spaces become " ", form feeds and other
    separators "\\n": offsets unchanged); NFC text with dropped characters (offsets shift at each drop); NFD
    or mixed input (walk grapheme clusters).

    >>> normalize("Đa\u0309ng").text == "Đảng"
    True
    >>> nt = normalize("\\x1b[1;31mTỉnh ủy\\x1b[0m\\x00 họp")
    >>> nt.text, nt.original[slice(*nt.to_original(0, 7))]
    ('Tỉnh ủy họp', 'Tỉnh ủy')
    """
    spaced = _same_length(original) if _SAME_RE.search(original) else original
    has_drops = _DROP_CHAR_RE.search(spaced) is not None
    # NFC must hold once the dropped characters are gone ("a\u200b\u0309" composes after the drop)
    nfc = unicodedata.is_normalized("NFC", _DROP_RE.sub("", spaced) if has_drops else spaced)
    if nfc and not has_drops:
        return NormalText(spaced, original)
    if nfc:
        starts: list[int] = []
        pieces: list[str] = []
        pos = 0
        for m in _DROP_RE.finditer(spaced):
            pieces.append(spaced[pos:m.start()])
            starts.extend(range(pos, m.start()))
            pos = m.end()
        pieces.append(spaced[pos:])
        starts.extend(range(pos, len(spaced)))
        return NormalText("".join(pieces), original, starts, [i + 1 for i in starts])
    # NFD or mixed input: drop the invisible characters first (so marks compose across them), then
    # compose each grapheme cluster; every output character maps to the span of its cluster.
    kept = _kept(spaced) if has_drops else range(len(spaced))
    visible = "".join(spaced[i] for i in kept) if has_drops else spaced
    out: list[str] = []
    starts = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(visible):
        s, e = kept[m.start()], kept[m.end() - 1] + 1
        for ch in unicodedata.normalize("NFC", m.group()):
            out.append(ch)
            starts.append(s)
            ends.append(e)
    return NormalText("".join(out), original, starts, ends)


def _same_length(text: str) -> str:
    """``text`` with odd spaces made plain and separators made line breaks (``str.replace`` per character present
    is much faster than ``str.translate`` on non-ASCII text)."""
    for ch, plain in _SAME_LENGTH:
        if ch in text:
            text = text.replace(ch, plain)
    return text


def _kept(text: str) -> list[int]:
    """The positions of ``text`` outside the dropped characters and escape sequences."""
    kept: list[int] = []
    pos = 0
    for m in _DROP_RE.finditer(text):
        kept.extend(range(pos, m.start()))
        pos = m.end()
    kept.extend(range(pos, len(text)))
    return kept


# Letters that stand in for Vietnamese ones in the wild: "Ð" (U+00D0, Icelandic eth) typed for "Đ" (lower case).
_LOOKALIKES = {"ð": "đ"}


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _fold(text: str) -> str:
    low = _lower_same_length(text)
    for ch, letter in _LOOKALIKES.items():   # str.replace: str.translate is slow on non-ASCII text
        if ch in low:
            low = low.replace(ch, letter)
    if not _OLD_TONE_ANY.search(low):
        return low
    return OLD_TONE_RE.sub(lambda m: TONE_PLACEMENT[m.group()], low)


_FOLD_MEMO_MAX = 64      # characters of a text whose fold is remembered
_fold_short = lru_cache(maxsize=16_384)(_fold)


def fold(text: str) -> str:
    """Lower-case and canonical tone placement, keeping the length (for matching).

    Short texts (words and phrases of the lexicons and of the extractors' look-ups) are folded once per process.

    >>> fold("Tỉnh Uỷ") == fold("tỉnh ủy")
    True
    """
    return _fold_short(text) if len(text) <= _FOLD_MEMO_MAX else _fold(text)


def strip_marks(text: str) -> str:
    """Remove diacritics and fold đ→d (for accent-insensitive search keys).

    >>> strip_marks("Đảng viên")
    'Dang vien'
    """
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))
