"""Tests for ddnews.extractors.claims: invented claim phrases (not taken from the corpus) and their fields.

Each row is ``(text, expected)``: ``expected`` lists, in text order, the fields every claim must have
(fields not named are not checked).  An empty list means the text holds no claim.
"""

import pytest

from ddnews.errors import DataFileError
from ddnews.extractors.base import Context
from ddnews.extractors.claims import ClaimExtractor
from ddnews.nlp.components import DATA_DIR
from ddnews.text.normalize import fold

DATA = DATA_DIR / "claims"

A, T = "actual", "target"

# fmt: off
CASES = [
    # --- plain counts, units as written
    ("Đảng bộ huyện Đăk Glei hiện có 2.315 đảng viên sinh hoạt tại 64 chi bộ.",
     [dict(value=2315, unit="đảng viên", change=None, modality=A), dict(value=64, unit="chi bộ")]),
    ("Toàn tỉnh Lai Châu có 312 tổ chức cơ sở đảng (TCCSĐ).", [dict(value=312, unit="tổ chức cơ sở đảng")]),
    ("Năm qua có 27 TCCSĐ được xếp loại hoàn thành xuất sắc nhiệm vụ.",
     [dict(value=27, unit="TCCSĐ", qualifier="được xếp loại hoàn thành xuất sắc nhiệm vụ")]),
    ("Xã có 9 thôn, bản và 1.420 hộ dân.", [dict(value=9, unit="thôn, bản"), dict(value=1420, unit="hộ dân")]),
    ("Hội nghị có 180 đại biểu chính thức tham dự.",
     [dict(value=180, unit="đại biểu", qualifier="chính thức tham dự")]),
    ("Ban Chấp hành gồm 41 đồng chí.", [dict(value=41, unit="đồng chí")]),
    ("Huyện có 12 xã, thị trấn đạt chuẩn nông thôn mới.", [dict(value=12, unit="xã, thị trấn")]),
    ("Toàn huyện có 46 chi bộ thôn, tổ dân phố có chi ủy.", [dict(value=46, unit="chi bộ")]),
    ("Trong đó có 11 chi bộ thôn, 2 chi bộ trường học.",
     [dict(value=11, unit="chi bộ", qualifier="thôn"), dict(value=2, unit="chi bộ", qualifier="trường học")]),
    ("Diện tích tự nhiên của xã là 1.236,5 ha.", [dict(value=1236.5, unit="ha")]),
    ("Trụ sở cách trung tâm huyện 12,5 km.", [dict(value=12.5, unit="km")]),
    ("Đã tổ chức 15 lớp bồi dưỡng nhận thức về Đảng.", [dict(value=15, unit="lớp")]),
    ("Đảng bộ có 7chi bộ trực thuộc.", [dict(value=7, unit="chi bộ", qualifier="trực thuộc")]),
    # --- money, scale words
    ("Thu nhập bình quân đạt 42,5 triệu đồng/người/năm.",
     [dict(value=42_500_000, unit="đồng", qualifier="/người/năm", modality=A)]),
    ("Tổng vốn đầu tư 1,5 tỷ đồng.", [dict(value=1_500_000_000, unit="đồng")]),
    ("Nhân dân đóng góp 350 triệu để làm đường.", [dict(value=350_000_000, unit="đồng")]),
    ("Quỹ hỗ trợ được 4 vạn người dân hưởng ứng.", [dict(value=40_000, unit="người")]),
    ("Tổng thu ngân sách đạt 2.460 tỷ đồng, tăng 12,4%.",
     [dict(value=2_460_000_000_000, unit="đồng", change=None), dict(value=12.4, unit="%", change="increase")]),
    ("Thu nhập tăng 6,5 triệu đồng so với năm trước.", [dict(value=6_500_000, unit="đồng", change="increase")]),
    # --- percentages, shares and rates
    ("Tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 92,4%.", [dict(value=92.4, unit="%", change=None)]),
    ("Số đảng viên nữ chiếm 38,5% tổng số đảng viên.", [dict(value=38.5, unit="%", change=None)]),
    ("Tốc độ tăng trưởng kinh tế bình quân đạt 8,2%/năm.",
     [dict(value=8.2, unit="%", change="increase", qualifier="/năm")]),
    ("Tỷ lệ hộ nghèo giảm còn 4,1%.", [dict(value=4.1, unit="%", change=None)]),
    ("Tỷ lệ hộ nghèo giảm 2,3%.", [dict(value=2.3, unit="%", change="decrease")]),
    ("Tỷ lệ kết nạp đảng viên đạt 3,2% so với tổng số đảng viên.", [dict(value=3.2, unit="%", change=None)]),
    # --- ranges
    ("Hằng năm có 70-75% chi bộ đạt trong sạch vững mạnh.", [dict(value=70, value_max=75, unit="%")]),
    ("Mỗi xã chọn 2 - 3 chi bộ làm điểm.", [dict(value=2, value_max=3, unit="chi bộ")]),
    ("Tỷ lệ hộ nghèo giảm 1,5 – 2%/năm.", [dict(value=1.5, value_max=2, unit="%", change="decrease")]),
    # --- ratios
    ("Đến nay 27/31 xã đã có chi bộ quân sự.", [dict(value=27, denominator=31, unit="xã")]),
    ("Đã kết nạp được 58/60 đảng viên mới, đạt 96,7%.",
     [dict(value=58, denominator=60, unit="đảng viên", change="admit", qualifier="mới"),
      dict(value=96.7, unit="%", change=None)]),
    ("Có 410 trong tổng số 432 chi bộ được đánh giá chất lượng.",
     [dict(value=410, denominator=432, unit="chi bộ")]),
    # --- from → to
    ("Số bản chưa có chi bộ giảm từ 42 bản xuống còn 17 bản.",
     [dict(value=17, from_value=42, unit="bản", change="decrease")]),
    ("Số đảng viên tăng từ 1.520 lên 1.780 đồng chí.",
     [dict(value=1780, from_value=1520, unit="đồng chí", change="increase")]),
    ("Thôn chưa có đảng viên giảm từ 12 (chiếm 8%) xuống còn 5 (chiếm 3,2%).",
     [dict(value=8, unit="%"), dict(value=5, from_value=12, unit="Thôn", change="decrease"),
      dict(value=3.2, unit="%")]),
    # --- comparators
    ("Toàn tỉnh có hơn 5.600 đảng viên.", [dict(value=5600, comparator=">")]),
    ("Đã huy động trên 200 tỷ đồng.", [dict(value=200_000_000_000, comparator=">", unit="đồng")]),
    ("Có gần 90% đảng viên tham gia học tập.", [dict(value=90, comparator="~", unit="%")]),
    ("Khoảng 300 hộ được hỗ trợ làm nhà.", [dict(value=300, comparator="~", unit="hộ")]),
    ("Có 18 chi bộ đạt tỷ lệ sinh hoạt từ 95% trở lên.",
     [dict(value=18, unit="chi bộ", comparator=None), dict(value=95, comparator=">=", unit="%")]),
    ("Phấn đấu ít nhất 60% xã đạt chuẩn.", [dict(value=60, comparator=">=", modality=T)]),
    ("Còn dưới 2% hộ nghèo.", [dict(value=2, comparator="<", unit="%")]),
    # --- change: admit, eliminate, establish, increase, decrease
    ("Năm 2023, Đảng bộ kết nạp 245 đảng viên mới.",
     [dict(value=245, unit="đảng viên", qualifier="mới", change="admit")]),
    ("Toàn Đảng bộ phát triển được 96 đảng viên.", [dict(value=96, change="admit")]),
    ("Huyện đã xóa được 6 thôn trắng đảng viên.", [dict(value=6, unit="thôn", change="eliminate")]),
    ("Trong năm, thành lập mới 4 chi bộ.", [dict(value=4, unit="chi bộ", change="establish")]),
    ("Số tổ chức đảng tăng 5 chi bộ so với đầu nhiệm kỳ.", [dict(value=5, unit="chi bộ", change="increase")]),
    ("Đã giảm 14 thôn, 3 trường học, 2 trạm y tế chưa có chi bộ.",
     [dict(value=14, unit="thôn", change="decrease", qualifier="chưa có chi bộ"),
      dict(value=3, unit="trường học", change="decrease", qualifier="chưa có chi bộ"),
      dict(value=2, unit="trạm y tế", change="decrease", qualifier="chưa có chi bộ")]),
    ("Giảm 12 thôn, 4 trường học chưa có chi bộ.",
     [dict(value=12, change="decrease"), dict(value=4, change="decrease")]),
    ("Thi hành kỷ luật 9 đảng viên, trong đó khiển trách 6 đồng chí.",
     [dict(value=9, change=None), dict(value=6, change=None)]),
    ("Kiểm tra 120 tổ chức đảng và 340 đảng viên (tăng 18 tổ chức và 25 đảng viên).",
     [dict(value=120, change=None), dict(value=340, change=None),
      dict(value=18, unit="tổ chức", change="increase"), dict(value=25, unit="đảng viên", change="increase")]),
    ("Kết nạp 310 đảng viên, nâng tổng số đảng viên lên 8.912 đảng viên.",
     [dict(value=310, change="admit"), dict(value=8912, change=None)]),
    ("Tăng cường kiểm tra 45 tổ chức đảng.", [dict(value=45, change=None)]),
    # --- breakdowns
    ("Kết nạp 500 đảng viên, trong đó 210 nữ.",
     [dict(value=500, change="admit"), dict(value=210, unit="đảng viên", qualifier="nữ", change="admit")]),
    ("Năm qua kết nạp 1.140 đảng viên mới, trong đó có 486 nữ, 97 người dân tộc thiểu số, 612 đoàn viên.",
     [dict(value=1140, change="admit"),
      dict(value=486, unit="đảng viên", qualifier="nữ", change="admit"),
      dict(value=97, unit="đảng viên", qualifier="người dân tộc thiểu số", change="admit"),
      dict(value=612, unit="đảng viên", qualifier="đoàn viên", change="admit")]),
    ("Toàn tỉnh có 64.200 đảng viên (trong đó 21.300 đảng viên nữ).",
     [dict(value=64200, change=None), dict(value=21300, unit="đảng viên", qualifier="nữ", change=None)]),
    ("Trong số đảng viên được kết nạp: có 75 đảng viên nữ; 30 đảng viên là người có đạo.",
     [dict(value=75, change="admit", qualifier="nữ"), dict(value=30, change="admit")]),
    ("Huyện có 520 thôn, trong đó số đã có chi bộ 498.",
     [dict(value=520, unit="thôn"), dict(value=498, unit="thôn", qualifier="đã có chi bộ")]),
    ("Kết nạp 80 đảng viên, trong đó 36 nữ (45%).",
     [dict(value=80), dict(value=36, change="admit"), dict(value=45, unit="%", change=None)]),
    # --- modality: targets
    ("Mục tiêu đến năm 2030, 100% thôn có chi bộ.", [dict(value=100, unit="%", modality=T)]),
    ("Phấn đấu mỗi năm kết nạp 1.500 đảng viên mới.", [dict(value=1500, change="admit", modality=T)]),
    ("Chỉ tiêu đề ra là kết nạp 300 đảng viên trong năm.", [dict(value=300, modality=T, change="admit")]),
    ("Theo kế hoạch, huyện sẽ thành lập 3 chi bộ mới.", [dict(value=3, modality=T, change="establish")]),
    ("Dự kiến năm tới có 25 quần chúng được kết nạp.", [dict(value=25, unit="quần chúng", modality=T)]),
    ("Đã kết nạp 960 đảng viên, đạt 96% chỉ tiêu.",
     [dict(value=960, modality=A), dict(value=96, modality=A)]),
    ("Kết quả đã kết nạp 412 đảng viên, vượt chỉ tiêu 12 đảng viên.",
     [dict(value=412, modality=A), dict(value=12, modality=A)]),
    ("Tỉnh vượt mục tiêu đề ra với 88% chi bộ xếp loại tốt.", [dict(value=88, modality=A)]),
    ("Các xã có tỷ lệ giáo dân từ 50% trở lên được ưu tiên.", [dict(value=50, comparator=">=", modality=A)]),
    # --- modality of rule and plan texts: sections headed as aims, enacted quotas, thresholds
    ("KẾ HOẠCH\nI. TÌNH HÌNH\nHuyện có 40 chi bộ.\nII. MỤC TIÊU\n1. Chỉ tiêu đến năm 2030\n- 95% chi bộ đạt trong sạch."
     "\n- Kết nạp 120 đảng viên.\n2. Nhiệm vụ, giải pháp\nMỗi xã bố trí 2 cán bộ theo dõi.\nIII. TỔ CHỨC THỰC HIỆN"
     "\nBan Tổ chức chủ trì.",
     [dict(value=40, modality=A), dict(value=95, modality=T), dict(value=120, modality=T, change="admit"),
      dict(value=2, unit="cán bộ", modality=T)]),
    ("Hội nghị sơ kết.\nChỉ tiêu chủ yếu năm tới:\n- 100% thôn có chi bộ.\n- Kết nạp 75 đảng viên.\n"
     "Năm nay huyện kết nạp 70 đảng viên.",
     [dict(value=100, modality=T), dict(value=75, modality=T), dict(value=70, modality=A)]),
    ("Sơ kết.\nChỉ tiêu năm nay đã đạt được như sau:\n- Kết nạp 64 đảng viên.", [dict(value=64, modality=A)]),
    ("Toàn tỉnh có 9 huyện.\n2. Định hướng phát triển\nCó 12 xã đạt chuẩn.\n3. Đánh giá chung\nCó 4 xã khó khăn.",
     [dict(value=9, modality=A), dict(value=12, modality=T), dict(value=4, modality=A)]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Số lượng người hoạt động\n"
     "1. Mỗi tổ dân phố được bố trí 03 người.\n2. Tổ dân phố có từ 500 hộ trở lên được bố trí 05 người.\n"
     "Điều 2. Mức phụ cấp\n1. Tổ trưởng tổ dân phố: 1,2 lần mức lương cơ sở.\n"
     "2. Người kiêm nhiệm được hưởng 40% mức phụ cấp.",
     [dict(value=3, unit="người", modality=T), dict(value=500, unit="hộ", comparator=">=", modality=A),
      dict(value=5, unit="người", modality=T), dict(value=1.2, unit="lần", modality=T),
      dict(value=40, unit="%", modality=T)]),
    ("Phấn đấu đến năm 2030, dưới 10% số xã có tỷ lệ hộ nghèo trên 25%.",
     [dict(value=10, comparator="<", modality=T), dict(value=25, comparator=">", modality=A)]),
    ("Toàn tỉnh có trên 90% chi bộ có chi ủy.", [dict(value=90, comparator=">", modality=A)]),
    # --- change: comparators are no change, from → to with a bound, lists sharing a change
    ("Mục tiêu: giảm số chi bộ có dưới 8 đảng viên từ 20 xuống còn 9 chi bộ.",
     [dict(value=8, unit="đảng viên", comparator="<", change=None, modality=A),
      dict(value=9, from_value=20, unit="chi bộ", change="decrease", modality=T)]),
    ("Giảm số thôn chưa có chi bộ từ 18 xuống còn dưới 4 thôn.",
     [dict(value=4, from_value=18, unit="thôn", comparator="<", change="decrease")]),
    ("Tỉnh đã giảm 9 đầu mối cấp phòng và 21 đơn vị hành chính cấp xã.",
     [dict(value=9, unit="đầu mối", change="decrease"), dict(value=21, unit="đơn vị hành chính", change="decrease")]),
    # (a count with a change leads its list; its own noun, not in units.tsv, is read as the words after it)
    ("Tỉnh đã giảm 13 phòng ban chuyên môn và 36 xã.",
     [dict(value=13, unit="phòng ban", change="decrease"), dict(value=36, unit="xã", change="decrease")]),
    ("Số thôn, tổ dân phố giảm từ 1.200 xuống còn 950.",
     [dict(value=950, from_value=1200, unit="thôn, tổ dân phố", change="decrease")]),
    ("Số bản chưa có chi bộ giảm từ 12 bản xuống còn 4 bản. Hiện vẫn còn 4 bản chưa có chi bộ.",
     [dict(value=4, from_value=12, unit="bản")]),
    # --- units and look-alike exclusions
    ("Qua kiểm tra, kết luận 8 tổ chức đảng có vi phạm.", [dict(value=8, unit="tổ chức đảng")]),
    ("Người dân góp 1.800 ngày công làm đường; sau 5 ngày công tác đoàn trở về.", [dict(value=1800, unit="ngày công")]),
    ("Có hơn 2.000 lượt đảng viên dự học.", [dict(value=2000, unit="lượt đảng viên", comparator=">")]),
    ("Đã giải quyết 14/15 đơn tố cáo.", [dict(value=14, denominator=15, unit="đơn tố cáo")]),
    # a place kind after "chi bộ"/"đảng bộ" says where the units are: the qualifier (ANNOTATION.md, Decisions)
    ("Đảng ủy xã thành lập mới 3 chi bộ khu phố.",
     [dict(value=3, unit="chi bộ", qualifier="khu phố", change="establish")]),
    # --- repeats
    # the headline's figure is the body's admission, stated more precisely there; the certificates are another fact
    ("Gia Lai có 4.012 đảng viên mới\nNăm qua, toàn tỉnh kết nạp 4.012 đảng viên mới. Ngoài ra có 4.012 đảng viên "
     "mới được tặng giấy khen.",
     [dict(value=4012, change="admit"), dict(value=4012, change=None, qualifier="mới được tặng giấy khen")]),
    ("Ba xã đạt 100%. Xã thứ tư đạt 100%.", [dict(value=100), dict(value=100)]),
    # --- more from the probes: parenthesis breakdowns, percentage pairs, money defaults, addresses
    ("Thi hành kỷ luật 48 đảng viên (khiển trách 30, cảnh cáo 12, khai trừ 6).",
     [dict(value=48, unit="đảng viên"), dict(value=30, unit="đảng viên", qualifier="khiển trách"),
      dict(value=12, qualifier="cảnh cáo"), dict(value=6, qualifier="khai trừ")]),
    ("Kết nạp 1.205 đảng viên; trong đó, đảng viên là đoàn viên thanh niên 715 đồng chí (chiếm 59,3%).",
     [dict(value=1205, change="admit"), dict(value=715, unit="đảng viên", change="admit", modality=A),
      dict(value=59.3, change=None)]),
    # a counting noun closing a labelled item counts the total's members; one described by its own words is as
    # written, sharing the total's change
    ("Kết nạp 215 đảng viên, trong đó nữ 98 đồng chí.",
     [dict(value=215, change="admit"), dict(value=98, unit="đảng viên", qualifier="nữ", change="admit")]),
    ("Huyện kết nạp 113 quần chúng ưu tú, trong đó có 4 người đạt trình độ thạc sỹ, 46 người đạt trình độ đại học.",
     [dict(value=113, unit="quần chúng ưu tú", change="admit"), dict(value=4, unit="người", change="admit"),
      dict(value=46, unit="người", change="admit")]),
    ("Kết nạp 520 đảng viên, trong đó có 137 đồng chí là cán bộ xã.",
     [dict(value=520, change="admit"), dict(value=137, unit="đồng chí", change="admit")]),
    ("Tỷ lệ dự trữ tăng từ 1% lên 3%.", [dict(value=3, from_value=1, unit="%", change="increase")]),
    ("Số chi bộ có chi ủy từ 40 chi bộ tăng lên 52 chi bộ.", [dict(value=52, from_value=40, change="increase")]),
    # the years of a pair's two levels are no numbers between them
    ("Tỷ lệ hộ nghèo giảm từ 12,5% năm 2020 xuống còn 4,3% năm 2024.",
     [dict(value=4.3, from_value=12.5, unit="%", change="decrease")]),
    ("Số đảng viên tăng từ 1.200 đồng chí (năm 2015) lên 1.650 đồng chí (năm 2020).",
     [dict(value=1650, from_value=1200, change="increase")]),
    # a span's end is no deadline when the publication date is unknown
    ("Từ năm 2015 đến năm 2020, huyện kết nạp 300 đảng viên.", [dict(value=300, change="admit", modality=A)]),
    ("Phấn đấu đến năm 2030, kết nạp 300 đảng viên.", [dict(value=300, change="admit", modality="target")]),
    # (a bare "triệu" before a noun is no money: the barrels are counted)
    ("Iraq giảm sản lượng 1,5 triệu thùng dầu mỗi ngày.",
     [dict(value=1_500_000, unit="thùng", qualifier="dầu mỗi ngày", change="decrease")]),
    ("Xã huy động được 850 triệu, trong đó nhân dân đóng góp 320 triệu.",
     [dict(value=850_000_000, unit="đồng"), dict(value=320_000_000, unit="đồng")]),
    ("Phạt 25 cá nhân, bao gồm: ông A (địa chỉ: 428 đường Trần Phú, tổ dân phố 1).", [dict(value=25, unit="cá nhân")]),
    ("Chỉ tiêu kết nạp đảng viên năm 2024 là 150 đồng chí, đến nay đã kết nạp 120 đồng chí, đạt 80%.",
     [dict(value=150, change="admit", modality=T), dict(value=120, change="admit", modality=A),
      dict(value=80, modality=A)]),
    ("Nhiều chỉ tiêu đạt và vượt kế hoạch đề ra: thu nhập bình quân đạt 52 triệu đồng/người/năm.",
     [dict(value=52_000_000, modality=A)]),
    ("Đạt 16/18 chỉ tiêu Nghị quyết đề ra, còn 2 chỉ tiêu chưa đạt.",
     [dict(value=16, denominator=18, modality=A), dict(value=2, unit="chỉ tiêu", modality=A)]),
    # (Decisions: "đảng viên nữ là 359 đồng chí" counts đảng viên, qualifier "nữ")
    ("Số đảng viên nữ là 359 đồng chí, đảng viên dự bị 120 đồng chí.",
     [dict(value=359, unit="đảng viên", qualifier="nữ"), dict(value=120, unit="đảng viên", qualifier="dự bị")]),
    ("Mỗi năm có từ 80% chi bộ trở lên được xếp loại tốt.", [dict(value=80, comparator=">=", unit="%")]),
    ("Hiện còn 21 thôn, bản chưa có đảng viên và 48 thôn, bản chưa có chi bộ.",
     [dict(value=21, unit="thôn, bản", qualifier="chưa có đảng viên"), dict(value=48, unit="thôn, bản")]),
    ("Ngày đăng: 12/03/2024 | Lượt đọc 1.234 | Đang truy cập: 42 | Chia sẻ 15", []),
    ("Đại hội bầu Ban Chấp hành Đảng bộ xã khóa XV, nhiệm kỳ 2025 - 2030 gồm 15 đồng chí.",
     [dict(value=15, unit="đồng chí")]),
    ("Quý I/2024 và tháng 6/2024 không có đảng viên vi phạm.", []),
    # --- badges, durations, ages, years, dates, documents, chrome: no claim
    ("Trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.", [dict(value=12, unit="đảng viên")]),
    ("Sau hơn 3 năm thực hiện Nghị quyết số 12-NQ/TU, tình hình chuyển biến.", []),
    ("6 tháng đầu năm 2024, Ban Tổ chức Tỉnh ủy đã họp.", []),
    ("Đại hội Đảng bộ tỉnh lần thứ XIII, nhiệm kỳ 2020-2025 diễn ra ngày 15/10/2020.", []),
    ("Ông sinh năm 1970, có 30 năm công tác.", []),
    ("Cụ năm nay 95 tuổi, có 70 năm tuổi Đảng.", []),
    ("Căn cứ Quyết định 187/QĐ-TTg và Chỉ thị số 05-CT/TW ngày 15/5/2016.", []),
    ("Hội nghị lần thứ 4 Ban Chấp hành khóa XIV, Nghị quyết Trung ương 4.", []),
    ("Lượt xem: 12.345 | Đang online: 17 | Hôm nay: 321", []),
    ("Bài viết có 1.250 lượt xem và 3 bình luận.", []),
    ("Liên hệ: điện thoại 0912.345.678 lúc 8:30.", []),
    ("Kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025).", []),
    ("Đến ngày 20/11 sẽ hoàn thành; sáng 14.8 khai mạc.", []),
    ("Kết luận số 21-KL/TW và Quy định 08-QĐi/TU được quán triệt tới 100% chi bộ.", [dict(value=100, unit="%")]),
    ("Đồng chí Hoàng Văn B, Bí thư Đảng ủy phường 4, thành phố K.", []),
    ("Hướng dẫn số 13 của Huyện ủy về đại hội.", []),
    # --- breakdown labels written before their count, counting nouns ("đồng chí", "người")
    ("Năm 2024 kết nạp 140 đảng viên, trong đó nữ 61 đồng chí, người dân tộc thiểu số 75 đồng chí, trí thức 9 đồng "
     "chí.",
     [dict(value=140, unit="đảng viên", change="admit"),
      dict(value=61, unit="đảng viên", qualifier="nữ", change="admit"),
      dict(value=75, unit="đảng viên", qualifier="người dân tộc thiểu số", change="admit"),
      dict(value=9, unit="đảng viên", qualifier="trí thức", change="admit")]),
    ("Số đoàn viên tham gia hiến máu là 2,450 người, tăng so với năm trước.",
     [dict(value=2450, unit="đoàn viên", qualifier="tham gia hiến máu")]),
    ("Tổng số cán bộ được luân chuyển 46 người.", [dict(value=46, unit="cán bộ")]),
    ("Mỗi hộ bình quân 4,5 người; có 1,250 người trong độ tuổi lao động.",
     [dict(value=4.5, unit="người"), dict(value=1250, unit="người")]),
    # --- parenthesised counts after named units: parts of the total just stated, or the head's change
    ("Có 5 chi bộ xếp loại không hoàn thành nhiệm vụ, thuộc Đảng bộ xã Tân Lạc (3) và Đảng bộ phường Đông Mỹ (2).",
     [dict(value=5, unit="chi bộ"), dict(value=3, unit="chi bộ", change=None), dict(value=2, unit="chi bộ")]),
    ("Toàn huyện có 18 xã đạt chuẩn, nổi bật là huyện Yên Khê (1).", [dict(value=18, unit="xã")]),
    ("Năm qua kết nạp 7 đảng viên, thuộc Chi bộ thôn Đông (4) và Chi bộ thôn Tây (3).",
     [dict(value=7, change="admit"), dict(value=4, unit="đảng viên", change="admit"),
      dict(value=3, unit="đảng viên", change="admit")]),
    ("Các xã giảm nhiều nhất là xã Nam Hà (6 thôn) và xã Bắc Sơn (4 thôn, tổ dân phố).",
     [dict(value=6, unit="thôn", change="decrease"), dict(value=4, unit="thôn, tổ dân phố", change="decrease")]),
    ("Huyện có 9 xã (62 thôn) và 2 thị trấn.", [dict(value=9, change=None), dict(value=62, change=None),
                                               dict(value=2, change=None)]),
    # --- a from → to level restated in the headline before the body's pair is one claim
    ("Toàn huyện còn 85 xóm, tổ dân phố\nSau sắp xếp, huyện đã giảm từ 120 xóm, tổ dân phố xuống còn 85 xóm, tổ dân "
     "phố.",
     [dict(value=85, from_value=120, unit="xóm, tổ dân phố", change="decrease")]),
    # --- averages of a change, passive changes
    ("Giai đoạn 2020 - 2024 kết nạp 450 đảng viên, bình quân 90 đảng viên/năm.",
     [dict(value=450, change="admit"), dict(value=90, unit="đảng viên", change="admit")]),
    ("Huyện có 1.200 đảng viên, bình quân 40 đảng viên mỗi xã.",
     [dict(value=1200, change=None), dict(value=40, change=None)]),
    ("Qua bồi dưỡng, đã có 64 quần chúng được kết nạp vào Đảng, chiếm 71%.",
     [dict(value=64, unit="quần chúng", change="admit"), dict(value=71, unit="%", change=None)]),
    ("Có 15 hộ được giảm tiền điện.", [dict(value=15, unit="hộ", change=None)]),
    # --- units: counted people and houses, abbreviations and names of a kind
    ("Hội nghị có hơn 2.300 công nhân tham dự.", [dict(value=2300, unit="công nhân", comparator=">")]),
    ("Phấn đấu đến cuối năm hoàn thành 35 căn.", [dict(value=35, unit="căn", modality=T)]),
    ("Đã bàn giao 12 căn nhà Nhân ái cho hộ nghèo và 30 căn nhà cho hộ cận nghèo.",
     [dict(value=12, unit="căn nhà"), dict(value=30, unit="căn nhà")]),
    ("Khu công nghiệp có 74 doanh nghiệp FDI đang hoạt động.",
     [dict(value=74, unit="doanh nghiệp", qualifier="FDI đang hoạt động")]),
    ("Tỉnh có 3 dự án Nhà nước đầu tư.", [dict(value=3, unit="dự án")]),
    # --- modality: aim verbs after an achievement word, directives
    ("Kinh phí thực hiện dự kiến khoảng 12 tỷ đồng, tăng 2 tỷ đồng.",
     [dict(value=12e9, modality=T, comparator="~"), dict(value=2e9, modality=T, change="increase")]),
    ("Đồng chí Bí thư yêu cầu các xã kết nạp 30 đảng viên trong quý IV.",
     [dict(value=30, modality=T, change="admit")]),
    ("Có 25 hồ sơ đáp ứng yêu cầu, 3 hồ sơ phải bổ sung.", [dict(value=25, modality=A), dict(value=3, modality=A)]),
    # --- tables flattened to "cell | cell | cell": one claim per cell, unit from the row label, column modality
    # a heading that is only its column's cue ("Nghị quyết": what the resolution aimed for) names no unit: the row's
    # noun counts its cells
    ("Chỉ tiêu | Nghị quyết | Thực hiện | Đánh giá\nKết nạp đảng viên | 800 | 912 | Vượt\n",
     [dict(value=800, unit="đảng viên", modality="target"), dict(value=912, unit="đảng viên", modality="actual")]),
    ("Một số chỉ tiêu:\n\nNội dung | Kế hoạch | Thực hiện | Tỷ lệ (%)\n"
     "Sản lượng lương thực (nghìn tấn) | 42 | 40,5 | 96,4\nSố hộ nghèo giảm (hộ) | 120 | 75 | 62,5\n",
     [dict(value=42_000, unit="tấn", modality=T, change=None), dict(value=40_500, unit="tấn", modality=A),
      dict(value=96.4, unit="%", modality=A), dict(value=120, unit="hộ", modality=T, change="decrease"),
      dict(value=75, unit="hộ", modality=A, change="decrease"), dict(value=62.5, unit="%", modality=A, change=None)]),
    ("Tin tức » Kinh tế\n\nHuyện thu ngân sách đạt 60,5% dự toán\n\nNội dung | Kế hoạch | Thực hiện | Tỷ lệ (%)\n"
     "Thu ngân sách (tỷ đồng) | 200 | 121 | 60,5\n",  # the headline's share restated in the table is listed once
     [dict(value=60.5, unit="%"), dict(value=200e9, modality=T), dict(value=121e9, modality=A)]),
    ("Vốn | Dự toán | Ước thực hiện\nChi đầu tư phát triển (tỷ đồng) | 96 | 51,2\n",
     [dict(value=96e9, unit="đồng", modality=T), dict(value=51.2e9, unit="đồng", modality=A)]),
    # tables with tabs or aligned with spaces; the unit from the heading's noun or parenthesis, the caption's unit,
    # a column of units, a breakdown label counting the column before it; row numbers and signed changes
    ("Cấp học\tSố trường\tSố học sinh\tTỷ lệ đạt chuẩn (%)\nMầm non\t41\t6.120\t55,5\n",
     [dict(value=41, unit="trường"), dict(value=6120, unit="học sinh"), dict(value=55.5, unit="%")]),
    ("Đơn vị        Tổng số đảng viên    Nữ     Dự bị\nXã Nà Hì      214                  63     11\n",
     [dict(value=214, unit="đảng viên"), dict(value=63, unit="đảng viên"), dict(value=11, unit="đảng viên")]),
    ("Kết quả thu ngân sách (đơn vị: triệu đồng)\nNội dung | Dự toán | Thực hiện\nThu nội địa | 1.200 | 1.350\n",
     [dict(value=1_200_000_000, unit="đồng", modality=T), dict(value=1_350_000_000, unit="đồng", modality=A)]),
    ("Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024\nThu nhập bình quân | triệu đồng | 48,5 | 52\n",
     [dict(value=48_500_000, unit="đồng"), dict(value=52_000_000, unit="đồng")]),
    ("Chỉ tiêu\tĐơn vị\tNăm 2022\tNăm 2023\nTốc độ tăng trưởng GRDP\t%\t6,5\t7,1\n",
     [dict(value=6.5, unit="%", change="increase"), dict(value=7.1, unit="%", change="increase")]),
    ("Chỉ tiêu | 2026 | 2027\nSố hộ thoát nghèo (hộ) | 410 | 380\n",
     [dict(value=410, unit="hộ"), dict(value=380, unit="hộ")]),
    ("STT | Xã | Chiều dài (km)\n1 | Xã Tân An | 4,5\n2 | Xã Tân Lộc | 3\n",
     [dict(value=4.5, unit="km"), dict(value=3, unit="km")]),
    # a total row labelled in the row-number column, its place cell empty
    ("STT | Xã | Chiều dài (km)\n1 | Xã Tân An | 4,5\n2 | Xã Tân Lộc | 3\nTổng cộng | | 7,5\n",
     [dict(value=4.5, unit="km"), dict(value=3, unit="km"), dict(value=7.5, unit="km")]),
    ("Chỉ tiêu | Năm 2023 | Tăng/giảm\nSố người tham gia BHXH (người) | 26.903 | -1.513\n",
     [dict(value=26_903, unit="người", change=None), dict(value=1513, unit="người", change="decrease")]),
    # --- measures: points of a percentage, rates per area, increments against levels
    ("Tỷ lệ che phủ rừng đạt 46,2%, tăng 0,9 điểm phần trăm.",
     [dict(value=46.2, unit="%"), dict(value=0.9, unit="điểm phần trăm", change="increase")]),
    ("Năng suất bình quân 5.800-6.000 kg/ha/vụ.",
     [dict(value=5800, value_max=6000, unit="kg", qualifier="/ha/vụ")]),
    ("Diện tích trồng cam được mở rộng thêm 120 ha; mô hình được nhân rộng lên 3.000 ha.",
     [dict(value=120, unit="ha", change="increase"), dict(value=3000, unit="ha", change=None)]),
    ("Phường mới được thành lập trên cơ sở 3 phường cũ.", [dict(value=3, unit="phường", change=None)]),
    ("Quy mô dân số gấp gần 2 lần trước đây.", [dict(value=2, unit="lần", comparator="~", change=None)]),
    ("Chi bộ có 30 đảng viên trên tổng số 900 lao động của công ty.",
     [dict(value=30, unit="đảng viên", denominator=None), dict(value=900, unit="lao động")]),
    # --- compound counted nouns
    ("Xã còn 25 hộ nghèo và 40 hộ cận nghèo.",
     [dict(value=25, unit="hộ", qualifier="nghèo"), dict(value=40, unit="hộ", qualifier="cận nghèo")]),
    ("Quận có 120 ấp, khu vực với 118 chi bộ.", [dict(value=120, unit="ấp, khu vực"), dict(value=118, unit="chi bộ")]),
    ("Còn 6 bí thư chi bộ kiêm trưởng thôn chưa qua đào tạo.",
     [dict(value=6, unit="bí thư chi bộ kiêm trưởng thôn", qualifier="chưa qua đào tạo")]),
    ("Số chi bộ ghép giảm từ 20 xuống 4.", [dict(value=4, from_value=20, unit="chi bộ ghép", change="decrease")]),
    # --- not claims: time limits
    ("Mỗi hội nghị diễn ra trong thời gian không quá 2 buổi.", []),
    # --- breakdowns: a header closed by a comma, items that drop the counted noun, a counting noun as an object
    ("Năm qua, huyện kết nạp 210 đảng viên. Trong số đảng viên mới, có 95 nữ và 40 người dân tộc thiểu số.",
     [dict(value=210, change="admit"), dict(value=95, unit="đảng viên", qualifier="nữ", change="admit"),
      dict(value=40, unit="đảng viên", change="admit")]),
    ("Trong đó có 4 đảng viên nhận Huy hiệu 70 năm, 12 nhận Huy hiệu 60 năm.",
     [dict(value=4, unit="đảng viên"), dict(value=12, unit="đảng viên", change=None)]),
    ("Ở xã này, nơi có số đảng viên đông nhất huyện, Đảng ủy đã kết nạp 15 người.",
     [dict(value=15, unit="người", change="admit")]),
    ("Phấn đấu toàn huyện kết nạp 300 đảng viên; trong đó ở 5 xã vùng cao kết nạp từ 60 đảng viên trở lên.",
     [dict(value=300, modality=T, change="admit"), dict(value=5, unit="xã", modality=A, change=None),
      dict(value=60, modality=T, change="admit", comparator=">=")]),
    # --- modality: aims listed after a lead-in ending in a colon, assignments, the units a rule applies to
    ("Nghị quyết xác định 12 chỉ tiêu, trong đó:\n+ Tỷ lệ hộ nghèo giảm 1,5%/năm;\n"
     "+ Thu nhập bình quân 80 triệu đồng/người/năm.\n\nHuyện hiện có 40 chi bộ.",
     [dict(value=12, modality=A), dict(value=1.5, modality=T, change="decrease"), dict(value=80e6, modality=T),
      dict(value=40, modality=A)]),
    ("Báo cáo nêu rõ các chỉ tiêu đã đạt được như sau:\n- Kết nạp 64 đảng viên;\n- Thành lập 2 chi bộ.",
     [dict(value=64, modality=A), dict(value=2, modality=A)]),
    ("Huyện xác định 2 khâu đột phá: phát triển 500 ha cây ăn quả và chuyển đổi số.",
     [dict(value=2, unit="khâu đột phá", modality=A), dict(value=500, unit="ha", modality=T)]),
    ("Mỗi đảng viên được giao giúp đỡ từ 1 đến 2 hộ.", [dict(value=1, value_max=2, unit="hộ", modality=T)]),
    ("Ban Thường vụ Huyện ủy yêu cầu:\n1. Đại hội xong trước quý II.\n"
     "- Chi bộ có từ 25 đảng viên trở lên bầu 3 chi ủy viên;\n- Cấp ủy viên trẻ đạt từ 15% trở lên.\n\n"
     "Chỉ thị này phổ biến đến 80 chi bộ.",
     [dict(value=25, modality=A, comparator=">="), dict(value=3, unit="chi ủy viên", modality=T),
      dict(value=15, unit="%", modality=T, comparator=">="), dict(value=80, modality=A)]),
    # things of security, health, education and public-service reports; units of an administration; visitors' groups
    ("Công an huyện thu giữ 27 mô tô, tước 58 giấy phép lái xe; ngành y tế tiêm 9.400 liều vắc xin cho 3.120 trẻ.",
     [dict(value=27, unit="mô tô"), dict(value=58, unit="giấy phép lái xe"), dict(value=9400, unit="liều vắc xin"),
      dict(value=3120, unit="trẻ")]),
    ("Trung tâm phục vụ hành chính công bố trí 9 quầy giao dịch, 20 máy tính; 3 trụ sở cũ được bàn giao.",
     [dict(value=9, unit="quầy giao dịch"), dict(value=20, unit="máy tính"), dict(value=3, unit="trụ sở")]),
    ("Xã mới có 3 phòng chuyên môn và 1 trung tâm; tiếp 6 đoàn đông người; thu giữ 12,5 gam ma túy.",
     [dict(value=3, unit="phòng chuyên môn"), dict(value=1, unit="trung tâm"), dict(value=6, unit="đoàn"),
      dict(value=12.5, unit="gam")]),
    # "vị" counts people with respect, alone or as a classifier; "vị trí" is a post; land-use certificates
    ("Đại hội hiệp thương cử 29 vị; toàn huyện có 318 vị chức sắc; tuyển dụng 14 vị trí việc làm.",
     [dict(value=29, unit="vị"), dict(value=318, unit="vị chức sắc"), dict(value=14, unit="vị trí việc làm")]),
    ("Trong quý, huyện cấp mới 57 giấy chứng nhận quyền sử dụng đất.",
     [dict(value=57, unit="giấy chứng nhận quyền sử dụng đất")]),
    # a clause opening with "hiện" in a paragraph that opens with an aim reports the present
    ("Huyện ủy giao chỉ tiêu phát triển đảng viên đến từng chi bộ. Tại xã Nà Hẩu, hiện 100% bí thư chi bộ thôn là "
     "trưởng thôn.", [dict(value=100, modality=A)]),
    # a list's parts named by their body or place count their own noun; a category of the total's members takes its unit
    ("Tổng số hội viên các đoàn thể là 9.120 người. Cụ thể:\n- Hội Nông dân huyện: 3.540 hội viên;\n"
     "- Huyện đoàn: 1.210 đoàn viên.",
     [dict(value=9120), dict(value=3540, unit="hội viên", qualifier=None),
      dict(value=1210, unit="đoàn viên", qualifier=None)]),
    ("Kết nạp 640 đảng viên, trong đó 512 đoàn viên.",
     [dict(value=640, unit="đảng viên"), dict(value=512, unit="đảng viên", qualifier="đoàn viên", change="admit")]),
    # change verbs joined by a comma share their object: the short clause of verbs states the number's change
    ("Đình chỉ sinh hoạt 2 đồng chí; xóa tên, cho ra khỏi Đảng đối với 5 đồng chí.",
     [dict(value=2, change=None), dict(value=5, change="eliminate")]),
    ("Năm 2023, giảm nghèo là nhiệm vụ trọng tâm, toàn huyện có 120 hộ nghèo.", [dict(value=120, change=None)]),
    # the items of a marked list under a quota's lead line count the change the quota is of
    ("Giao chỉ tiêu kết nạp đảng viên cho các đảng bộ cơ sở:\n- Đảng bộ xã Yên Lạc: 12 đảng viên;\n"
     "- Đảng bộ thị trấn Chợ Chu: 9 đảng viên.",
     [dict(value=12, unit="đảng viên", change="admit"), dict(value=9, unit="đảng viên", change="admit")]),
    # a rise or fall restated as a rate in parentheses shares its change; a share of a level does not
    ("Năm 2019, xảy ra 65 vụ tai nạn, giảm 12 vụ (15,6%), giảm 4 người chết (9,3%).",
     [dict(value=65, change=None), dict(value=12, change="decrease"), dict(value=15.6, change="decrease"),
      dict(value=4, change="decrease"), dict(value=9.3, change="decrease")]),
    ("Toàn huyện có 356 đảng viên hoàn thành xuất sắc nhiệm vụ (12,4%).",
     [dict(value=356, change=None), dict(value=12.4, change=None)]),
    # a vaccine dose by its number is no count ("mũi 1"); doses counted after the number are
    ("Có 8.920 người đã tiêm mũi 1, 7.200 người tiêm đủ 2 mũi.", [dict(value=8920), dict(value=7200)]),
    # a figure of a proposal ("theo phương án") is aimed for
    ("Toàn tỉnh hiện có 151 đơn vị hành chính cấp xã. Theo phương án, tỉnh còn 40 xã, phường, giảm 111 đơn vị.",
     [dict(value=151, modality=A), dict(value=40, modality=T), dict(value=111, modality=T)]),
    # a level, then the change from its old value written after it; a range of increase stays a count of its own
    ("Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến đạt 61,2%, tăng từ 40,5% năm 2023. Kế hoạch năm 2025 đạt 80%.",
     [dict(value=61.2, from_value=40.5, change="increase"), dict(value=80)]),
    ("Số hộ nghèo còn 96 hộ, giảm từ 150 hộ năm 2022.", [dict(value=96, from_value=150, change="decrease")]),
    ("Kết nạp 40 đảng viên, tăng từ 3 đến 5 đảng viên so với cùng kỳ.",
     [dict(value=40, from_value=None, change="admit"), dict(value=3, value_max=5, change="increase")]),
    # "đ/c" (đồng chí) after a statistical line's label counts the label's noun
    ("Tổng số đảng viên: 4.210 đồng chí, trong đó:\n- Đảng viên nữ: 1.902 đ/c;\n- Đảng viên dự bị: 133 đ/c.",
     [dict(value=4210, unit="đảng viên"), dict(value=1902, unit="Đảng viên", qualifier="nữ"),
      dict(value=133, unit="Đảng viên", qualifier="dự bị")]),
    # with no publication date, a "chỉ tiêu" lead-in that names a year but no term or deadline lists figures
    ("Một số chỉ tiêu y tế năm 2024 của tỉnh Cà Mau:\n- Số bác sĩ/vạn dân: 9,8;\n"
     "- Tỷ lệ trạm y tế xã có bác sĩ làm việc: 96,2%.", [dict(value=9.8, modality=A), dict(value=96.2, modality=A)]),
    # a lead-in naming its term or deadline, items numbered in parentheses; a budget estimate listed
    ("Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030 của Đảng bộ xã Tân Lộc:\n"
     "(1) Thu nhập bình quân đạt 95 triệu đồng/năm.\n"
     "(2) Kết nạp mới 60 đảng viên trở lên.",
     [dict(value=95e6, modality=T), dict(value=60, unit="đảng viên", modality=T, comparator=">=", change="admit")]),
    # the aims listed after their count are aimed for, and a numbered item ending as a sentence opens no section:
    # the paragraph after the list reports
    ("Đại hội đề ra 12 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó:\n1. Hằng năm kết nạp từ 40 đảng viên "
     "trở lên.\n2. Đến năm 2030, thu nhập bình quân đạt 90 triệu đồng.\n\nĐại hội đã bầu 9 đại biểu chính thức "
     "đi dự Đại hội cấp trên.",
     [dict(value=12, modality=A), dict(value=40, modality=T), dict(value=90e6, modality=T),
      dict(value=9, unit="đại biểu", modality=A)]),
    ("Điều 1. Phê chuẩn dự toán thu, chi ngân sách năm 2027 như sau:\n1. Tổng thu ngân sách: 1.240.000 triệu đồng;\n"
     "2. Chi thường xuyên: 830.500 triệu đồng.",
     [dict(value=1.24e12, modality=T), dict(value=8.305e11, modality=T)]),
    ("QUYẾT NGHỊ:\nĐiều 1. Đối tượng áp dụng: 250 thôn, tổ dân phố.\nĐiều 2. Mức hỗ trợ\n"
     "a) Ấp có từ 300 hộ gia đình trở lên, khu phố có từ 450 hộ gia đình trở lên: 5,0 lần mức lương cơ sở;",
     [dict(value=250, modality=A), dict(value=300, modality=A, comparator=">="),
      dict(value=450, modality=A, comparator=">="), dict(value=5.0, unit="lần", modality=T)]),
    # --- growth rates with an abbreviation or a period between cue and number
    ("Năm nay, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,8%; thu ngân sách đạt 410 tỷ đồng.",
     [dict(value=6.8, unit="%", change="increase"), dict(value=410e9, change=None)]),
    ("- Phấn đấu tăng trưởng GRDP 6 tháng đầu năm đạt 5,5-6%.",
     [dict(value=5.5, value_max=6, change="increase", modality=T)]),
    # --- "cấp trên" is the level above, no bound
    ("Thu đảng phí 12.000.000 đồng, nộp cấp trên 6.000.000 đồng.",
     [dict(value=12e6), dict(value=6e6, comparator=None)]),
    # --- noun lists ending before a date; votes; appointed leaders
    ("Phấn đấu xóa 320 nhà tạm, nhà dột nát trước ngày 30/9.",
     [dict(value=320, unit="nhà tạm, nhà dột nát", change="eliminate", modality=T)]),
    ("Đồng chí được bầu với 27/29 phiếu, đạt 93,1%.",
     [dict(value=27, denominator=29, unit="phiếu"), dict(value=93.1, unit="%")]),
    ("Năm qua huyện đã bổ nhiệm mới 8 lãnh đạo cấp phòng.",
     [dict(value=8, unit="lãnh đạo", qualifier="cấp phòng", change=None)]),
    # --- modality: an aim verb first keeps a later "hoàn thành chỉ tiêu …" an aim; an aim in a parenthesis stays
    # there; a capitalised cue inside a name is no aim; a recognition is a result; a plan's "đạt x% kế hoạch" is aimed
    ("Phấn đấu kết nạp từ 300 đảng viên trở lên, bảo đảm hoàn thành chỉ tiêu kết nạp 700 đảng viên; xóa 3 thôn "
     "chưa có đảng viên.",
     [dict(value=300, modality=T), dict(value=700, modality=T, change="admit"),
      dict(value=3, modality=T, change="eliminate")]),
    ("Kết nạp 7 đảng viên (chỉ tiêu 12 đảng viên); đề nghị trao Huy hiệu Đảng cho 5 đảng viên.",
     [dict(value=7, modality=A), dict(value=12, modality=T), dict(value=5, modality=A)]),
    ("Bầu ông A, Trưởng phòng Tài chính - Kế hoạch huyện, giữ chức Phó Chủ tịch với 30/31 đại biểu tán thành.",
     [dict(value=30, denominator=31, modality=A)]),
    ("QUYẾT ĐỊNH:\nĐiều 1. Công nhận 04 xã đạt chuẩn nông thôn mới (đạt 19/19 tiêu chí).\n"
     "Điều 2. Mỗi xã được công nhận được thưởng 1 tỷ đồng.",
     [dict(value=4, modality=A), dict(value=19, denominator=19, modality=A), dict(value=1e9, modality=T)]),
    ("II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026\n- Thu đảng phí đạt 100% kế hoạch.", [dict(value=100, modality=T)]),
    # "thấp hơn / cao hơn N" states a difference, no bound; "không thấp hơn N" is one
    ("Tỷ lệ đạt 96,5%, thấp hơn 0,4 điểm phần trăm so với cùng kỳ.",
     [dict(value=96.5), dict(value=0.4, unit="điểm phần trăm", comparator=None)]),
    ("Thu ngân sách cao hơn 15 tỷ đồng so với năm trước.", [dict(value=15_000_000_000, comparator=None)]),
    ("Tỷ lệ che phủ rừng không thấp hơn 60%.", [dict(value=60, comparator=">=")]),
    ("Tỷ lệ hộ nghèo ≤ 2%; tỷ lệ che phủ rừng ≥ 45%.",
     [dict(value=2, comparator="<="), dict(value=45, comparator=">=")]),
    # a heading of indicators for a quarter or a half-year reports them; one for a year sets them
    ("Một số chỉ tiêu chủ yếu 6 tháng đầu năm:\n- Thu ngân sách đạt 2.140 tỷ đồng.\n\nCó 85 doanh nghiệp mới.",
     [dict(value=2_140_000_000_000, modality=A), dict(value=85, modality=A)]),
    ("Các chỉ tiêu chủ yếu năm 2031:\n- Kết nạp 250 đảng viên.", [dict(value=250, modality=T)]),
    # a parenthesis after an aim that opens with a breakdown cue breaks the count down; it states no aim's value
    ("Huyện kết nạp 210 đảng viên, vượt 5% chỉ tiêu giao (trong đó nữ 88).",
     [dict(value=210, modality=A), dict(value=5), dict(value=88, unit="đảng viên", qualifier="nữ", modality=A)]),
    # a number right after the aim it states is the aimed value, whatever the sentence measures against it
    ("Tỷ lệ đạt 1,4%, so với mục tiêu 2%.", [dict(value=1.4, modality=A), dict(value=2, modality=T)]),
    ("Tỷ lệ còn 18,2%, chưa đạt mục tiêu giảm bình quân 1,5%/năm.",
     [dict(value=18.2, modality=A), dict(value=1.5, change="decrease", modality=T)]),
    ("Huyện kết nạp 66 đảng viên, vượt 10% chỉ tiêu.", [dict(value=66, modality=A), dict(value=10, modality=A)]),
    # a number glued to letters ("4G") names something and ends no list of nouns
    ("Có 9/12 xã, thị trấn đã có sóng 4G.", [dict(value=9, denominator=12, unit="xã, thị trấn")]),
    # areas and volumes written with superscripts
    ("Xã rộng 12,6 km², có hồ chứa 800 m³.", [dict(value=12.6, unit="km²"), dict(value=800, unit="m³")]),
]
# fmt: on

# Issue 16: real reporting in general.  Every phrase, name and number below is invented for the test.
# fmt: off
REAL_REPORTING_CASES = [
    # --- unit boundaries: the counted noun phrase (head noun + compound), status words and place kinds to the
    # qualifier, abbreviations after the noun to the qualifier, lists of heads, classifiers and posts
    ("Năm nay thành lập 7 tổ chức công đoàn và 3 tổ chức đoàn thanh niên.",
     [dict(value=7, unit="tổ chức công đoàn", change="establish"),
      dict(value=3, unit="tổ chức đoàn thanh niên", change="establish")]),
    ("Công ty có 860 đoàn viên công đoàn.", [dict(value=860, unit="đoàn viên công đoàn")]),
    ("Đảng bộ tỉnh có 412 chi, đảng bộ cơ sở trực thuộc.", [dict(value=412, unit="chi, đảng bộ cơ sở")]),
    # things counted in reports on the economy: gardens, land plots, contracts, hospital beds, clubs
    ("Xã triển khai 12 vườn mẫu và 40 vườn cây ăn quả, ký 8 hợp đồng bao tiêu.",
     [dict(value=12, unit="vườn mẫu"), dict(value=40, unit="vườn"), dict(value=8, unit="hợp đồng")]),
    ("Huyện cấp giấy chứng nhận cho 215 thửa đất; bệnh viện có 150 giường bệnh; thành lập 6 CLB.",
     [dict(value=215, unit="thửa đất"), dict(value=150, unit="giường bệnh"), dict(value=6, unit="CLB")]),
    ("Thị xã có 23 đơn vị sự nghiệp.", [dict(value=23, unit="đơn vị sự nghiệp")]),
    ("Toàn tỉnh có 31 tổ chức đoàn, hội thanh niên.", [dict(value=31, unit="tổ chức đoàn, hội thanh niên")]),
    ("Hội nghị có 14 tỉnh ủy, thành ủy tham dự.", [dict(value=14, unit="tỉnh ủy, thành ủy")]),
    ("Năm qua huyện giảm 315 hộ nghèo.", [dict(value=315, unit="hộ", qualifier="nghèo", change="decrease")]),
    ("Huyện có 58 chi bộ thôn, bản và 9 chi bộ cơ quan.",
     [dict(value=58, unit="chi bộ"), dict(value=9, unit="chi bộ")]),
    ("Thành lập 36 đảng bộ xã, phường.", [dict(value=36, unit="đảng bộ", qualifier="xã, phường", change="establish")]),
    ("Đoàn đã kiểm tra 5 đảng bộ huyện và 12 tổ chức cơ sở đảng.",
     [dict(value=5, unit="đảng bộ", qualifier="huyện"), dict(value=12, unit="tổ chức cơ sở đảng")]),
    ("Nghị quyết đề ra 6 nhiệm vụ trọng tâm.",
     [dict(value=6, unit="nhiệm vụ", qualifier="trọng tâm", modality=A)]),
    ("Thành phố có trên 12 quận, huyện, thị xã.", [dict(value=12, unit="quận, huyện, thị xã", comparator=">")]),
    ("Đã khen thưởng 9 tập thể chi ủy.", [dict(value=9, unit="tập thể chi ủy")]),
    ("Năm qua đã kiểm tra 1.320 lượt tổ chức đảng.", [dict(value=1320, unit="lượt tổ chức đảng")]),
    ("Ngành du lịch đón 2,3 triệu lượt khách.", [dict(value=2_300_000, unit="lượt khách")]),
    ("Tỉnh xác định 5 nhóm giải pháp.", [dict(value=5, unit="nhóm giải pháp")]),
    ("Có 47 sản phẩm OCOP được công nhận.", [dict(value=47, unit="sản phẩm", qualifier="OCOP được công nhận")]),
    ("Xã hoàn thành 16 chỉ tiêu HĐND giao.", [dict(value=16, unit="chỉ tiêu")]),
    ("Kỷ luật 4 lãnh đạo cấp phòng.", [dict(value=4, unit="lãnh đạo", qualifier="cấp phòng")]),
    ("Miễn nhiệm 2 phó chủ tịch UBND huyện.", [dict(value=2, unit="phó chủ tịch")]),
    ("Còn 312/890 trưởng thôn, tổ trưởng tổ dân phố chưa là đảng viên.",
     [dict(value=312, denominator=890, unit="trưởng thôn, tổ trưởng tổ dân phố")]),
    ("Ban Chấp hành gồm 35 đồng chí Ủy viên chính thức.",
     [dict(value=35, unit="đồng chí", qualifier="Ủy viên chính thức")]),
    ("Chi bộ tổ chức lễ kết nạp cho 17 em học sinh.", [dict(value=17, unit="học sinh", change="admit")]),
    ("Quỹ đã hỗ trợ 1.120 hộ gia đình.", [dict(value=1120, unit="hộ gia đình")]),
    # --- change from paraphrase: admission without "kết nạp", passives after a description, training and
    # proposals, growth rates, resulting totals, restatements in another measure, caption lines
    ("Năm qua, 38 quần chúng ưu tú được đứng vào hàng ngũ của Đảng.",
     [dict(value=38, unit="quần chúng ưu tú", change="admit")]),
    ("Chi bộ tổ chức lễ kết nạp Đảng cho 6 quần chúng ưu tú.", [dict(value=6, change="admit")]),
    ("Huyện kết nạp 94 đảng viên mới. Trong số các đảng viên mới có 11 đồng chí là nữ.",
     [dict(value=94, change="admit"), dict(value=11, unit="đảng viên", change="admit")]),
    ("Số đảng viên mới kết nạp trong năm là 167 đồng chí.", [dict(value=167, unit="đảng viên", change="admit")]),
    ("9 học sinh Trường THPT Tân Thịnh (huyện Minh Sơn) được kết nạp vào Đảng.",
     [dict(value=9, unit="học sinh", change="admit")]),
    ("Chi bộ có 4 quần chúng ưu tú công tác tại trạm và được Đảng ủy xã đồng ý kết nạp.",
     [dict(value=4, unit="quần chúng ưu tú", change="admit")]),
    ("5 quần chúng được kết nạp thuộc 3 chi bộ.",
     [dict(value=5, change="admit"), dict(value=3, unit="chi bộ", change=None)]),
    # "mới" before or after the founding verb, after the counted noun, says it was founded
    ("Trong năm có 64 hợp tác xã thành lập mới.", [dict(value=64, unit="hợp tác xã", change="establish")]),
    ("Toàn huyện có 9 chi hội mới thành lập.", [dict(value=9, unit="chi hội", change="establish")]),
    # a number closing a commune's name the gazetteer knows, or a village's name before a mark, is no count
    ("Đảng ủy xã Quế Xuân 1 tổ chức đại hội.", []),
    ("Còn 1 thôn chưa có đảng viên (thôn Nà Pục 2, xã Tân Lập).", [dict(value=1, unit="thôn")]),
    ("Xã có thôn Tân Lập 12 hộ nghèo.", [dict(value=12, unit="hộ")]),
    # sanctions label a breakdown's items, after or before their number; a range of percentages
    ("Kỷ luật 5 đảng viên (2 khiển trách, 3 cảnh cáo).",
     [dict(value=5, unit="đảng viên"), dict(value=2, unit="đảng viên", qualifier="khiển trách"),
      dict(value=3, unit="đảng viên", qualifier="cảnh cáo")]),
    ("Tỷ lệ giải ngân đạt từ 45% đến 60%.", [dict(value=45, value_max=60, unit="%")]),
    # "trở lên" after a rate or a status word still bounds the number; after a grade it is the grade's
    ("Thu nhập bình quân đạt 70 triệu đồng/năm trở lên.",
     [dict(value=70_000_000, unit="đồng", qualifier="/năm", comparator=">=")]),
    ("Mỗi năm kết nạp 12 đảng viên mới trở lên.", [dict(value=12, unit="đảng viên", qualifier="mới", comparator=">=")]),
    ("Có 75% học sinh khá trở lên.", [dict(value=75, unit="%", comparator=None)]),
    # a time after the counted thing says when, it is no qualifier
    ("Có 4 xã đạt chuẩn nông thôn mới năm 2021.", [dict(value=4, unit="xã", qualifier="đạt chuẩn nông thôn mới")]),
    ("Số hộ nghèo giảm từ 210 hộ năm 2017 xuống còn 64 hộ năm 2021.",
     [dict(value=64, unit="hộ", qualifier=None, from_value=210, change="decrease")]),
    # a lead naming what a sentence's items count, before its colon; each item's label is its category
    ("2. Đối với đảng viên: tổng số được đánh giá 1.240; hoàn thành xuất sắc nhiệm vụ: 160; không hoàn thành "
     "nhiệm vụ: 9.",
     [dict(value=1240, unit="đảng viên", qualifier="tổng số được đánh giá"),
      dict(value=160, unit="đảng viên", qualifier="hoàn thành xuất sắc nhiệm vụ"),
      dict(value=9, unit="đảng viên", qualifier="không hoàn thành nhiệm vụ")]),
    ("Thanh tra tỉnh tiến hành 9 cuộc thanh tra tại 4 đảng ủy cơ sở.",
     [dict(value=9, unit="cuộc thanh tra"), dict(value=4, unit="đảng ủy cơ sở")]),
    ("Huyện có 9 chi hội mới.", [dict(value=9, unit="chi hội", change=None)]),
    ("Mở 4 lớp bồi dưỡng kết nạp đảng cho 213 học viên.",
     [dict(value=4, unit="lớp"), dict(value=213, unit="học viên", change=None)]),
    ("Giới thiệu 52 đoàn viên ưu tú cho Đảng xem xét kết nạp.", [dict(value=52, change=None)]),
    ("Tăng trưởng kinh tế đạt 6,9%.", [dict(value=6.9, unit="%", change="increase")]),
    ("Kết nạp 95 đảng viên, nâng tổng số đảng viên lên 3.870 đồng chí.",
     [dict(value=95, change="admit"), dict(value=3870, unit="đảng viên", change=None)]),
    ("Kết nạp 310 đảng viên, trong đó 120 nữ, nâng tổng số đảng viên lên 9.450 người, trong đó 2.100 đảng viên nữ.",
     [dict(value=310, change="admit"), dict(value=120, unit="đảng viên", change="admit"),
      dict(value=9450, unit="đảng viên", change=None), dict(value=2100, unit="đảng viên", change=None)]),
    ("Thu nhập bình quân tăng 8,4%, tương đương 3,2 triệu đồng.",
     [dict(value=8.4, change="increase"), dict(value=3_200_000, unit="đồng", change="increase")]),
    ("Mục tiêu giảm 1,5% hộ nghèo, tương ứng với 620 hộ.",
     [dict(value=1.5, change="decrease", modality=T), dict(value=620, unit="hộ", change="decrease", modality=T)]),
    ("Phấn đấu giảm nghèo từ 2 đến 2,5%.", [dict(value=2, value_max=2.5, change="decrease", modality=T)]),
    ("Chương trình giảm nghèo hỗ trợ 75 hộ.", [dict(value=75, unit="hộ", change=None)]),
    ("Tỷ lệ giảm nghèo đạt 1,3%.", [dict(value=1.3, unit="%", change=None)]),
    ("Thành lập mới 4 chi bộ, 2 đảng bộ cơ sở.",
     [dict(value=4, change="establish"), dict(value=2, unit="đảng bộ cơ sở", change="establish")]),
    ("Quang cảnh lễ kết nạp đảng viên mới\n25 đại biểu tham dự buổi lễ.", [dict(value=25, change=None)]),
    ("Phấn đấu tốc độ tăng trưởng\nGRDP đạt 7% trở lên.", [dict(value=7, change="increase", comparator=">=")]),
    # --- modality: achieved/assigned fractions, duties of each, plans, recipients of an assignment, aims in a
    # parenthesis or a quotation, estimates, counts of aims, a thing's own "đã"
    ("Chi bộ kết nạp được 11/8 đảng viên, đạt 137% chỉ tiêu.",
     [dict(value=11, denominator=8, change="admit", modality=A), dict(value=137, modality=A)]),
    ("Các chi bộ tích cực phát triển đảng viên. Đảng bộ xã kết nạp được 7/5, đạt 140%.",
     [dict(value=7, denominator=5, unit="đảng viên", change="admit", modality=A), dict(value=140)]),
    ("Mỗi đảng viên phụ trách 4 hộ gia đình.", [dict(value=4, unit="hộ gia đình", modality=T)]),
    ("Mỗi chi bộ kết nạp ít nhất 2 đảng viên.", [dict(value=2, change="admit", modality=T, comparator=">=")]),
    ("Mỗi xã có 8 thôn.", [dict(value=8, unit="thôn", modality=A)]),
    ("Mỗi suất quà trị giá 700.000 đồng.", [dict(value=700_000, unit="đồng", modality=A)]),
    ("Dự kiến sẽ xây dựng 30 căn nhà.", [dict(value=30, modality=T)]),
    ("Tỷ lệ hộ nghèo giảm 1,4%, đạt chỉ tiêu Tỉnh giao (từ 1-1,2%).",
     [dict(value=1.4, change="decrease", modality=A), dict(value=1, value_max=1.2, modality=T)]),
    ("Tỷ lệ hộ nghèo là 8,1%, đạt mục tiêu của Chương trình (giảm trên 2%/năm).",
     [dict(value=8.1, modality=A), dict(value=2, change="decrease", modality=T, comparator=">")]),
    ("Thực hiện Nghị quyết Đại hội “Mỗi năm kết nạp 250 đảng viên”, huyện đã kết nạp 240 đảng viên.",
     [dict(value=250, modality=T), dict(value=240, change="admit", modality=A)]),
    ("Ban Thường vụ giao chỉ tiêu cho 18 cơ sở đảng kết nạp 90 đảng viên.",
     [dict(value=18, unit="cơ sở đảng", modality=A), dict(value=90, change="admit", modality=T)]),
    ("Dự kiến đầu tư 12 dự án; trong đó 5 dự án đã có nhà đầu tư.",
     [dict(value=12, modality=T), dict(value=5, unit="dự án", modality=A)]),
    ("Dự kiến cả năm đạt 16/16 chỉ tiêu; GRDP ước đạt 5.600 tỷ đồng, tăng 7,1%.",
     [dict(value=16, denominator=16, modality=T), dict(value=5.6e12, modality=A),
      dict(value=7.1, change="increase", modality=A)]),
    ("Nhiều chỉ tiêu kinh tế tăng cao, trong đó GRDP ước tăng 8,3%.", [dict(value=8.3, modality=A)]),
    ("Huyện đánh giá kết quả thực hiện các chỉ tiêu chủ yếu của nhiệm kỳ (24 chỉ tiêu).",
     [dict(value=24, unit="chỉ tiêu", modality=A)]),
    ("Thi công 40 công trình, đạt 98% so kế hoạch và giải ngân đạt 96% kế hoạch.",
     [dict(value=40), dict(value=98, modality=A), dict(value=96, modality=A)]),
    ("Huyện giao chỉ tiêu kết nạp 60 đảng viên. Trong đó, đảng viên là học sinh từ 5 đồng chí.",
     [dict(value=60, modality=T), dict(value=5, unit="đảng viên", change="admit", modality=T, comparator=">=")]),
    ("Đại biểu đại diện cho 8.200 đảng viên từ 45 đảng bộ trực thuộc.",
     [dict(value=8200), dict(value=45, unit="đảng bộ", comparator=None)]),
    # --- missed claims: numbers after their label, religious and social units, abbreviations, amounts after "="
    # or ":", compound scales, parts of a whole, lists of named units, bare admissions
    ("Tổ chức cơ sở đảng gồm: đảng bộ cơ sở 28; chi bộ cơ sở 143.",
     [dict(value=28, unit="đảng bộ cơ sở"), dict(value=143, unit="chi bộ cơ sở")]),
    ("Tổng số đảng viên toàn xã: 1.385.", [dict(value=1385, unit="đảng viên")]),
    ("Số chi bộ trực thuộc là 27.", [dict(value=27, unit="chi bộ")]),
    ("Chỉ tiêu kết nạp đảng viên năm 2025 là 140.",
     [dict(value=140, unit="đảng viên", change="admit", modality=T)]),
    ("Nâng tổng số tổ chức cơ sở đảng lên 76.", [dict(value=76, unit="tổ chức cơ sở đảng", change=None)]),
    ("- Số đảng viên được kết nạp: 134 đồng chí.", [dict(value=134, unit="đảng viên", change="admit")]),
    ("Chi bộ 3 tổ chức sinh hoạt chuyên đề.", []),
    ("Xã có 6 giáo xứ, 19 họ đạo với trên 7.500 giáo dân.",
     [dict(value=6, unit="giáo xứ"), dict(value=19, unit="họ đạo"), dict(value=7500, unit="giáo dân", comparator=">")]),
    ("Toàn huyện có 4 tôn giáo và 33 cơ sở thờ tự.",
     [dict(value=4, unit="tôn giáo"), dict(value=33, unit="cơ sở thờ tự")]),
    ("Đã quy hoạch 21 chức sắc tôn giáo.", [dict(value=21, unit="chức sắc")]),
    ("Tỉnh có 43 dân tộc anh em cùng sinh sống.", [dict(value=43, unit="dân tộc")]),
    ("Năm qua kết nạp 36 ĐV mới.", [dict(value=36, unit="ĐV", change="admit")]),
    ("Chi bộ có 28/31 Đ/v tham dự.", [dict(value=28, denominator=31, unit="Đ/v")]),
    ("Toàn huyện có 2.640 hội viên (HV); năm qua kết nạp 185 HV mới.",
     [dict(value=2640, unit="hội viên"), dict(value=185, unit="HV", change="admit")]),
    ("Tổng thu ngân sách = 970 tỷ đồng.", [dict(value=970e9, unit="đồng")]),
    ("Kinh phí: 480 triệu đồng.", [dict(value=480e6, unit="đồng")]),
    ("Số hộ được hỗ trợ:1.460 hộ; lãi suất=0,6%/tháng; họp lúc 14:30.",
     [dict(value=1460, unit="hộ"), dict(value=0.6, unit="%", qualifier="/tháng")]),
    ("Thu ngân sách đạt gần 14,6 nghìn tỷ đồng.", [dict(value=14.6e12, unit="đồng", comparator="~")]),
    ("Có 230 đại biểu chính thức trong tổng số 236 đại biểu được triệu tập.",
     [dict(value=230, denominator=236, unit="đại biểu", qualifier="chính thức")]),
    ("Chi bộ có 19 đảng viên trên tổng số 640 lao động.",
     [dict(value=19, unit="đảng viên", denominator=None), dict(value=640, unit="lao động")]),
    ("GRDP tăng 8,1% (vượt mục tiêu Nghị quyết 0,6%).", [dict(value=8.1), dict(value=0.6, unit="%")]),
    ("Cụ thể: Đảng bộ huyện Tây Sơn chỉ tiêu kết nạp 70 đảng viên; Hòa Phong 45; Tân Lạc 38 và Đảng bộ Quân sự "
     "chỉ tiêu kết nạp 12 đảng viên.",
     [dict(value=70, change="admit", modality=T),
      dict(value=45, unit="đảng viên", qualifier="Hòa Phong", change="admit", modality=T),
      dict(value=38, unit="đảng viên", qualifier="Tân Lạc", change="admit", modality=T),
      dict(value=12, change="admit", modality=T)]),
    ("5 chức sắc được kết nạp thuộc 3 đảng bộ huyện như Phước Hòa kết nạp được 2, Tân An là 1, Bình Lâm và "
     "Đông Hải mỗi xã kết nạp được 1.",
     [dict(value=5, change="admit"), dict(value=3, change=None),
      dict(value=2, unit="chức sắc", qualifier="Phước Hòa", change="admit"),
      dict(value=1, unit="chức sắc", qualifier="Tân An", change="admit"),
      dict(value=1, unit="chức sắc", qualifier="Bình Lâm", change="admit"),
      dict(value=1, unit="chức sắc", qualifier="Đông Hải", change="admit")]),
    ("Chi bộ có 20 đảng viên trở lên.", [dict(value=20, comparator=">=")]),
    ("Chi bộ có 25 đảng viên chính thức trở lên được bầu chi ủy.",
     [dict(value=25, comparator=">=", qualifier="chính thức")]),
    ("Có 91,5% đảng viên hoàn thành tốt nhiệm vụ trở lên.", [dict(value=91.5, comparator=None)]),
    ("Các xã, thị trấn có 14 đội, 6 tổ.", [dict(value=14), dict(value=6, unit="tổ")]),
    ("- Kết nạp đảng viên mới: 164 đồng chí, đạt 109% kế hoạch.",
     [dict(value=164, unit="đảng viên", change="admit"), dict(value=109, modality=A)]),
    ("- Thành lập mới tổ chức đảng: 5 chi bộ.", [dict(value=5, unit="chi bộ", change="establish")]),
    ("- Đảng viên mới kết nạp: 93.", [dict(value=93, unit="Đảng viên", change="admit")]),
    ("+ Kết nạp đảng viên: 276 đồng chí (nữ: 118; dân tộc thiểu số: 64).",
     [dict(value=276, unit="đảng viên", change="admit"),
      dict(value=118, unit="đảng viên", qualifier="nữ", change="admit"),
      dict(value=64, unit="đảng viên", qualifier="dân tộc thiểu số", change="admit")]),
    ("Xóa thôn chưa có đảng viên: 5 thôn.", [dict(value=5, unit="thôn", change="eliminate")]),
    ("Giải quyết việc làm cho 1.900 lao động, trong đó xuất khẩu lao động 240 người.",
     [dict(value=1900, unit="lao động"), dict(value=240, unit="lao động")]),
    ("Tỷ lệ hộ nghèo trên 28 xã vùng cao là 12,4%. Toàn tỉnh có trên 28 xã vùng cao.",
     [dict(value=28, comparator=None), dict(value=12.4), dict(value=28, comparator=">")]),
    ("Xã Tân Lợi kết nạp 5; xã Hòa Bắc kết nạp 4; xã Đông Yên kết nạp 3 đảng viên.",
     [dict(value=5, unit="đảng viên", change="admit"), dict(value=4, unit="đảng viên", change="admit"),
      dict(value=3, unit="đảng viên", change="admit")]),
    ("Giao chỉ tiêu kết nạp đảng viên cho các đảng bộ: Đảng bộ xã Tân Lợi 14 đảng viên; Đảng bộ xã Hòa Bắc 11 đảng "
     "viên.", [dict(value=14, change="admit"), dict(value=11, change="admit")]),
    ("6 tháng đầu năm kết nạp 7 đảng viên mới, đạt 50% chỉ tiêu năm (chỉ tiêu 14 đảng viên).",
     [dict(value=7, change="admit", modality=A), dict(value=50, change=None), dict(value=14, change="admit")]),
    ("Huyện đang chuẩn bị đại hội các chi bộ, trong đó 100% chi bộ hoàn thành trước quý II.",
     [dict(value=100, modality=T)]),
    ("Trong năm, thành lập mới: 4 chi bộ cơ sở; 3 đảng bộ cơ sở; 7 chi bộ trực thuộc.",
     [dict(value=4, change="establish"), dict(value=3, unit="đảng bộ cơ sở", change="establish"),
      dict(value=7, unit="chi bộ", change="establish")]),
    ("Kết quả kết nạp: xã Tân Lợi 13 đảng viên, xã Hòa Bắc 8 đảng viên.",
     [dict(value=13, change="admit"), dict(value=8, change="admit")]),
    ("Về công tác phát triển đảng viên: toàn huyện hiện có 4.310 đảng viên.", [dict(value=4310, change=None)]),
    ("Bảng thống kê\n| Loại hình | Số lượng |\n| Đảng bộ cơ sở | 37 |\n| Chi bộ cơ sở | 264 |",
     [dict(value=37, unit="Đảng bộ cơ sở"), dict(value=264, unit="Chi bộ cơ sở")]),
    ("Đảng bộ cơ sở\t52\nĐảng viên\t9.815", [dict(value=52, unit="Đảng bộ cơ sở"), dict(value=9815, unit="Đảng viên")]),
    # --- spurious claims: people counted again as "em"/"người", numbers inside names and labels, fragments
    # at a cut-off end, a year and a month, number lists of durations, restatements of the headline
    ("Huyện kết nạp 84 đảng viên. Tại buổi lễ, Bí thư trao quyết định cho 84 người.",
     [dict(value=84, unit="đảng viên", change="admit")]),
    ("Chi bộ kết nạp 4 quần chúng ưu tú. Cả 4 em đều là đoàn viên.", [dict(value=4, unit="quần chúng ưu tú")]),
    ("Ông công tác tại Sư đoàn 316.", []),
    ("Cách mạng công nghiệp 4.0 đặt ra yêu cầu mới.", []),
    ("Kinh tế của huyện tăng trưởng 2 con số trong ba năm liền.", []),
    ("Khối thi đua số 3 có 12 đơn vị.", [dict(value=12, unit="đơn vị")]),
    ("Kết quả có 95% h", []),
    ("xét tặng huy hiệu cho 18 đồng...\nTin khác", []),
    (" date 2022-11 Huyện có 12 xã.", [dict(value=12, unit="xã")]),
    ("Đã trao tặng Huy hiệu 30, 40, 45 năm tuổi Đảng cho 275 đảng viên.", [dict(value=275, unit="đảng viên")]),
    ("Trao Huy hiệu Đảng cho 26 đảng viên. Trong số đảng viên được tặng Huy hiệu có 3 đảng viên nhận Huy hiệu "
     "70 năm; còn lại là Huy hiệu 50, 45, 40 năm tuổi Đảng.",
     [dict(value=26), dict(value=3)]),
    ("Giảm 2-2,5% hộ nghèo trong năm 2025\n\nTỉnh đặt mục tiêu giảm từ 2 - 2,5% số hộ nghèo, tương "
     "ứng giảm 900 hộ. Kế hoạch được triển khai đến các xã.",
     [dict(value=2, value_max=2.5, change="decrease", modality=T), dict(value=900, change="decrease", modality=T)]),
    ("72% đảng viên mới là đoàn viên thanh niên\n\nCó 72% đảng viên kết nạp mới trong năm là đoàn viên thanh niên. "
     "Toàn tỉnh kết nạp 450 đảng viên mới, trong đó 324 đảng viên là đoàn viên, chiếm gần 72% tổng số.",
     [dict(value=450), dict(value=324), dict(value=72, comparator="~")]),
    ("6 học sinh Trường THPT Hòa Phong được kết nạp vào Đảng\n6 học sinh Trường THPT Hòa Phong được kết nạp vào "
     "Đảng\nChi bộ trường vừa tổ chức lễ kết nạp đảng cho 6 học sinh ưu tú.",
     [dict(value=6, unit="học sinh", change="admit")]),
    ("Chi bộ kết nạp 5 quần chúng ưu tú đang là giáo viên. Đảng ủy trao quyết định kết nạp cho 5 quần chúng ưu tú.",
     [dict(value=5, unit="quần chúng ưu tú", change="admit")]),
    # --- a document word that is a noun before an amount; a rate named after its change
    ("Vốn đối ứng gồm ngân sách trung ương 45 tỷ đồng và ngân sách huyện 6 tỷ đồng.",
     [dict(value=45_000_000_000, unit="đồng"), dict(value=6_000_000_000, unit="đồng")]),
    ("Theo Nghị quyết Trung ương 4 khóa XII, chi bộ đã kiểm điểm.", []),
    ("Giảm tỷ lệ hộ cận nghèo 0,8% mỗi năm.", [dict(value=0.8, unit="%", change="decrease")]),
    ("Năm nay tăng tỷ lệ che phủ rừng đạt 46,2%.", [dict(value=46.2, unit="%", change=None)]),
    ("Huyện giảm tỷ lệ trẻ suy dinh dưỡng xuống 9,5%.", [dict(value=9.5, unit="%", change=None)]),
    # a lower bound written before the first of coordinated counts bounds each; other bounds stay with their count
    ("Phấn đấu mỗi năm kết nạp ít nhất 30 đảng viên và 2 chi bộ.",
     [dict(value=30, comparator=">="), dict(value=2, comparator=">=")]),
    ("Có hơn 200 hộ và 30 cơ sở sản xuất.", [dict(value=200, comparator=">"), dict(value=30, comparator=None)]),
    # a run of numbers shares the counted noun after its last one, and the change of its first
    ("Ba chi bộ lần lượt kết nạp 2, 4 và 5 đảng viên.",
     [dict(value=2, unit="đảng viên", change="admit"), dict(value=4, unit="đảng viên", change="admit"),
      dict(value=5, unit="đảng viên", change="admit")]),
    ("Hai huyện có 7, 12 xã đạt chuẩn nông thôn mới.", [dict(value=7, unit="xã"), dict(value=12, unit="xã")]),
    ("Các chi bộ 3, 5 và 7 đạt 100% chỉ tiêu.", [dict(value=100, unit="%")]),
    # the unit is the counted noun and nothing after it: a name or a status of the kind is its qualifier
    ("Mặt trận đã bàn giao 9 căn nhà Đồng đội cho cựu chiến binh.",
     [dict(value=9, unit="căn nhà", qualifier="Đồng đội cho cựu chiến binh")]),
    ("Tỉnh giảm 21 đơn vị sự nghiệp công lập.",
     [dict(value=21, unit="đơn vị sự nghiệp", qualifier="công lập", change="decrease")]),
    # a capitalised body after a comma starts the next clause; it is no item of the count's list
    ("Với 4.210 đảng viên, Đảng bộ huyện là đảng bộ lớn nhất tỉnh.", [dict(value=4210, unit="đảng viên")]),
    # a statistical list's label with a short modifier of its noun; a subject's change before a bare count
    ("Toàn huyện có 31 tổ chức cơ sở đảng; chi bộ trực thuộc 17; đảng viên 1.204.",
     [dict(value=31, unit="tổ chức cơ sở đảng"), dict(value=17, unit="chi bộ"), dict(value=1204, unit="đảng viên")]),
    ("Sau sáp nhập, số chi bộ giảm 14 do hợp nhất thôn.", [dict(value=14, unit="chi bộ", change="decrease")]),
    ("Xã có 58 cán bộ, công chức, trong đó trình độ chuyên môn: đại học 40, cao đẳng 6.",
     [dict(value=58, unit="cán bộ, công chức"), dict(value=40, unit="cán bộ, công chức"),
      dict(value=6, unit="cán bộ, công chức")]),
    # a breakdown opened by "trong đó:" at a line's end goes on over the marked lines after it
    ("1. Xã có 58 cán bộ, công chức, trong đó:\na) Trình độ chuyên môn: đại học 40, cao đẳng 6.\n"
     "b) Trình độ lý luận chính trị: trung cấp 22, sơ cấp 30.\n2. Trong năm, đã điều động 3 cán bộ.",
     [dict(value=58), dict(value=40, unit="cán bộ, công chức"), dict(value=6, unit="cán bộ, công chức"),
      dict(value=22, unit="cán bộ, công chức"), dict(value=30, unit="cán bộ, công chức"),
      dict(value=3, unit="cán bộ")]),
    ("Toàn xã có 64 cán bộ, trong đó: nữ 21, dân tộc thiểu số 30.",
     [dict(value=64, unit="cán bộ"), dict(value=21, unit="cán bộ", qualifier="nữ"), dict(value=30, unit="cán bộ")]),
    # a breakdown's labels that name their noun before a category, and a count closed by its share in parentheses
    ("Đảng bộ có 1.230 đảng viên; trong đó: đảng viên nữ: 402 (32,7%); đảng viên dân tộc thiểu số: 96.",
     [dict(value=1230, unit="đảng viên"), dict(value=402, unit="đảng viên"), dict(value=32.7, unit="%"),
      dict(value=96, unit="đảng viên")]),
    # a breakdown after a total and its change against another period breaks down the total; "gồm:" opens the
    # items of a total, a bare "gồm" states what a body is made of
    ("Năm nay kết nạp 515 đảng viên mới, tăng 40 đảng viên so với năm trước; trong đó, đảng viên nữ 230 đồng chí.",
     [dict(value=515, change="admit"), dict(value=40, change="increase"),
      dict(value=230, unit="đảng viên", qualifier="nữ", change="admit")]),
    ("Tổng số đảng viên 4.100, tăng 90 đảng viên; trong đó nữ 1.700.",
     [dict(value=4100, change=None), dict(value=90, change="increase"), dict(value=1700, change=None)]),
    ("Đã thi hành kỷ luật 41 đảng viên, gồm: khiển trách 25, cảnh cáo 12, khai trừ 4.",
     [dict(value=41, unit="đảng viên"), dict(value=25, unit="đảng viên", qualifier="khiển trách"),
      dict(value=12, qualifier="cảnh cáo"), dict(value=4, qualifier="khai trừ")]),
    ("Ban Thường vụ gồm 9 đồng chí.", [dict(value=9, unit="đồng chí")]),
    # the same count put in two categories with "là" is two claims; a restatement that only describes the same
    # people again is one
    ("Cảnh cáo 4 đảng viên là cán bộ chủ chốt của xã. Khiển trách 4 đảng viên là công chức cấp huyện.",
     [dict(value=4, qualifier="là cán bộ chủ chốt của xã"), dict(value=4, qualifier="là công chức cấp huyện")]),
    ("Xã có 12 đảng viên là người dân tộc thiểu số. Toàn bộ 12 đảng viên là người dân tộc thiểu số đều được khen.",
     [dict(value=12)]),
    # vessels are counted things
    ("Toàn xã hiện có 214 tàu thuyền, trong đó 37 tàu cá có chiều dài từ 15 m trở lên.",
     [dict(value=214, unit="tàu thuyền"), dict(value=37, unit="tàu cá"), dict(value=15, unit="m")]),
    # "trong tháng" without a colon is no visitor counter, and its month still makes the number a date
    ("Riêng trong tháng 7/2022 giải ngân được 52,3 tỷ đồng.", [dict(value=52_300_000_000, unit="đồng")]),
    # a classifier with the noun it counts is one unit; things charity drives and festivals count
    ("Hội làm 3 cây cầu bê tông và trao 7 con bò giống cho hộ nghèo.",
     [dict(value=3, unit="cây cầu"), dict(value=7, unit="con bò")]),
    ("Các cấp hội xây mới 9 mái ấm, hỗ trợ 15 ý tưởng khởi nghiệp; phiên chợ có 52 gian hàng.",
     [dict(value=9, unit="mái ấm"), dict(value=15, unit="ý tưởng"), dict(value=52, unit="gian hàng")]),
    ("Đoàn viên tặng 80 lá cờ Tổ quốc, lắp 36 bóng điện và hiến 410 đơn vị máu.",
     [dict(value=80, unit="lá cờ"), dict(value=36, unit="bóng điện"), dict(value=410, unit="đơn vị máu")]),
    ("Nhà trường trồng 500 cây keo.", [dict(value=500, unit="cây")]),
    # a bare increment counts the total right before it, else the noun its clause counts after "số"; a from→to
    # level counts the clause's "số" subject, not a cited document before it
    ("Tổng số đảng viên 2.950, tăng 75 so với năm 2022.",
     [dict(value=2950, unit="đảng viên"), dict(value=75, unit="đảng viên", change="increase")]),
    ("Năm 2023, số hộ nghèo giảm 140.", [dict(value=140, unit="hộ", change="decrease")]),
    ("Huyện tăng 5 bậc trên bảng xếp hạng.", []),
    ("Thực hiện Nghị quyết số 07-NQ/HU của Huyện ủy, đến nay số thôn chưa có chi bộ giảm từ 19 xuống còn 3.",
     [dict(value=3, unit="thôn", from_value=19, change="decrease")]),
    # a verb ending in "tập" is no volume's number ("tập 2" is)
    ("Huyện triệu tập 320 đại biểu; cán bộ học tập 5 chuyên đề.",
     [dict(value=320, unit="đại biểu"), dict(value=5, unit="chuyên đề")]),
    ("Xem tập 2 của bộ tài liệu.", []),
    # lists ending in "mục" ("mục 2" is an item's number); a sentence opening with the verb "Tổ chức" counts
    ("UBND tỉnh phê duyệt danh mục 12 dự án; theo mục 2 của kế hoạch.", [dict(value=12, unit="dự án")]),
    ("Tổ chức 41 lớp bồi dưỡng cho cán bộ; huyện có 3 trang trại.",
     [dict(value=41, unit="lớp"), dict(value=3, unit="trang trại")]),
    # women counted as "chị" (a unit alone; before a noun or after a label, the noun counted)
    ("Trong 6 tháng, có 23 chị được kết nạp vào Đảng.", [dict(value=23, unit="chị", change="admit")]),
    ("Kết nạp 26 chị hội viên vào Đảng; số hội viên mới là 40 chị.",
     [dict(value=26, unit="hội viên", change="admit"), dict(value=40, unit="hội viên")]),
    # "nâng/đưa tổng số … lên N" after a change is the resulting total: no change of its own
    ("Năm 2019, thành lập mới 5 chi bộ, nâng tổng số chi bộ trực thuộc lên 143.",
     [dict(value=5, unit="chi bộ", change="establish"), dict(value=143, unit="chi bộ", change=None)]),
    ("Năm 2020 kết nạp 96 đảng viên, đưa tổng số đảng viên lên 3.410.",
     [dict(value=96, unit="đảng viên", change="admit"), dict(value=3410, unit="đảng viên", change=None)]),
    # an upper bound ("không vượt quá", "không quá", "tối đa" before; "trở xuống" after)
    ("Tỷ lệ xếp loại xuất sắc không vượt quá 20%.", [dict(value=20, unit="%", comparator="<=")]),
    ("Chi ủy có tối đa 5 đồng chí; chi bộ có từ 10 đảng viên trở xuống.",
     [dict(value=5, unit="đồng chí", comparator="<="), dict(value=10, unit="đảng viên", comparator="<=")]),
    # a section's heading "Đối với <noun>" gives its noun to the rated rows under it, "|" cells included
    ("2. Đối với đảng viên\nHoàn thành xuất sắc nhiệm vụ | 312 | 10,5%\nKhông hoàn thành nhiệm vụ | 9 | 0,3%",
     [dict(value=312, unit="đảng viên"), dict(value=10.5, unit="%"), dict(value=9, unit="đảng viên"),
      dict(value=0.3, unit="%")]),
    # (a blank line ends the heading's section)
    ("1. Đối với đảng viên\n\nHoàn thành nhiệm vụ | 9", []),
    # a bare from→to pair right after a count gives the old and new levels of what it counted, not of the first noun
    ("Về sắp xếp tổ chức bộ máy, huyện đã giảm 12 đơn vị hành chính cấp xã, từ 31 xuống còn 19.",
     [dict(value=12, unit="đơn vị hành chính", change="decrease"),
      dict(value=19, from_value=31, unit="đơn vị hành chính", change="decrease")]),
    ("Công tác tổ chức: số hộ nghèo giảm 85 hộ (từ 240 xuống còn 155).",
     [dict(value=85, unit="hộ", change="decrease"), dict(value=155, from_value=240, unit="hộ", change="decrease")]),
    # a list item that names its unit and counts its noun without a verb shares the verb of the item before
    ("Đảng bộ huyện Mỹ Xuyên kết nạp 31 đảng viên; Đảng bộ huyện Trần Đề 24 đảng viên.",
     [dict(value=31, change="admit"), dict(value=24, change="admit")]),
    ("Huyện kết nạp 31 đảng viên; Toàn huyện có 2.400 đảng viên.",
     [dict(value=31, change="admit"), dict(value=2400, change=None)]),
    # a parenthesis of categories after a total and its change against another period breaks down the total
    ("Đã thi hành kỷ luật 52 đảng viên, tăng 9 trường hợp so với cùng kỳ (khiển trách 30, cảnh cáo 22).",
     [dict(value=52, unit="đảng viên"), dict(value=9, change="increase"),
      dict(value=30, unit="đảng viên", qualifier="khiển trách"), dict(value=22, unit="đảng viên")]),
    # an aim word followed by its achieved predicate reports results; an aim to reach a level stays an aim
    ("Nhiệm kỳ qua, các chỉ tiêu chủ yếu đều đạt và vượt: thu nhập bình quân đạt 61,5 triệu đồng; tỷ lệ hộ nghèo "
     "còn 2,4%.", [dict(value=61500000, modality=A), dict(value=2.4, modality=A)]),
    ("Hai chỉ tiêu không đạt là tỷ lệ che phủ rừng (đạt 41/45%) và thu nhập.", [dict(value=41, modality=A)]),
    ("Mục tiêu đạt 95% hộ dân sử dụng nước sạch.", [dict(value=95, modality=T)]),
    # marked lines below a cue that closes the total's sentence, or the next sentence ("… như sau:"), are its items
    ("Huyện kết nạp 88 đảng viên mới, trong đó:\n- Xã Tân Phú: 21 đảng viên;\n- Xã Tân Lợi: 17 đảng viên.",
     [dict(value=88, change="admit"), dict(value=21, change="admit"), dict(value=17, change="admit")]),
    ("Năm tới, tỉnh phấn đấu kết nạp 1.500 đảng viên. Chỉ tiêu giao cụ thể như sau:\n- Khối xã, phường: 1.100 "
     "đảng viên;\n- Khối cơ quan: 400 đảng viên.",
     [dict(value=1500, change="admit", modality=T), dict(value=1100, change="admit", modality=T),
      dict(value=400, change="admit", modality=T)]),
]
# fmt: on


@pytest.fixture(scope="module")
def extractor():
    return ClaimExtractor(DATA)


def run(extractor, text):
    return extractor(Context(text=text, folded=fold(text)))


@pytest.mark.parametrize("text,expected", CASES + REAL_REPORTING_CASES)
def test_claims_table(extractor, text, expected):
    got = run(extractor, text)
    assert len(got) == len(expected), [(c["value"], c["unit"]) for c in got]
    for claim, exp in zip(got, expected, strict=True):
        for field, value in exp.items():
            assert claim[field] == value, (field, claim)


def test_claims_headline_second_line_restated_in_the_lead(extractor):
    """A short line above the lead without final punctuation is the headline's second line: the lead's statement of
    the same figure is the one kept (its sentence sets its time)."""
    text = ("28/05/2017 - 17:07\n\nĐảng bộ thành phố Long Hải\n\nKết nạp 1.020 đảng viên mới\n\n(LH)- Theo báo cáo "
            "của Ban Tổ chức Thành ủy, từ đầu năm đến nay, Đảng bộ thành phố đã kết nạp được 1.020 đảng viên mới, đạt "
            "70% chỉ tiêu.")
    got = [c for c in run(extractor, text) if c["value"] == 1020]
    assert len(got) == 1 and text[got[0]["start"]:].startswith("kết nạp được"), got


def test_claims_headline_level_restated_by_the_body_pair_that_ends_on_it(extractor):
    """A level in the headline ("giảm còn 38,6%") restates the body's from→to pair that ends on it: one claim, the
    body's."""
    text = ("Năm 2022, tỷ lệ hộ nghèo giảm còn 38,6%\n\n16/01/2023 | 07:45\n\nNăm 2022, tỷ lệ hộ nghèo của huyện "
            "giảm từ 44,9% xuống còn 38,6%.")
    got = [(c["value"], c["from_value"]) for c in run(extractor, text) if c["value"] == 38.6]
    assert got == [(38.6, 44.9)]


def test_claims_offsets_point_into_text(extractor):
    text = "Năm qua, Đảng bộ huyện Mường Tè kết nạp 128 đảng viên mới, xóa 3 bản “trắng” đảng viên."
    for claim in run(extractor, text):
        assert text[claim["number_start"]:claim["number_end"]] in ("128", "3")
        assert claim["start"] <= claim["number_start"] < claim["number_end"] <= claim["end"]
    first = run(extractor, text)[0]
    assert text[first["start"]:first["end"]].startswith("kết nạp 128 đảng viên")


def test_claims_blocked_spans_yield_nothing(extractor):
    text = "Toàn tỉnh có 2.100 đảng viên."
    ctx = Context(text=text, folded=fold(text), blocked=[(13, 18)])
    assert extractor(ctx) == []


def test_claims_future_year_uses_published_date(extractor):
    text = "Đến năm 2030 có 90% chi bộ đạt chuẩn."
    later = extractor(Context(text=text, folded=fold(text), published="2024-05-01"))
    earlier = extractor(Context(text=text, folded=fold(text), published="2031-01-01"))
    assert later[0]["modality"] == T and earlier[0]["modality"] == A


def test_indicators_of_a_past_year_listed_under_chi_tieu_are_figures(extractor):
    """"chỉ tiêu" also names indicators: a lead-in on it whose years are all before the publication lists the year's
    figures; the same lines published before the year's end list aims (with no date the aim word of the sentence
    still counts: a plan's reading)."""
    text = ("Một số chỉ tiêu giáo dục năm 2021 của huyện:\n- Tỷ lệ trường đạt chuẩn quốc gia: 74,5%;\n"
            "- Tổng số học sinh: 8.420 học sinh.")
    for published, mod in (("2022-02-10", A), ("2021-01-05", T), (None, T)):
        got = extractor(Context(text=text, folded=fold(text), published=published))
        assert [(c["value"], c["modality"]) for c in got] == [(74.5, mod), (8420, mod)], published


def _data_with_line(tmp_path, name: str, line: str):
    """A copy of the claims data folder (named ``claims`` like its schema) with ``line`` appended to ``name``."""
    folder = tmp_path / "claims"
    folder.mkdir()
    for f in DATA.glob("*.tsv"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    bad = folder / name
    bad.write_text(bad.read_text(encoding="utf-8") + line, encoding="utf-8")
    return folder


def test_claims_bad_data_file_names_file_and_line(tmp_path):
    folder = _data_with_line(tmp_path, "change_cues.tsv", "tăng vọt\tskyrocket\tany\n")
    with pytest.raises(DataFileError, match=r"change_cues.tsv:\d+: 'skyrocket' is not an allowed change"):
        ClaimExtractor(folder)


def test_claims_subject_from_earlier_facts(extractor):
    text = "Đảng bộ huyện Sa Thầy (kết nạp 128 đảng viên mới, xóa 3 bản “trắng” đảng viên); toàn tỉnh có 40 xã."
    ctx = Context(text=text, folded=fold(text))
    ctx.facts["organizations"] = [{"start": 0, "end": 21, "text": "Đảng bộ huyện Sa Thầy"}]
    subjects = [c["subject"] for c in extractor(ctx)]
    assert subjects == ["Đảng bộ huyện Sa Thầy", "Đảng bộ huyện Sa Thầy", None]


def test_claims_past_year_in_a_plan_is_a_result(extractor):
    text = ("KẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm 100% chi bộ quán triệt. Năm 2022 huyện kết nạp 150 đảng viên, "
            "đạt 96% kế hoạch.\nII. CHỈ TIÊU\n- Kết nạp 160 đảng viên, tăng 5% so với năm 2022.")
    got = extractor(Context(text=text, folded=fold(text), published="2023-03-01"))
    assert [(c["value"], c["modality"]) for c in got] == [(100, T), (150, A), (96, A), (160, T), (5, T)]


def test_claims_bad_section_cue_names_file_and_line(tmp_path):
    folder = _data_with_line(tmp_path, "section_cues.tsv", "kiến nghị\tmaybe\n")
    with pytest.raises(DataFileError, match=r"section_cues.tsv:\d+: 'maybe' is not an allowed role"):
        ClaimExtractor(folder)


def test_claims_one_per_named_subject(extractor):
    """A share or a bound stated about several named subjects is one claim per subject; a joint count is one."""
    text = ("Riêng xã Tân An, xã Phú Lộc và xã Hòa Bình kết nạp từ 6 đảng viên trở lên. Xã Tân An và xã Phú Lộc "
            "đạt 100%.")
    ctx = Context(text=text, folded=fold(text))
    names = ("xã Tân An", "xã Phú Lộc", "xã Hòa Bình", "Xã Tân An", "xã Phú Lộc")
    spans, pos = [], 0
    for name in names:
        s = text.index(name, pos)
        spans.append({"start": s, "end": s + len(name), "text": name})
        pos = s + len(name)
    ctx.facts["locations"] = spans
    got = [(c["value"], c["subject"], c["comparator"]) for c in extractor(ctx)]
    assert got == [(6, "xã Tân An", ">="), (6, "xã Phú Lộc", ">="), (6, "xã Hòa Bình", ">="),
                   (100, "Xã Tân An", None), (100, "xã Phú Lộc", None)]
    text = ("Đảng ủy xã Tân An và Đảng ủy xã Phú Lộc thành lập mới 2 chi bộ thôn; Đảng bộ xã Tân An và 4 chi bộ "
            "được khen.")
    ctx = Context(text=text, folded=fold(text))
    ctx.facts["organizations"] = [{"start": m, "end": m + len(n), "text": n} for n, m in
                                  (("Đảng ủy xã Tân An", 0), ("Đảng ủy xã Phú Lộc", 21),
                                   ("Đảng bộ xã Tân An", text.index("Đảng bộ xã Tân An")))]
    assert [c["value"] for c in extractor(ctx)] == [2, 4]


def test_related_news_lists_give_no_claims_in_the_pipeline():
    """The chrome component blanks a related-news block, so the claims step never sees it."""
    import ddnews

    text = "Huyện kết nạp 50 đảng viên.\n\nTin liên quan\n- Tỉnh kết nạp 900 đảng viên\n- Xã có 100% thôn có chi bộ\n"
    assert [c["value"] for c in ddnews.extract([text]).records[0]["claims"]] == [50]


# fmt: off
# How reports and plans are written: aims listed through a paragraph, results measured against aims, removals in
# the passive, a base of comparison closing a list item, a growth rate over a stage.
REPORT_STRUCTURE_CASES = [
    # a paragraph that opens with an aim goes on listing aims in its later sentences
    ("Mục tiêu tổng quát năm tới phấn đấu tổng thu nhập trên địa bàn xã đạt 410 tỉ đồng. Thu nhập bình quân đạt "
     "52 triệu đồng/người/năm. Tỷ lệ trường đạt chuẩn quốc gia đạt 90%.",
     [dict(value=410_000_000_000, modality=T), dict(value=52_000_000, modality=T), dict(value=90, modality=T)]),
    # … unless a later sentence reports what is
    ("Mục tiêu năm tới phấn đấu kết nạp 45 đảng viên. Hiện nay toàn xã có 18 chi bộ.",
     [dict(value=45, modality=T), dict(value=18, modality=A)]),
    # a first sentence that reports results against the aims opens no aim paragraph
    ("Nhiệm kỳ qua, huyện đã thực hiện đạt và vượt hầu hết các chỉ tiêu; trong đó tốc độ tăng trưởng kinh tế bình "
     "quân giai đoạn 2016-2020 đạt 7,1%. Thu ngân sách ước đạt 620 tỷ đồng.",
     [dict(value=7.1, modality=A, change="increase"), dict(value=620_000_000_000, modality=A)]),
    ("Sản xuất nông nghiệp phát triển, nhiều chỉ tiêu vượt kế hoạch. Sản lượng lương thực đạt 41.300 tấn.",
     [dict(value=41_300, modality=A)]),
    # revenue that meets the plan is a result
    ("Thu ngân sách trên địa bàn đảm bảo theo kế hoạch đề ra, trong đó thu từ đất 21 tỷ đồng.",
     [dict(value=21_000_000_000, modality=A)]),
    # an achievement word under an aim verb is still aimed for
    ("Ông cho biết sẽ cùng tập thể tập trung hoàn thành các chỉ tiêu năm tới, trong đó thu ngân sách trên 900 tỷ đồng.",
     [dict(value=900_000_000_000, modality=T)]),
    # a removal written in the passive after the unit
    ("Toàn huyện có 14 đảng viên bị xoá tên.", [dict(value=14, unit="đảng viên", change="eliminate")]),
    # a base of comparison closes the change of its item: the next item has its own
    ("Có 12 đảng viên bị xóa tên, tăng 5 đảng viên so với cùng kỳ và 9 trường hợp xin ra khỏi đảng, tăng 4 trường "
     "hợp so với cùng kỳ.",
     [dict(value=12, change="eliminate"), dict(value=5, change="increase"), dict(value=9, change=None),
      dict(value=4, change="increase")]),
    # the parts of a whole named by what happened to it count the same event
    ("Trong tổng số đảng viên được kết nạp 3 năm qua, có 120 đảng viên là nữ, 45 đảng viên là đoàn viên.",
     [dict(value=120, change="admit"), dict(value=45, change="admit")]),
    # the shares of a structure joined by dashes are one quantity each, no ranges
    ("Cơ cấu nông nghiệp - công nghiệp - dịch vụ tương ứng 31,5% - 30,2% - 38,3%.",
     [dict(value=31.5, value_max=None, unit="%"), dict(value=30.2, value_max=None, unit="%"),
      dict(value=38.3, value_max=None, unit="%")]),
    ("Tỷ lệ hộ nghèo giảm từ 2 - 2,5% mỗi năm.", [dict(value=2, value_max=2.5, unit="%")]),
    # in a breakdown of admitted members, a counter ends its item and a group read through it is the category
    ("Năm qua kết nạp được 820 đảng viên; trong đó, đảng viên nữ 310 đồng chí, dân tộc Tày 41 đồng chí, đảng viên "
     "trong các tôn giáo 22 đồng chí, đoàn viên thanh niên là 506 đồng chí.",
     [dict(value=820, unit="đảng viên", change="admit"), dict(value=310, unit="đảng viên", change="admit"),
      dict(value=41, unit="đảng viên", change="admit"), dict(value=22, unit="đảng viên", change="admit"),
      dict(value=506, unit="đảng viên", qualifier="đoàn viên thanh niên", change="admit")]),
    # the unit a rate is per is no quantity
    ("Giá trị thu nhập trên 1 ha canh tác đạt 180 triệu đồng.", [dict(value=180_000_000, unit="đồng")]),
    # an ethnic group in a breakdown of members counts members; a thing of another kind in the breakdown's
    # sentence does not take the members' change; a place described by "nơi có" is as it is, even in a plan
    ("Các cấp ủy đã kết nạp 683 đảng viên mới. Trong số đảng viên mới kết nạp có 402 nữ, 219 dân tộc Khmer.",
     [dict(value=683, unit="đảng viên", change="admit"), dict(value=402, unit="đảng viên", change="admit"),
      dict(value=219, unit="đảng viên", change="admit")]),
    ("Năm nay kết nạp ít nhất 90 đảng viên. Trong đó, phấn đấu đến năm 2025 có 7/8 xã đạt chuẩn nông thôn mới.",
     [dict(value=90, change="admit"), dict(value=7, denominator=8, unit="xã", change=None)]),
    ("Phấn đấu xóa bản trắng; đối với bản Huổi Lả, nơi có 64 hộ nhưng chưa có đảng viên, giao Đảng ủy xã cử cán bộ.",
     [dict(value=64, unit="hộ", modality=A)]),
    # "giá trị tăng thêm" (value added) names a quantity, no increase
    ("Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 12,5%. Giá trị tăng thêm ngành nông nghiệp tăng 3,2%.",
     [dict(value=12.5, change=None), dict(value=3.2, change="increase")]),
    # an aim in a parenthesis right after a change is the change aimed for
    ("Tổng đàn gia súc tăng 5,69% so với cùng kỳ (kế hoạch đề ra là 4%); rừng trồng mới là 1.507 ha.",
     [dict(value=5.69, change="increase", modality=A), dict(value=4, change="increase", modality=T),
      dict(value=1507, unit="ha", change=None)]),
    ("Huyện mở 6 lớp nhận thức về Đảng cho 210 cảm tình đảng.",
     [dict(value=6, unit="lớp"), dict(value=210, unit="cảm tình đảng")]),
    # the same amount twice in one paragraph is two things, named by the words before it; a count restated there
    # ("… 4 chức sắc ưu tú. 4 chức sắc được đứng vào hàng ngũ của Đảng …") is one
    ("Kinh tế xã tăng trưởng khá\n\nNăm qua, kinh tế của xã tiếp tục tăng trưởng khá và ổn định trên mọi lĩnh vực, "
     "đời sống nhân dân được nâng lên.\nTổng thu ngân sách xã hơn 212 tỷ đồng, đạt 110%. Tổng chi ngân sách xã hơn "
     "212 tỷ đồng.",
     [dict(value=212_000_000_000, unit="đồng"), dict(value=110, unit="%"), dict(value=212_000_000_000, unit="đồng")]),
    ("Kết nạp đảng viên là chức sắc\n\nHuyện ủy đã giới thiệu cho Đảng 4 chức sắc ưu tú. 4 chức sắc được kết nạp "
     "thuộc 3 huyện.", [dict(value=4, unit="chức sắc"), dict(value=3, unit="huyện")]),
    # a statistical line's label names what its counting noun counts, and the event it counts
    ("Kết quả năm qua:\n- Đoàn viên được kết nạp vào Đảng: 37 đồng chí;\n- Hội viên mới tham gia sinh hoạt: 52 người.",
     [dict(value=37, unit="Đoàn viên", change="admit"), dict(value=52, unit="Hội viên", change=None)]),
    # a later sentence of an aim paragraph that opens with "Hiện" reports the present
    ("Phấn đấu đến năm 2030, 100% thôn có chi bộ. Hiện toàn huyện còn 9 thôn chưa có chi bộ.",
     [dict(value=100, modality=T), dict(value=9, unit="thôn", modality=A)]),
    # an amount is never admitted or established
    ("Năm nay tỉnh thành lập mới 412 doanh nghiệp với tổng vốn đăng ký 3.100 tỷ đồng.",
     [dict(value=412, unit="doanh nghiệp", change="establish"), dict(value=3_100_000_000_000, change=None)]),
    ("Ban Tổ chức đã cấp mới 86 thẻ đảng viên.", [dict(value=86, unit="thẻ đảng viên")]),
    ("Tỉnh có 96 cơ sở lưu trú, trong đó 12 khách sạn; giảm 15 cấp phó và 320 biên chế.",
     [dict(value=96, unit="cơ sở lưu trú"), dict(value=12, unit="khách sạn"), dict(value=15, unit="cấp phó"),
      dict(value=320, unit="biên chế")]),
    ("Hội Cựu chiến binh huyện có 41 cơ sở hội với 3.020 hội viên.",
     [dict(value=41, unit="cơ sở hội"), dict(value=3020, unit="hội viên")]),
    # a quota-against-result line: each column's modality, the label's noun and change
    ("Phát triển đảng viên:\n- Kết nạp đảng viên mới: chỉ tiêu 85 đồng chí, thực hiện 91 đồng chí, đạt 107%.",
     [dict(value=85, unit="đảng viên", change="admit", modality=T),
      dict(value=91, unit="đảng viên", change="admit", modality=A), dict(value=107, unit="%", modality=A)]),
    ("- Thành lập chi bộ: kế hoạch 6, thực hiện 7.",
     [dict(value=6, unit="chi bộ", change="establish", modality=T),
      dict(value=7, unit="chi bộ", change="establish", modality=A)]),
    ("- Thu ngân sách xã: chỉ tiêu 4,2 tỷ đồng, ước thực hiện 4,5 tỷ đồng.",
     [dict(value=4_200_000_000, unit="đồng", modality=T), dict(value=4_500_000_000, unit="đồng", modality=A)]),
    # an obligation to change a count, in the label before its number or before a from→to
    ("Theo đó, số đảng viên phải kết nạp trong năm trên toàn huyện: 180; chỉ tiêu được phân bổ cho các chi bộ.",
     [dict(value=180, change="admit", modality=T)]),
    ("Trong năm, tỷ lệ hộ nghèo phải giảm từ 31,2% xuống dưới 27%; mỗi xã giảm không dưới 3%/năm.",
     [dict(value=27, modality=T), dict(value=3, modality=T)]),
    # an aim column alone is no quota-against-result line
    ("Mục tiêu năm tới: kế hoạch 40 đảng viên mới.", [dict(value=40, modality=T)]),
    # … but a verb after a comma has its own object
    ("Số đảng viên mới tăng, Đảng ủy đã kết nạp 31 người.", [dict(value=31, unit="người", change="admit")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", REPORT_STRUCTURE_CASES)
def test_claims_report_structure(extractor, text, expected):
    got = run(extractor, text)
    assert len(got) == len(expected), [(c["value"], c["unit"]) for c in got]
    for claim, exp in zip(got, expected, strict=True):
        for field, value in exp.items():
            assert claim[field] == value, (field, claim)


# fmt: off
# A list of parts named by their bodies or places under a total: each part counts the total's noun, its name being
# the part's qualifier; a body's word followed by its proper name is never the counted noun ("Thành ủy Vinh: 140")
NAMED_PART_CASES = [
    ("Tổng số đảng viên mới kết nạp trong năm của toàn Đảng bộ tỉnh là 1.200 đảng viên.\n\nChỉ tiêu của từng đơn vị "
     "như sau:\n- Thành ủy Long Điền: 140;\n- Thị ủy Ba Khe: 60; Thị ủy Tân Lũy: 85;\n- Đảng bộ Công an tỉnh: 30.",
     [dict(value=1200, unit="đảng viên"),
      dict(value=140, unit="đảng viên", qualifier="Thành ủy Long Điền", change="admit"),
      dict(value=60, unit="đảng viên", qualifier="Thị ủy Ba Khe", change="admit"),
      dict(value=85, unit="đảng viên", qualifier="Thị ủy Tân Lũy", change="admit"),
      dict(value=30, unit="đảng viên", qualifier="Đảng bộ Công an tỉnh", change="admit")]),
    # the parts' heading before a colon is no part of a part's name
    ("Năm nay toàn tỉnh kết nạp 900 đảng viên, cụ thể như sau:\n- các huyện: Sông Mây 150, Đồi Cát 175;\n"
     "- Huyện Bến Nứa: 95.",
     [dict(value=900, unit="đảng viên", change="admit"),
      dict(value=150, unit="đảng viên", qualifier="Sông Mây", change="admit"),
      dict(value=175, unit="đảng viên", qualifier="Đồi Cát", change="admit"),
      dict(value=95, unit="đảng viên", qualifier="Huyện Bến Nứa", change="admit")]),
    # a part named with a dash before its number
    ("Toàn tỉnh kết nạp 520 đảng viên, trong đó: Đảng bộ huyện Suối Mây – 61; Đảng bộ Công an tỉnh – 24.",
     [dict(value=520, unit="đảng viên", change="admit"),
      dict(value=61, unit="đảng viên", qualifier="Đảng bộ huyện Suối Mây", change="admit"),
      dict(value=24, unit="đảng viên", qualifier="Đảng bộ Công an tỉnh", change="admit")]),
    ("Toàn tỉnh kết nạp 520 đảng viên, trong đó: Đảng bộ huyện Suối Mây: 61; Đảng bộ Công an tỉnh: 24.",
     [dict(value=520), dict(value=61, unit="đảng viên", qualifier="Đảng bộ huyện Suối Mây", change="admit"),
      dict(value=24, unit="đảng viên", qualifier="Đảng bộ Công an tỉnh", change="admit")]),
    # a label that names its noun far before its colon, and the change written in it
    ("Số đảng viên mới được kết nạp trong toàn Đảng bộ huyện Đồi Gió năm nay: 133 đồng chí.",
     [dict(value=133, unit="đảng viên", change="admit")]),
    # a part named by a level word in lower case and the place's name; a named part is one body, so it breaks down
    # what the bodies hold, not the count of bodies
    ("Tỉnh đã kết nạp 9 chức sắc tôn giáo, thuộc 4 đảng bộ, cụ thể: huyện Rạch Sen: 4; huyện Cồn Dừa: 3; thị xã "
     "Bãi Ngang: 2.",
     [dict(value=9, unit="chức sắc"), dict(value=4, unit="đảng bộ"),
      dict(value=4, unit="chức sắc", qualifier="huyện Rạch Sen", change="admit"),
      dict(value=3, unit="chức sắc", qualifier="huyện Cồn Dừa", change="admit"),
      dict(value=2, unit="chức sắc", qualifier="thị xã Bãi Ngang", change="admit")]),
    # a body named inside a label is no part: the label's noun is counted
    ("Số đảng viên được kết nạp trong toàn Đảng bộ Khối giai đoạn 2010 - 2015: 1.146.",
     [dict(value=1146, unit="đảng viên", change="admit")]),
    # a label's moment written as a date does not cut the label from its number
    ("Tổng số đảng viên toàn Đảng bộ tỉnh tính đến 30/9/2017: 41.205.", [dict(value=41205, unit="đảng viên")]),
    # a count of bodies over parts named by bodies is no total of theirs: the line above gives the noun
    ("Có 3 đảng bộ đạt từ 60% chỉ tiêu trở lên, gồm:\n+ Đảng bộ Công an tỉnh: 21 đảng viên mới (105%);\n"
     "+ Đảng bộ huyện Suối Mây: 38 (76%).",
     [dict(value=3, unit="đảng bộ"), dict(value=60, unit="%"), dict(value=21, unit="đảng viên"),
      dict(value=105, unit="%"), dict(value=38, unit="đảng viên", qualifier="Đảng bộ huyện Suối Mây"),
      dict(value=76, unit="%")]),
    # a named body alone before a number counts nothing (no total to take a noun from)
    ("- Thành ủy Long Điền: 140;\n- Thị ủy Ba Khe: 60.", []),
    # … while a lower-case body word in a list label is the counted noun
    ("Toàn Đảng bộ có:\n- đảng ủy cơ sở: 14;\n- chi bộ cơ sở: 37.",
     [dict(value=14, unit="đảng ủy cơ sở"), dict(value=37, unit="chi bộ cơ sở")]),
]
# fmt: on


# fmt: off
# a part out of a whole written in words between the two numbers: one claim, the whole its denominator ("trên" here
# is no comparator)
RATIO_WORD_CASES = [
    ("Năm qua, huyện đạt và vượt 13 trên 17 chỉ tiêu chủ yếu.",
     [dict(value=13, denominator=17, unit="chỉ tiêu", comparator=None)]),
    ("Hiện nay số xã đạt chuẩn là 8 trên tổng số 21 xã.", [dict(value=8, denominator=21, unit="xã")]),
    ("Toàn tỉnh có 37 trong số 52 xã có bưu điện văn hóa xã.", [dict(value=37, denominator=52, unit="xã")]),
    # "trên" before a lone number is still "more than"
    ("Toàn huyện có trên 17 chỉ tiêu đạt kế hoạch.", [dict(value=17, denominator=None, comparator=">")]),
]
# fmt: on


# fmt: off
# a report line's verb, the people or bodies it acts on, a colon, then the number: the number counts them, and the
# sanctions in parentheses after it break that count down
ACTED_ON_CASES = [
    ("Kỷ luật đảng viên: 412 trường hợp; kỷ luật tổ chức đảng: 14 (khiển trách 9, cảnh cáo 5).",
     [dict(value=412, unit="trường hợp"), dict(value=14, unit="tổ chức đảng"),
      dict(value=9, unit="tổ chức đảng", qualifier="khiển trách"),
      dict(value=5, unit="tổ chức đảng", qualifier="cảnh cáo")]),
    ("Kết quả năm 2024:\n- giám sát chi bộ: 38;\n- kiểm tra đảng viên: 112.",
     [dict(value=38, unit="chi bộ"), dict(value=112, unit="đảng viên")]),
    # … with a few words describing them before the colon
    ("Kết quả: xóa tên 12 đảng viên; đưa ra khỏi Đảng đảng viên không còn đủ tư cách: 7.",
     [dict(value=12, unit="đảng viên", change="eliminate"), dict(value=7, unit="đảng viên")]),
    # a sentence the breakdown cue opens lists the parts of the total before it
    ("Năm qua, các cấp ủy đã thi hành kỷ luật 19 đảng viên vi phạm. Cụ thể: khiển trách 11; cảnh cáo 5; khai trừ 3.",
     [dict(value=19, unit="đảng viên"), dict(value=11, unit="đảng viên", qualifier="khiển trách"),
      dict(value=5, unit="đảng viên", qualifier="cảnh cáo"), dict(value=3, unit="đảng viên", qualifier="khai trừ")]),
    # … but a number cut off by the excerpt's end is no part
    ("Năm qua, tổng giá trị sản xuất đạt 2.100 tỷ đồng. Trong đó, nông nghiệp đạt 640 tỷ đồng, đạt 101,2",
     [dict(value=2_100_000_000_000), dict(value=640_000_000_000)]),
    # a total compared with another year in parentheses: the parts break down the total, not the increment
    ("Số đảng viên bị xử lý trong năm: 97 (tăng 8 trường hợp so với năm trước), gồm: khiển trách 60; cảnh cáo 30; "
     "khai trừ 7.",
     [dict(value=97, unit="đảng viên"), dict(value=8, unit="trường hợp", change="increase"),
      dict(value=60, unit="đảng viên"), dict(value=30, unit="đảng viên"), dict(value=7, unit="đảng viên")]),
    # parts written "label: N" inside a breakdown, the label holding a figure of its own
    ("Dịp này, 57 đảng viên được tặng Huy hiệu Đảng (trong đó: Huy hiệu 70 năm: 2; 55 năm: 9; 50 năm: 21).",
     [dict(value=57, unit="đảng viên"), dict(value=2, unit="đảng viên", qualifier="Huy hiệu 70 năm"),
      dict(value=9, unit="đảng viên", qualifier="55 năm"), dict(value=21, unit="đảng viên", qualifier="50 năm")]),
    # a comparison with the same period before it is a change
    ("Xóa tên 23 đảng viên, nhiều hơn cùng kỳ 6 trường hợp; kỷ luật 12 đảng viên, ít hơn cùng kỳ năm trước 4 "
     "trường hợp.",
     [dict(value=23, change="eliminate"), dict(value=6, change="increase"), dict(value=12),
      dict(value=4, change="decrease")]),
    # a rating is no verb acting on a counted noun, nor a category after "là"
    ("Đối với tổ chức cơ sở đảng: tổng số được đánh giá 180; hoàn thành tốt nhiệm vụ: 150; hoàn thành nhiệm vụ: 30. "
     "Số đảng viên là người có đạo: 52.",
     [dict(value=180, unit="tổ chức cơ sở đảng"), dict(value=150, unit="tổ chức cơ sở đảng"),
      dict(value=30, unit="tổ chức cơ sở đảng"), dict(value=52, unit="đảng viên")]),
]
# fmt: on


# fmt: off
# a table with no heading row whose columns a legend in parentheses names at the end of the line above
LEGEND_CASES = [
    ("Kết quả tại một số đảng bộ (số đảng viên được kết nạp | tỷ lệ so với chỉ tiêu năm):\n"
     "- Đảng bộ quận Bờ Sông | 96 | 104,3%\n- Đảng bộ huyện Núi Tròn | 58 | 72,5%",
     [dict(value=96, unit="đảng viên", change="admit"), dict(value=104.3, unit="%", change=None),
      dict(value=58, unit="đảng viên", change="admit"), dict(value=72.5, unit="%", change=None)]),
    # a legend whose count column names no noun leaves the rows to the section's own noun
    ("1. Đối với tổ chức cơ sở đảng\nKết quả xếp loại (số lượng | tỷ lệ):\nHoàn thành tốt nhiệm vụ | 27 | 75%\n"
     "Hoàn thành nhiệm vụ | 9 | 25%",
     [dict(value=27, unit="tổ chức cơ sở đảng"), dict(value=75, unit="%"),
      dict(value=9, unit="tổ chức cơ sở đảng"), dict(value=25, unit="%")]),
]
# fmt: on


# fmt: off
# a list's lead is the last sentence of the line above the list: a quota named in an earlier sentence of that line
# makes no admissions of the list's results
LEAD_SENTENCE_CASES = [
    ("Ngay từ đầu năm, chỉ tiêu kết nạp được giao cụ thể cho từng chi bộ. Kết quả 6 tháng đầu năm của xã:\n"
     "- Tổng số đảng viên toàn Đảng bộ xã: 412;\n- Đảng viên dự bị được công nhận chính thức: 9 đồng chí.",
     [dict(value=412, change=None), dict(value=9, change=None)]),
    ("Giao chỉ tiêu kết nạp đảng viên năm nay cho các đảng bộ:\n- Đảng bộ xã Bến Nứa: 14 đảng viên;\n"
     "- Đảng bộ xã Suối Mây: 12 đảng viên.",
     [dict(value=14, change="admit"), dict(value=12, change="admit")]),
]
# fmt: on


# fmt: off
# sibling lines of a marked list: a line's bare number counts the people or bodies the line above it counted
SIBLING_CASES = [
    ("Kết quả xếp loại đảng viên:\n- HTXSNV: 12 đảng viên (9,2%);\n- HTTNV: 101 (77,7%);\n- HTNV: 17 (13,1%).",
     [dict(value=12, unit="đảng viên"), dict(value=9.2, unit="%"), dict(value=101, unit="đảng viên", qualifier="HTTNV"),
      dict(value=77.7, unit="%"), dict(value=17, unit="đảng viên", qualifier="HTNV"), dict(value=13.1, unit="%")]),
    # a measure above gives no noun to the bare number below
    ("- Diện tích lúa: 1.200 ha;\n- Năng suất: 52.", [dict(value=1200, unit="ha")]),
]
# fmt: on


# fmt: off
# a breakdown by a category ("phân theo …:", "chia theo …:"), after a total admitted by a named body's approval
CATEGORY_BREAKDOWN_CASES = [
    ("Từ đầu năm, 64 quần chúng ưu tú đã được Ban Thường vụ Huyện ủy Sông Mây chuẩn y kết nạp; phân theo trình độ "
     "chuyên môn: thạc sĩ: 2; đại học: 40; trung cấp: 22.",
     [dict(value=v, unit="quần chúng ưu tú", change="admit") for v in (64, 2, 40, 22)]),
]
# fmt: on


# fmt: off
# a table of two columns between bars; a bar inside a parenthesis cuts no cells
TWO_COLUMN_CASES = [
    ("Số học sinh được kết nạp, chia theo trường:\nTrường | Số học sinh\nTHPT Sông Mây | 9\nTHPT Đồi Cát | 4",
     [dict(value=9, unit="học sinh", qualifier="THPT Sông Mây"), dict(value=4, unit="học sinh")]),
    ("Hình thức | Số đảng viên\nKhiển trách | 17\nCảnh cáo | 6",
     [dict(value=17, unit="đảng viên", qualifier="Khiển trách"), dict(value=6, unit="đảng viên")]),
]
# fmt: on


# fmt: off
# a quota table: its aim column counts the change of the quota named above it, and two rows with the same figure are
# two claims
QUOTA_TABLE_CASES = [
    ("Tỉnh ủy vừa giao chỉ tiêu kết nạp đảng viên năm nay cho các đảng bộ trực thuộc.\n\nChỉ tiêu cụ thể như sau:\n\n"
     "TT | Đảng bộ | Chỉ tiêu (đảng viên)\n1 | Sông Mây | 60\n2 | Đồi Cát | 45\n3 | Bến Nứa | 60",
     [dict(value=60, unit="đảng viên", change="admit", modality=T, qualifier="Sông Mây"),
      dict(value=45, unit="đảng viên", change="admit", modality=T),
      dict(value=60, unit="đảng viên", change="admit", modality=T, qualifier="Bến Nứa")]),
]
# fmt: on


# fmt: off
# a table row labelled by the noun it counts alone counts that noun under columns of ratings; a list item "noun – N"
NOUN_LABEL_CASES = [
    ("Kết quả xếp loại cuối năm:\nĐối tượng | Hoàn thành xuất sắc nhiệm vụ | Hoàn thành tốt nhiệm vụ\n"
     "Đảng viên | 412 | 2.950\nTổ chức cơ sở đảng | 6 | 31",
     [dict(value=412, unit="Đảng viên"), dict(value=2950, unit="Đảng viên"),
      dict(value=6, unit="Tổ chức cơ sở đảng"), dict(value=31, unit="Tổ chức cơ sở đảng")]),
    ("Kết quả:\n- Giám sát chuyên đề: tổ chức đảng – 88, đảng viên – 41.",
     [dict(value=88, unit="tổ chức đảng"), dict(value=41, unit="đảng viên")]),
]
# fmt: on


# the lists of report structures added by the variants probes: one table-driven test over them all
LIST_AND_TABLE_CASES = (NAMED_PART_CASES + RATIO_WORD_CASES + ACTED_ON_CASES + LEGEND_CASES + LEAD_SENTENCE_CASES
                        + SIBLING_CASES + QUOTA_TABLE_CASES + NOUN_LABEL_CASES + TWO_COLUMN_CASES
                        + CATEGORY_BREAKDOWN_CASES)


def expect_claims(got: list[dict], expected: list[dict]) -> None:
    """``got`` holds one claim per expected dict, in order, each with the expected fields' values."""
    assert len(got) == len(expected), [(c["value"], c["unit"], c["qualifier"], c["change"], c["modality"]) for c in got]
    for claim, exp in zip(got, expected, strict=True):
        for field, value in exp.items():
            assert claim[field] == value, (field, claim)


@pytest.mark.parametrize("text,expected", LIST_AND_TABLE_CASES)
def test_claims_lists_tables_and_labels(extractor, text, expected):
    expect_claims(run(extractor, text), expected)


# fmt: off
# a counted noun the unit lexicon does not list is read after the number: one noun of the vocabulary's compounds,
# a word before a known compound or a container alone, else two words; never a function word, a verb, a calendar or
# rank word, a year or date, a word in a slogan, after a name, cut off or on a line without tone marks
OPEN_UNIT_CASES = [
    ("Mạng di động phủ sóng tới 81.400 thuê bao.", [dict(value=81400, unit="thuê bao", qualifier=None)]),
    ("Kỳ họp thảo luận 19 báo cáo và 7 tờ trình.",
     [dict(value=19, unit="báo cáo"), dict(value=7, unit="tờ trình")]),
    ("Huyện có 4 vùng nông nghiệp tập trung.", [dict(value=4, unit="vùng", qualifier="nông nghiệp tập trung")]),
    ("Đoàn trao 640 thùng mì tôm, 1.200 chai nước uống.",
     [dict(value=640, unit="thùng", qualifier="mì tôm"), dict(value=1200, unit="chai", qualifier="nước uống")]),
    ("Xã có 26 ki-ốt bán hàng.", [dict(value=26, unit="ki-ốt", qualifier="bán hàng")]),
    ("Thôn hiện có 11 homestay.", [dict(value=11, unit="homestay")]),
    ("Phiên tòa có 2 luật sư bào chữa.", [dict(value=2, unit="luật sư", qualifier="bào chữa")]),
    ("Lực lượng chức năng thu giữ 5 bánh heroin.", [dict(value=5, unit="bánh heroin")]),
    ("Hội cấp 300 bồn chứa nước.", [dict(value=300, unit="bồn", qualifier="chứa nước")]),
    ("Tuyến đường dài khoảng 12 hải lý.", [dict(value=12, unit="hải lý", comparator="~")]),
    ("Xã đã tăng 9 thuê bao so với quý trước.", [dict(value=9, unit="thuê bao", change="increase")]),
    ("Thư viện có hơn 800 đầu sách.", [dict(value=800, unit="đầu sách", comparator=">")]),
    ("Hội trao 75 sổ tiết kiệm cho hội viên.", [dict(value=75, unit="sổ tiết kiệm")]),
    ("Trường có 6 phòng chức năng.", [dict(value=6, unit="phòng", qualifier="chức năng")]),
    # no counted noun read
    ("Gia đình đạt chuẩn “7 không, 2 sạch” tăng lên.", []),
    ("Cán bộ trực tại Đồn Pha Lung 3 phối hợp tuần tra.", []),
    ("Chi đoàn thôn Ta Lơ 2 nhận chăm sóc tuyến đường.", []),
    ("Sản phẩm đạt 4 sao.", []),
    ("Đội thi xếp thứ 2 toàn đoàn.", []),
    ("Kết quả cuộc thi vòng 3 đã được công bố.", []),
    ("Huyện đã trao 12 cho các hộ.", []),
    ("XA KET NAP 45 DANG VIEN MOI", []),
    ("Trong năm, chi bộ tuyển dụng thêm 120 giáo", []),
    ("Từ năm 2019 đến nay kinh tế phát triển.", []),
    ("Ngày 14/7 ông về thăm xã.", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", OPEN_UNIT_CASES)
def test_claims_read_counted_nouns_the_lexicon_does_not_list(extractor, text, expected):
    expect_claims(run(extractor, text), expected)


# fmt: off
# a table's declared unit ("đơn vị tính: lớp") counts every cell unless its row says otherwise; a cell written with
# its own unit keeps it and takes its column's modality; a table under a lead that allots aims lists aims
TABLE_UNIT_CASES = [
    ("Phân bổ cụ thể (đơn vị tính: lớp):\n\nĐơn vị | Nhận thức về Đảng | Đảng viên mới\n"
     "Thành ủy Sông Mây | 10 | 9\nHuyện ủy Đồi Cát | 13 | 11",
     [dict(value=10, unit="lớp"), dict(value=9, unit="lớp"), dict(value=13, unit="lớp"), dict(value=11, unit="lớp")]),
    ("Kết quả (ĐVT: hồ sơ):\nNội dung | Tiếp nhận | Tỷ lệ (%)\nCấp đổi | 420 | 97,5",
     [dict(value=420, unit="hồ sơ"), dict(value=97.5, unit="%")]),
    ("Một số chỉ tiêu chủ yếu quý I:\nChỉ tiêu | Ước thực hiện | So cùng kỳ (%)\n"
     "Giá trị xuất khẩu | 6.120,5 triệu USD | 104,2",
     [dict(value=6_120_500_000, unit="USD", modality=A, qualifier="Giá trị xuất khẩu"), dict(value=104.2, unit="%")]),
    ("Chỉ tiêu | Kế hoạch | Thực hiện\nThu nhập bình quân (triệu đồng/người/năm) | 62 | 59,5",
     [dict(value=62_000_000, unit="đồng", modality=T), dict(value=59_500_000, unit="đồng", modality=A)]),
    ("Kết quả năm:\nNội dung | Kế hoạch năm | Thực hiện\nSố hộ được hỗ trợ | 400 hộ | 380 hộ",
     [dict(value=400, unit="hộ", modality=T), dict(value=380, unit="hộ", modality=A)]),
    ("Ban Thường vụ Huyện ủy giao chỉ tiêu mở lớp năm tới cho các chi bộ.\n\nCụ thể:\n\n"
     "Chi bộ | Lớp cảm tình Đảng\nChi bộ thôn Bến Nứa | 3\nChi bộ thôn Sông Mây | 2",
     [dict(value=3, modality=T, qualifier="Chi bộ thôn Bến Nứa"), dict(value=2, modality=T)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", TABLE_UNIT_CASES)
def test_claims_table_units_and_modality_from_caption_cells_and_lead(extractor, text, expected):
    expect_claims(run(extractor, text), expected)


# fmt: off
# a colon right after a count opens its breakdown; council sessions are counted ("kỳ họp" is no calendar word); the
# units an aim is allotted to exist, whatever the allotment names between its cue and "cho"
BREAKDOWN_COLON_CASES = [
    ("Cả năm, các cấp đã thi hành kỷ luật 140 đảng viên: khiển trách 96, cảnh cáo 30, khai trừ 14.",
     [dict(value=140, unit="đảng viên"), dict(value=96, unit="đảng viên", qualifier="khiển trách"),
      dict(value=30, unit="đảng viên", qualifier="cảnh cáo"), dict(value=14, unit="đảng viên", qualifier="khai trừ")]),
    ("Chi bộ có 38 đảng viên: nam 25, nữ 13.",
     [dict(value=38), dict(value=25, unit="đảng viên", qualifier="nam"), dict(value=13, unit="đảng viên")]),
    ("Đến nay có 12 xã đạt chuẩn: xã Sông Mây, xã Đồi Cát.", [dict(value=12, unit="xã")]),
    ("Trong năm, HĐND huyện tổ chức 5 kỳ họp, ban hành 40 nghị quyết.",
     [dict(value=5, unit="kỳ họp"), dict(value=40, unit="nghị quyết")]),
    ("Sau 3 năm, huyện kết nạp 90 đảng viên.", [dict(value=90, unit="đảng viên")]),
    ("Huyện ủy giao chỉ tiêu mở lớp cảm tình Đảng năm tới cho 11 chi bộ trực thuộc.",
     [dict(value=11, unit="chi bộ", modality=A)]),
    ("Thị ủy giao chỉ tiêu cụ thể cho 9 phường, xã.", [dict(value=9, unit="phường, xã", modality=A)]),
    # a list lead naming its items' noun and change after the last count
    ("Năm nay có 5/6 hội về đích sớm; số hội viên mới được kết nạp của từng hội như sau:\n"
     "- Hội Nông dân xã Sông Mây: 120 hội viên;\n- Hội Nông dân xã Đồi Cát: 95 hội viên.",
     [dict(value=5, denominator=6), dict(value=120, unit="hội viên", change="admit"),
      dict(value=95, unit="hội viên", change="admit")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", BREAKDOWN_COLON_CASES)
def test_claims_colon_breakdowns_sessions_and_allotted_recipients(extractor, text, expected):
    expect_claims(run(extractor, text), expected)
