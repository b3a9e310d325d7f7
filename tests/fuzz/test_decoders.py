"""The number and date decoders on arbitrary and number-like text: no exception, a well-formed answer or None,
the same answer twice."""
from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import strategies as st

from ddnews.text.dates import DATE_RE, parse_date, parts, to_iso, valid
from ddnews.text.normalize import fold
from ddnews.text.numbers import Quantity, comma_thousands, digit_count, looks_like_year, parse_number, parse_quantity
from fuzz.harness import LONG, fuzz, short
from fuzz.strategies import DATES, NUMBERS, arbitrary_text

SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9}
NUMBER_CHARS = "0123456789.,-–/ %"


def number_like() -> st.SearchStrategy[str]:
    return st.one_of(st.text(alphabet=NUMBER_CHARS, max_size=30), st.sampled_from(NUMBERS),
                     st.builds(lambda a, b: f"{a} trong tổng số {b}", st.integers(0, 10**6), st.integers(0, 10**6)),
                     st.builds(lambda a, b: f"từ {a} đến {b}", st.text(NUMBER_CHARS, max_size=8),
                               st.text(NUMBER_CHARS, max_size=8)),
                     arbitrary_text(40))


def date_like() -> st.SearchStrategy[str]:
    sep = st.sampled_from(["/", "-", ".", " "])
    return st.one_of(
        st.sampled_from(DATES), arbitrary_text(40),
        st.builds(lambda d, s, m, y: f"{d}{s}{m}{s}{y}", st.integers(0, 99), sep, st.integers(0, 99),
                  st.integers(0, 99999)),
        st.builds(lambda d, m, y, gap: f"ngày{gap}{d}{gap}tháng{gap}{m}{gap}năm{gap}{y}", st.integers(0, 99),
                  st.integers(0, 99), st.integers(0, 9999), st.sampled_from([" ", "\n", "  ", " \n"])))


def _finite_or_none(v: float | None) -> bool:
    return v is None or (isinstance(v, float) and not math.isnan(v))


def check_numbers(text: str) -> None:
    v = parse_number(text)
    assert _finite_or_none(v) and parse_number(text) == v
    for word in (None, "triệu", "tỷ", "vạn", "không-phải"):
        q = parse_quantity(text, word, SCALES)
        assert q is None or isinstance(q, Quantity)
        if q is not None:
            assert all(_finite_or_none(x) for x in q)
        assert parse_quantity(text, word, SCALES) == q
    c = comma_thousands(text)
    assert c is None or (c.is_integer() and c >= 1000)
    assert isinstance(looks_like_year(text), bool)
    assert 0 <= digit_count(text) <= len(text)


def check_dates(text: str) -> None:
    iso = parse_date(text)
    if iso is not None:
        date.fromisoformat(iso)
    assert parse_date(text) == iso
    folded = fold(text)
    for m in DATE_RE.finditer(folded):
        assert 0 <= m.start() <= m.end() <= len(folded)
        y, mo, d = parts(m)
        out = to_iso((y, mo, d))
        assert out is None or (valid(y, mo, d) and date.fromisoformat(out))


def test_numbers():
    fuzz(check_numbers, number_like(), short(400))


def test_dates():
    fuzz(check_dates, date_like(), short(400))


@pytest.mark.fuzz_long
def test_numbers_long():
    fuzz(check_numbers, number_like(), LONG, "numbers")


@pytest.mark.fuzz_long
def test_dates_long():
    fuzz(check_dates, date_like(), LONG, "dates")


def test_overflowing_numbers_are_infinite_today():
    """Found by fuzzing (reported): a run of 309+ digits decodes to ``inf``, which JSON cannot carry."""
    v = parse_number("9" * 400)
    if v is not None and math.isinf(v):
        pytest.xfail("parse_number('9' * 400) is inf (numbers.py; reported)")
    assert _finite_or_none(v)
