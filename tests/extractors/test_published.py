"""The publication date: header, date line near the top (not a site clock), or a resolution's own date."""
import pytest

from ddnews.nlp.components import DATA_DIR
from helpers import partial_pipeline, run_partial

M = DATA_DIR


@pytest.fixture(scope="module")
def exs():
    return partial_pipeline("ddnews_documents", "ddnews_published")


def published(exs, text, header=None):
    return run_partial(exs, text, header).published


# fmt: off
@pytest.mark.parametrize("text, expected", [
    # an index marker opening a long line; a month-only marker gives no publication date
    (" date 2024-03-08 Ngày 8/3, Hội Phụ nữ huyện tổ chức mít tinh kỷ niệm.\nNội dung.", "2024-03-08"),
    (" date 2024-03 Ngày 8/3, Hội Phụ nữ huyện tổ chức mít tinh.\nNội dung.", None),
    # a news story citing a document issued in it is not that document
    ("Tiêu đề\n\nKết quả bầu cử.\n\nCụ thể, ngày 10/10/2023, Ban Bí thư đã ban hành Quyết định số 101-QĐ/TW.", None),
    ("Nghị quyết của Ban Chấp hành Đảng bộ huyện\n\nLTS: Ngày 2-3-2021, Ban Chấp hành Đảng bộ huyện đã ban hành "
     "Nghị quyết số 05-NQ/HU về phát triển nông nghiệp.", "2021-03-02"),
    ("Tiêu đề bài\n\n08:15 - Thứ Hai, 03/06/2024 Lượt xem: 512\n\nNội dung.", "2024-06-03"),
    ("Tiêu đề\nCập nhật lúc 07:05, Chủ nhật, 12/01/2020 (GMT+7)\nNội dung.", "2020-01-12"),
    ("Chính trị Thứ Ba 14/02/2023, 09:30\n\nTiêu đề\n\nNội dung.", "2023-02-14"),
    ("Tiêu đề\n10:02' 5/9/2018\nNgày 4-9-2018, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.", "2018-09-05"),
    ("Tiêu đề\nTHỨ SÁU, 06/03/2020 15:20:11\nNội dung.", "2020-03-06"),
    ("Tiêu đề\n 12.05.2021 - 14:10\nNội dung.", "2021-05-12"),
    (" date 2026-01-13\nTiêu đề\nNội dung.", "2026-01-13"),
    # a site template's month abbreviation ("9 Th12, 2020"), after a month-only index marker
    (" date 2020-12 Đã đăng vào 9 Th12, 2020 lúc 10:36 Lượt xem: 7\n\nTiêu đề\nNội dung.", "2020-12-09"),
    # a site clock before the article's own stamp
    ("Chuyên mục\nThứ Hai, 21/10/2024 08:00 (GMT +7)\nTiêu đề bài\nThứ 3, 02/04/2024 | 10:11:12 [GMT +7]\nNội dung.",
     "2024-04-02"),
    ("Hôm nay, ngày 5 tháng 5 năm 2024\nTiêu đề\nNội dung không có ngày.", None),
    # a body sentence with a date is not a date line
    ("Tiêu đề\nNgày 4-7-2017, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.", None),
    # a resolution's own header
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 11/2021/NQ-HĐND\nNam Định, ngày 21 tháng 7 năm 2021\nNGHỊ QUYẾT",
     "2021-07-21"),
    # a newspaper printing a resolution: the issuing clause in the lead
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch\n\nLTS: Ngày 3-3-2022, Ban Chấp hành Đảng bộ "
     "tỉnh đã ban hành Nghị quyết số 05-NQ/TU về phát triển du lịch. Báo giới thiệu toàn văn Nghị quyết.",
     "2022-03-03"),
    # legal bases ("Căn cứ …") are not the text's own date
    ("Hướng dẫn tiêu chuẩn kết nạp\nCăn cứ Hướng dẫn số 01-HD/TW ngày 20/9/2016 của Ban Chấp hành Trung ương;", None),
])
def test_published_table(exs, text, expected):
    assert published(exs, text) == expected
# fmt: on


def test_header_wins(exs):
    assert published(exs, "Tiêu đề\n08:15 - Thứ Hai, 03/06/2024\nNội dung.", header="2024-06-04") == "2024-06-04"
