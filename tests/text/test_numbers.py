"""Tests for ddnews.text.numbers: Vietnamese number notation, scale words, ranges and ratios."""
import pytest

from ddnews.text.numbers import (
    Quantity,
    comma_thousands,
    digit_count,
    looks_like_year,
    parse_number,
    parse_quantity,
    scaled,
)

SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9}

# fmt: off
NUMBERS = [
    ("2.000", 2000.0),
    ("1.703.945", 1703945.0),
    ("93,65", 93.65),
    ("03", 3.0),
    ("0,04", 0.04),
    ("12", 12.0),
    ("4.650", 4650.0),
    ("1.234,5", 1234.5),
    ("1,234,567", 1234567.0),
    ("2.5", 2.5),           # a dot before a group that is not three digits long: decimal
    ("23.11.2017", None),   # a date, not a number
    ("1.2345", 1.2345),     # one dot, four digits: read as a decimal (English-style sites)
    ("", None),
]
QUANTITIES = [
    ("45-50", None, Quantity(45.0, 50.0)),
    ("3 - 4", None, Quantity(3.0, 4.0)),
    ("15–20", None, Quantity(15.0, 20.0)),
    ("từ 30 đến 75", None, Quantity(30.0, 75.0)),
    ("112/154", None, Quantity(112.0, None, 154.0)),
    ("1.702/1.718", None, Quantity(1702.0, None, 1718.0)),
    ("662 trong tổng số 686", None, Quantity(662.0, None, 686.0)),
    ("1,5", "triệu", Quantity(1500000.0)),
    ("1,5", "tỷ", Quantity(1500000000.0)),
    ("4", "vạn", Quantity(40000.0)),
    ("26,2", "triệu", Quantity(26200000.0)),
    ("1.270", "tỷ", Quantity(1270000000000.0)),
    ("2-3", "nghìn", Quantity(2000.0, 3000.0)),
    ("23.11.2017", None, None),
    # compound scales multiply: a thousand billion is written "nghìn tỷ"
    ("14,6", "nghìn tỷ", Quantity(14_600_000_000_000.0)),
    ("3", "trăm nghìn", Quantity(3000.0)),      # an unknown word in the compound is skipped
    ("1,2-1,5", "nghìn tỷ", Quantity(1.2e12, 1.5e12)),
    # a "range" that runs downwards is a year and a month or a code, not a range
    ("2019-11", None, None),
    ("2024 - 03", None, None),
    ("45-40", None, None),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_numbers_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text,scale,expected", QUANTITIES)
def test_numbers_parse_quantity(text, scale, expected):
    assert parse_quantity(text, scale, SCALES) == expected


def test_numbers_scaled_unknown_word_keeps_value():
    assert scaled(7.0, "chục", SCALES) == 7.0
    assert scaled(None, "tỷ", SCALES) is None


@pytest.mark.parametrize("text,expected", [("2020", True), ("1969", True), ("4020", False), ("2.020", False),
                                           ("202", False)])
def test_numbers_looks_like_year(text, expected):
    assert looks_like_year(text) is expected


def test_numbers_digit_count():
    assert digit_count("0912.345.678") == 10


@pytest.mark.parametrize("text, expected", [
    ("1,286", 1286.0), ("12,500", 12500.0), ("999,999", 999999.0),
    ("2,5", None), ("0,125", None), ("1,2345", None), ("1.286", None), ("1,286,000", None), ("1286", None),
])
def test_numbers_comma_thousands(text, expected):
    """An English thousands comma is read only when a head count cannot be fractional (the caller decides)."""
    assert comma_thousands(text) == expected
