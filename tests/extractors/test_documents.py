"""Numbered documents: kind, number, symbol, own date, issuer, subject; one entry per document."""
import pytest

from ddnews.extractors.documents import DEFAULT_DIR, DocumentExtractor
from helpers import run_extractor


@pytest.fixture(scope="module")
def ex():
    return DocumentExtractor(DEFAULT_DIR)


def docs(ex, text, **kw):
    facts, _ = run_extractor(ex, text, **kw)
    return [(d["kind"], d["number"], d["symbol"], d["date"]) for d in facts]


# Invented sentences in the styles of Party and State texts (other provinces, issuers, date forms).
# fmt: off
@pytest.mark.parametrize("text, expected", [
    # symbols with Vietnamese letters; a number without symbol dated right after it
    ("Thực hiện Kết luận số 12-KL/TƯ ngày 3.9.2021 của Bộ Chính trị.", [("Kết luận", "12", "KL/TƯ", "2021-09-03")]),
    ("theo Quy định số 7-QĐ/ĐU ngày 5/1/2022", [("Quy định", "7", "QĐ/ĐU", "2022-01-05")]),
    ("tinh thần Chỉ thị số 18 ngày 12/4/2020 về đại hội", [("Chỉ thị", "18", "", "2020-04-12")]),
    ("thực hiện Quyết định 09 ngày 14-2-2017 của Ban Bí thư", [("Quyết định", "09", "", "2017-02-14")]),
    ("Đoàn công tác làm việc trong 35 ngày tại tỉnh theo Chỉ thị.", []),            # a duration
    ("(vượt mục tiêu Nghị quyết 1,25%)", []),                                        # a quantity
    # documents of one kind listed with their own numbers share the kind and the issuing date
    ("Ngày 4/5/2022, Thủ tướng ký các Quyết định số 512/QĐ-TTg và 513/QĐ-TTg công nhận hai huyện.",
     [("Quyết định", "512", "QĐ-TTg", "2022-05-04"), ("Quyết định", "513", "QĐ-TTg", "2022-05-04")]),
    ("Thực hiện Nghị quyết số 12-NQ/TU ngày 15/8/2021 của Ban Chấp hành Đảng bộ tỉnh Gia Lai",
     [("Nghị quyết", "12", "NQ/TU", "2021-08-15")]),
    ("theo Chỉ thị số 07 - CT/TU, ngày 3-2-2022 của Ban Thường vụ Tỉnh ủy",
     [("Chỉ thị", "07", "CT/TU", "2022-02-03")]),
    ("Kế hoạch số 101-KH/HU ngày 05 tháng 01 năm 2023 của Huyện ủy",
     [("Kế hoạch", "101", "KH/HU", "2023-01-05")]),
    ("Quy định số 09-QĐi/TU (ngày 12.4.2019) về trách nhiệm nêu gương",
     [("Quy định", "09", "QĐi/TU", "2019-04-12")]),
    ("Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ", [("Quyết định", "1719", "QĐ-TTg", None)]),
    ("Nghị quyết số 22/2023/NQ-HĐND ngày 7 tháng 7 năm 2023 của HĐND tỉnh",
     [("Nghị quyết", "22", "2023/NQ-HĐND", "2023-07-07")]),
    ("Nghị định số 33/2023/NĐ-CP quy định về cán bộ, công chức cấp xã", [("Nghị định", "33", "2023/NĐ-CP", None)]),
    ("Thông tư 05/2022/TT-BNV hướng dẫn", [("Thông tư", "05", "2022/TT-BNV", None)]),
    ("Hướng dẫn số 12-HD/BTCTW ngày 6/6/2022 của Ban Tổ chức Trung ương",
     [("Hướng dẫn", "12", "HD/BTCTW", "2022-06-06")]),
    ("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII",
     [("Kết luận", "21", "KL/TW", "2021-10-25")]),
    ("Chương trình hành động số 15-CTr/TU ngày 10/3/2021", [("Chương trình hành động", "15", "CTr/TU", "2021-03-10")]),
    ("Thông tri số 03-TT/TW về việc kỷ niệm", [("Thông tri", "03", "TT/TW", None)]),
    ("Đề án số 04-ĐA/TU về sắp xếp tổ chức bộ máy", [("Đề án", "04", "ĐA/TU", None)]),
    # a named law with its number
    ("vi phạm Điều 12 Luật Đất đai số 31/2024/QH15 và Luật số 43/2024/QH15", [("Luật", "31", "2024/QH15", None),
                                                                            ("Luật", "43", "2024/QH15", None)]),
    # number only, no symbol: kept with symbol ""
    ("tiếp tục thực hiện Nghị quyết 26 về nông nghiệp", [("Nghị quyết", "26", "", None)]),
    ("thực hiện hướng dẫn số 7 của Huyện ủy", [("Hướng dẫn", "7", "", None)]),
    # abbreviated kind
    ("sau 5 năm thực hiện NQ 19 của Trung ương", [("Nghị quyết", "19", "", None)]),
    # a symbol without kind word: kind from the symbol
    ("Căn cứ số 45-KL/TW, các cấp ủy triển khai", [("Kết luận", "45", "KL/TW", None)]),
    # kind contradicting the symbol: symbol kept as printed
    ("Nghị quyết 10-KL/TW của Bộ Chính trị", [("Nghị quyết", "10", "KL/TW", None)]),
    # issued earlier in the sentence
    ("Ngày 2/4/2020, Ban Thường vụ Tỉnh ủy Bắc Kạn đã ban hành Chỉ thị số 31-CT/TU về phòng dịch",
     [("Chỉ thị", "31", "CT/TU", "2020-04-02")]),
    # the date of an earlier citation is not the date of the one issued after it
    ("Thực hiện Hướng dẫn số 5-HD/BTCTW ngày 3/4/2019 của Ban Tổ chức Trung ương, Ban Thường vụ Huyện ủy ban hành "
     "Kế hoạch số 41-KH/HU", [("Hướng dẫn", "5", "HD/BTCTW", "2019-04-03"), ("Kế hoạch", "41", "KH/HU", None)]),
    # the own date after the issuer; not across a comma (an event's day) nor past another citation
    ("Nghị quyết 35-NQ/TU của Tỉnh ủy ngày 25/10/2021 về chuyển đổi số", [("Nghị quyết", "35", "NQ/TU", "2021-10-25")]),
    ("Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, ngày 12/3/2022, Huyện ủy tổ chức hội nghị",
     [("Chỉ thị", "05", "CT/TW", None)]),
    ("Nghị quyết số 25-NQ/TW của Hội nghị Trung ương 7 khóa XI và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư",
     [("Nghị quyết", "25", "NQ/TW", None), ("Kết luận", "114", "KL/TW", "2015-07-14")]),
    # not documents
    ("kế hoạch 5 năm 2021-2025 được thông qua", []),
    ("Nghị quyết Đại hội XIII của Đảng", []),
    ("quyết định 3 lần trong năm", []),
    ("thực hiện nghị quyết 04 của tỉnh", []),   # lower-case kind with a bare number and no "số"
])
def test_documents_table(ex, text, expected):
    assert docs(ex, text) == expected
# fmt: on


def test_short_references_join_the_full_citation(ex):
    text = ("Nghị quyết số 05-NQ/TU ngày 1/6/2021 của Tỉnh ủy đã đi vào cuộc sống. Sau 2 năm thực hiện "
            "Nghị quyết 05, kết quả rõ nét. Nghị quyết này tiếp tục được triển khai; Nghị quyết số 05 của Tỉnh ủy.")
    facts, _ = run_extractor(ex, text)
    assert len(facts) == 1
    d = facts[0]
    assert (d["kind"], d["number"], d["symbol"], d["date"]) == ("Nghị quyết", "05", "NQ/TU", "2021-06-01")
    assert len(d["mentions"]) == 4
    assert text[d["start"]:d["end"]].startswith("Nghị quyết số 05-NQ/TU")


def test_same_number_different_symbols_are_two_documents(ex):
    text = "Căn cứ Hướng dẫn số 01-HD/TW ngày 20/9/2016; Căn cứ Hướng dẫn số 01-HD/BTCĐU ngày 10/5/2021."
    assert docs(ex, text) == [("Hướng dẫn", "01", "HD/TW", "2016-09-20"), ("Hướng dẫn", "01", "HD/BTCĐU", "2021-05-10")]


def test_issuer_and_subject(ex):
    text = 'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về “Đại hội đảng bộ các cấp tiến tới Đại hội XIV”'
    d = run_extractor(ex, text)[0][0]
    assert d["issuer"] == "Bộ Chính trị"
    assert d["subject"] == "Đại hội đảng bộ các cấp tiến tới Đại hội XIV"


def test_resolution_header_gives_number_and_date(ex):
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NINH\n--------\n|\nSố:\n08/2022/NQ-HĐND\n|\nBắc Ninh, ngày\n"
            "14 tháng 7 năm 2022\n|\nNGHỊ QUYẾT\nVỀ VIỆC ...")
    assert docs(ex, text) == [("Nghị quyết", "08", "2022/NQ-HĐND", "2022-07-14")]


def test_blank_header_number_is_not_a_document(ex):
    assert docs(ex, "Số      -/ĐU\n\nHà Nội, ngày       tháng 10 năm 2021\n\nQUYẾT ĐỊNH") == []


def test_named_documents(ex):
    _, found = run_extractor(ex, "quán triệt Nghị quyết Trung ương 4 khóa XII và Điều lệ Đảng; thực hiện Nghị quyết "
                                 "số 3-NQ/TU.")
    assert [n["text"] for n in found.facts["named_documents"]] == ["Nghị quyết Trung ương 4 khóa XII", "Điều lệ Đảng"]
