"""Hypothesis strategies for the fuzz targets: arbitrary text, and Vietnamese-ish news text assembled from the
pieces the extractors look for (invented vocabulary, numbers in Vietnamese notation, dates, document
symbols, names, titles), broken up by odd whitespace, line breaks, control characters and terminal codes.
Import them as ``from fuzz.strategies import …``."""
from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

WORDS = [
    "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Thành ủy", "Đảng ủy xã", "Ban Thường vụ", "Ban Chấp hành", "Ban Tổ chức",
    "Hội đồng nhân dân", "Ủy ban nhân dân", "UBND", "HĐND", "Mặt trận Tổ quốc", "Bộ Chính trị", "Trung ương",
    "đồng chí", "ông", "bà", "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Tỉnh ủy viên", "TUV", "nguyên",
    "kết nạp", "đảng viên", "đảng viên mới", "tổ chức cơ sở đảng", "chi bộ", "hộ nghèo", "tỷ đồng", "triệu đồng",
    "đạt", "so với", "chỉ tiêu", "kế hoạch", "tăng", "giảm", "từ", "xuống còn", "trong đó", "khoảng", "hơn",
    "phấn đấu", "đến năm", "giai đoạn", "nhiệm kỳ", "khóa", "lần thứ", "Nghị quyết", "Chỉ thị", "Kế hoạch",
    "Quyết định", "Kết luận", "Thông báo", "số", "ngày", "tháng", "năm", "sáng", "chiều", "về", "của", "và",
    "tỉnh", "huyện", "xã", "phường", "thị trấn", "thành phố", "Hà Giang", "Lam Sơn", "Tân Lạc", "Phú Thịnh",
    "Hòa Bình", "hoà", "thuỷ", "quý", "Mục tiêu cụ thể", "Điều 1.", "lượt xem", "Trang chủ", "Hôm nay",
    "Nguyễn Văn", "Trần Thị", "Lò Văn Thành", "Hoàng", "Phạm", "Lê", "Vũ", "Đỗ", "Bùi",
]
NUMBERS = ["2.415", "96,2%", "1,5 triệu", "1.703.945", "93,65", "12", "03", "0,04", "45-50", "3 - 4", "112/154",
           "100%", "18/18", "2015-2020", "2020 - 2025", "1.270 tỷ", "từ 25 xuống còn 7", "10.950", "1,234,567",
           "2.5", "4 vạn", "XII", "XIII", "lần thứ 3"]
DATES = ["15/8/2021", "15-8-2021", "12.4.2019", "ngày 7 tháng 7 năm 2023", "ngày\n05 tháng 3\nnăm 2021",
         "2026-01-13", "ngày 9 và 10/6", "29/2/2023", "31/4/2020", "20/11", "năm 2024", "tháng 5/2022"]
SYMBOLS = ["12-NQ/TU", "09 - NQ/TU", "số 31-CT/TU", "22/2023/NQ-HĐND", "Số: 08/2022/NQ-HĐND", "NQ 19",
           "35-CT/TW", "68/2026/NĐ-CP", "31/2024/QH15", "số 04-NQ/TW", "KH/HU"]
PUNCT = [".", ",", ";", ":", "(", ")", "\"", "“", "”", "-", "–", "—", "/", "…", "%", "*", "?", "!", "[", "]"]
GAPS = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u2009", "\ufeff", " \n ", "\f",
        "\x00", "\x1b[1;31m", "\x1b[0m", "\x07", "\u200e", "\x85", "\u2028"]

# What a space inside a phrase becomes when a PDF or a page wraps the line or pads it.
INNER = [" ", "\n", "  ", "\u00a0", "\n ", " \r\n", "\t"]


@st.composite
def vietnamese_news(draw, max_pieces: int = 40) -> str:
    """A text made of news pieces in any order, with odd gaps, and sometimes in NFD or mixed normal forms."""
    piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.sampled_from(DATES),
                      st.sampled_from(SYMBOLS), st.sampled_from(PUNCT))
    wrapped = st.tuples(piece, st.sampled_from(INNER)).map(lambda t: t[0].replace(" ", t[1]))  # "đảng\nviên"
    pieces = draw(st.lists(st.one_of(piece, piece, wrapped), min_size=1, max_size=max_pieces))
    gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(pieces), max_size=len(pieces)))
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=True))
    form = draw(st.sampled_from(["NFC", "NFC", "NFD", "mixed"]))
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    elif form == "mixed":
        text = "".join(unicodedata.normalize("NFD", c) if i % 3 == 0 else c for i, c in enumerate(text))
    return text


def arbitrary_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Any text a file can hold (no lone surrogates: they cannot be loaded from bytes)."""
    return st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=max_size)


def texts(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Vietnamese-ish news, arbitrary text, or both glued together."""
    news = vietnamese_news(max_pieces)
    return st.one_of(news, arbitrary_text(), st.tuples(news, arbitrary_text(60)).map("".join))
