"""Tests for ddnews.extractors.organizations: invented sentences (not taken from the corpus).

Each row is ``(text, expected)``: ``expected`` is the set of bodies that must be listed, as written.
"""

import pytest

from ddnews.extractors.base import Context
from ddnews.extractors.organizations import OrganizationExtractor
from ddnews.link.gazetteer import link_article
from ddnews.nlp.components import DATA_DIR
from ddnews.text.normalize import fold

DATA = DATA_DIR / "organizations"


@pytest.fixture(scope="module")
def ex():
    return OrganizationExtractor(DATA)


def run(ex, text, **kw):
    return ex(Context(text=text, folded=fold(text), **kw))


# fmt: off
CASES = [
    # --- a bloc with its place; a bloc of the mass-front and Party bodies; "TP." glued to the name
    ("Đảng ủy Khối các cơ quan tỉnh Yên Bái vừa ban hành kế hoạch.", {"Đảng ủy Khối các cơ quan tỉnh Yên Bái"}),
    ("Đảng bộ Khối cơ quan dân chính Đảng thành phố kết nạp 12 đảng viên.",
     {"Đảng bộ Khối cơ quan dân chính Đảng thành phố"}),
    ("Cụ thể, Đảng bộ TP.Lào Cai phát triển 80 đảng viên mới.", {"Đảng bộ TP.Lào Cai"}),
    # --- compound words in a body's own name; "Ban Bí thư" with "Trung ương Đảng"
    ("Cơ quan điều tra Bộ Công an đã khởi tố vụ án.", {"Bộ Công an"}),
    ("Ban Bí thư Trung ương Đảng quyết định kỷ luật.", {"Ban Bí thư Trung ương Đảng"}),
    # --- committees with and without a place; the short form merges into the long one
    ("Huyện ủy Tân Yên đã ban hành kế hoạch.", {"Huyện ủy Tân Yên"}),
    ("Nghị quyết của Tỉnh ủy được triển khai; Tỉnh ủy Lai Châu chỉ đạo sát sao.", {"Tỉnh ủy Lai Châu"}),
    ("Thành ủy Mỹ Tho và Thành ủy TP Mỹ Tho là một.", {"Thành ủy TP Mỹ Tho"}),
    # --- nested: the inner body is listed only if it also stands alone
    ("Ban Tổ chức Huyện ủy Lục Ngạn tổ chức hội nghị.", {"Ban Tổ chức Huyện ủy Lục Ngạn"}),
    ("Ban Tổ chức Huyện ủy Lục Ngạn tổ chức hội nghị theo chỉ đạo của Huyện ủy.",
     {"Ban Tổ chức Huyện ủy Lục Ngạn", "Huyện ủy Lục Ngạn"}),
    ("Ban Thường vụ Đảng ủy xã Minh Tân họp; Đảng ủy xã đã chỉ đạo các chi bộ.",
     {"Ban Thường vụ Đảng ủy xã Minh Tân", "Đảng ủy xã Minh Tân"}),
    ("Ban Chấp hành Đảng bộ tỉnh khóa XV đã họp.", {"Ban Chấp hành Đảng bộ tỉnh"}),
    # --- a programme's coordination office, named by its level ("... tỉnh") or as the central one
    ("Xét đề nghị của Văn phòng Điều phối nông thôn mới tỉnh; gửi Văn phòng Điều phối nông thôn mới Trung ương.",
     {"Văn phòng Điều phối nông thôn mới tỉnh", "Văn phòng Điều phối nông thôn mới Trung ương"}),
    # --- units with level and place, numbers, blocs, named units
    ("Đảng bộ huyện Mường Tè có 2.000 đảng viên; Đảng bộ huyện Sìn Hồ có 1.800 đảng viên.",
     {"Đảng bộ huyện Mường Tè", "Đảng bộ huyện Sìn Hồ"}),
    ("Đảng ủy phường 3 phối hợp với Đảng bộ cơ sở phường 5.", {"Đảng ủy phường 3", "Đảng bộ cơ sở phường 5"}),
    ("Đảng bộ Khối các cơ quan tỉnh kết nạp 20 đảng viên.", {"Đảng bộ Khối các cơ quan tỉnh"}),
    ("Chi bộ Trung tâm Y tế huyện Lâm Bình được khen thưởng.", {"Chi bộ Trung tâm Y tế huyện Lâm Bình"}),
    ("Chi bộ thôn Nà Pồng có 30 đảng viên.", {"Chi bộ thôn Nà Pồng"}),
    ("Đảng ủy Sở Tài chính tỉnh Kon Tum nhận bàn giao; Sở Tài chính tỉnh Kon Tum hỗ trợ.",
     {"Đảng ủy Sở Tài chính tỉnh Kon Tum", "Sở Tài chính tỉnh Kon Tum"}),
    # --- state bodies, front, mass organisations, national bodies
    ("Thường trực HĐND tỉnh, lãnh đạo UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh dự.",
     {"Thường trực HĐND tỉnh", "UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"}),
    ("Thực hiện Chỉ thị của Bộ Chính trị và Kết luận của Ban Bí thư.", {"Bộ Chính trị", "Ban Bí thư"}),
    # bodies in a table's rows (a "|" line with figures is no bar of links)
    ("Kết quả (số đảng viên được kết nạp | tỷ lệ):\n- Đảng bộ quận Bờ Sông | 96 | 104,3%\n"
     "- Quận ủy Núi Tròn | 58 | 72,5%", {"Đảng bộ quận Bờ Sông", "Quận ủy Núi Tròn"}),
    ("Huyện ủy Núi Tròn | Tỉnh ủy Bờ Sông | Trang chủ\n\nHội nghị diễn ra sáng nay.", set()),
    # the Standing Committee of the National Assembly in its initials, never the bare "Quốc hội"
    ("Theo Nghị quyết của UBTV Quốc hội về sắp xếp đơn vị hành chính.", {"UBTV Quốc hội"}),
    ("Hội Nông dân tỉnh phối hợp với Công an tỉnh.", {"Hội Nông dân tỉnh", "Công an tỉnh"}),
    ("Căn cứ Quy định của Ban Chấp hành Trung ương.", {"Ban Chấp hành Trung ương"}),
    # --- headers in capitals; Youth Union committees named by place; organs of councils and Party groups
    ("TỈNH ỦY GIA LAI\n*\nSố 12-NQ/TU\n\nTỉnh ủy chỉ đạo thực hiện.", {"TỈNH ỦY GIA LAI"}),
    ("Huyện đoàn Krông Pa ra quân; Huyện đoàn phối hợp với Hội Nông dân huyện.",
     {"Huyện đoàn Krông Pa", "Hội Nông dân huyện"}),
    ("Hội đồng nhân dân tỉnh Khóa XI đã thông qua; Tỉnh Đoàn và Hội Nông dân tỉnh phối hợp.",
     {"Hội đồng nhân dân tỉnh", "Tỉnh Đoàn", "Hội Nông dân tỉnh"}),
    ("Ban cán sự đảng UBND tỉnh và Đảng đoàn HĐND tỉnh lãnh đạo.",
     {"Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh"}),
    ("Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh và Ban Kinh tế - Ngân sách HĐND tỉnh.",
     {"Ban Pháp chế Hội đồng nhân dân tỉnh", "Ban Kinh tế - Ngân sách HĐND tỉnh"}),
    ("Nơi nhận:\n- Văn phòng Chính phủ;\n- Bộ Nội vụ;\n- Sở Tài nguyên và Môi trường;\n- Lưu: VT.",
     {"Văn phòng Chính phủ", "Bộ Nội vụ", "Sở Tài nguyên và Môi trường"}),
    ("Tòa án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh phối hợp.",
     {"Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh"}),
    # --- bylines and site banners name the author's or the site's body
    ("Đại hội thành công tốt đẹp.\n\nThu Hà (Huyện ủy Krông Pa)\n", set()),
    ("HUYỆN ỦY KRÔNG PA - TRANG THÔNG TIN ĐIỆN TỬ\n\nHội nghị diễn ra trong một ngày.", set()),
    ("Huyện ủy Krông Pa khai trương Trang thông tin điện tử.", {"Huyện ủy Krông Pa"}),
    # a banner naming a section after the site, or standing above a breadcrumb, names the site
    ("Huyện ủy Bảo Yên - Xây dựng Đảng\nChi bộ thôn Khe Bá sinh hoạt chuyên đề.", {"Chi bộ thôn Khe Bá"}),
    ("ĐẢNG BỘ HUYỆN BẢO YÊN\nTrang chủ » Tin tức\n\nĐảng ủy xã Tân Dương kết nạp đảng viên.", {"Đảng ủy xã Tân Dương"}),
    ("Đảng ủy xã Tân Dương - nơi kết nạp nhiều đảng viên trẻ nhất huyện", {"Đảng ủy xã Tân Dương"}),
    # --- generic or plural mentions, bodies only inside a title: not listed
    ("Các cấp ủy, tổ chức đảng và cấp ủy các cấp đã vào cuộc.", set()),
    ("Đảng ủy các xã, thị trấn đã chỉ đạo các chi bộ trực thuộc.", set()),
    ("Lãnh đạo các Huyện ủy trên địa bàn dự họp.", set()),
    # the later items of a list of kinds that a plural opens are kinds too
    ("Đoàn nắm tình hình ở một số Chi bộ, Đảng bộ, Huyện ủy, Thành ủy, các xã.", set()),
    ("Ủy ban Kiểm tra Tỉnh ủy đã tham mưu cho các Huyện ủy, Thành ủy, Ban Thường vụ Huyện ủy, Thành ủy thi hành kỷ "
     "luật.", {"Ủy ban Kiểm tra Tỉnh ủy"}),
    ("Lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Hòa Bình dự.", {"Tỉnh ủy", "HĐND", "UBND tỉnh Hòa Bình"}),
    # a committee's board written without "Ban" is the board
    ("Ban Thường vụ Tỉnh ủy đã chỉ đạo. Sau đó, Thường vụ Tỉnh ủy cũng đã họp.", {"Ban Thường vụ Tỉnh ủy"}),
    # a zone bloc named with "và" is one body
    ("Đảng ủy Các Khu chế xuất và công nghiệp thành phố kết nạp 20 đảng viên.",
     {"Đảng ủy Các Khu chế xuất và công nghiệp thành phố"}),
    ("Toàn Đảng bộ có 120 tổ chức cơ sở đảng; Chi bộ luôn đoàn kết.", set()),
    ("Đồng chí Đinh Văn Khoa, Bí thư Huyện ủy Tân Yên, phát biểu.", set()),
    ("Đồng chí Đinh Văn Khoa, Bí thư Huyện ủy Tân Yên, phát biểu. Huyện ủy đã lãnh đạo tốt.", {"Huyện ủy Tân Yên"}),
    ("Căn cứ Luật Tổ chức Chính phủ năm 2015.", set()),
    # --- one body written abbreviated and in full is one entry, in the full form
    ("UBND huyện đã phê duyệt đề án. Sau đó, Ủy ban nhân dân huyện ban hành kế hoạch.", {"Ủy ban nhân dân huyện"}),
    ("BTV Huyện ủy Quế Sơn họp; Ban Thường vụ Huyện ủy Quế Sơn kết luận.", {"Ban Thường vụ Huyện ủy Quế Sơn"}),
    # --- an interim organ keeps its standing word; the body it belongs to stands alone too
    ("Quyết định chỉ định Ban Chấp hành lâm thời Đảng bộ xã Hòa Tiến gồm 15 đồng chí.",
     {"Ban Chấp hành lâm thời Đảng bộ xã Hòa Tiến"}),
    # --- a capitalised "Các" opens a unit's own name; a lower-case "các" is still plural
    ("Đảng bộ Các cơ quan Đảng huyện Lộc Ninh được thành lập.", {"Đảng bộ Các cơ quan Đảng huyện Lộc Ninh"}),
    ("Theo Đảng ủy Các khu kinh tế tỉnh Quảng Ngãi, 12 chi bộ đã được củng cố.",
     {"Đảng ủy Các khu kinh tế tỉnh Quảng Ngãi"}),
    ("Đảng ủy các khu công nghiệp đều đạt chỉ tiêu.", set()),
    ("Đảng bộ các cơ quan Đảng huyện Tiên Du ra mắt; Đảng ủy các thôn đã chỉ đạo.",
     {"Đảng bộ các cơ quan Đảng huyện Tiên Du"}),
    # --- a unit named after an organ of a committee ends with the committee
    ("Hợp nhất Chi bộ Văn phòng Thành ủy và Chi bộ Ban Tuyên giáo - Dân vận Thành ủy.",
     {"Chi bộ Văn phòng Thành ủy", "Chi bộ Ban Tuyên giáo - Dân vận Thành ủy"}),
    # --- a source line closing the story names where it comes from, not a body in it
    ("Hội nghị đánh giá cao kết quả thực hiện nhiệm vụ năm qua của các chi bộ trên địa bàn xã.\n\n"
     "Văn phòng Đảng ủy phường\n\nLượt xem: 312\n", set()),
    ("Hội nghị đánh giá cao kết quả thực hiện nhiệm vụ năm qua của các chi bộ trên địa bàn, đề ra phương hướng năm "
     "tới.\n\nTheo Ban Tuyên giáo Tỉnh ủy Phú Yên\n\nLượt xem: 45\n", set()),
    # --- bylines: "Name - Body", "Tin, ảnh: Name (Body)", the body under the author's name in capitals
    ("Hội nghị đánh giá cao kết quả thực hiện nhiệm vụ năm qua của các chi bộ trên địa bàn, đề ra phương hướng năm "
     "tới.\n\nNgọc Diệp - Ban Tổ chức Huyện ủy Kim Bôi\n\nLượt xem: 45\n", set()),
    ("Hội nghị đánh giá cao kết quả thực hiện nhiệm vụ năm qua của các chi bộ trên địa bàn, đề ra phương hướng năm "
     "tới.\n\nTin, ảnh: Ngọc Diệp (Ban Tổ chức Huyện ủy Kim Bôi)\n\nLượt xem: 45\n", set()),
    ("ThS. TRỊNH VĂN KHẢI\nBan Tuyên giáo Tỉnh ủy Lào Cai\n\nHội nghị đánh giá cao kết quả thực hiện nhiệm vụ năm "
     "qua của các chi bộ trên địa bàn, đề ra phương hướng năm tới.", set()),
    ("ThS. TRỊNH VĂN KHẢI\nBan Tuyên giáo Tỉnh ủy Lào Cai\n\nBan Tuyên giáo Tỉnh ủy đã tham mưu tốt.",
     {"Ban Tuyên giáo Tỉnh ủy Lào Cai"}),
    ("Văn phòng Huyện ủy tham mưu tổ chức hội nghị trong ba ngày liên tiếp, đúng kế hoạch đề ra.\n\n"
     "Văn phòng Huyện ủy Yên Thế\n\nLượt xem: 97\n", {"Văn phòng Huyện ủy Yên Thế"}),
    ("Đại hội các chi bộ nhiệm kỳ 2022-2025; 5 đảng bộ cơ sở được khen.", set()),
    # an abbreviation joined by "&" is one word of the name; district departments ("Phòng …"); the women's union
    # abbreviated
    ("Sở KH&ĐT tỉnh phối hợp với Phòng Nội vụ huyện Yên Lập.", {"Sở KH&ĐT tỉnh", "Phòng Nội vụ huyện Yên Lập"}),
    ("Hội LHPN xã Đồng Lạc ra mắt mô hình mới.", {"Hội LHPN xã Đồng Lạc"}),
    ("Hội CCB xã Tân Lập và LĐLĐ huyện phối hợp.", {"Hội CCB xã Tân Lập", "LĐLĐ huyện"}),
    # a department named by several fields joined by commas, "và" and dashes; never past another body or a document
    ("Sở Văn hóa, Thể thao và Du lịch phối hợp với Phòng Lao động - Thương binh và Xã hội huyện Mường Lát.",
     {"Sở Văn hóa, Thể thao và Du lịch", "Phòng Lao động - Thương binh và Xã hội huyện Mường Lát"}),
    ("Theo Thông tư của Bộ Nội vụ và Nghị định số 34 của Chính phủ, đảng viên thuộc Sở Tài chính, Công an tỉnh.",
     {"Bộ Nội vụ", "Chính phủ", "Sở Tài chính", "Công an tỉnh"}),
    # unions, youth branches, front work boards and border posts named by their unit or place; an abbreviation in
    # parentheses inside a name
    ("Chi đoàn thôn Nà Hẩu, Ban Công tác Mặt trận thôn Nà Hẩu và Đồn Biên phòng Pa Thơm phối hợp.",
     {"Chi đoàn thôn Nà Hẩu", "Ban Công tác Mặt trận thôn Nà Hẩu", "Đồn Biên phòng Pa Thơm"}),
    ("Công đoàn Viên chức tỉnh và Tổng Liên đoàn Lao động Việt Nam trao quà.",
     {"Công đoàn Viên chức tỉnh", "Tổng Liên đoàn Lao động Việt Nam"}),
    ("Hội đồng nhân dân (HĐND) tỉnh Điện Biên họp kỳ thứ 9.", {"Hội đồng nhân dân (HĐND) tỉnh Điện Biên"}),
    ("Chi hội Cựu chiến binh ấp Phú Hòa và ĐTN xã phối hợp; các chi hội khác tham gia.",
     {"Chi hội Cựu chiến binh ấp Phú Hòa", "ĐTN xã"}),
    # a head whose first word ends a compound with the word before ("giao ban") gives way to the body inside it
    ("Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các huyện.", {"Thường trực HĐND tỉnh"}),
    # a named unit goes on over lower-case words only into a proper name, not into a verb's object
    ("Đảng bộ Công ty Cổ phần Xây lắp Sơn Tây tổ chức Đại hội lần thứ IV.",
     {"Đảng bộ Công ty Cổ phần Xây lắp Sơn Tây"}),
    ("Đảng bộ Bệnh viện Y học cổ truyền Tân Phú họp.", {"Đảng bộ Bệnh viện Y học cổ truyền Tân Phú"}),
    # one body written with its abbreviation and in full is one entry, in full
    ("Hội LHPN huyện Yên Lập ra mắt mô hình. Hội Liên hiệp Phụ nữ huyện Yên Lập phối hợp.",
     {"Hội Liên hiệp Phụ nữ huyện Yên Lập"}),
    # a department word inside a place's name is the name's; a body right after a photo credit is its source
    ("Đảng ủy xã Tân Phòng chỉ đạo các chi bộ.", {"Đảng ủy xã Tân Phòng"}),
    ("Các đại biểu dự lễ. Ảnh: Phòng Văn hóa huyện Tây Sơn. Lễ kết thúc lúc 11 giờ.", set()),
    # a unit's own name opened by a lower-case sector or grassroots word; the investigating agency of a police force;
    # a police department named by its branch; a school of two levels
    ("Công đoàn ngành Y tế tỉnh Hòa Bình tổ chức hội nghị.", {"Công đoàn ngành Y tế tỉnh Hòa Bình"}),
    ("Công đoàn cơ sở Trường THPT Lạc Long Quân tổ chức đại hội.", {"Công đoàn cơ sở Trường THPT Lạc Long Quân"}),
    ("Các công đoàn cơ sở trực thuộc đã họp.", set()),
    ("Cơ quan Cảnh sát điều tra Công an huyện Đà Bắc khởi tố vụ án.",
     {"Cơ quan Cảnh sát điều tra Công an huyện Đà Bắc"}),
    ("Cơ quan ANĐT Công an tỉnh Bắc Kạn đã làm việc.", {"Cơ quan ANĐT Công an tỉnh Bắc Kạn"}),
    ("Phòng Cảnh sát kinh tế Công an tỉnh Kon Tum phát hiện sai phạm.",
     {"Phòng Cảnh sát kinh tế Công an tỉnh Kon Tum"}),
    ("Chi bộ Trường Mầm non và Tiểu học Sông Mã kết nạp đảng viên.", {"Chi bộ Trường Mầm non và Tiểu học Sông Mã"}),
    # a steering committee named by its number, its task in lower case or a region, then its committee or place;
    # a bare one names none
    ("Ban Chỉ đạo 35 Thành ủy Bảo Lộc tổ chức hội nghị.", {"Ban Chỉ đạo 35 Thành ủy Bảo Lộc"}),
    ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Gia Lai họp phiên thứ 7.",
     {"Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Gia Lai"}),
    ("Ban Chỉ đạo xây dựng nông thôn mới huyện Krông Pắc kiểm tra.",
     {"Ban Chỉ đạo xây dựng nông thôn mới huyện Krông Pắc"}),
    ("Ban Chỉ đạo Tây Nguyên làm việc với tỉnh.", {"Ban Chỉ đạo Tây Nguyên"}),
    ("Ban Chỉ đạo họp và thống nhất kế hoạch.", set()),
    # a named unit ends before the clause that goes on after it; a department opening a sentence after a capitalised
    # function word is no syllable of a name
    ("Đồn Biên phòng Cà Roòng đóng quân trên địa bàn huyện Bố Trạch.", {"Đồn Biên phòng Cà Roòng"}),
    ("Theo Cục Thống kê tỉnh Hưng Yên, GRDP quý III tăng 7,2% so với cùng kỳ.", {"Cục Thống kê tỉnh Hưng Yên"}),
    # a department of many places names no one body
    ("Sở Tài chính các tỉnh và Sở Nội vụ tỉnh Lai Châu được đề nghị báo cáo.", {"Sở Nội vụ tỉnh Lai Châu"}),
    # courts, procuracies and military commands written abbreviated; treasury, forest rangers, border guard, police post
    ("Ban CHQS xã Tân Lập phối hợp với Viện KSND huyện Mường Tè và TAND huyện Sìn Hồ.",
     {"Ban CHQS xã Tân Lập", "Viện KSND huyện Mường Tè", "TAND huyện Sìn Hồ"}),
    ("Kho bạc Nhà nước huyện Phú Riềng và Hạt Kiểm lâm huyện Lắk kiểm tra hồ sơ.",
     {"Kho bạc Nhà nước huyện Phú Riềng", "Hạt Kiểm lâm huyện Lắk"}),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị chỉ đạo Đồn Công an Khe Sanh phối hợp.",
     {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "Đồn Công an Khe Sanh"}),
    ("Đảng bộ Bộ đội Biên phòng tỉnh Điện Biên tổng kết năm.", {"Đảng bộ Bộ đội Biên phòng tỉnh Điện Biên"}),
    # national bodies of the Party, the Front and the assembly; a provisional organ; the Party building board since
    # 2025, but not the boards of Party building named in the plural and in lower case
    ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam thông báo.",
     {"Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}),
    ("Hội đồng Dân tộc của Quốc hội giám sát tại tỉnh; Hội đồng Bầu cử quốc gia công bố kết quả.",
     {"Hội đồng Dân tộc của Quốc hội", "Hội đồng Bầu cử quốc gia"}),
    ("Công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã Tiên Lữ lâm thời; Ban Xây dựng Đảng Đảng ủy xã Tiên Lữ "
     "ra mắt.",
     {"Ban Chấp hành Đảng bộ xã Tiên Lữ lâm thời", "Ban Xây dựng Đảng Đảng ủy xã Tiên Lữ"}),
    ("Dự có lãnh đạo các ban xây dựng Đảng huyện ủy.", set()),
    # the Party organs of a national body; a People's Council committee of a commune
    ("Ban cán sự đảng Chính phủ và Đảng đoàn Quốc hội họp liên tịch.",
     {"Ban cán sự đảng Chính phủ", "Đảng đoàn Quốc hội"}),
    ("Ban Kinh tế - Xã hội HĐND xã Phú Mỹ thẩm tra báo cáo.", {"Ban Kinh tế - Xã hội HĐND xã Phú Mỹ"}),
    # an office that serves several bodies together is one body, named by the list and the last one's place
    ("Chi bộ Văn phòng HĐND và UBND xã Hòa Tiến tổ chức đại hội.", {"Chi bộ Văn phòng HĐND và UBND xã Hòa Tiến"}),
    ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Bắc Kạn phối hợp với Sở Nội vụ.",
     {"Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Bắc Kạn", "Sở Nội vụ"}),
    ("Đảng ủy Văn phòng UBND tỉnh và Sở Nội vụ phối hợp.", {"Đảng ủy Văn phòng UBND tỉnh", "Sở Nội vụ"}),
    # a unit's name in sentence case goes on over its lower-case field words up to where a name closes; a name in
    # title case, a verb after the name, or no close keep the name at its last capitalised word
    ("Kết nạp đảng viên tại Đảng bộ Cơ quan chính quyền.", {"Đảng bộ Cơ quan chính quyền"}),
    ("Chi bộ Phòng Quản lý đô thị và Chi bộ Trường Mầm non Sơn Ca đạt trong sạch, vững mạnh.",
     {"Chi bộ Phòng Quản lý đô thị", "Chi bộ Trường Mầm non Sơn Ca"}),
    ("Chi bộ Phòng Quản lý đô thị thuộc Đảng bộ Khối cơ quan huyện kết nạp 2 đảng viên.",
     {"Chi bộ Phòng Quản lý đô thị", "Đảng bộ Khối cơ quan huyện"}),
    ("Chi bộ Phòng Quản lý đô thị xử lý tình trạng lấn chiếm.", {"Chi bộ Phòng Quản lý"}),
    ("Chi bộ Phòng Nội vụ kiểm tra.", {"Chi bộ Phòng Nội vụ"}),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh giáo dục, lựa chọn đoàn viên ưu tú.",
     {"Đoàn Thanh niên Cộng sản Hồ Chí Minh"}),
    # the Youth Union of a commune or ward is named by its place; with no name it is a kind of body
    ("Huyện đoàn Tiên Yên phối hợp với Đoàn xã Đồng Rui và Đoàn thị trấn Tiên Yên trồng cây.",
     {"Huyện đoàn Tiên Yên", "Đoàn xã Đồng Rui", "Đoàn thị trấn Tiên Yên"}),
    ("Anh Lò Văn Dũng, nguyên Bí thư Đoàn xã, nhận bằng khen của Hội Nông dân xã Mường Lói.",
     {"Hội Nông dân xã Mường Lói"}),
    ("Các đoàn xã, công đoàn phường đều tham gia.", set()),
    # the central committee of a mass organisation; a person named after a body with "do bà/ông" ends its name
    ("Trung ương Hội Nông dân Việt Nam và Trung ương Đoàn trao 50 suất quà.",
     {"Trung ương Hội Nông dân Việt Nam", "Trung ương Đoàn"}),
    ("Đoàn công tác của Hội Cựu chiến binh Việt Nam do ông Lại Văn Kiên làm trưởng đoàn.",
     {"Hội Cựu chiến binh Việt Nam"}),
    # councils and commands of a level set up by law, and the social insurance agency of a level
    ("Hội đồng Thi đua - Khen thưởng tỉnh và Hội đồng Nghĩa vụ quân sự huyện Bảo Lâm họp.",
     {"Hội đồng Thi đua - Khen thưởng tỉnh", "Hội đồng Nghĩa vụ quân sự huyện Bảo Lâm"}),
    ("Bảo hiểm xã hội huyện Yên Thế vận động người dân tham gia bảo hiểm xã hội tự nguyện.",
     {"Bảo hiểm xã hội huyện Yên Thế"}),
    # army units named by their number, their arm or both; in lower case, a kind
    ("Tiểu đoàn 14 và Đại đội Trinh sát thuộc Trung đoàn 920 hành quân dã ngoại.",
     {"Tiểu đoàn 14", "Đại đội Trinh sát", "Trung đoàn 920"}),
    ("Tiểu đoàn Bộ binh 3 huấn luyện; các tiểu đoàn khác trực sẵn sàng chiến đấu.", {"Tiểu đoàn Bộ binh 3"}),
    # a unit's own number inside its name ("số 1") and its place after; a place after the opener "cơ sở"
    ("Chi bộ Trường Tiểu học số 2 Tân Phú được công nhận trong sạch, vững mạnh.",
     {"Chi bộ Trường Tiểu học số 2 Tân Phú"}),
    ("Công đoàn cơ sở phường Hòa Thuận tổ chức hội nghị.", {"Công đoàn cơ sở phường Hòa Thuận"}),
    # an organ named by two boards joined since 2025 inside a cell's name; a department of two fields
    ("Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy và Chi bộ Sở Dân tộc và Tôn giáo tổ chức đại hội.",
     {"Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chi bộ Sở Dân tộc và Tôn giáo"}),
    # mass organisations and a board abbreviated; the organising board of an event is none
    ("Ký kết có Hội ND, Hội CCB, Đoàn TN xã Tân Lập; BTC Huyện ủy chủ trì.",
     {"Hội ND", "Hội CCB", "Đoàn TN xã Tân Lập", "BTC Huyện ủy"}),
    ("BTC giải đấu trao 5 giải.", set()),
    # --- a name written in initials is a form of the body whose words after the same head have those initials
    ("Sở Giáo dục và Đào tạo tỉnh Yên Bái tổ chức hội nghị. Sở GD&ĐT sẽ bổ sung giáo viên.",
     {"Sở Giáo dục và Đào tạo tỉnh Yên Bái"}),
    ("Sở VH,TT&DL cũng đề nghị; Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La cho biết.",
     {"Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La"}),
    ("Sở LĐ-TB&XH tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tỉnh Nam Định.",
     {"Sở Lao động - Thương binh và Xã hội tỉnh Nam Định"}),
    ("Sở VH,TT&DL tỉnh cũng đề nghị.", {"Sở VH,TT&DL tỉnh"}),
    # --- the Front's committee with or without "Việt Nam" is one body, listed in its fullest form
    ("Ủy ban MTTQ Việt Nam tỉnh Hà Nam tổ chức ngày hội. Ủy ban MTTQ tỉnh trao quà.",
     {"Ủy ban MTTQ Việt Nam tỉnh Hà Nam"}),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Như Thanh và Ủy ban MTTQ huyện Như Thanh là một.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện Như Thanh"}),
    # --- a body written in a headline's capitals and in the body is listed as the body writes it
    ("KỲ HỌP THỨ 5 HĐND HUYỆN THƯỜNG XUÂN\n\nNgày 14/12, HĐND huyện Thường Xuân khai mạc kỳ họp.",
     {"HĐND huyện Thường Xuân"}),
    # --- police departments whose branch name goes on in lower case, with their force after them
    ("Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) Công an tỉnh phối hợp triển khai.",
     {"Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) Công an tỉnh"}),
    ("Phòng Quản lý xuất nhập cảnh Công an tỉnh tiếp nhận hồ sơ.",
     {"Phòng Quản lý xuất nhập cảnh Công an tỉnh"}),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Hà Nam tham dự.",
     {"Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Hà Nam"}),
    # (initials that fit no other body, or fit two, stay as written)
    ("Sở GD&ĐT và Sở Giao thông vận tải cùng tham dự.", {"Sở GD&ĐT", "Sở Giao thông vận tải"}),
    ("Phòng TN&MT huyện, Phòng Tài nguyên và Môi trường huyện Ba Vì và Phòng Tài nguyên và Môi trường huyện "
     "Thạch Thất họp.", {"Phòng TN&MT huyện", "Phòng Tài nguyên và Môi trường huyện Ba Vì",
                        "Phòng Tài nguyên và Môi trường huyện Thạch Thất"}),
    # two syllables after a committee that name a unit the index lists at another level name its place, though the
    # first is a family name
    ("Thay mặt Ban Thường vụ Huyện ủy Kim Liên, đồng chí Vừ A Dơ phát biểu.", {"Ban Thường vụ Huyện ủy Kim Liên"}),
    ("Đồng chí Lò Văn Pấu, Bí thư Huyện ủy, dự hội nghị của Tỉnh ủy Lào Cai.", {"Tỉnh ủy Lào Cai"}),
    # national agencies, the top court and procuracy, the State audit, the committees of the National Assembly
    ("Theo báo cáo của Uỷ ban Dân tộc và Thanh tra Chính phủ, Kiểm toán Nhà nước đã làm việc với tỉnh.",
     {"Uỷ ban Dân tộc", "Thanh tra Chính phủ", "Kiểm toán Nhà nước"}),
    ("Có 40 cán bộ được Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam tặng Kỷ niệm chương.",
     {"Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam"}),
    ("Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao và Ủy ban Tư pháp của Quốc hội họp.",
     {"Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao", "Ủy ban Tư pháp của Quốc hội"}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", CASES)
def test_organizations(ex, text, expected):
    assert {o["text"] for o in run(ex, text)} == expected


def test_fields_mentions_and_province(ex):
    text = "Tỉnh ủy Lai Châu họp. Sau đó Tỉnh ủy ban hành nghị quyết; Đảng bộ tỉnh có 30 nghìn đảng viên."
    found = run(ex, text)
    link_article([], found)  # the province is decided by the linking stage (ddnews_link)
    orgs = {o["text"]: o for o in found}
    committee = orgs["Tỉnh ủy Lai Châu"]
    assert committee["level"] == "province" and committee["place"] == "Lai Châu"
    assert len(committee["mentions"]) == 2
    assert all(text[s:e].startswith("Tỉnh ủy") for s, e in committee["mentions"])
    # "Đảng bộ tỉnh" carries no place: it is attributed to the article's province
    assert orgs["Đảng bộ tỉnh"]["province"] == "Lai Châu"


# fmt: off
# Bodies written for a group or without their committee, and what is no body.
GROUP_AND_BARE_CASES = [
    # a bare organ of the article's committee, written on its own
    ("Hội nghị lần thứ nhất đã bầu Ban Thường vụ gồm 9 đồng chí.", {"Ban Thường vụ"}),
    ("Dự có các đồng chí trong Ban Thường vụ, Ban Chấp hành đảng bộ khóa mới.",
     {"Ban Thường vụ", "Ban Chấp hành đảng bộ"}),
    # … never inside one person's title, nor written as a common noun
    ("Đồng chí Hà Văn Tân, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận dự hội nghị.", set()),
    ("Ông thôi tham gia Ban chấp hành nhiệm kỳ này.", set()),
    # titles written for a group name no one's post: the bodies inside them stand alone
    ("Dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy, Ủy viên Ủy ban Kiểm tra Huyện ủy.",
     {"Ban Thường vụ Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"}),
    ("Tại kỳ họp, các đại biểu HĐND huyện đã thảo luận tờ trình.", {"HĐND huyện"}),
    # a kind counted is no body
    ("Đảng bộ tỉnh có 3 Thành ủy, 2 Thị ủy và 6 Huyện ủy trực thuộc.", {"Đảng bộ tỉnh"}),
    # "T.Ư" is "Trung ương"
    ("Thực hiện Hướng dẫn của Ban Tổ chức T.Ư, cấp ủy đã rà soát.", {"Ban Tổ chức T.Ư"}),
    # a unit written in lower case but named by its place is one body; a lower-case committee in a career is none
    ("Lễ kết nạp đảng viên tại chi bộ thôn Đồng Lạc, sau đó đảng bộ xã Tân Mỹ tổ chức hội nghị.",
     {"chi bộ thôn Đồng Lạc", "đảng bộ xã Tân Mỹ"}),
    ("Ông từng kinh qua các chức vụ Bí thư thành uỷ Vị Xuyên.", set()),
    # a parenthesised abbreviation inside a name: kept as written, and one body with its short form
    ("Ủy ban Kiểm tra Tỉnh ủy (UBKT) Yên Thế họp. Sau đó UBKT Tỉnh ủy Yên Thế thông báo.",
     {"Ủy ban Kiểm tra Tỉnh ủy (UBKT) Yên Thế"}),
    ("Ủy ban Kiểm tra (UBKT) Thành ủy đã họp; UBKT Thành ủy Vị Thanh đề nghị kỷ luật.", {"UBKT Thành ủy Vị Thanh"}),
    # an organ with a bare unit of the article's; a bare "Thường trực" alone is no body
    ("HĐND huyện thông qua các tờ trình của Thường trực HĐND và UBND huyện.",
     {"HĐND huyện", "Thường trực HĐND", "UBND huyện"}),
    ("Dự có lãnh đạo của Thường trực, các ban.", set()),
    # a village named after a known unit goes on: villages are not in the gazetteer
    ("Thôn phải sinh hoạt ghép với Chi bộ thôn Tân Lập Trên.", {"Chi bộ thôn Tân Lập Trên"}),
    # state inspectorates and departments, the Youth Union by its full name
    ("Theo kết luận của Thanh tra huyện Mỹ Lộc, Cục Thống kê tỉnh đã công bố số liệu.",
     {"Thanh tra huyện Mỹ Lộc", "Cục Thống kê tỉnh"}),
    ("Đoàn TNCS Hồ Chí Minh là đội dự bị tin cậy của Đảng.", {"Đoàn TNCS Hồ Chí Minh"}),
    # a capitalised function word after a lower-case committee opens the next sentence, no place
    ("Chi bộ đăng ký với Ban Thường vụ huyện ủy Trong đó có 2 nhiệm vụ mới.", {"Ban Thường vụ huyện ủy"}),
    # bare State and Front bodies listed with a named body are bodies of the article; alone, or in a list of
    # kinds, or sharing a place ("HĐND và UBND huyện"), they are not
    ("Dự có lãnh đạo Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân, UB MTTQ, các đoàn thể.",
     {"Huyện ủy", "Hội đồng nhân dân", "Ủy ban nhân dân", "UB MTTQ"}),
    ("Cùng dự có Thường trực HĐND, UBND, UBMTTQ xã Tân Hòa.", {"Thường trực HĐND", "UBND", "UBMTTQ xã Tân Hòa"}),
    ("Sau sáp nhập, tỉnh chỉ định cấp ủy, HĐND, UBND, MTTQ các cấp.", set()),
    ("Sở Tài chính trình UBND phê duyệt dự toán.", {"Sở Tài chính"}),
    ("Thường trực Huyện ủy, HĐND và UBND huyện đã thống nhất.", {"Thường trực Huyện ủy", "UBND huyện"}),
    # "UB" is "Ủy ban": one body with its full form
    ("Đoàn công tác của UB Kiểm tra Trung ương làm việc. Ủy ban Kiểm tra Trung ương đề nghị.",
     {"Ủy ban Kiểm tra Trung ương"}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", GROUP_AND_BARE_CASES)
def test_organizations_group_and_bare(ex, text, expected):
    assert {o["text"] for o in run(ex, text)} == expected


def test_a_body_in_initials_takes_its_fuller_form_from_an_officials_title():
    """The body stands alone only in initials; its fullest written form is inside a title (nested occurrences
    count for the form, the guideline says)."""
    import ddnews

    text = "Dự có bà Lê Thị Huyền, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Yên Bái. Sở GD&ĐT sẽ bổ sung giáo viên."
    found = ddnews.extract(text).records[0]["organizations"]
    assert [o["text"] for o in found] == ["Sở Giáo dục và Đào tạo tỉnh Yên Bái"]
