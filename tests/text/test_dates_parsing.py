"""Every written date form parses to ISO; ratios, decimals and thousands do not."""
import pytest

from ddnews.text.dates import DATE_RE, parse_date
from ddnews.text.normalize import fold


# fmt: off
@pytest.mark.parametrize("text, iso", [
    ("23/5/2016", "2016-05-23"),
    ("ngày 23-5-2016", "2016-05-23"),
    ("30.5.2019", "2019-05-30"),
    ("ngày 24 tháng 10 năm 2011", "2011-10-24"),
    ("Ngày 09 tháng 12 năm 2020", "2020-12-09"),
    ("ngày\n05 tháng 3\nnăm 2021", "2021-03-05"),
    ("ngày 1 tháng 6, năm 2019", "2019-06-01"),
    ("01/01/2000", "2000-01-01"),
    ("29/2/2024", "2024-02-29"),
    ("date 2026-01-13", "2026-01-13"),
    ("20/11", None),                 # no year: resolved by the extractor, not here
    ("29/2/2023", None),             # not a calendar day
    ("31/4/2020", None),
    ("ngày   tháng 10 năm 2021", None),  # blank day in a form
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["1.873 đảng viên", "93,65%", "35.676", "112/154 đảng viên", "2015-2020",
                                  "1.703.945 tỷ", "số 15/2020/NQ-HĐND", "45-50%", "10.950 tỷ đồng"])
def test_numbers_are_not_full_dates(text):
    assert all(m.group("num") is None or m.group("y1") is None for m in DATE_RE.finditer(fold(text)))
# fmt: on
