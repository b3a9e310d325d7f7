"""Regex alternations of word lists: the one place the extractors' lexicon patterns are built.

Each word is folded like the text it will match (:func:`~ddnews.text.normalize.fold`), and a space in it
matches a run of white space.  :func:`alternation` lists the words longest first (for ``regex`` patterns);
:func:`trie_alternation` shares their prefixes in a character trie (for the ``re`` patterns that scan
whole articles, where it is much faster).  Both match the longest word that fits.

>>> regex.match(alternation(["Ủy ban", "Ủy ban nhân dân"]), "ủy ban  nhân dân tỉnh").group()
'ủy ban  nhân dân'
>>> re.match(trie_alternation(["Ủy ban", "Ủy ban nhân dân"]), "ủy ban  nhân dân tỉnh").group()
'ủy ban  nhân dân'
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .normalize import fold

# A run of spaces and tabs (never a line break): the ``space`` of patterns that must stay on one line.
LINE_SPACE = r"[ \t]+"
# ``regex``'s ``\s`` (Unicode White_Space) for a stdlib ``re`` pattern, whose ``\s`` also takes U+001C-U+001F.
RE_WHITE_SPACE = r"[^\S\x1c-\x1f]"


def _after_first(first: str, not_after: str | None) -> str:
    """The escaped first character of a word, then the test that no ``not_after`` character comes before it.

    ``(?<!\\w)t…`` and ``t(?<!\\wt)…`` accept the same matches, but only the second opens with a plain
    character: ``re`` then jumps to the positions where a word can start instead of trying the look-behind at
    every position (whole-article scans run 1.5-3x faster).
    """
    return first if not_after is None else f"{first}(?<!{not_after}{first})"


def alternation(words: Iterable[str], *, fold_words: bool = True, space: str | None = None) -> str:
    """A regex alternation of ``words``, longest first, each folded like the text it will match.

    A space in a word matches ``\\s+``, or the pattern ``space`` when given (:data:`LINE_SPACE`).
    """
    items = sorted({fold(w) if fold_words else w for w in words if w}, key=len, reverse=True)
    out = "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"
    return out if space is None else out.replace(r"\s+", space)


class _CharTrie:
    """Words (folded, their spaces made single) in a character trie, read forward or from their ends; the branches
    of a node come deepest first, so the longest word is tried first."""

    def __init__(self, words: Iterable[str], *, backwards: bool = False) -> None:
        self.root: dict[str, dict] = {}
        for w in {" ".join(fold(x).split()) for x in words if x and x.strip()}:
            node = self.root
            for ch in (reversed(w) if backwards else w):
                node = node.setdefault(ch, {})
            node[""] = {}
        self._depth: dict[int, int] = {}

    def deepest(self, node: dict[str, dict]) -> int:
        """The length of the longest word below ``node`` (worked out once per node)."""
        d = self._depth.get(id(node))
        if d is None:
            d = self._depth[id(node)] = 1 + max((self.deepest(v) for k, v in node.items() if k), default=0)
        return d

    def branches(self, node: dict[str, dict]) -> list[str]:
        """The characters after ``node``, deepest branch first."""
        return sorted((c for c in node if c), key=lambda c: -self.deepest(node[c]))


def _piece(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _node(alts: list[str], ends_word: bool) -> str:
    """A node's alternatives; optional when a word ends at the node (tried after its longer words)."""
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends_word else body


def trie_alternation(words: Iterable[str], *, not_after: str | None = None) -> str:
    """A regex alternation of ``words`` (folded) as a character trie: longest match first, fast to scan.

    :func:`alternation` lists whole words, which the regex engine tries one by one at every position;
    sharing prefixes ("phó bí thư" / "phó chủ tịch") lets it fail after one character.  ``not_after`` (a
    one-character pattern such as ``\\w``): no match follows such a character, as ``(?<!\\w)`` before the
    alternation would say (see :func:`_after_first`).
    """
    trie = _CharTrie(words)

    def build(node: dict[str, dict], first: bool = False) -> str:
        return _node([(_after_first(_piece(ch), not_after) if first else _piece(ch)) + build(node[ch])
                      for ch in trie.branches(node)], "" in node)

    return "(?:" + build(trie.root, first=True) + ")"


def suffix_trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (folded) as a trie of their endings, for a ``regex.REVERSE`` pattern.

    A pattern compiled with ``REVERSE`` is read from its end: sharing the words' last characters ("đảng viên" /
    "đoàn viên") lets it fail after one character, as :func:`trie_alternation` does for patterns read forward.
    Deeper branches come first and a word's end is an optional group, so the longest word that fits is found
    first and shorter ones on backtracking: the same matches, in the same order, as :func:`alternation`.
    """
    trie = _CharTrie(words, backwards=True)

    def build(node: dict[str, dict]) -> str:
        return _node([build(node[ch]) + _piece(ch) for ch in trie.branches(node)], "" in node)

    return "(?:" + build(trie.root) + ")"

