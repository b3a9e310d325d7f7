"""Number forms the claim scanner reads specially: the shares of a structure joined by dashes (one quantity
each, no ranges) and the unit a rate is per ("trên 1 ha … đạt …", no quantity)."""
from __future__ import annotations

import regex

from ...text.numbers import NUMBER

_SP = r"[ \t]"

# "trên 1 ha", "mỗi 1 ha" … then the value per that unit ("… canh tác đạt 197 triệu đồng"): a rate's denominator
PER_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:trên|mỗi)[ \t]+$")
RATE_VALUE_AFTER = regex.compile(
    r"(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]+(?:đạt|là|bình[ \t]+quân)[ \t]+(?:\p{L}+[ \t]+)?\d")
# Three or more numbers joined by dashes, one of them a percentage: the shares of a structure
# ("cơ cấu nông nghiệp - công nghiệp - dịch vụ tương ứng 36,2% - 34,5% - 29,3%"), each its own quantity.
_SHARE_CHAIN = regex.compile(rf"(?<![\w.,/])(?:{NUMBER}){_SP}*%?(?:{_SP}*[-–]{_SP}*(?:{NUMBER}){_SP}*%?){{2,}}")
# One number on its own, with NUMEXPR's group names (never matched) so a candidate reads it the same way.
_SINGLE = regex.compile(rf"(?P<a>{NUMBER})(?:(?P<den>(?!))|(?P<tot>(?!))|(?P<b>(?!))|(?P<c>(?!)))?")


def single_numbers(folded: str, start: int, end: int) -> list[regex.Match]:
    """The numbers of a dash chain, each matched on its own."""
    out: list[regex.Match] = []
    pos = start
    while pos < end:
        m = _SINGLE.search(folded, pos, end)
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def share_chains(folded: str) -> list[tuple[int, int]]:
    """The spans of the dash chains of ``folded`` that hold a percentage."""
    return [c.span() for c in _SHARE_CHAIN.finditer(folded) if "%" in c.group()]
