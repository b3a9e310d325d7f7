"""Tests for ddnews.extractors.locations: invented sentences (not taken from the corpus).

Each row is ``(text, expected)``: ``expected`` is the set of units listed, as written.
"""

import pytest

from ddnews.extractors.base import Context
from ddnews.extractors.locations import LocationExtractor
from ddnews.link.gazetteer import link_article, link_location
from ddnews.nlp.components import DATA_DIR
from ddnews.resources.admin_units import gazetteer
from ddnews.text.normalize import fold

DATA = DATA_DIR / "locations"


@pytest.fixture(scope="module")
def ex():
    return LocationExtractor(DATA)


def run(ex, text, **kw):
    return ex(Context(text=text, folded=fold(text), **kw))


# fmt: off
CASES = [
    # a hamlet ("xóm") is not among the guideline's level words: not listed
    ("Xóm Lạng có 40 hộ; thôn Nà Hẩu có 30 hộ.", {"thôn Nà Hẩu"}),
    # --- a direction or position closing a run after a known unit's name names a unit split from it; a direction
    # opening the next name does not
    ("Đảng ủy xã Tân Thành Tây và UBND xã Mỹ Hòa Hạ họp.", {"xã Tân Thành Tây", "xã Mỹ Hòa Hạ"}),
    ("Đoàn về tỉnh Ninh Bình Nam Định cũ.", {"tỉnh Ninh Bình"}),
    # --- a letter, a letter and a digit or a Roman numeral closes a village's or a ward's name
    ("Ấp Phước Lợi A và ấp Cà Săng B2 thuộc phường Thạnh Lộc II.",
     {"Ấp Phước Lợi A", "ấp Cà Săng B2", "phường Thạnh Lộc II"}),
    # --- a district abbreviated "H."/"Q." before a name the gazetteer knows; a byline's initial is none
    ("Đoàn làm việc tại H. Mê Linh và Q. Ba Đình.", {"H. Mê Linh", "Q. Ba Đình"}),
    ("Bài: H. Trần. Ảnh: Q. Minh", set()),
    # --- a preposition opening the next sentence after an abbreviated level word is no name
    ("Hội nghị có điểm cầu các huyện, TX, TP. Tại điểm cầu TP. Hòa Bình có 40 đại biểu.", {"TP. Hòa Bình"}),
    # --- places listed under one level word after a plural or a count: each is a unit of that level
    ("Đại diện các tỉnh Yên Bái, Lào Cai và Hà Giang dự hội nghị.", {"tỉnh Yên Bái", "tỉnh Lào Cai", "tỉnh Hà Giang"}),
    ("Hộ nghèo của 3 xã Tân Phú, Tân Lợi, Hòa Bình giảm mạnh.", {"xã Tân Phú", "xã Tân Lợi", "xã Hòa Bình"}),
    ("Huyện có hai thị trấn Đông Hưng và Tây Sơn.", {"thị trấn Đông Hưng", "thị trấn Tây Sơn"}),
    # … also after a few words describing them and "như"/"gồm"; without names after it, no unit
    ("Tập trung phát triển đảng viên ở các thôn vùng cao của xã như Lũng Pô, Bản Mế.", {"thôn Lũng Pô", "thôn Bản Mế"}),
    ("Hộ nghèo tập trung ở các xã vùng sâu như Tân Hòa, Phú Lộc và Long Sơn.",
     {"xã Tân Hòa", "xã Phú Lộc", "xã Long Sơn"}),
    ("Các xã đã có chi bộ như trước.", set()),
    # a number closes a village's name before a parenthesis too; a level word inside a person's name is none
    ("Phân công đảng viên giúp đỡ bản Huổi Lả, bản Nậm Pồ 3 (xã Pa Tần).",
     {"bản Huổi Lả", "bản Nậm Pồ 3", "xã Pa Tần"}),
    ("Đồng chí Chau Sóc Pha tái đắc cử Phó Bí thư; ông Danh Sóc dự.", set()),
    # "TX" / "TX." is "thị xã", as "TP." is "thành phố"
    ("Các chi bộ ở TX. Hòa Thành và TP. Tây Sơn đã họp.", {"TX. Hòa Thành", "TP. Tây Sơn"}),
    # a known unit's syllable written in lower case still belongs to its name
    ("Kết quả của tỉnh Cao bằng qua 40 năm đổi mới.", {"tỉnh Cao bằng"}),
    # … also after a colon; a level word and a colon without a list is no place
    ("Hoàn thành các tiêu chí của 3 xã: Tân Phú, Tân Lợi, Hòa Bình.", {"xã Tân Phú", "xã Tân Lợi", "xã Hòa Bình"}),
    ("Địa chỉ xã: chưa cập nhật.", set()),
    # --- without a plural, the name after a comma is rather the unit's district: no list
    ("Ông là đảng viên xã Tân Lợi, Hòa Bình.", {"xã Tân Lợi"}),
    ("Các hộ dân ở bản Nà Hỳ, xã Tà Tổng, huyện Mường Tè đã thoát nghèo.",
     {"bản Nà Hỳ", "xã Tà Tổng", "huyện Mường Tè"}),
    ("Đảng bộ huyện Lục Ngạn (tỉnh Bắc Giang) kết nạp 200 đảng viên.", {"huyện Lục Ngạn", "tỉnh Bắc Giang"}),
    ("Ông sống tại Khóm 5, phường 7, TP. Bạc Liêu.", {"Khóm 5", "phường 7", "TP. Bạc Liêu"}),
    ("TP Mỹ Tho và thành phố Mỹ Tho là một đơn vị.", {"thành phố Mỹ Tho"}),
    ("Chi bộ Tổ dân phố 4 và ấp Tân Hòa sinh hoạt chung.", {"Tổ dân phố 4", "ấp Tân Hòa"}),
    ("Tỉnh Bà Rịa - Vũng Tàu có 8 đơn vị hành chính.", {"Tỉnh Bà Rịa - Vũng Tàu"}),
    ("Chủ tịch UBND tỉnh Lai Châu Trần Quốc Bảo trao quyết định.", {"tỉnh Lai Châu"}),
    # --- minority names with apostrophes and one-letter syllables; a number closing a name
    ("Huyện Đắk R'Lấp và xã Ia H'Drai phối hợp; ấp Ô Đồn thuộc xã Ô Long Vĩ.",
     {"Huyện Đắk R'Lấp", "xã Ia H'Drai", "ấp Ô Đồn", "xã Ô Long Vĩ"}),
    ("Ông ở thôn Kon Klor 2, xã Đường 10 và tổ dân phố số 5.", {"thôn Kon Klor 2", "xã Đường 10", "tổ dân phố số 5"}),
    # a commune the gazetteer knows with its number, though a shorter name is known too; a count after a name is none
    ("Đảng ủy xã Quế Xuân 1 tổ chức đại hội.", {"xã Quế Xuân 1"}),
    ("Toàn huyện có xã Quế Xuân 12 hộ nghèo.", {"xã Quế"}),
    # a direction closing a run of up to four syllables ends a unit's name built on a known one
    ("Đảng bộ xã Thanh Lĩnh Tây tổ chức đại hội.", {"xã Thanh Lĩnh Tây"}),
    # --- a toned one-letter syllable may end a name ("bản Pa Ủ"); a letter label does not ("khu A")
    ("Bản Lả Ủ thuộc xã Lả Ủ; khu A của thôn Nậm Cầy.", {"xã Lả Ủ", "thôn Nậm Cầy"}),
    ("Xóa bản trắng là bản Lả Ủ và bản Chà Mé.", {"bản Lả Ủ", "bản Chà Mé"}),
    # --- a syllable with a mark but no tone is a syllable ("xã Đăk Ơ"); a letter closes a commune's or a district's
    # name when the gazetteer knows it so ("xã Long Hưng A", "huyện Châu Thành A"), never an unknown one
    ("Bà con xã Đăk Ơ và xã Long Hưng B, huyện Châu Thành A nhận quà.",
     {"xã Đăk Ơ", "xã Long Hưng B", "huyện Châu Thành A"}),
    ("Tại xã Tân Thành A và xã Mỹ Lợi C, người dân góp đất làm đường.", {"xã Tân Thành A", "xã Mỹ Lợi"}),
    # --- a "Site A | Site B" link bar names sites, not places of the story
    ("Ông sống ở xã Tân Khê.\n\nLiên kết website\nCổng TTĐT tỉnh Hòa Nam | Cổng TTĐT huyện Tân Khê",
     {"xã Tân Khê"}),
    ("Thôn Tân Lập 2 năm liền đạt chuẩn; xã Tân Lập 12, xã Tân Hòa 15 hộ.",
     {"Thôn Tân Lập", "xã Tân Lập", "xã Tân Hòa"}),
    # --- a capitalised level word opening a known unit name is part of it ("Buôn Hồ", "Sóc Trăng")
    ("Thị xã Buôn Hồ giáp Buôn Ma Thuột; TỈNH SÓC TRĂNG ban hành.", {"Thị xã Buôn Hồ", "TỈNH SÓC TRĂNG"}),
    # --- after "tỉnh"/"huyện", a person's full name is no unit
    ("Phó Chủ tịch UBND tỉnh Đặng Minh Khôi phát biểu.", set()),
    # … and after a commune's or ward's level word, a full name that opens with no known unit is the person
    ("Chủ tịch UBND xã Bế Văn Lộc cho biết.", set()),
    ("Bí thư Đảng ủy phường Nguyễn Thị Hòa phát biểu.", set()),
    ("Chủ tịch UBND xã Tân Lập Nguyễn Văn Lộc cho biết.", {"xã Tân Lập"}),
    # --- not units: no level word, level word without name, words that contain a level word
    ("Toàn tỉnh có 120 xã; HĐND tỉnh và Huyện ủy Tân Yên đã họp.", set()),
    ("Văn bản Hướng dẫn số 5 được gửi tới các đơn vị; Quân khu 2 tham gia.", set()),
    ("Thôn có 2 làng văn hóa; cách trung tâm Huyện 3,5 km.", set()),
    ("Bệnh nhân nằm ở khu A, tầng 2.", set()),
    ("Học sinh đi thăm Làng Văn hóa các dân tộc.", set()),
    # --- a level word before a body or a term names no unit ("Tỉnh Đoàn", "HĐND tỉnh Khóa XI")
    ("Tỉnh Đoàn phối hợp với Huyện Đoàn ra quân; xã Đoàn Kết và thôn Đoàn Kết được khen.",
     {"xã Đoàn Kết", "thôn Đoàn Kết"}),
    ("Nghị quyết được HĐND tỉnh Khóa XI, Kỳ họp thứ 8 thông qua; huyện Kỳ Sơn và TP Hội An triển khai.",
     {"huyện Kỳ Sơn", "TP Hội An"}),
    ("HUYỆN KỲ SƠN phối hợp với Quận Đoàn và Tỉnh Hội Nông dân.", {"HUYỆN KỲ SƠN"}),
    ("NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH LAI CHÂU NĂM 2021", {"TỈNH LAI CHÂU"}),
]
# fmt: on


@pytest.mark.parametrize("text, expected", CASES)
def test_locations(ex, text, expected):
    assert {loc["text"] for loc in run(ex, text)} == expected


def test_chain_parent_and_linking(ex):
    text = "Bản Nà Hỳ thuộc xã Tà Tổng, huyện Mường Tè, tỉnh Lai Châu."
    found = run(ex, text)
    link_article(found, [])  # linking is its own stage (ddnews_link)
    locs = {loc["text"]: loc for loc in found}
    assert locs["xã Tà Tổng"]["parent"] == "huyện Mường Tè"
    assert locs["huyện Mường Tè"]["parent"] == "tỉnh Lai Châu"
    assert locs["huyện Mường Tè"]["level"] == "district" and locs["huyện Mường Tè"]["name"] == "Mường Tè"
    assert locs["tỉnh Lai Châu"]["code"] and locs["huyện Mường Tè"]["province"] == "Lai Châu"
    assert "code" in locs["xã Tà Tổng"]


def test_villages_stay_unlinked(ex):
    (loc,) = run(ex, "Người dân thôn Khe Mạ trồng quế.")
    assert loc["level"] == "village" and "code" not in loc


def test_a_province_written_by_its_initials_is_that_province(ex):
    """"TP" and the initials of a three-syllable province ("TP" + three capitals) is that province, one unit with
    its written-out form, linked; initials no province has alone stay no place."""
    g = gazetteer()
    initials, folded = next(iter(g.province_initials.items()))
    name = g.candidates(folded)[0].name
    text = (f"Đảng bộ phường Tân An (TP {initials.upper()}) họp. Sau đó thành phố {name} tổng kết. Ông Lò Văn "
            "Hai ở TP XYZ.")
    got = run(ex, text)
    assert [loc["text"] for loc in got] == ["phường Tân An", f"thành phố {name}"]
    assert len(got[1]["mentions"]) == 2
    assert link_location({"level": "city", "name": initials.upper()})["province"] == name


def test_a_sites_banner_and_footer_are_chrome_and_a_place_keeps_its_body_form():
    """The banner over the menu and the footer's owner and address lines name the site, not the story; a place
    written in a headline's capitals and in the body is listed as the body writes it."""
    import ddnews

    page = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ ANH - TỈNH HÀ TĨNH\nTrang chủ | Giới thiệu | Tin tức\n\n"
            "HỘI NGHỊ CỦA HUYỆN ĐỨC THỌ\n\nNgày 3/5, Huyện ủy Đức Thọ tổ chức hội nghị tại xã Tùng Ảnh, huyện Đức Thọ. "
            "Già làng A Pút phát biểu.\n\nChia sẻ | In bài\n\n"
            "Cơ quan chủ quản: UBND huyện Kỳ Anh\nĐịa chỉ: Tổ dân phố 2, thị trấn Kỳ Đồng, tỉnh Hà Tĩnh | "
            "ĐT: 0239.3865.123\n")
    rec = ddnews.extract(page).records[0]
    assert sorted(loc["text"] for loc in rec["locations"]) == ["huyện Đức Thọ", "xã Tùng Ảnh"]


def test_an_address_in_the_story_is_kept():
    """An address the story gives (no phone number, no owner line) is the story's."""
    import ddnews

    text = "Điểm hiến máu đặt tại nhà văn hóa. Địa chỉ: thôn Đông, xã Tùng Ảnh, huyện Đức Thọ."
    rec = ddnews.extract(text).records[0]
    assert sorted(loc["text"] for loc in rec["locations"]) == ["huyện Đức Thọ", "thôn Đông", "xã Tùng Ảnh"]
