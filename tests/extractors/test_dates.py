"""Dates in the body: full forms, year inference (same sentence, then publication date), exclusions."""
import pytest

from helpers import partial_pipeline, run_partial


@pytest.fixture(scope="module")
def chain():
    return partial_pipeline("ddnews_chrome", "ddnews_documents", "ddnews_published", "ddnews_dates")


def run(chain, text, published=None):
    return run_partial(chain, text, published)


# fmt: off
@pytest.mark.parametrize("text, published, expected", [
    ("Ngày 12/3/2021, Huyện ủy tổ chức hội nghị.", None, ["2021-03-12"]),
    # "mùng"/"mồng" days, months in words, a full date without "ngày", a template's "16 tháng 6, 2023"
    ("Ngày mùng 5 tháng Giêng năm 2023, xã tổ chức gặp mặt.", None, ["2023-01-05"]),
    ("Mồng 2 tháng 9 năm 2021, xã treo cờ.", None, ["2021-09-02"]),
    ("Ngày 12 tháng Sáu năm 2023, huyện họp; ngày 20 tháng Năm năm 2023, tỉnh họp.", None,
     ["2023-06-12", "2023-05-20"]),
    ("Sáng 16 tháng 6 năm 2023, Đảng ủy xã tổ chức lễ kết nạp.", None, ["2023-06-16"]),
    ("Sáng 16 tháng 6, huyện tổ chức hội nghị.", "2023-06-17", ["2023-06-16"]),
    # … and no date from a duration: "12 tháng 10 ngày", "3 tháng 6 đảng viên"
    ("Sau 12 tháng 10 ngày, công trình hoàn thành; trong 3 tháng 6 đảng viên được kết nạp.", "2023-06-17", []),
    ("Sáng 5-9, Đảng bộ xã khai mạc đại hội.", "2022-09-06", ["2022-09-05"]),        # year from publication
    ("Sáng 5-9, Đảng bộ xã khai mạc đại hội nhiệm kỳ 2020-2025.", None, []),          # term range is no year
    ("Chiều 18.10, kỷ niệm 90 năm (18.10.1930 – 18.10.2020).", None, ["2020-10-18", "1930-10-18"]),
    ("Từ ngày 01/11 đến ngày 18/11/2018, các chi bộ tổ chức đại hội.", None, ["2018-11-01", "2018-11-18"]),
    ("vào ngày 20/11 trong tháng 11/2019 toàn tỉnh sơ kết.", None, ["2019-11-20"]),
    ("Ngày 3 tháng 2, tỉnh tổ chức lễ kỷ niệm năm 2021.", None, ["2021-02-03"]),
    # a document's date is no year source
    ("Nghị quyết số 04-NQ/TU ngày 23/5/2016 được tổng kết vào ngày 20/11.", "2019-11-20",
     ["2016-05-23", "2019-11-20"]),
    ("Có 18/18 chi bộ và 5/10 chi bộ có chi ủy.", "2022-01-01", []),                   # ratios are not dates
    ("ông sinh ngày 9/4/1925, vào Đảng ngày 3/6/1947", None, ["1925-04-09", "1947-06-03"]),
    ("Chiều muộn 22/8, đoàn công tác đến thăm.", None, []),                            # no year anywhere
    ("Kỷ niệm 50 năm Ngày thành lập (12/3/1974-12/3/2024).", None, ["1974-03-12", "2024-03-12"]),
    ("Mỗi xã xây dựng từ 1-2 mô hình mới; từ 3-4 chi bộ.", "2024-01-01", []),           # ranges, not days
    ("Ngày 28/12, HĐND huyện đánh giá kết quả năm 2023 và quyết định nhiệm vụ năm 2024.", "2023-12-30",
     ["2023-12-28"]),                                                                   # the year that fits publication
    ("Từ 01/11 đến 18/11/2018, các chi bộ tổ chức đại hội.", None, ["2018-11-01", "2018-11-18"]),
    ("Trong 2 ngày 9 và 10/6, Đảng bộ phường tổ chức đại hội.", "2020-06-12", ["2020-06-09", "2020-06-10"]),
    ("Các ngày 3, 4 và 5/9/2022, tỉnh tổ chức hội thi.", None, ["2022-09-03", "2022-09-04", "2022-09-05"]),
    # a stray space around the separator after "ngày"; a decimal after "ngày" is none
    ("Ngày 06- 8, Đảng bộ huyện khai mạc đại hội.", "2020-08-10", ["2020-08-06"]),
    ("Mỗi ngày 6 /8,5 giờ làm việc.", "2020-08-10", []),
    # award rounds named after their day, a national day, and a day-month listed after another date
    ("Trong đợt 19/5, Huyện ủy trao Huy hiệu Đảng.", "2021-05-20", ["2021-05-19"]),
    # a year something is compared with is not the day's year: with no publication date, the day has none
    ("Đến ngày 27-11, Huyện ủy kết nạp 120 đảng viên, tăng 5 đảng viên so với năm 2017.", None, []),
    ("Ngày 12/3, xã kết nạp 5 đảng viên, bằng cùng kỳ năm 2022.", "2023-03-15", ["2023-03-12"]),
    # the same day written in full in the sentence gives its year (the latest), over a year of another phrase
    ("Nhân kỷ niệm Ngày thành lập Đảng (3/2/1930 - 3/2/2024), Huyện ủy trao Huy hiệu Đảng đợt 3/2 và tổng kết năm "
     "2023.", "2024-02-01", ["1930-02-03", "2024-02-03"]),
    ("Đại hội diễn ra đúng dịp Quốc khánh 2-9.", "2025-08-30", ["2025-09-02"]),
    ("Trong các ngày 4/4 và 16/4, UBKT Tỉnh ủy đã họp.", "2025-04-20", ["2025-04-04", "2025-04-16"]),
    ("Có 7 đảng viên nhận huy hiệu đợt 2.9 và đợt 7.11.2022.", None, ["2022-09-02", "2022-11-07"]),
    # day ranges sharing the month of their end
    ("Sau 3 ngày làm việc (14-16/10/2023), đại hội bế mạc.", None, ["2023-10-14", "2023-10-16"]),
    ("Phiên họp diễn ra từ ngày 6 đến 9/11, tại Hà Nội.", "2021-11-05", ["2021-11-06", "2021-11-09"]),
    ("Đại hội diễn ra từ ngày 3 đến 5-7 tại hội trường huyện.", "2019-07-01", ["2019-07-03", "2019-07-05"]),
    # an index marker gives the year when no publication date is known (its month only, or its day)
    (" date 2023-04 Ngày 21/4, Huyện ủy tổ chức hội nghị.", None, ["2023-04-21"]),
    (" date 2022-12\nChiều 29/12, xã tổng kết năm; ngày 3/1 khai mạc.", None, ["2022-12-29", "2022-01-03"]),
    ("Trong 35 ngày 12 giờ, đoàn đã đi 40 km.", "2024-01-01", []),                     # a duration, no day
])
def test_dates_table(chain, text, published, expected):
    ctx = run(chain, text, published)
    assert [d["value"] for d in ctx.facts["dates"]] == expected
# fmt: on


def test_site_clock_is_not_a_date(chain):
    text = "Hôm nay, ngày 13 tháng 11 năm 2018\nCỡ chữ: A+ A-\nTIÊU ĐỀ BÀI\n\n23.11.2017 - 8:20\n\nNội dung bài viết."
    ctx = run(chain, text)
    assert ctx.published == "2017-11-23"
    assert [d["value"] for d in ctx.facts["dates"]] == ["2017-11-23"]


def test_related_news_lines_are_chrome(chain):
    text = ("Tỉnh ủy sơ kết công tác.\n\nTin liên quan\n- Huyện A tổng kết công tác xây dựng Đảng (10/03/2023)\n"
            "- Xã B trao Huy hiệu Đảng cho 20 đảng viên (08/03/2023)\n")
    assert run(chain, text).facts["dates"] == []


def test_related_news_block_is_chrome(chain):
    text = ("Ngày 4/3/2024, tỉnh sơ kết công tác.\n\nXem thêm:\n- Huyện X triển khai Chỉ thị số 35-CT/TW ngày "
            "14/6/2024\n"
            "- Quyết định số 12/QĐ-UBND ngày 2/1/2024\n\nBình luận")
    ctx = run(chain, text)
    assert [d["value"] for d in ctx.facts["dates"]] == ["2024-03-04"]
    assert ctx.facts["documents"] == []


def test_one_entry_per_date_with_all_mentions(chain):
    ctx = run(chain, "Ngày 2/9/2025 là Quốc khánh. Đến ngày 02/09/2025 tỉnh trao huy hiệu.")
    assert [(d["value"], len(d["mentions"])) for d in ctx.facts["dates"]] == [("2025-09-02", 2)]


def test_body_sentences_starting_like_chrome_are_kept(chain):
    text = ("Tiêu đề\n\nChia sẻ kinh nghiệm tại hội nghị, ngày 5/3/2024, đồng chí Bí thư cho biết xã đã kết nạp 17 "
            "đảng viên."
            "\nHôm nay, ngày 6/3/2024, tỉnh tiếp tục tổ chức hội nghị chuyên đề với sự tham dự của các cấp ủy.")
    assert [d["value"] for d in run(chain, text).facts["dates"]] == ["2024-03-05", "2024-03-06"]
