"""Decode numbers written the Vietnamese way: digits, separators, scale words, ranges and ratios.

Vietnamese notation groups thousands with "." and marks decimals with ",": "1.703.945" is
2407316 and "87,42" is 87.42.  Some sites use the English convention, so the decoder looks at
the shape of the groups rather than trusting one separator.  Scale words ("nghìn", "triệu",
"tỷ", "vạn") multiply the number; their values come from a data file and are passed in as a
mapping, which keeps these functions pure.

>>> parse_number("2.407.316"), parse_number("87,42"), parse_number("03")
(2407316.0, 87.42, 3.0)
>>> scaled(parse_number("1,5"), "tỷ", {"tỷ": 1e9})
1500000000.0
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, overload

import regex

# A digit run with "." / "," separators; the shape is judged by :func:`parse_number`.
NUMBER = r"\d+(?:[.,]\d+)*"
_DIGITS = regex.compile(r"\d+")
_RANGE = regex.compile(
    rf"^(?:từ\s+)?(?P<a>{NUMBER})\s*(?:%\s*)?(?:[-–—]|\s+đến\s+|\s+tới\s+)\s*(?P<b>{NUMBER})$"
)
_COMMA_THOUSANDS = regex.compile(r"([1-9]\d{0,2}),(\d{3})")
_RATIO = regex.compile(
    rf"^(?P<a>{NUMBER})\s*(?:/|\s+(?:(?:trong|trên)\s+tổng\s+số|trong\s+số|trên)\s+)\s*(?P<b>{NUMBER})$")


class Quantity(NamedTuple):
    """A decoded quantity: ``value`` and, when written, the top of a range or a denominator."""

    value: float
    value_max: float | None = None
    denominator: float | None = None


def parse_number(text: str) -> float | None:
    """Decode one written number ("2.000", "26,2", "1.234,5", "03") to a float.

    Groups of exactly three digits after "." (or after "," when several commas appear) are
    thousands; a single "," — or a single "." before a group that is not three digits long — is
    the decimal mark.  A shape that fits neither (a date such as "23.11.2017") gives ``None``.

    Args:
        text: the digits and separators as written.

    Returns:
        The value, or ``None`` when the string is not a well-formed number.

    >>> parse_number("2.000"), parse_number("4.650"), parse_number("2,5"), parse_number("0,04")
    (2000.0, 4650.0, 2.5, 0.04)
    >>> parse_number("1,234,567"), parse_number("2.5"), parse_number("23.11.2017") is None
    (1234567.0, 2.5, True)
    """
    s = text.strip()
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    dots, commas = s.count("."), s.count(",")
    try:
        if dots and commas:
            # "1.234,5": dots group thousands, the one comma is the decimal mark
            head, _, dec = s.rpartition(",")
            if commas > 1 or not _thousands(head, "."):
                return None
            return float(head.replace(".", "") + "." + dec)
        if dots:
            if _thousands(s, "."):
                return float(s.replace(".", ""))
            return float(s) if dots == 1 else None
        if commas:
            if commas == 1:
                return float(s.replace(",", "."))
            return float(s.replace(",", "")) if _thousands(s, ",") else None
        return float(s)
    except ValueError:
        return None


def _thousands(s: str, sep: str) -> bool:
    """True when every group after the first has exactly three digits ("1.703.945")."""
    head, *rest = s.split(sep)
    return bool(rest) and 1 <= len(head) <= 3 and all(len(g) == 3 for g in rest)


@overload
def scaled(value: float, scale_word: str | None, scales: Mapping[str, float]) -> float: ...
@overload
def scaled(value: None, scale_word: str | None, scales: Mapping[str, float]) -> None: ...
def scaled(value: float | None, scale_word: str | None, scales: Mapping[str, float]) -> float | None:
    """Multiply ``value`` by the scale words that follow it ("1,5 triệu" = 1500000).

    Compound scales multiply: "27,2 nghìn tỷ" is 27.2 × 1000 × 10⁹ (Vietnamese writes a thousand
    billion this way rather than with a word of its own).

    Args:
        value: the decoded number (``None`` passes through).
        scale_word: the folded scale word(s) as written after the number, or ``None``.
        scales: folded scale word -> multiplier (from the claims data files).

    Returns:
        The scaled value; unknown scale words leave the value unchanged.

    >>> scaled(4, "vạn", {"vạn": 10000}), scaled(26.2, "triệu", {"triệu": 1e6})
    (40000.0, 26200000.0)
    >>> scaled(3.5, "nghìn tỷ", {"nghìn": 1e3, "tỷ": 1e9})
    3500000000000.0
    """
    if value is None:
        return None
    words = " ".join(scale_word.split()) if scale_word else ""
    factor = scales.get(words) if words else None
    if factor is None and words:
        factors = [scales[w] for w in words.split() if w in scales]
        factor = 1.0
        for f in factors:
            factor *= f
    return float(value * factor) if factor else float(value)


def parse_quantity(text: str, scale_word: str | None = None,
                   scales: Mapping[str, float] | None = None) -> Quantity | None:
    """Decode a number, a range ("35-40", "2 - 3", "từ 20 đến 65") or a ratio ("86/97").

    Args:
        text: the folded number expression (lower case).
        scale_word: a scale word written after the expression, applied to every part.
        scales: the scale table used for ``scale_word``.

    Returns:
        A :class:`Quantity`, or ``None`` when a part is not a well-formed number or a range runs
        downwards (a year and month "2021-12", a code).

    >>> parse_quantity("45-50")
    Quantity(value=45.0, value_max=50.0, denominator=None)
    >>> parse_quantity("662 trong tổng số 686")
    Quantity(value=662.0, value_max=None, denominator=686.0)
    >>> parse_quantity("14 trên 16")
    Quantity(value=14.0, value_max=None, denominator=16.0)
    >>> parse_quantity("1,5", "triệu", {"triệu": 1e6}).value
    1500000.0
    """
    scales = scales or {}
    t = " ".join(text.split())
    m = _RATIO.match(t)
    if m:
        a, b = parse_number(m["a"]), parse_number(m["b"])
        if a is None or b is None:
            return None
        return Quantity(scaled(a, scale_word, scales), None, scaled(b, scale_word, scales))
    m = _RANGE.match(t)
    if m:
        a, b = parse_number(m["a"]), parse_number(m["b"])
        if a is None or b is None or b < a:
            return None  # "2021-12" is a year and a month, not a range that runs downwards
        return Quantity(scaled(a, scale_word, scales), scaled(b, scale_word, scales))
    v = parse_number(t)
    return None if v is None else Quantity(scaled(v, scale_word, scales))


def comma_thousands(text: str) -> float | None:
    """The value of "1,286" read the English way (a thousands comma), for counts that cannot be fractional.

    Only one comma followed by exactly three digits, and a non-zero head of one to three digits, qualify:
    "1,286" is 1286 when it counts people, while "2,5" or "0,125" have no such reading.

    >>> comma_thousands("1,286"), comma_thousands("12,500"), comma_thousands("2,5"), comma_thousands("0,125")
    (1286.0, 12500.0, None, None)
    """
    m = _COMMA_THOUSANDS.fullmatch(text.strip())
    return float(m[1] + m[2]) if m else None


def looks_like_year(text: str) -> bool:
    """True for a bare four-digit number that could be a calendar year (1900–2099).

    >>> looks_like_year("2020"), looks_like_year("4020"), looks_like_year("2.020")
    (True, False, False)
    """
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


def digit_count(text: str) -> int:
    """Number of digits in a written number (phone numbers and codes are long).

    >>> digit_count("0912.345.678")
    10
    """
    return sum(len(g) for g in _DIGITS.findall(text))
