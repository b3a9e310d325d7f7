"""Tests for ddnews.extractors.officials: invented names and sentences (not taken from the corpus).

Each row is ``(text, expected)``: ``expected`` maps every official's name to the set of their titles
(order not checked).  A name absent from ``expected`` must not be found.
"""

import pytest

from ddnews.extractors.base import Context
from ddnews.extractors.officials import OfficialExtractor
from ddnews.nlp.components import DATA_DIR
from ddnews.text.normalize import fold

DATA = DATA_DIR / "officials"


@pytest.fixture(scope="module")
def ex():
    return OfficialExtractor(DATA)


def run(ex, text):
    return ex(Context(text=text, folded=fold(text)))


# fmt: off
CASES = [
    # --- apposition after "đồng chí / ông / bà"
    ("Đồng chí Đinh Văn Khoa, Bí thư Huyện ủy, phát biểu tại hội nghị.",
     {"Đinh Văn Khoa": {"Bí thư Huyện ủy"}}),
    ("Đồng chí Vương Đức Lập, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự hội nghị.",
     {"Vương Đức Lập": {"Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"}}),
    ("Bà Hà Thị Ngân, Phó Chủ tịch UBND huyện cho biết kết quả.",
     {"Hà Thị Ngân": {"Phó Chủ tịch UBND huyện"}}),
    ("Ông Bế Văn Tụ, Trưởng thôn Nà Lầu, chia sẻ kinh nghiệm.",
     {"Bế Văn Tụ": {"Trưởng thôn Nà Lầu"}}),
    ("Đồng chí Lục Thị Quế, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì.",
     {"Lục Thị Quế": {"Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"}}),
    ("Đồng chí Chu Minh Sáng, Chủ nhiệm Ủy ban Kiểm tra (UBKT) Huyện ủy đã kết luận.",
     {"Chu Minh Sáng": {"Chủ nhiệm Ủy ban Kiểm tra (UBKT) Huyện ủy"}}),
    ("Đồng chí Kiều Văn Hưởng, Giám đốc Sở Nội vụ, báo cáo tại hội nghị.",
     {"Kiều Văn Hưởng": {"Giám đốc Sở Nội vụ"}}),
    ("Đồng chí Tạ Quang Dũng, Thứ trưởng Bộ Nội vụ, dự và chỉ đạo.",
     {"Tạ Quang Dũng": {"Thứ trưởng Bộ Nội vụ"}}),
    ("Đồng chí Mạc Thị Hoa, Bí thư Chi bộ, Trưởng khu phố Đồi Thông, cho biết.",
     {"Mạc Thị Hoa": {"Bí thư Chi bộ", "Trưởng khu phố Đồi Thông"}}),
    ("Đồng chí Nông Văn Pảo, Bí thư Chi bộ kiêm Trưởng bản, trao đổi với phóng viên.",
     {"Nông Văn Pảo": {"Bí thư Chi bộ", "Trưởng bản"}}),
    ("Đồng chí Ninh Văn Thuận, Tỉnh ủy viên, Bí thư Đảng ủy phường Bắc Sơn phát biểu.",
     {"Ninh Văn Thuận": {"Tỉnh ủy viên", "Bí thư Đảng ủy phường Bắc Sơn"}}),
    # --- abbreviations kept as written
    ("Đồng chí Giáp Văn Toàn, TUV, Bí thư Huyện ủy Tân Yên cho biết.",
     {"Giáp Văn Toàn": {"TUV", "Bí thư Huyện ủy Tân Yên"}}),
    ("Đồng chí Lã Văn Thường, Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự.",
     {"Lã Văn Thường": {"Ủy viên BTV Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"}}),
    ("Đồng chí Triệu Thị Lan, Ủy viên BCH T.Ư Đảng, Bí thư Tỉnh ủy dự lễ.",
     {"Triệu Thị Lan": {"Ủy viên BCH T.Ư Đảng", "Bí thư Tỉnh ủy"}}),
    # --- title before the name
    ("Bí thư Huyện ủy Nguyễn Đình Phong phát biểu khai mạc.",
     {"Nguyễn Đình Phong": {"Bí thư Huyện ủy"}}),
    ("Chủ tịch UBND tỉnh Lai Châu Trần Quốc Bảo trao quyết định.",
     {"Trần Quốc Bảo": {"Chủ tịch UBND tỉnh Lai Châu"}}),
    ("Bí thư Tỉnh ủy Kon Tum Phạm Thị Thu Trang dự buổi lễ.",
     {"Phạm Thị Thu Trang": {"Bí thư Tỉnh ủy Kon Tum"}}),
    ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy Lê Hoài Nam giới thiệu chuyên đề.",
     {"Lê Hoài Nam": {"Phó Trưởng Ban Tuyên giáo Tỉnh ủy"}}),
    ("Trưởng thôn Khe Mạ Lò Văn Sẻ cho biết cả thôn đã thoát nghèo.",
     {"Lò Văn Sẻ": {"Trưởng thôn Khe Mạ"}}),
    ("Giám đốc Công an tỉnh Hoàng Trung Kiên báo cáo tình hình.",
     {"Hoàng Trung Kiên": {"Giám đốc Công an tỉnh"}}),
    # --- title before and apposition after: both kept, same post short and long = one
    ("Bí thư Tỉnh ủy Đào Văn Lực trao quà. Đồng chí Đào Văn Lực, Bí thư Tỉnh ủy Ninh Bình, nhấn mạnh yêu cầu.",
     {"Đào Văn Lực": {"Bí thư Tỉnh ủy Ninh Bình"}}),
    ("Đồng chí Quách Thị Hạnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Yên Lạc dự. Đồng chí Quách Thị Hạnh, "
     "Bí thư Đảng ủy xã Yên Lạc trao quà.",
     {"Quách Thị Hạnh": {"Bí thư Đảng ủy xã Yên Lạc", "Chủ tịch HĐND xã Yên Lạc"}}),
    # --- lists after "có các đồng chí:"
    ("Dự hội nghị có các đồng chí: Trương Văn Sơn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
     "Mai Thị Hồng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phí Đức Long, Phó Chủ tịch HĐND tỉnh.",
     {"Trương Văn Sơn": {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"},
      "Mai Thị Hồng": {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"},
      "Phí Đức Long": {"Phó Chủ tịch HĐND tỉnh"}}),
    ("Tham dự có các đồng chí: Âu Văn Hải, Trưởng đoàn ĐBQH tỉnh; Doãn Thị Yến, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
     {"Âu Văn Hải": {"Trưởng đoàn ĐBQH tỉnh"}, "Doãn Thị Yến": {"Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"}}),
    # --- khóa kept, nhiệm kỳ dropped
    ("Ông Lương Văn Cầu, Bí thư Huyện ủy khóa XIX, nhiệm kỳ 2020 - 2025, phát biểu.",
     {"Lương Văn Cầu": {"Bí thư Huyện ủy khóa XIX"}}),
    ("Ông Khổng Minh Đạt được bầu giữ chức Bí thư Huyện ủy Lục Yên khóa XXV với số phiếu cao.",
     {"Khổng Minh Đạt": {"Bí thư Huyện ủy Lục Yên khóa XXV"}}),
    ("Với 98% phiếu bầu, ông Tống Văn Hiếu tái đắc cử chức vụ Bí thư Thị ủy nhiệm kỳ 2020 - 2025.",
     {"Tống Văn Hiếu": {"Bí thư Thị ủy"}}),
    ("Ông Diệp Văn Quang, Phó Bí thư Huyện ủy khóa XX được bầu giữ chức Bí thư Huyện ủy khóa XXI thay ông "
     "Cao Văn Bình, Bí thư Huyện ủy khóa XX.",
     {"Diệp Văn Quang": {"Phó Bí thư Huyện ủy khóa XX", "Bí thư Huyện ủy khóa XXI"},
      "Cao Văn Bình": {"Bí thư Huyện ủy khóa XX"}}),
    ("Các ông Hứa Văn Tài sinh năm 1970, Tiêu Đức Mạnh sinh năm 1972 cũng được bầu giữ chức Phó Bí thư Huyện ủy.",
     {"Hứa Văn Tài": {"Phó Bí thư Huyện ủy"}, "Tiêu Đức Mạnh": {"Phó Bí thư Huyện ủy"}}),
    # --- nguyên kept; career history is not a title
    ("Huy hiệu được trao cho nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Lý Văn Thắm.",
     {"Lý Văn Thắm": {"nguyên Ủy viên Trung ương Đảng", "nguyên Bí thư Tỉnh ủy"}}),
    ("Ông Vi Văn Đông, Phó Bí thư Tỉnh ủy. Ông Đông từng là Chủ tịch UBND huyện, Bí thư Huyện ủy.",
     {"Vi Văn Đông": {"Phó Bí thư Tỉnh ủy"}}),
    # --- persons without a post
    ("Bí thư Huyện ủy Ma Văn Tuấn thăm gia đình đồng chí Hầu Văn Sình.",
     {"Ma Văn Tuấn": {"Bí thư Huyện ủy"}, "Hầu Văn Sình": set()}),
    ("Đảng viên Đồng Thị Lụa, sinh năm 1935, nhận Huy hiệu 60 năm tuổi Đảng.", {"Đồng Thị Lụa": set()}),
    ("Trao Huy hiệu cho cụ Sầm Văn Nghị, đảng viên Chi bộ thôn Bó Củng.", {"Sầm Văn Nghị": set()}),
    ("Ông Thân Văn Khải, đảng viên thuộc Đảng bộ xã, được tặng quà.", {"Thân Văn Khải": set()}),
    # --- 4-syllable names
    ("Chủ nhiệm Ủy ban Kiểm tra Thành ủy Tôn Nữ Thảo Vy phát biểu.",
     {"Tôn Nữ Thảo Vy": {"Chủ nhiệm Ủy ban Kiểm tra Thành ủy"}}),
    ("Đồng chí Nguyễn Thị Minh Khai, Trưởng Ban Nội chính Tỉnh ủy, dự.",
     {"Nguyễn Thị Minh Khai": {"Trưởng Ban Nội chính Tỉnh ủy"}}),
    # --- title, then the name after "đồng chí"
    ("Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy Ngô Đức Hòa đề nghị các cấp ủy.",
     {"Ngô Đức Hòa": {"Bí thư Tỉnh ủy"}}),
    ("Phát biểu chỉ đạo, Bí thư Tỉnh ủy, đồng chí Hà Văn Tùng yêu cầu các cấp ủy.",
     {"Hà Văn Tùng": {"Bí thư Tỉnh ủy"}}),
    # --- caption style with a dash
    ("Đồng chí Trần Văn Nam - Bí thư Đảng ủy xã phát biểu.", {"Trần Văn Nam": {"Bí thư Đảng ủy xã"}}),
    ("Ông Đặng Văn Thịnh - Phó Giám đốc Sở Y tế, trao đổi với phóng viên.",
     {"Đặng Văn Thịnh": {"Phó Giám đốc Sở Y tế"}}),
    ("Anh Vàng A Lử, Bí thư Đoàn xã cho biết.", {"Vàng A Lử": {"Bí thư Đoàn xã"}}),
    ("Tổng Bí thư Tô Văn Lâm thăm tỉnh.", {"Tô Văn Lâm": {"Tổng Bí thư"}}),
    # --- bylines, photo credits, historical figures: not officials
    ("Hội nghị diễn ra trong một ngày.\n\nTin, ảnh: Minh Quân", {}),
    ("Quang cảnh hội nghị - ảnh Thu Hà", {}),
    ("Các đại biểu dự hội nghị.\nKhánh Linh\n", {}),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.", {}),
    ("Đoàn viên sinh hoạt trong Đoàn Thanh niên Cộng sản Hồ Chí Minh.", {}),
    ("Bài 1: Nghị quyết mang ý Đảng, lòng dân\nPhong Vân", {}),
    ("Tỉnh Bà Rịa - Vũng Tàu có 8 đơn vị hành chính.", {}),
    # --- the signer of a resolution or plan: the post in capitals above the name
    ("Điều 3. Nghị quyết có hiệu lực từ ngày ký.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nY Blông Niê\n",
     {"Y Blông Niê": {"PHÓ BÍ THƯ THƯỜNG TRỰC"}}),
    ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nKhúc Thị "
     "Duyên",
     {"Khúc Thị Duyên": {"PHÓ CHỦ TỊCH"}}),
    ("CHỦ TỊCH\n\nPhạm Ngọc Ánh", {"Phạm Ngọc Ánh": {"CHỦ TỊCH"}}),
    ("Hội nghị kết thúc.\nBÍ THƯ CHI BỘ\n\nThôn Nà Pồng", {}),
    # --- minority names: prefixes "Y", "H'", "K'", "A"; single-word "K'…" names; a number closing a village
    ("Bà H'Linh Êban, Bí thư Chi bộ buôn Ko Sier, chia sẻ.", {"H'Linh Êban": {"Bí thư Chi bộ buôn Ko Sier"}}),
    ("Đồng chí K'Bình, Phó Chủ tịch UBND huyện, dự.", {"K'Bình": {"Phó Chủ tịch UBND huyện"}}),
    ("Ông A Hùng, Trưởng thôn Kon Klor 2, xã Đăk Rơ Wa cho biết.", {"A Hùng": {"Trưởng thôn Kon Klor 2"}}),
    ("Dự có các đồng chí: Điểu Văn Thanh, TUV, Bí thư Huyện ủy; Kiều Minh Tâm, UV BTV Huyện ủy, "
     "Chủ nhiệm UBKT Huyện ủy.",
     {"Điểu Văn Thanh": {"TUV", "Bí thư Huyện ủy"}, "Kiều Minh Tâm": {"UV BTV Huyện ủy", "Chủ nhiệm UBKT Huyện ủy"}}),
    # --- asides and openers between a name and its posts; posts in parentheses
    ("Cụ Phùng Văn Lạc, 92 tuổi, nguyên Bí thư Đảng ủy xã Hòa Bình, nhận Huy hiệu.",
     {"Phùng Văn Lạc": {"nguyên Bí thư Đảng ủy xã Hòa Bình"}}),
    ("Ông Mạc Văn Tiến, nguyên Chủ tịch UBND huyện, nay là Phó Chủ tịch HĐND huyện, kiến nghị.",
     {"Mạc Văn Tiến": {"nguyên Chủ tịch UBND huyện", "Phó Chủ tịch HĐND huyện"}}),
    ("Ông Ngô Văn Khánh (Trưởng thôn Nà Lầu) cho biết.", {"Ngô Văn Khánh": {"Trưởng thôn Nà Lầu"}}),
    ("Ông Ngô Văn Khánh (sinh năm 1960) cho biết.", {"Ngô Văn Khánh": set()}),
    # --- ranks and degrees open a name but are no post
    ("Đại tá Hoàng Văn Em, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự.",
     {"Hoàng Văn Em": {"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}}),
    ("Làm việc với Thượng tá Vũ Văn Giang, Trưởng Công an huyện.", {"Vũ Văn Giang": {"Trưởng Công an huyện"}}),
    ("TS. Đỗ Văn Hùng, Phó Giám đốc Sở Khoa học và Công nghệ, trình bày.",
     {"Đỗ Văn Hùng": {"Phó Giám đốc Sở Khoa học và Công nghệ"}}),
    # --- posts in mass organisations and institutions written partly in lower case
    ("Ông Lê Văn Cường, Chủ tịch Hội Cựu chiến binh xã, chia sẻ.",
     {"Lê Văn Cường": {"Chủ tịch Hội Cựu chiến binh xã"}}),
    ("Bà Trần Thị Bình, Chủ tịch Hội Liên hiệp Phụ nữ huyện, phát biểu.",
     {"Trần Thị Bình": {"Chủ tịch Hội Liên hiệp Phụ nữ huyện"}}),
    ("Chủ tịch Hội Nông dân tỉnh Nguyễn Văn An phát biểu.", {"Nguyễn Văn An": {"Chủ tịch Hội Nông dân tỉnh"}}),
    ("Đồng chí Phạm Văn Dũng, Giám đốc Trung tâm Chính trị huyện, báo cáo.",
     {"Phạm Văn Dũng": {"Giám đốc Trung tâm Chính trị huyện"}}),
    ("Đồng chí Vũ Thị Quyên, Trưởng Ban Pháp chế HĐND tỉnh, báo cáo.",
     {"Vũ Thị Quyên": {"Trưởng Ban Pháp chế HĐND tỉnh"}}),
    # --- one post written short and long is one title, in its longer form
    ("Ông Mã Văn Toản, UVBTV Huyện ủy, Trưởng BTC Huyện ủy khai mạc. Kết luận, ông Mã Văn Toản, "
     "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy nhấn mạnh.",
     {"Mã Văn Toản": {"Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"}}),
    ("Phó Trưởng BDV Tỉnh ủy Lê Thị Mai dự.", {"Lê Thị Mai": {"Phó Trưởng BDV Tỉnh ủy"}}),
    # --- grassroots bodies and enterprises written with lower-case syllables
    ("Chị Lường Thị Hoa, Chủ tịch Công đoàn cơ sở Công ty Cổ phần May mặc Tân Phú, được kết nạp.",
     {"Lường Thị Hoa": {"Chủ tịch Công đoàn cơ sở Công ty Cổ phần May mặc Tân Phú"}}),
    ("Bí thư Đảng ủy cơ sở Khúc Văn Bình phát biểu.", {"Khúc Văn Bình": {"Bí thư Đảng ủy cơ sở"}}),
    # --- a branch head of a mass organisation, after a birth-year aside
    ("Bà Sùng Thị Dua (SN 1988), Chi hội trưởng Chi hội Phụ nữ thôn Khe Cát, chia sẻ kinh nghiệm.",
     {"Sùng Thị Dua": {"Chi hội trưởng Chi hội Phụ nữ thôn Khe Cát"}}),
    # --- a committee named after zones ("Các khu kinh tế") keeps its lower-case words
    ("Ông Lâm Văn Tài, Bí thư Đảng ủy Các khu kinh tế tỉnh, cho biết kết quả.",
     {"Lâm Văn Tài": {"Bí thư Đảng ủy Các khu kinh tế tỉnh"}}),
    # --- numbered neighbourhoods, two councils joined by "và", boards named by their task
    ("Ông Hồ Văn Lựu, Tổ trưởng tổ dân phố số 7, cho biết.", {"Hồ Văn Lựu": {"Tổ trưởng tổ dân phố số 7"}}),
    ("Bà Đào Thị Hiền, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, báo cáo.",
     {"Đào Thị Hiền": {"Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"}}),
    ("Ông Vi Văn Lực, Trưởng Ban Công tác Mặt trận khu dân cư số 2, phát biểu.",
     {"Vi Văn Lực": {"Trưởng Ban Công tác Mặt trận khu dân cư số 2"}}),
    ("Đồng chí Tạ Quang Huy, Phó Trưởng Ban Chỉ đạo, Phó Chánh Thanh tra tỉnh dự.",
     {"Tạ Quang Huy": {"Phó Trưởng Ban Chỉ đạo", "Phó Chánh Thanh tra tỉnh"}}),
    # --- a post without a named person is nobody
    ("Các đồng chí Ủy viên BTV Huyện ủy phụ trách cơ sở.", {}),
    ("Phó Bí thư Tỉnh ủy có trình độ Tiến sĩ.", {}),
    # --- dismissals read forward ("miễn nhiệm chức vụ X đối với ông Y"); "bầu làm" with the electing body between
    ("Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Trịnh Văn Cảnh do nghỉ hưu.",
     {"Trịnh Văn Cảnh": {"Phó Chủ tịch UBND huyện"}}),
    ("Ông Lạc Văn Tùng phát biểu. HĐND tỉnh miễn nhiệm chức danh Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 "
     "đối với bà Đoàn Thị Lựu, Phó Bí thư Tỉnh ủy.",
     {"Lạc Văn Tùng": set(), "Đoàn Thị Lựu": {"Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"}}),
    ("Ông Khổng Minh Tiệp, Phó Bí thư Tỉnh ủy, được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh.",
     {"Khổng Minh Tiệp": {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"}}),
    ("Ông Quách Văn Lành được cho thôi giữ chức Trưởng phòng Nội vụ huyện.",
     {"Quách Văn Lành": {"Trưởng phòng Nội vụ huyện"}}),
    # --- body names whose words are compounds with lower-case syllables, joined by "," / "và" / "-"
    ("Ông Mẫn Văn Toại, Giám đốc Sở Lao động, Thương binh và Xã hội, dự hội nghị.",
     {"Mẫn Văn Toại": {"Giám đốc Sở Lao động, Thương binh và Xã hội"}}),
    ("Bà Khổng Thị Hằng, Trưởng Ban Quản lý Khu Kinh tế tỉnh, báo cáo.",
     {"Khổng Thị Hằng": {"Trưởng Ban Quản lý Khu Kinh tế tỉnh"}}),
    ("Đồng chí Lục Văn Thạch, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng UBND tỉnh phát biểu.",
     {"Lục Văn Thạch": {"Phó Bí thư Tỉnh ủy", "Bí thư Ban cán sự đảng UBND tỉnh"}}),
    ("Ông Tiết Văn Lâm, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện, trao thưởng.",
     {"Tiết Văn Lâm": {"Chủ tịch Hội đồng Thi đua - Khen thưởng huyện"}}),
    ("Bà Nhữ Thị Vân, Trưởng Phòng Tài nguyên và Môi trường huyện, cho biết.",
     {"Nhữ Thị Vân": {"Trưởng Phòng Tài nguyên và Môi trường huyện"}}),
    # --- a title stops before a capitalised person's name that ends in a dictionary word ("Bình chọn")
    ("Trưởng Ban Dân vận Huyện ủy Kiều Văn Bình chọn mô hình điểm.",
     {"Kiều Văn Bình": {"Trưởng Ban Dân vận Huyện ủy"}}),
    # --- abbreviated posts in lists and captions
    ("Dự có đồng chí Cù Văn Hậu, PBT TT Huyện ủy, Chủ tịch HĐND huyện.",
     {"Cù Văn Hậu": {"PBT TT Huyện ủy", "Chủ tịch HĐND huyện"}}),
    ("Đồng chí Giáp Thị Nhung, UVTV Huyện ủy, Trưởng Ban Tổ chức Huyện ủy dự.",
     {"Giáp Thị Nhung": {"UVTV Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"}}),
    ("Tới dự có đồng chí Chử Văn Bảo - UVBTVHU - Trưởng Công an huyện.",
     {"Chử Văn Bảo": {"UVBTVHU", "Trưởng Công an huyện"}}),
    # --- dash lists with or without spaces; a plural cue with a colon; items after ";"
    ("Các ông: Lăng Văn Đạt - Bí thư Huyện ủy; Đậu Minh Khải - Phó Bí thư Huyện ủy chủ trì hội nghị.",
     {"Lăng Văn Đạt": {"Bí thư Huyện ủy"}, "Đậu Minh Khải": {"Phó Bí thư Huyện ủy"}}),
    ("Dự có các đồng chí: Ung Văn Tài-Bí thư Tỉnh ủy; Mẫn Thị Loan-Phó Chủ tịch UBND tỉnh.",
     {"Ung Văn Tài": {"Bí thư Tỉnh ủy"}, "Mẫn Thị Loan": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Bà Đới Thị Hạnh- Trưởng Ban Tuyên giáo Huyện ủy phát biểu.",
     {"Đới Thị Hạnh": {"Trưởng Ban Tuyên giáo Huyện ủy"}}),
    # --- a post named before the list belongs to every listed person
    ("Dự có các đồng chí Phó Bí thư Huyện ủy: Vy Văn Sơn, Chủ tịch UBND huyện; Nhâm Thị Hà, Chủ tịch HĐND huyện.",
     {"Vy Văn Sơn": {"Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"},
      "Nhâm Thị Hà": {"Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"}}),
    # --- descriptions in apposition are skipped; the titles after them are read
    ("Kỷ luật bà Thiều Thị Mai, đảng viên Chi bộ thôn Đông, xã Tân Lợi; nguyên Phó Bí thư Đảng ủy, "
     "nguyên Chủ tịch UBND xã Tân Lợi.",
     {"Thiều Thị Mai": {"nguyên Phó Bí thư Đảng ủy", "nguyên Chủ tịch UBND xã Tân Lợi"}}),
    ("Ông Bồ Văn Khánh, 45 tuổi, quê huyện Kỳ Lâm, Phó Trưởng Ban Tổ chức Tỉnh ủy đã nhận quyết định.",
     {"Bồ Văn Khánh": {"Phó Trưởng Ban Tổ chức Tỉnh ủy"}}),
    # --- a post after "làm" when the sentence appoints the person
    ("Ban Thường vụ Tỉnh ủy điều động ông Hàn Văn Quý, Phó Giám đốc Sở Nội vụ, làm Bí thư Huyện ủy Kỳ Lâm.",
     {"Hàn Văn Quý": {"Phó Giám đốc Sở Nội vụ", "Bí thư Huyện ủy Kỳ Lâm"}}),
    ("Các đại biểu đã bầu bà Khuất Thị Dung – Phó Bí thư Tỉnh ủy, làm Chủ tịch HĐND tỉnh.",
     {"Khuất Thị Dung": {"Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"}}),
    ("Ông Lăng Văn Thủy làm Bí thư Chi bộ từ năm 1990 đến nay.", {"Lăng Văn Thủy": {"Bí thư Chi bộ"}}),
    ("Ông Lăng Văn Thủy làm việc tại Văn phòng Huyện ủy.", {"Lăng Văn Thủy": set()}),
    # --- posts read forward: a term in brackets, "với", several holders
    ("HĐND tỉnh bãi nhiệm chức vụ Phó Chủ tịch UBND tỉnh (nhiệm kỳ 2021-2026) đối với ông Tiết Minh Đức.",
     {"Tiết Minh Đức": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Phó Thủ tướng Ung Văn Bảo ký quyết định miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 – 2026 "
     "với ông Đậu Văn Nam.",
     {"Ung Văn Bảo": {"Phó Thủ tướng"}, "Đậu Văn Nam": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Ban Bí thư chuẩn y giữ chức Phó Bí thư Tỉnh ủy đối với Thiếu tướng Chử Văn Hòa, Giám đốc Công an tỉnh "
     "và đồng chí Giáp Văn Lợi, Bí thư Thành ủy.",
     {"Chử Văn Hòa": {"Phó Bí thư Tỉnh ủy", "Giám đốc Công an tỉnh"},
      "Giáp Văn Lợi": {"Phó Bí thư Tỉnh ủy", "Bí thư Thành ủy"}}),
    ("Ông Nhâm Văn Tú (Giám đốc Sở Xây dựng) được bầu bổ sung chức danh Ủy viên UBND tỉnh.",
     {"Nhâm Văn Tú": {"Giám đốc Sở Xây dựng", "Ủy viên UBND tỉnh"}}),
    ("Kỷ luật ông Vy Quốc Bình (Phó Bí thư Huyện ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND huyện Kỳ Lâm).",
     {"Vy Quốc Bình": {"Phó Bí thư Huyện ủy", "Bí thư Ban cán sự đảng", "Chủ tịch UBND huyện Kỳ Lâm"}}),
    # --- a post written short and long is one title, in its longer form; another rank is another post
    ("Ông Khuất Văn Tâm, Bí thư Đảng ủy phường Đông Hòa, phát biểu. Bí thư phường Đông Hòa Khuất Văn Tâm cho biết.",
     {"Khuất Văn Tâm": {"Bí thư Đảng ủy phường Đông Hòa"}}),
    ("Ông Mẫn Đức Hùng, Phó Bí thư Tỉnh ủy, nay là Phó Bí thư Thường trực Tỉnh ủy, dự.",
     {"Mẫn Đức Hùng": {"Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"}}),
    # --- a full name written again without cue is the same person: its apposition is read
    ("Ông Tiết Văn Sang dự lễ.\n\nTiết Văn Sang – Bí thư Tỉnh ủy phát biểu.",
     {"Tiết Văn Sang": {"Bí thư Tỉnh ủy"}}),
    # --- people named by their role, or listed after "gồm:", have no title
    ("Sinh viên Đậu Thị Thu Hà đọc lời tuyên thệ; sinh viên Khoa Kinh tế cũng dự.", {"Đậu Thị Thu Hà": set()}),
    ("Ba học sinh được kết nạp, gồm: Cù Minh Trí, lớp 12A1; Vy Thị My, lớp 12A1 và Nhữ Thị Anh, lớp 12A5.",
     {"Cù Minh Trí": set(), "Vy Thị My": set(), "Nhữ Thị Anh": set()}),
    ("Các xã gồm: Hòa Bình, Tân Lập và Đông Hưng đạt chuẩn.", {}),
    ("Đảng viên Đảng Cộng sản Việt Nam phải gương mẫu.", {}),
    # --- a name syllable is a whole word: "SN 1973" (sinh năm) is no part of the name (and "là …" states a post)
    ("Ông Cù Văn Lộc SN 1968, là huyện ủy viên.", {"Cù Văn Lộc": {"huyện ủy viên"}}),
    # --- "Ð" (U+00D0) typed for "Đ" is the same letter
    ("Kỷ luật nguyên Phó Giám đốc Sở Giáo dục và Ðào tạo tỉnh Yên Bái Giáp Văn Hợi.",
     {"Giáp Văn Hợi": {"nguyên Phó Giám đốc Sở Giáo dục và Ðào tạo tỉnh Yên Bái"}}),
    # --- a capitalised "Đ/c" mid-sentence is a cue
    ("Tham dự có Đ/c Lăng Văn Hiếu - PBT Đảng ủy; Đ/c Vy Văn Long - PCT HĐND xã.",
     {"Lăng Văn Hiếu": {"PBT Đảng ủy"}, "Vy Văn Long": {"PCT HĐND xã"}}),
    # --- "đảng viên lão thành" is a person cue like "đảng viên"
    ("Huyện ủy trao Huy hiệu cho đảng viên lão thành Y Kriêng Mlô, 92 tuổi, ở buôn Kô.",
     {"Y Kriêng Mlô": set()}),
    # a second post stated after the name with "đồng thời là" / "hiện giữ chức"; men and women listed together
    ("Ông Lê Văn Hòa giữ chức Phó Bí thư Đảng ủy phường. Ông Lê Văn Hòa đồng thời là Chủ tịch UBND phường.",
     {"Lê Văn Hòa": {"Phó Bí thư Đảng ủy phường", "Chủ tịch UBND phường"}}),
    ("Bà Đinh Thị Quế hiện giữ chức Phó Giám đốc Sở Y tế tỉnh.", {"Đinh Thị Quế": {"Phó Giám đốc Sở Y tế tỉnh"}}),
    ("Huy hiệu được trao cho các ông, bà: Tòng Văn Pấng (Chi bộ bản A), Lò Thị Ơn và Cầm Văn Hặc.",
     {"Tòng Văn Pấng": set(), "Lò Thị Ơn": set(), "Cầm Văn Hặc": set()}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", CASES)
def test_officials(ex, text, expected):
    got = {o["name"]: set(o["titles"]) for o in run(ex, text)}
    assert got == expected


# fmt: off
@pytest.mark.parametrize("text, name, n_mentions", [
    ("Ông Hà Văn Khiêm, Chủ tịch UBND xã. Ông Khiêm sinh năm 1975. Ông Khiêm cho biết.", "Hà Văn Khiêm", 3),
    ("Đồng chí Lò Thị Ơn, Bí thư Đảng ủy xã dự. Sau đó, đồng chí Ơn trao quà.", "Lò Thị Ơn", 2),
    ("Ông Phan Đức Hải, Phó Bí thư Huyện ủy; ông Hoàng Văn Hải, Chủ tịch UBND huyện. Ông Hải nói.", "Hoàng Văn Hải", 2),
])
# fmt: on
def test_short_mentions_join_the_nearest_person(ex, text, name, n_mentions):
    person = next(o for o in run(ex, text) if o["name"] == name)
    assert len(person["mentions"]) == n_mentions


def test_fields_and_offsets(ex):
    text = "Đồng chí Đinh Văn Khoa, TUV, Chủ tịch HĐND huyện dự."
    (o,) = run(ex, text)
    assert text[o["start"]:o["end"]] == "Đinh Văn Khoa"
    assert [text[s:e] for s, e in o["title_spans"]] == o["titles"] == ["TUV", "Chủ tịch HĐND huyện"]
    assert o["titles_expanded"] == ["Tỉnh ủy viên", "Chủ tịch Hội đồng nhân dân huyện"]


# fmt: off
# Titles before names in a list, several subjects of one appointment, elected seats, staff posts.
LIST_AND_SEAT_CASES = [
    # each title of a "title Name, title Name" list is the post of the name after it
    ("Dự lễ có nguyên Chủ tịch nước Đào Văn Lực, nguyên Chủ tịch Quốc hội Tạ Văn Hòa, Phó Chủ tịch nước Lê Thị Yến.",
     {"Đào Văn Lực": {"nguyên Chủ tịch nước"}, "Tạ Văn Hòa": {"nguyên Chủ tịch Quốc hội"},
      "Lê Thị Yến": {"Phó Chủ tịch nước"}}),
    # two subjects joined by "và" both take the post they are elected to
    ("Ông Đỗ Văn Hiền (Chánh Văn phòng UBND tỉnh) và ông Vi Văn Sáng (Giám đốc Sở Xây dựng) được bầu bổ sung chức "
     "danh Ủy viên UBND tỉnh.",
     {"Đỗ Văn Hiền": {"Chánh Văn phòng UBND tỉnh", "Ủy viên UBND tỉnh"},
      "Vi Văn Sáng": {"Giám đốc Sở Xây dựng", "Ủy viên UBND tỉnh"}}),
    # an elected seat is a title; after "Đoàn" the words name the delegation
    ("Ông Lưu Văn Bình, Bí thư Huyện ủy, đại biểu HĐND tỉnh, phát biểu.",
     {"Lưu Văn Bình": {"Bí thư Huyện ủy", "đại biểu HĐND tỉnh"}}),
    ("Đồng chí Mạc Văn Tường, Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì.",
     {"Mạc Văn Tường": {"Phó Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"}}),
    ("Có đồng chí Kiều Văn Lâm, Chuyên viên Ban Tổ chức Huyện ủy.",
     {"Kiều Văn Lâm": {"Chuyên viên Ban Tổ chức Huyện ủy"}}),
    # a committee closes its body: after "Huyện ủy," a capitalised word opens another post, no field list
    ("Đồng chí Mẫn Thị Hoa, Trưởng Ban Tuyên giáo Huyện ủy, Phó Chủ tịch UBND huyện dự.",
     {"Mẫn Thị Hoa": {"Trưởng Ban Tuyên giáo Huyện ủy", "Phó Chủ tịch UBND huyện"}}),
    # "làm" + a post: the post the person serves in
    ("Đoàn công tác do ông Lạc Văn Tùng - Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn.",
     {"Lạc Văn Tùng": {"Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn"}}),
    # a copula states a post, after the full name or a short mention, past a birth year
    ("Ông Lưu Văn Bình là đại biểu HĐND tỉnh khóa XV.", {"Lưu Văn Bình": {"đại biểu HĐND tỉnh khóa XV"}}),
    ("Ông Lưu Văn Bình, Bí thư Huyện ủy. Ông Bình là đại biểu HĐND tỉnh.",
     {"Lưu Văn Bình": {"Bí thư Huyện ủy", "đại biểu HĐND tỉnh"}}),
    ("Ông Hứa Văn Định SN 1970, là huyện ủy viên, Bí thư Đảng ủy xã.",
     {"Hứa Văn Định": {"huyện ủy viên", "Bí thư Đảng ủy xã"}}),
    # … but what follows "là" that is no post stops the titles
    ("Chị Vàng Thị Mai (SN 1999), Chi hội trưởng Chi hội Phụ nữ bản, là đảng viên đầu tiên của bản. Đồng chí "
     "Lý Văn Cao, Bí thư Huyện ủy dự.",
     {"Vàng Thị Mai": {"Chi hội trưởng Chi hội Phụ nữ bản"}, "Lý Văn Cao": {"Bí thư Huyện ủy"}}),
    # a capitalised compound right after the post's head goes on with its lower-case syllables
    ("Ông Tăng Văn Khải, Chánh thanh tra Nhà nước huyện theo dõi kỳ họp.",
     {"Tăng Văn Khải": {"Chánh thanh tra Nhà nước huyện"}}),
    # an ordinal after the head belongs to the post ("Bí thư thứ nhất", "Phó Chủ tịch thứ nhất")
    ("Có đồng chí Hầu Văn Khánh, Bí thư thứ nhất Trung ương Đoàn, và ông Mã Văn Tôn, Phó Chủ tịch thứ nhất Hội "
     "đồng Thi đua - Khen thưởng Trung ương.",
     {"Hầu Văn Khánh": {"Bí thư thứ nhất Trung ương Đoàn"},
      "Mã Văn Tôn": {"Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương"}}),
    ("Ông Lục Văn Tài, Phó Chủ tịch UBND xã, về thứ nhất.", {"Lục Văn Tài": {"Phó Chủ tịch UBND xã"}}),
    # a place's committee goes on only with the place's name, never with a capitalised verb
    ("Đồng chí Lò Văn Nam - Phó Bí thư Tỉnh ủy Báo cáo kết quả phiên trù bị.",
     {"Lò Văn Nam": {"Phó Bí thư Tỉnh ủy"}}),
    ("Ông Ninh Văn Hải, Bí thư Tỉnh ủy Thái Bình, dự.", {"Ninh Văn Hải": {"Bí thư Tỉnh ủy Thái Bình"}}),
    # an office's own name may go on in lower case up to its place's level word; a verb after the post may not
    ("Ông Bạch Văn Vinh, nguyên Giám đốc Chi nhánh Văn phòng đăng ký đất đai huyện Kỳ Sơn, bị kỷ luật.",
     {"Bạch Văn Vinh": {"nguyên Giám đốc Chi nhánh Văn phòng đăng ký đất đai huyện Kỳ Sơn"}}),
    ("Bà Tạ Thị Hoa, Giám đốc Trung tâm dịch vụ nông nghiệp huyện, phát biểu.",
     {"Tạ Thị Hoa": {"Giám đốc Trung tâm dịch vụ nông nghiệp huyện"}}),
    ("Ông Vi Văn Hai, Chánh Văn phòng Huyện ủy làm việc tại xã Tân Hòa.", {"Vi Văn Hai": {"Chánh Văn phòng Huyện ủy"}}),
    # a copula after a short mention states a list of posts, past a term written after one of them
    ("Ông Lã Văn Cường bị kỷ luật. Ông Cường là đại biểu HĐND tỉnh khóa 15, nhiệm kỳ 2016 - 2021; đại biểu HĐND "
     "huyện nhiệm kỳ 2011 - 2016.", {"Lã Văn Cường": {"đại biểu HĐND tỉnh khóa 15", "đại biểu HĐND huyện"}}),
    ("Ông Lã Văn Cường dự. Ông Cường là Bí thư Huyện ủy; ông Hà Văn Tư là Chủ tịch UBND huyện.",
     {"Lã Văn Cường": {"Bí thư Huyện ủy"}, "Hà Văn Tư": {"Chủ tịch UBND huyện"}}),
    # the last title of one person's apposition is not the next person's, though the next one's cue follows it
    ("Dự có ông Tô Văn Danh – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, ông Lương Văn Bình – Phó Bí thư Tỉnh ủy.",
     {"Tô Văn Danh": {"Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"}, "Lương Văn Bình": {"Phó Bí thư Tỉnh ủy"}}),
    ("Chủ tịch UBND tỉnh, ông Lương Văn Bình phát biểu.", {"Lương Văn Bình": {"Chủ tịch UBND tỉnh"}}),
    # posts read forward, several of them, to the holder named after "đối với"
    ("HĐND tỉnh biểu quyết bãi nhiệm chức vụ Chủ tịch UBND tỉnh, đại biểu HĐND tỉnh (nhiệm kỳ 2021-2026) đối với ông "
     "Tôn Thất Hòa.", {"Tôn Thất Hòa": {"Chủ tịch UBND tỉnh", "đại biểu HĐND tỉnh"}}),
    # a list whose items each carry their own appointment: each post is its item's
    ("Ban Thường vụ điều động và chỉ định các đồng chí: Trương Văn Nam - Phó Giám đốc Sở Tài chính, giữ chức Bí thư "
     "Thị ủy; Phạm Thị Thu - Phó Chủ tịch UBND huyện, giữ chức Phó Bí thư Huyện ủy.",
     {"Trương Văn Nam": {"Phó Giám đốc Sở Tài chính", "Bí thư Thị ủy"},
      "Phạm Thị Thu": {"Phó Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"}}),
    ("Hội nghị bầu các đồng chí Lê Văn Ân, Trần Văn Bính giữ chức Phó Bí thư Huyện ủy.",
     {"Lê Văn Ân": {"Phó Bí thư Huyện ủy"}, "Trần Văn Bính": {"Phó Bí thư Huyện ủy"}}),
    # a delegation's constituency belongs to its title
    ("Ông Âu Văn Lâm, Trưởng Đoàn Đại biểu Quốc hội đơn vị tỉnh Bình Định, chủ trì.",
     {"Âu Văn Lâm": {"Trưởng Đoàn Đại biểu Quốc hội đơn vị tỉnh Bình Định"}}),
    # every post has its deputy
    ("Cô giáo Lưu Thị Hằng - Phó Hiệu trưởng Trường THCS Tân Phú cho biết.",
     {"Lưu Thị Hằng": {"Phó Hiệu trưởng Trường THCS Tân Phú"}}),
    ("Thượng tá Kha Văn Tiến, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự.",
     {"Kha Văn Tiến": {"Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}}),
    ("Ông Vương Văn Lực, Phó Trưởng bản Nà Lốc cho biết.", {"Vương Văn Lực": {"Phó Trưởng bản Nà Lốc"}}),
    # a named unit in lower case before its abbreviated kind; one abbreviation written with "&" or "-"
    ("Thầy Phí Văn Quang - Hiệu trưởng trường THPT Lạc Long cho biết.",
     {"Phí Văn Quang": {"Hiệu trưởng trường THPT Lạc Long"}}),
    ("Ông Thạch Văn Bổn, Trưởng phòng GD&ĐT huyện dự.", {"Thạch Văn Bổn": {"Trưởng phòng GD&ĐT huyện"}}),
    # a post written in the plural before a colon, then bare names: each holds it, whatever the family name
    ("Cùng chủ trì có các Phó Chủ tịch UBND tỉnh: Lù Thị Hoan, Đinh Công Thuận. Dự họp có các sở.",
     {"Lù Thị Hoan": {"Phó Chủ tịch UBND tỉnh"}, "Đinh Công Thuận": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Dự có các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Lò Văn Pâng, Thượng tá Cầm Thị Huyên.",
     {"Lò Văn Pâng": {"Phó Giám đốc Công an tỉnh"}, "Cầm Thị Huyên": {"Phó Giám đốc Công an tỉnh"}}),
    # an item of a cued list whose run is followed by a dash and a post is a person, whatever the family name
    ("Dự có các đồng chí: Giàng A Dình - Bí thư Tỉnh đoàn; Mùa Thị Xè - Phó Chủ tịch UBND huyện; Pờ Thị Lan - Trưởng "
     "Ban Dân vận Huyện ủy.", {"Giàng A Dình": {"Bí thư Tỉnh đoàn"}, "Mùa Thị Xè": {"Phó Chủ tịch UBND huyện"},
                               "Pờ Thị Lan": {"Trưởng Ban Dân vận Huyện ủy"}}),
    ("Dự có các đồng chí Phó Bí thư Tỉnh ủy: Chamaléa Văn Tịnh (Chủ tịch UBND tỉnh) và Pinăng Thị Huệ (Trưởng Ban "
     "Tổ chức Tỉnh ủy).", {"Chamaléa Văn Tịnh": {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"},
                           "Pinăng Thị Huệ": {"Phó Bí thư Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"}}),
    # a company's type written in lower case, as the orthography has it ("Công ty cổ phần …")
    ("Ông Tạ Quang Dũng, Giám đốc Công ty cổ phần Gạch men Thanh Sơn, Bí thư Chi bộ Công ty cho biết.",
     {"Tạ Quang Dũng": {"Giám đốc Công ty cổ phần Gạch men Thanh Sơn", "Bí thư Chi bộ Công ty"}}),
    ("Ông Trịnh Văn Lộc, Giám đốc Công ty CP Cơ khí Hòa Bình phát biểu.",
     {"Trịnh Văn Lộc": {"Giám đốc Công ty CP Cơ khí Hòa Bình"}}),
    # a bank's board and its branch office, a department named by a task ("chính sách dân tộc")
    ("Ông Lý Văn Sơn, Phó Chủ tịch UBND huyện, Trưởng Ban Đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội "
     "huyện chủ trì.", {"Lý Văn Sơn": {"Phó Chủ tịch UBND huyện", "Trưởng Ban Đại diện Hội đồng quản trị Ngân hàng "
                                       "Chính sách xã hội huyện"}}),
    ("Ông Châu Ngọc Tú, Giám đốc Phòng giao dịch NHCSXH huyện báo cáo.",
     {"Châu Ngọc Tú": {"Giám đốc Phòng giao dịch NHCSXH huyện"}}),
    ("Ông Đinh Văn Thiêm, Phó Vụ trưởng Vụ Chính sách dân tộc, làm việc với tỉnh.",
     {"Đinh Văn Thiêm": {"Phó Vụ trưởng Vụ Chính sách dân tộc"}}),
    # a post named before its holders with "là các đồng chí": each holder listed after it
    ("Kỳ họp cũng bầu 2 Phó Chủ tịch UBND huyện là các đồng chí Hà Đăng Khoa và Lò Thị Thanh Mai; bầu 9 Ủy viên.",
     {"Hà Đăng Khoa": {"Phó Chủ tịch UBND huyện"}, "Lò Thị Thanh Mai": {"Phó Chủ tịch UBND huyện"}}),
    ("Phó Chủ tịch UBND xã là các đồng chí Vi Văn Hào, Tạ Thị Nga.",
     {"Vi Văn Hào": {"Phó Chủ tịch UBND xã"}, "Tạ Thị Nga": {"Phó Chủ tịch UBND xã"}}),
    # several plural posts in one sentence, each list closed by ";"; a cued list's "Name, Post" items; an em dash
    ("Cùng dự có các Phó Bí thư Tỉnh ủy: Hồ Thị Tâm, Lò Chí Đạo; các Phó Chủ tịch UBND tỉnh: Vừ Đình Khải, Lê Thị "
     "Nhạn; Trưởng Ban Tuyên giáo Tỉnh ủy Phan Quế.",
     {"Hồ Thị Tâm": {"Phó Bí thư Tỉnh ủy"}, "Lò Chí Đạo": {"Phó Bí thư Tỉnh ủy"}, "Vừ Đình Khải": {"Phó Chủ tịch UBND "
      "tỉnh"}, "Lê Thị Nhạn": {"Phó Chủ tịch UBND tỉnh"}, "Phan Quế": {"Trưởng Ban Tuyên giáo Tỉnh ủy"}}),
    ("Dự có các đồng chí: Đinh Thị Thoa, Phó Chủ tịch Hội Nông dân tỉnh; Xa Văn Khiêm, Trưởng Ban Dân vận Huyện ủy.",
     {"Đinh Thị Thoa": {"Phó Chủ tịch Hội Nông dân tỉnh"}, "Xa Văn Khiêm": {"Trưởng Ban Dân vận Huyện ủy"}}),
    ("Phát biểu, đồng chí Hà Minh Thắng — Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy — đề nghị.",
     {"Hà Minh Thắng": {"Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy"}}),
    # an elected post goes to its subject before the phrase, not to a plural list after it in the sentence
    ("Tại phiên họp thứ nhất, đồng chí Rơ Mah Hiếu được bầu giữ chức Bí thư Đảng ủy xã; các Phó Bí thư là các đồng chí "
     "Lê Văn Lộc (Chủ tịch UBND xã) và Siu H'Lan (Chủ tịch UBND xã Ia Pa).",
     {"Rơ Mah Hiếu": {"Bí thư Đảng ủy xã"}, "Lê Văn Lộc": {"Phó Bí thư", "Chủ tịch UBND xã"},
      "Siu H'Lan": {"Phó Bí thư", "Chủ tịch UBND xã Ia Pa"}}),
    # (places listed after a plural post are no people)
    ("Hai Phó Chủ tịch UBND huyện: Hà Giang, Cao Bằng cùng dự.", {}),
    # the presidium of a front or mass organisation's committee is one body word: its "Chủ tịch" opens no new post
    ("Dự có bà Lò Thị Hạnh, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
     {"Lò Thị Hạnh": {"Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}}),
    ("Đồng chí Vi Văn Tình, Ủy viên Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh "
     "phát biểu.", {"Vi Văn Tình": {"Ủy viên Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam",
                                    "Chủ tịch Hội Nông dân tỉnh"}}),
    ("Ông Hà Văn Tư, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh cho biết.",
     {"Hà Văn Tư": {"Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"}}),
    ("Bà Mai Thị Nguyệt, Phó Giám đốc Sở VH-TT&DL, phát biểu.",
     {"Mai Thị Nguyệt": {"Phó Giám đốc Sở VH-TT&DL"}}),
    ("Ông Đàm Văn Tân, Giám đốc bệnh viện cho biết.", {"Đàm Văn Tân": {"Giám đốc"}}),
    # one board of several zones
    ("Ông Hồ Văn Hậu, Trưởng Ban Quản lý Khu kinh tế Vân Hải và các Khu công nghiệp tỉnh, dự.",
     {"Hồ Văn Hậu": {"Trưởng Ban Quản lý Khu kinh tế Vân Hải và các Khu công nghiệp tỉnh"}}),
    ("Ông Hồ Văn Hậu, Trưởng Ban Quản lý Khu kinh tế và các đồng chí dự.",
     {"Hồ Văn Hậu": {"Trưởng Ban Quản lý Khu kinh tế"}}),
    # a school's own name comes first after its abbreviated kind, often a person's name
    ("Hiệu trưởng Trường THPT Nguyễn Du Phí Văn Quang cho biết.",
     {"Phí Văn Quang": {"Hiệu trưởng Trường THPT Nguyễn Du"}}),
    ("Hiệu trưởng Trường THCS Lê Quý Đôn cho biết.", {}),
    # posts read forward after "bầu bổ sung", "cho thôi làm nhiệm vụ", a sanction that removes a post
    ("Các đại biểu thống nhất bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với đồng chí Ông Văn Khuê - "
     "Giám đốc Sở Nội vụ.", {"Ông Văn Khuê": {"Ủy viên UBND tỉnh", "Giám đốc Sở Nội vụ"}}),
    # a post written short and, elsewhere in the article, in full: the full form, where the article writes it
    ("Các đại biểu bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh. Các đại biểu bầu bổ sung Ủy viên UBND tỉnh đối với ông "
     "Chu Văn Đạt.", {"Chu Văn Đạt": {"Ủy viên Ủy ban nhân dân tỉnh"}}),
    ("Ông Chu Văn Đạt, Chủ tịch UBND tỉnh dự. Chủ tịch Ủy ban nhân dân tỉnh Bình Định cũng dự.",
     {"Chu Văn Đạt": {"Chủ tịch UBND tỉnh"}}),
    ("Theo đề nghị của Chủ tịch UBND tỉnh Hà Văn Sâm, các đại biểu đã bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ "
     "2021 - 2026.", {"Hà Văn Sâm": {"Chủ tịch UBND tỉnh"}}),
    ("Ông Hà Văn Sâm được bầu bổ sung chức danh Ủy viên UBND tỉnh.", {"Hà Văn Sâm": {"Ủy viên UBND tỉnh"}}),
    ("Các đại biểu biểu quyết cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 đối với đồng "
     "chí La Văn Tấn, do nhận nhiệm vụ mới.", {"La Văn Tấn": {"đại biểu HĐND tỉnh khóa X"}}),
    ("Ban Thường vụ quyết định kỷ luật bằng hình thức cách chức Phó Bí thư Đảng ủy xã đối với ông Triệu Văn Sơn.",
     {"Triệu Văn Sơn": {"Phó Bí thư Đảng ủy xã"}}),
    ("Ông Triệu Văn Sơn bị cách chức Chủ tịch UBND xã.", {"Triệu Văn Sơn": {"Chủ tịch UBND xã"}}),
    ("Ông Triệu Văn Sơn bị kỷ luật cách chức.", {"Triệu Văn Sơn": set()}),
    # a role names a list of people (each opens with a family name, never a place)
    ("Nhiều em là học sinh giỏi tỉnh như em Đoàn Thị Nhàn, Kiều Văn Phong…",
     {"Đoàn Thị Nhàn": set(), "Kiều Văn Phong": set()}),
    ("Sinh viên Cù Văn Dũng, Hà Nội cho biết.", {"Cù Văn Dũng": set()}),
    # a post named before its holders with a copula: a counted post goes to each holder, a single post to the first
    ("Ba Phó Chủ tịch HĐND xã được bầu là ông Lục Văn Mạnh, bà Đàm Thị Quế và ông Nông Văn Thụ.",
     {"Lục Văn Mạnh": {"Phó Chủ tịch HĐND xã"}, "Đàm Thị Quế": {"Phó Chủ tịch HĐND xã"},
      "Nông Văn Thụ": {"Phó Chủ tịch HĐND xã"}}),
    ("Hai Phó Bí thư là đồng chí Ma Văn Khoa (Trưởng Ban Dân vận) và đồng chí Hầu Thị Dua.",
     {"Ma Văn Khoa": {"Phó Bí thư", "Trưởng Ban Dân vận"}, "Hầu Thị Dua": {"Phó Bí thư"}}),
    ("Trưởng đoàn là đồng chí Sầm Văn Bình, Phó Chủ tịch UBND huyện và ông Vi Văn Tám cùng dự.",
     {"Sầm Văn Bình": {"Trưởng đoàn", "Phó Chủ tịch UBND huyện"}, "Vi Văn Tám": set()}),
    # a second post held at the same time, after the post one is elected to or after a title
    ("Đồng chí Lường Văn Pọm được bầu làm Bí thư Chi bộ, đồng thời là Trưởng bản.",
     {"Lường Văn Pọm": {"Bí thư Chi bộ", "Trưởng bản"}}),
    ("Ông Y Khoa Êban, Bí thư Chi bộ, kiêm Trưởng buôn Ea Sim cho biết.",
     {"Y Khoa Êban": {"Bí thư Chi bộ", "Trưởng buôn Ea Sim"}}),
    # remembrance: a historical figure named in a relic or an offering is no official of the story
    ("Đoàn đã dâng hương tại Khu di tích Chủ tịch Tôn Đức Thắng.", {}),
    ("Đoàn viên thanh niên dâng hương tưởng niệm Đại tướng Lê Trọng Tấn.", {}),
    # the body a post is held in, referred to as such, and a full-time seat belong to the title
    ("Bà Vương Thị Hằng, Bí thư Chi bộ, Hiệu trưởng nhà trường, chia sẻ.",
     {"Vương Thị Hằng": {"Bí thư Chi bộ", "Hiệu trưởng nhà trường"}}),
    ("Ông Tống Văn Lịch, Phó Chủ tịch chuyên trách Ủy ban MTTQ tỉnh, dự.",
     {"Tống Văn Lịch": {"Phó Chủ tịch chuyên trách Ủy ban MTTQ tỉnh"}}),
    # a bulleted list after a plural cue and a colon: each line's person with the titles after the name
    ("Dự hội nghị có các đồng chí:\n- Lò Văn Inh, Bí thư Huyện ủy;\n- Quàng Thị Sâm, Phó Bí thư Huyện ủy;\n"
     "cùng các đồng chí trong Ban Thường vụ.",
     {"Lò Văn Inh": {"Bí thư Huyện ủy"}, "Quàng Thị Sâm": {"Phó Bí thư Huyện ủy"}}),
    # a description in apposition ends with its sentence: the next sentence's titles are another person's
    ("Trao Huy hiệu cho đồng chí Tòng Văn Ỏn, đảng viên Chi bộ bản Nà Cài.\nĐồng chí Lường Thị Ơn, Phó Bí thư Đảng "
     "ủy xã, trao Huy hiệu.", {"Tòng Văn Ỏn": set(), "Lường Thị Ơn": {"Phó Bí thư Đảng ủy xã"}}),
    # a nominee is not yet in the post; a nomination word that is no verb on the person does not matter
    ("Ban Thường vụ giới thiệu ông Lừ Văn Páo, Phó Chủ tịch UBND huyện, để HĐND huyện bầu giữ chức Chủ tịch UBND "
     "huyện.", {"Lừ Văn Páo": {"Phó Chủ tịch UBND huyện"}}),
    ("Nhân sự dự kiến Bí thư Huyện ủy là đồng chí Cầm Thị Phượng, Trưởng Ban Dân vận Huyện ủy.",
     {"Cầm Thị Phượng": {"Trưởng Ban Dân vận Huyện ủy"}}),
    ("Sau khi nghe giới thiệu, đồng chí Cầm Thị Phượng được bầu giữ chức Bí thư Huyện ủy.",
     {"Cầm Thị Phượng": {"Bí thư Huyện ủy"}}),
    # re-election is an election; state honorifics and specialist degrees cue a name and are no posts; a deputy
    # written "ĐBQH" before the name holds the seat; the post acted for ("Thay mặt …") is not the speaker's
    ("Đồng chí Khúc Văn Tài tái cử Bí thư Huyện đoàn.", {"Khúc Văn Tài": {"Bí thư Huyện đoàn"}}),
    ("Buổi lễ trao bằng khen cho Nhà giáo Ưu tú Lò Thị Hằng, Hiệu trưởng Trường THCS Mường Khoa.",
     {"Lò Thị Hằng": {"Hiệu trưởng Trường THCS Mường Khoa"}}),
    ("Anh hùng LLVTND Vàng A Sình, nguyên Chính trị viên Huyện đội, kể chuyện truyền thống.",
     {"Vàng A Sình": {"nguyên Chính trị viên Huyện đội"}}),
    ("Dự có bác sĩ CKII Đàm Văn Khôi, Phó Giám đốc Bệnh viện.", {"Đàm Văn Khôi": {"Phó Giám đốc Bệnh viện"}}),
    ("Đoàn do ĐBQH Thào A Chứ, Phó Trưởng đoàn chuyên trách dẫn đầu.",
     {"Thào A Chứ": {"ĐBQH", "Phó Trưởng đoàn chuyên trách"}}),
    ("Thay mặt Thủ tướng, Phó Thủ tướng Lưu Văn Khải đã ký quyết định.", {"Lưu Văn Khải": {"Phó Thủ tướng"}}),
    ("Thừa ủy quyền Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Hà Thị Mơ trao quyết định.",
     {"Hà Thị Mơ": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Đoàn đến thắp hương tại nhà thờ Mẹ Việt Nam Anh hùng Nông Thị Mận ở xã Bằng Lãng.", {}),
    ("Đoàn thăm, tặng quà Mẹ Việt Nam Anh hùng Nông Thị Mận ở xã Bằng Lãng.", {"Nông Thị Mận": set()}),
    # a run after a village title that the article writes as a place elsewhere is the place; a middle name marks
    # the syllable before it as a family name, known or not
    ("Sau sáp nhập, thôn Khe Vải có 210 hộ. Xã công nhận ông Triệu Văn Tòng làm Trưởng thôn Khe Vải.",
     {"Triệu Văn Tòng": {"Trưởng thôn Khe Vải"}}),
    ("Trưởng bản Lừ Văn Pẻ cho biết, kinh phí do nhân dân đóng góp.", {"Lừ Văn Pẻ": {"Trưởng bản"}}),
    ("Trưởng bản Khum Văn Pẻ cho biết, kinh phí do nhân dân đóng góp.", {"Khum Văn Pẻ": {"Trưởng bản"}}),
    # a holder cued in parentheses after the post; "A và B" after a cue or a plural post, each a holder; a dismissal
    # of "các ông A và B" is each one's
    ("Bí thư Đảng ủy xã Yên Lạc (bà Đàm Thị Mai) cho biết, thanh niên đi làm ăn xa.",
     {"Đàm Thị Mai": {"Bí thư Đảng ủy xã Yên Lạc"}}),
    ("Đồng chí Hà Thị Mỹ Linh và Trương Văn Khải được bầu giữ chức Phó Bí thư Đảng ủy xã.",
     {"Hà Thị Mỹ Linh": {"Phó Bí thư Đảng ủy xã"}, "Trương Văn Khải": {"Phó Bí thư Đảng ủy xã"}}),
    ("Cùng đi có các Phó Chủ tịch UBND tỉnh Lò Văn Toản và Vàng A Sính.",
     {"Lò Văn Toản": {"Phó Chủ tịch UBND tỉnh"}, "Vàng A Sính": {"Phó Chủ tịch UBND tỉnh"}}),
    ("HĐND huyện miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với các ông Sùng A Páo và Lò Văn Khoa.",
     {"Sùng A Páo": {"Phó Chủ tịch UBND huyện"}, "Lò Văn Khoa": {"Phó Chủ tịch UBND huyện"}}),
    # abbreviated and station posts, medical and religious ranks as cues, religious posts, a field abbreviated
    # after "và", a union of a sector
    ("Tiếp đoàn có các đồng chí: Đàm Thị Trinh, BT Huyện ủy; Danh Sa Rết, PBT Huyện ủy.",
     {"Đàm Thị Trinh": {"BT Huyện ủy"}, "Danh Sa Rết": {"PBT Huyện ủy"}}),
    ("Y sĩ Lò Thị Pắt, Trưởng Trạm Y tế xã Nậm Pì kể lại.", {"Lò Thị Pắt": {"Trưởng Trạm Y tế xã Nậm Pì"}}),
    ("Linh mục Phạm Văn Huân, chánh xứ Giáo xứ Tam Đồng chia sẻ.",
     {"Phạm Văn Huân": {"chánh xứ Giáo xứ Tam Đồng"}}),
    ("Bà Lê Thị Hồng Vân, Phó Giám đốc Sở Nông nghiệp và PTNT, phát biểu.",
     {"Lê Thị Hồng Vân": {"Phó Giám đốc Sở Nông nghiệp và PTNT"}}),
    ("Ông Tô Minh Nhật, Chủ tịch Công đoàn ngành Y tế, phát biểu.",
     {"Tô Minh Nhật": {"Chủ tịch Công đoàn ngành Y tế"}}),
    # the present post in parentheses after former ones; the post held when a violation happened is its nearest
    # subject's, not a listed group's; a post proposed after an appointed one is no title; "được chỉ định làm"
    ("Khiển trách ông Lê Văn Nhã, nguyên Chủ tịch UBND xã Tân Lộc (nay là Phó Trưởng phòng Nội vụ huyện) do vi "
     "phạm.", {"Lê Văn Nhã": {"nguyên Chủ tịch UBND xã Tân Lộc", "Phó Trưởng phòng Nội vụ huyện"}}),
    ("Đề nghị kỷ luật các đồng chí: Lò Thị Mai, Chủ tịch UBND huyện; Cầm Văn Sáng, Phó Chủ tịch UBND huyện khi là "
     "Trưởng phòng Tài nguyên và Môi trường huyện.",
     {"Lò Thị Mai": {"Chủ tịch UBND huyện"},
      "Cầm Văn Sáng": {"Phó Chủ tịch UBND huyện", "Trưởng phòng Tài nguyên và Môi trường huyện"}}),
    ("Điều động đồng chí Hồ Văn Em, chỉ định giữ chức Phó Bí thư Đảng ủy xã và giới thiệu để HĐND xã bầu giữ chức "
     "Chủ tịch UBND xã.", {"Hồ Văn Em": {"Phó Bí thư Đảng ủy xã"}}),
    ("Đồng chí Vừ A Páo, Trưởng bản được chỉ định làm Bí thư Chi bộ.",
     {"Vừ A Páo": {"Trưởng bản", "Bí thư Chi bộ"}}),
    # a school's union or youth union written in lower case after its head; minority family names after a place
    ("Bà Hoàng Thị Mây, Chủ tịch Công đoàn trường cho biết.", {"Hoàng Thị Mây": {"Chủ tịch Công đoàn trường"}}),
    ("Phó Chủ tịch UBND huyện Kỳ Sơn Xồng Bá Chu cho biết, huyện sẽ hỗ trợ.",
     {"Xồng Bá Chu": {"Phó Chủ tịch UBND huyện Kỳ Sơn"}}),
    ("Bí thư Huyện ủy Lang Chánh Lê Văn Ân phát biểu.", {"Lê Văn Ân": {"Bí thư Huyện ủy Lang Chánh"}}),
    # a border post's head; a delegate named by that role
    ("Thượng tá Dương Minh Tú, Đồn trưởng Đồn Biên phòng Vĩnh Xương trao đổi với cán bộ ấp.",
     {"Dương Minh Tú": {"Đồn trưởng Đồn Biên phòng Vĩnh Xương"}}),
    ("Đại biểu Điểu Thị Brêng, Phó Trưởng Ban Dân tộc HĐND tỉnh thảo luận tại kỳ họp.",
     {"Điểu Thị Brêng": {"Phó Trưởng Ban Dân tộc HĐND tỉnh"}}),
    ("Các đại biểu Quốc hội tỉnh tiếp xúc cử tri.", {}),
    # the post held when a reported violation happened ("khi là …") is a title; "trúng cử" elects; a committee "của
    # Quốc hội" is named so
    ("Kỳ họp đề nghị kỷ luật đồng chí Trần Đình Tư, Trưởng phòng Y tế huyện vì vi phạm khi là Giám đốc Trung tâm "
     "Y tế huyện.", {"Trần Đình Tư": {"Trưởng phòng Y tế huyện", "Giám đốc Trung tâm Y tế huyện"}}),
    ("Đồng chí Hà Đức Tường, Phó Chủ tịch UBND huyện trúng cử Phó Bí thư Huyện ủy với 30/31 phiếu.",
     {"Hà Đức Tường": {"Phó Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"}}),
    ("Dự có bà Lò Thị Mai Hoa, Ủy viên Hội đồng Dân tộc của Quốc hội.",
     {"Lò Thị Mai Hoa": {"Ủy viên Hội đồng Dân tộc của Quốc hội"}}),
    # a title in apposition after a cued name ends in its place's name, whatever the level; posts chained before a
    # cue, with the places they are held in between, are the cued person's
    ("Dự có đồng chí Lê Văn Hòa, Phó Chủ tịch HĐND huyện Lộc Hà; 19 đại biểu có mặt.",
     {"Lê Văn Hòa": {"Phó Chủ tịch HĐND huyện Lộc Hà"}}),
    ("Hơn 10 năm làm Bí thư Chi bộ, Trưởng ấp Sóc Ruộng, xã Phong Thạnh, huyện Cầu Kè, ông Thạch Sô Phên luôn đi đầu.",
     {"Thạch Sô Phên": {"Bí thư Chi bộ", "Trưởng ấp Sóc Ruộng"}}),
    # a village title in apposition after a cued name ends in the village's name, not a second person; a place
    # before the comma is no such name
    ("Gia đình ông Mạc Văn Sửu, nguyên Bí thư Chi bộ thôn Khe Mận Trên đã hiến 500 m2 đất.",
     {"Mạc Văn Sửu": {"nguyên Bí thư Chi bộ thôn Khe Mận Trên"}}),
    ("Tại thôn Khe Mận A, Trưởng thôn Mùa Sểnh báo cáo tiến độ.", {"Mùa Sểnh": {"Trưởng thôn"}}),
    # a post that closes the clause after an appointed one is held with it; a shorter form of a post that only
    # leaves out its place is the same post
    ("Đồng chí Lã Thị Nga giữ chức Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã.",
     {"Lã Thị Nga": {"Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"}}),
    ("Đồng chí Lạc Văn Đạt tái đắc cử Bí thư Huyện ủy Tam Đảo khóa XI. Đồng chí Lạc Văn Đạt tái đắc cử Bí thư "
     "Huyện ủy khóa XI với số phiếu cao.", {"Lạc Văn Đạt": {"Bí thư Huyện ủy Tam Đảo khóa XI"}}),
    # a number names a steering committee in a title, not a count after it; a department of a kind of schooling
    ("Bà Lục Thị Hạnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo 35 huyện, phát biểu.",
     {"Lục Thị Hạnh": {"Phó Trưởng Ban Thường trực Ban Chỉ đạo 35 huyện"}}),
    ("Ông Tô Văn Dũng, Trưởng Ban Chỉ đạo 3 năm liền, phát biểu.", {"Tô Văn Dũng": {"Trưởng Ban Chỉ đạo"}}),
    ("Bà Mạc Thị Loan, Trưởng phòng Giáo dục mầm non, phát biểu.",
     {"Mạc Thị Loan": {"Trưởng phòng Giáo dục mầm non"}}),
    # army posts; a relic named after a historical figure
    ("Thượng tá Hà Văn Sính, Chính trị viên Ban Chỉ huy Quân sự huyện, phát biểu.",
     {"Hà Văn Sính": {"Chính trị viên Ban Chỉ huy Quân sự huyện"}}),
    ("Nhà lưu niệm đồng chí Đèo Văn Khang mở cửa đón khách.", {}),
    ("Tại khu di tích, đồng chí Hà Văn Sính, Bí thư Huyện ủy, dâng hương.", {"Hà Văn Sính": {"Bí thư Huyện ủy"}}),
    # a number closes a numbered village after a head that ends in its level word; a number that counts a noun
    # after the title is no part of it
    ("Ông Hồ Văn Lập, Bí thư Chi bộ khu phố 6, phát biểu.", {"Hồ Văn Lập": {"Bí thư Chi bộ khu phố 6"}}),
    ("Ông Hồ Văn Lập, Trưởng khu phố 6, phát biểu.", {"Hồ Văn Lập": {"Trưởng khu phố 6"}}),
    ("Ông Hồ Văn Lập, Chủ tịch UBND xã 2 nhiệm kỳ, phát biểu.", {"Hồ Văn Lập": {"Chủ tịch UBND xã"}}),
    ("Đồng chí Hồ Văn Lập, Bí thư Đảng ủy Phường 7 cho biết kết quả.", {"Hồ Văn Lập": {"Bí thư Đảng ủy Phường 7"}}),
    ("Ông Hồ Văn Lập, Bí thư Chi bộ tiểu khu 9, phát biểu.", {"Hồ Văn Lập": {"Bí thư Chi bộ tiểu khu 9"}}),
    # departments named by a task of several words
    ("Bà Đặng Thị Yến, Trưởng phòng Tổ chức cán bộ, dự.", {"Đặng Thị Yến": {"Trưởng phòng Tổ chức cán bộ"}}),
    # people named by their role in the story: voters, the masses admitted, war invalids, teachers
    ("Cử tri Vừ Bá Lềnh ở bản Huổi Mới kiến nghị làm đường.", {"Vừ Bá Lềnh": set()}),
    ("Chi bộ kết nạp quần chúng Sùng Thị Mỷ vào Đảng.", {"Sùng Thị Mỷ": set()}),
    # each post elected to is its own subject's, not the next cued person's
    ("Đồng chí Vi Thị Loan được bầu làm Bí thư Đảng ủy xã, đồng chí Tạ Văn Mừng được bầu làm Phó Bí thư Đảng ủy xã.",
     {"Vi Thị Loan": {"Bí thư Đảng ủy xã"}, "Tạ Văn Mừng": {"Phó Bí thư Đảng ủy xã"}}),
    # an aside on the place between a post and the post held with it
    ("Bổ nhiệm ông Y Bhơ Niê giữ chức Trưởng Công an xã Ea Tân (huyện Krông Năng) kiêm Bí thư Chi bộ Công an xã.",
     {"Y Bhơ Niê": {"Trưởng Công an xã Ea Tân", "Bí thư Chi bộ Công an xã"}}),
    # a career history ends where a present post is stated; the present posts are the person's
    ("Ông Lý Văn Hậu, sinh năm 1975, từng là Bí thư Huyện ủy, Giám đốc Sở Xây dựng; hiện là Phó Chủ tịch UBND "
     "tỉnh.", {"Lý Văn Hậu": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Bà Đinh Thị Nga từng giữ chức Chủ tịch UBND huyện, nay là Giám đốc Sở Tư pháp.",
     {"Đinh Thị Nga": {"Giám đốc Sở Tư pháp"}}),
    ("Ông Lý Văn Hậu từng là Bí thư Đảng ủy xã.", {"Lý Văn Hậu": set()}),
    # a listed name joined by "và" to the next with no title of its own shares the next one's
    ("Dự có các đồng chí Bế Văn Khải và Hoàng Thị Nhung, Phó Chủ tịch UBND tỉnh.",
     {"Bế Văn Khải": {"Phó Chủ tịch UBND tỉnh"}, "Hoàng Thị Nhung": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Dự có các đồng chí: Bế Văn Khải, Bí thư Huyện ủy; Hoàng Thị Nhung và Lăng Văn Tư, Phó Bí thư Huyện ủy.",
     {"Bế Văn Khải": {"Bí thư Huyện ủy"}, "Hoàng Thị Nhung": {"Phó Bí thư Huyện ủy"},
      "Lăng Văn Tư": {"Phó Bí thư Huyện ủy"}}),
    ("Thiếu tướng Lò Văn Páo, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự lễ.",
     {"Lò Văn Páo": {"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}}),
    # a steering committee's post named by its task in lower case, commas inside, up to its place
    ("Ông Lý Văn Tâm, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện phát biểu.",
     {"Lý Văn Tâm": {"Bí thư Huyện ủy", "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện"}}),
    # a holder cued by a rank after the post, in parentheses or after a comma; the post acted for after "thừa ủy
    # quyền của" is not the speaker's; a numbered winners' list; a plural post before a colon goes to each item
    ("Dự có Trưởng Công an huyện (Thượng tá Lò Văn Tiến) và lãnh đạo huyện.",
     {"Lò Văn Tiến": {"Trưởng Công an huyện"}}),
    ("Trưởng Công an xã, Trung tá Hà Minh Đạo, cho biết lực lượng đã tuần tra.",
     {"Hà Minh Đạo": {"Trưởng Công an xã"}}),
    ("Thừa ủy quyền của Chủ tịch nước, đồng chí Nông Văn Khải, Phó Chủ tịch UBND tỉnh trao Huân chương.",
     {"Nông Văn Khải": {"Phó Chủ tịch UBND tỉnh"}}),
    ("Những người trúng cử đại biểu HĐND huyện khóa XX gồm:\n1. Ông Vi Văn Đào, Chủ tịch UBND huyện;\n"
     "2. Bà Lục Thị Hoa, Trưởng phòng Nội vụ huyện.",
     {"Vi Văn Đào": {"đại biểu HĐND huyện khóa XX", "Chủ tịch UBND huyện"},
      "Lục Thị Hoa": {"đại biểu HĐND huyện khóa XX", "Trưởng phòng Nội vụ huyện"}}),
    ("Tham dự có các Phó Bí thư Đảng ủy xã: Đàm Thị Liên, Chủ tịch UBND xã; Nông Văn Bảy, Chủ tịch HĐND xã.",
     {"Đàm Thị Liên": {"Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"},
      "Nông Văn Bảy": {"Phó Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"}}),
    # the post a plural subject was elected to, its holders listed after it; a rank in apposition is no post
    ("Những người trúng cử đại biểu HĐND tỉnh khóa XI tại đơn vị bầu cử số 2 gồm:\n- Ông Đỗ Văn Hòa, Bí thư "
     "Huyện ủy;\n- Bà Lò Thị Phương, Phó Chủ tịch UBND huyện.\nTỷ lệ cử tri đi bầu đạt 99%.",
     {"Đỗ Văn Hòa": {"đại biểu HĐND tỉnh khóa XI", "Bí thư Huyện ủy"},
      "Lò Thị Phương": {"đại biểu HĐND tỉnh khóa XI", "Phó Chủ tịch UBND huyện"}}),
    ("Ông Hoàng Văn Tứ, Thượng tá, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện phát biểu.",
     {"Hoàng Văn Tứ": {"Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"}}),
    # a post held for years, its places after it in a parenthesis, then its holder ("Hơn 12 năm làm Bí thư …, ông A")
    ("Hơn 8 năm làm Bí thư Chi bộ bản Huổi Lóng, xã Nà Tấu (huyện Điện Biên), ông Mùa A Dính luôn gương mẫu.",
     {"Mùa A Dính": {"Bí thư Chi bộ bản Huổi Lóng"}}),
    ("Gần 10 năm làm Bí thư Chi bộ, Trưởng buôn Ea Kmar (xã Ea Na, huyện Krông A Na), ông Y Wang Mlô được tín nhiệm.",
     {"Y Wang Mlô": {"Bí thư Chi bộ", "Trưởng buôn Ea Kmar"}}),
    # defendants in court news, their posts in a parenthesis after a birth-year note; Khmer and Hmong family names
    ("Các bị cáo gồm: Đinh Văn Sở (SN 1971, nguyên Phó Bí thư Đảng ủy, Chủ tịch UBND xã Hòa Lợi); Mai Thị Nga "
     "(SN 1983, trú ấp 2) và Tạ Văn Lực.",
     {"Đinh Văn Sở": {"nguyên Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Hòa Lợi"}, "Mai Thị Nga": set(),
      "Tạ Văn Lực": set()}),
    ("Tòa tuyên phạt bị cáo Hà Văn Tụ (nguyên Phó Chủ tịch UBND thị trấn) 4 năm tù.",
     {"Hà Văn Tụ": {"nguyên Phó Chủ tịch UBND thị trấn"}}),
    ("Ông Khổng Văn Dự (sinh năm 1966, Chủ tịch UBND xã Tân Lập) phát biểu.",
     {"Khổng Văn Dự": {"Chủ tịch UBND xã Tân Lập"}}),
    ("Các đồng chí Thạch Văn Rinh, Chủ tịch UBND huyện và Sơn Thị Sa Rết, Chủ tịch Ủy ban MTTQ huyện được bầu làm "
     "Phó Bí thư Huyện ủy; đồng chí Thao Văn Chứ làm Chủ nhiệm Ủy ban Kiểm tra.",
     {"Thạch Văn Rinh": {"Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"},
      "Sơn Thị Sa Rết": {"Chủ tịch Ủy ban MTTQ huyện", "Phó Bí thư Huyện ủy"},
      "Thao Văn Chứ": {"Chủ nhiệm Ủy ban Kiểm tra"}}),
    # a trial's judge, prosecutor and counsel are named by their role; the judge presides ("làm chủ tọa")
    ("Hội đồng xét xử do Thẩm phán Lê Thị Hằng làm chủ tọa; Kiểm sát viên Đào Văn Phúc thực hành quyền công tố.",
     {"Lê Thị Hằng": {"Thẩm phán", "chủ tọa"}, "Đào Văn Phúc": {"Kiểm sát viên"}}),
    ("Phiên tòa do Thẩm phán Vi Văn Khánh, Phó Chánh án TAND tỉnh, làm chủ tọa phiên tòa.",
     {"Vi Văn Khánh": {"Thẩm phán", "Phó Chánh án TAND tỉnh", "chủ tọa phiên tòa"}}),
    ("Luật sư Hà Minh Tuệ bào chữa cho bị cáo; có mặt Kiểm sát viên cao cấp Phan Thị Ngà.",
     {"Hà Minh Tuệ": {"Luật sư"}, "Phan Thị Ngà": {"Kiểm sát viên cao cấp"}}),
    ("Ông Lê Văn Bình chủ tọa phiên họp.", {"Lê Văn Bình": set()}),
    # civil servants, public employees and teachers named by their job in lower case; "cựu" is "nguyên"
    ("Ông Lò Văn Xôm, công chức địa chính - xây dựng xã Mường Mùn bị khiển trách.",
     {"Lò Văn Xôm": {"công chức địa chính - xây dựng xã Mường Mùn"}}),
    ("Bà Đặng Thị Hoa, công chức văn phòng - thống kê xã, phát biểu.",
     {"Đặng Thị Hoa": {"công chức văn phòng - thống kê xã"}}),
    ("Cô Trịnh Thị Vân, giáo viên Trường Tiểu học Hòa Bình, được tặng giấy khen.",
     {"Trịnh Thị Vân": {"giáo viên Trường Tiểu học Hòa Bình"}}),
    ("Bị cáo Phùng Văn Lộc, cựu Phó Chủ tịch UBND phường, nguyên kế toán ngân sách xã.",
     {"Phùng Văn Lộc": {"cựu Phó Chủ tịch UBND phường", "nguyên kế toán ngân sách xã"}}),
    ("Ông Khúc Văn Hải, kiểm tra viên Ủy ban Kiểm tra Huyện ủy, báo cáo.",
     {"Khúc Văn Hải": {"kiểm tra viên Ủy ban Kiểm tra Huyện ủy"}}),
    # posts of an army unit and a team; a medical degree before the name is no title
    ("Thượng tá Sùng A Lử, Chính trị viên phó, Tham mưu trưởng Ban Chỉ huy Quân sự huyện, phát biểu.",
     {"Sùng A Lử": {"Chính trị viên phó", "Tham mưu trưởng Ban Chỉ huy Quân sự huyện"}}),
    ("Ông Ma Văn Toản, Đội trưởng Đội Cảnh sát giao thông Công an huyện, cho biết.",
     {"Ma Văn Toản": {"Đội trưởng Đội Cảnh sát giao thông Công an huyện"}}),
    ("Phóng viên trao đổi với BSCKII Lạc Văn Tín, Giám đốc Trung tâm Y tế huyện.",
     {"Lạc Văn Tín": {"Giám đốc Trung tâm Y tế huyện"}}),
    # a deputy in charge of a body; a field of work after "phụ trách" is no part of the post
    ("Bổ nhiệm ông Tạ Văn Quý, Phó Trưởng phòng phụ trách Phòng Tư pháp huyện.",
     {"Tạ Văn Quý": {"Phó Trưởng phòng phụ trách Phòng Tư pháp huyện"}}),
    ("Bà Mai Thị Lụa, Phó Chủ tịch UBND huyện phụ trách khối văn xã, dự họp.",
     {"Mai Thị Lụa": {"Phó Chủ tịch UBND huyện"}}),
    # a name of five syllables with a middle name; the Thái family name "Lô" after "và"
    ("Đồng chí Tôn Nữ Thị Minh Nguyệt, Phó Trưởng Ban Tổ chức Thành ủy, phát biểu.",
     {"Tôn Nữ Thị Minh Nguyệt": {"Phó Trưởng Ban Tổ chức Thành ủy"}}),
    ("Các đồng chí Cầm Văn Pọm và Lô Thị Hoa, Phó Chủ tịch UBND huyện Quế Phong, được điều động.",
     {"Cầm Văn Pọm": {"Phó Chủ tịch UBND huyện Quế Phong"}, "Lô Thị Hoa": {"Phó Chủ tịch UBND huyện Quế Phong"}}),
    # a count of persons before a colon opens their list; a dismissed post goes to every item, past its reason
    ("HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với 2 ông: Đào Văn Mạnh, Giám đốc Sở Tài chính, do "
     "nghỉ hưu; và Khổng Văn Lâm, nguyên Giám đốc Sở Xây dựng, do chuyển công tác.",
     {"Đào Văn Mạnh": {"Ủy viên UBND tỉnh", "Giám đốc Sở Tài chính"},
      "Khổng Văn Lâm": {"Ủy viên UBND tỉnh", "nguyên Giám đốc Sở Xây dựng"}}),
    # a post after the last name of a listed group goes to the names before it that have none of their own
    ("Dự có các đồng chí Đỗ Văn Hào, Lục Thị Mến, Phó Bí thư Tỉnh ủy; Tạ Văn Cảnh, Trưởng Ban Tổ chức Tỉnh ủy.",
     {"Đỗ Văn Hào": {"Phó Bí thư Tỉnh ủy"}, "Lục Thị Mến": {"Phó Bí thư Tỉnh ủy"},
      "Tạ Văn Cảnh": {"Trưởng Ban Tổ chức Tỉnh ủy"}}),
    # a body word that a number or a task names continues a title only capitalised: in lower case it is a verb
    ("Đồng chí Ma Văn Thịnh, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chỉ đạo thực hiện.",
     {"Ma Văn Thịnh": {"Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"}}),
    # after its place a post's lower-case field or body word is the clause's verb; a committee after a level word
    # in lower case still belongs to the post
    ("Ông Lò Văn Thẩm, Chủ tịch UBND xã tổ chức kiểm tra tiến độ.", {"Lò Văn Thẩm": {"Chủ tịch UBND xã"}}),
    ("Đồng chí Hà Văn Sơn, Bí thư Huyện ủy kiểm tra tình hình sản xuất.", {"Hà Văn Sơn": {"Bí thư Huyện ủy"}}),
    ("Đồng chí Lý Văn Nam, Phó Chủ tịch UBND huyện xây dựng kế hoạch.", {"Lý Văn Nam": {"Phó Chủ tịch UBND huyện"}}),
    ("Ông Mùa A Sình, Bí thư huyện ủy Tủa Chùa, dự lễ.", {"Mùa A Sình": {"Bí thư huyện ủy Tủa Chùa"}}),
    # the lower-case field words of a department's name written in sentence case
    ("Ông Hà Văn Bảy, khi là Trưởng phòng Quản lý công nghiệp, đã ký văn bản.",
     {"Hà Văn Bảy": {"Trưởng phòng Quản lý công nghiệp"}}),
    ("Bà Vi Thị Hằng, khi là Trưởng ban Giảm nghèo xã, đã xác nhận sai hồ sơ.",
     {"Vi Thị Hằng": {"Trưởng ban Giảm nghèo xã"}}),
    # a plural post, "gồm" and its holders, each with a post of its own in parentheses
    ("Dự họp có các Phó Bí thư Tỉnh ủy gồm đồng chí Chu Văn Khiêm (Chủ tịch UBND tỉnh), đồng chí Kiều Thị Lan "
     "(Chủ tịch HĐND tỉnh).",
     {"Chu Văn Khiêm": {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"},
      "Kiều Thị Lan": {"Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"}}),
    # … but a body "gồm" its members gives them no post
    ("Đoàn công tác gồm đồng chí Chu Văn Khiêm, Phó Giám đốc Sở Nội vụ.",
     {"Chu Văn Khiêm": {"Phó Giám đốc Sở Nội vụ"}}),
    # a plural post right before its holders' names, with no colon
    ("Chủ trì có các Phó Chủ nhiệm UBKT Tỉnh ủy Lương Thị Duyên, Ngô Xuân Trường.",
     {"Lương Thị Duyên": {"Phó Chủ nhiệm UBKT Tỉnh ủy"}, "Ngô Xuân Trường": {"Phó Chủ nhiệm UBKT Tỉnh ủy"}}),
    ("Dự có các Phó Chủ tịch UBND huyện Hà Văn Kiên và Lục Thị Mơ.",
     {"Hà Văn Kiên": {"Phó Chủ tịch UBND huyện"}, "Lục Thị Mơ": {"Phó Chủ tịch UBND huyện"}}),
    # … while a singular post before a name and a list of others gives the post to its own holder only
    ("Dự có Phó Chủ tịch UBND huyện Hà Văn Kiên, ông Lục Văn Mơ và bà Đỗ Thị Hoa.",
     {"Hà Văn Kiên": {"Phó Chủ tịch UBND huyện"}, "Lục Văn Mơ": set(), "Đỗ Thị Hoa": set()}),
    # a post, a dash, a person cue and the name
    ("Quyết định do Phó Thủ tướng Chính phủ - ông Mạc Văn Tùng ký ngày 3/4.",
     {"Mạc Văn Tùng": {"Phó Thủ tướng Chính phủ"}}),
    ("Bí thư Huyện ủy – đồng chí Giàng A Páo phát biểu chỉ đạo.", {"Giàng A Páo": {"Bí thư Huyện ủy"}}),
    # a name whose family name is also a commune's after a level word: no name opens with a middle name ("Văn")
    ("Dự có Bí thư Đảng ủy, Chủ tịch HĐND xã Phan Văn Lộc; các đồng chí trong Ban Thường vụ Đảng ủy.",
     {"Phan Văn Lộc": {"Bí thư Đảng ủy", "Chủ tịch HĐND xã"}}),
    # a body whose name holds a post's word is one body inside a title
    ("Chủ trì có ông Lã Văn Khiêm – Ủy viên Ban Bí thư, Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
     {"Lã Văn Khiêm": {"Ủy viên Ban Bí thư", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"}}),
    # a parenthesis' posts followed by the person's present state
    ("Xem xét kỷ luật ông Khổng Minh Lạc (nguyên Phó Chủ tịch UBND tỉnh, hiện bị tạm giam để điều tra).",
     {"Khổng Minh Lạc": {"nguyên Phó Chủ tịch UBND tỉnh"}}),
    # a minority name's given name written alone later is the same person, with the posts written there
    ("Quyết định chuẩn y bà Kim Thị Sô Phi giữ chức Bí thư Huyện ủy. Trước đó, hội nghị bầu bà Sô Phi – Phó Bí thư "
     "Huyện ủy, Chủ tịch UBND huyện – làm Bí thư Huyện ủy.",
     {"Kim Thị Sô Phi": {"Bí thư Huyện ủy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"}}),
    # … and a school called by a person's name whose family name is also a commune's is no one in the story
    ("Thầy Kha Văn Lộc, Bí thư Chi bộ, Hiệu trưởng Trường THPT Phan Văn Mừng cho biết.",
     {"Kha Văn Lộc": {"Bí thư Chi bộ", "Hiệu trưởng Trường THPT Phan Văn Mừng"}}),
    # a post, a colon, a cue and the name (an election's results)
    ("Kết quả bầu cử:\n- Bí thư Huyện ủy khóa XX: đồng chí Lù Văn Páo;\n- Chủ nhiệm Ủy ban Kiểm tra Huyện ủy: đồng chí "
     "Đèo Thị Xuân.",
     {"Lù Văn Páo": {"Bí thư Huyện ủy khóa XX"}, "Đèo Thị Xuân": {"Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"}}),
    # a counted post, ", gồm:" and its holders joined by "và", each with a post of its own in parentheses
    ("Kỳ họp bầu bổ sung 02 Ủy viên UBND tỉnh, gồm: bà Lò Thị Hiên (Giám đốc Sở Nội vụ) và ông Vàng A Sử (Chánh "
     "Văn phòng UBND tỉnh).",
     {"Lò Thị Hiên": {"Ủy viên UBND tỉnh", "Giám đốc Sở Nội vụ"},
      "Vàng A Sử": {"Ủy viên UBND tỉnh", "Chánh Văn phòng UBND tỉnh"}}),
    # a plural post, a colon and names each with its own post in parentheses; the ";" closes the list
    ("Cùng dự có các Phó Bí thư Tỉnh ủy: Lò Văn Hặc (Chủ tịch UBND tỉnh), Tòng Thị Lả (Chủ tịch HĐND tỉnh); đồng chí "
     "Quàng Văn Pọm, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
     {"Lò Văn Hặc": {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"},
      "Tòng Thị Lả": {"Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"},
      "Quàng Văn Pọm": {"Ủy viên Ban Thường vụ", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"}}),
    # a numbered working group and the body it belongs to
    ("Dự có bà Hà Thị Nguyệt, Ủy viên Trung ương Đảng, Tổ trưởng Tổ công tác số 4 của Bộ Chính trị.",
     {"Hà Thị Nguyệt": {"Ủy viên Trung ương Đảng", "Tổ trưởng Tổ công tác số 4 của Bộ Chính trị"}}),
    # working groups and delegations
    ("Ông Mạc Văn Khải, Vụ trưởng, Trưởng đoàn công tác đã công bố quyết định.",
     {"Mạc Văn Khải": {"Vụ trưởng", "Trưởng đoàn công tác"}}),
    ("Dự có bà Lục Thị Nhạn, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, Tổ phó Tổ công tác.",
     {"Lục Thị Nhạn": {"Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Tổ phó Tổ công tác"}}),
    # a dismissal with the person between the verb and the post; a new post "phân công làm" without "được"
    ("HĐND tỉnh đã miễn nhiệm ông Đàm Văn Khuê khỏi chức danh Chủ tịch UBND tỉnh, do ông được điều động, phân công "
     "làm Phó Bí thư Tỉnh ủy Lạng Sơn.",
     {"Đàm Văn Khuê": {"Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy Lạng Sơn"}}),
    ("Bà Tô Thị Vân bị cách chức khỏi chức vụ Trưởng phòng Tài nguyên và Môi trường huyện.",
     {"Tô Thị Vân": {"Trưởng phòng Tài nguyên và Môi trường huyện"}}),
    ("Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Kha Văn Lộc do được bổ nhiệm làm Giám đốc Sở "
     "Nội vụ.", {"Kha Văn Lộc": {"Phó Chủ tịch UBND huyện", "Giám đốc Sở Nội vụ"}}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", LIST_AND_SEAT_CASES)
def test_officials_lists_and_seats(ex, text, expected):
    got = {o["name"]: set(o["titles"]) for o in run(ex, text)}
    assert got == expected
