"""Tests for ddnews.link.gazetteer: linking units to codes and inferring the article's province."""
import pytest

from ddnews.link.gazetteer import gazetteer, infer_province, link_all, link_location


def test_index_is_built_once():
    assert gazetteer() is gazetteer()


# fmt: off
@pytest.mark.parametrize("loc, province", [
    # 2016-era districts (63-province set) link to a code and coordinates
    ({"level": "district", "name": "Mường Tè"}, "Lai Châu"),
    ({"level": "district", "name": "Lục Ngạn"}, "Bắc Giang"),
    ({"level": "province", "name": "Kon Tum"}, "Kon Tum"),
    ({"level": "city", "name": "Bạc Liêu"}, "Bạc Liêu"),
])
# fmt: on
def test_units_link_to_code_and_coordinates(loc, province):
    out = link_location(dict(loc))
    assert out["code"] and out["province"] == province
    assert 8 < out["latitude"] < 24 and 102 < out["longitude"] < 110


def test_2016_district_gets_its_2025_successor_province():
    out = link_location({"level": "district", "name": "Lục Ngạn"})
    assert out["unit_set"] == "legacy" and out["successor"]["province"]


def test_ambiguous_commune_is_settled_by_parent_or_province():
    locs = [{"text": "xã Tân Hòa", "level": "commune", "name": "Tân Hòa", "parent": None},
            {"text": "tỉnh Bắc Giang", "level": "province", "name": "Bắc Giang", "parent": None}]
    assert link_location(dict(locs[0])).get("code") is None      # many communes share the name
    province = link_all(locs)
    assert province == "Bắc Giang"
    assert locs[0].get("province") in (None, "Bắc Giang")


def test_villages_and_unknown_names_stay_unlinked():
    assert "code" not in link_location({"level": "village", "name": "Nà Hỳ"})
    assert "code" not in link_location({"level": "district", "name": "Không Có Thật"})


def test_infer_province_from_bodies():
    orgs = [{"text": "Tỉnh ủy Kon Tum", "level": "province", "place": "Kon Tum"}]
    assert infer_province([], orgs) == "Kon Tum"
    assert infer_province([], []) is None


@pytest.mark.parametrize("loc, province", [
    ({"level": "district", "name": "Phú Quý"}, "Bình Thuận"),      # the package writes "Phú Quí"
    ({"level": "district", "name": "M'Drắk"}, "Đắk Lắk"),          # the package writes "M'Đrắk"
    ({"level": "commune", "name": "Đưng K'Nớ"}, "Lâm Đồng"),       # the package writes "Đưng KNớ"
])
def test_spelling_variants_link(loc, province):
    assert link_location(dict(loc)).get("province") == province


def test_post_reform_article_prefers_the_2025_units():
    # "Phú Lợi" is a 2025 ward of two provinces and a legacy ward of a third
    out = link_location({"level": "ward", "name": "Phú Lợi"}, province="Sóc Trăng", published="2025-10-01")
    assert out["unit_set"] == "2025" and out["province"] == "Cần Thơ"    # the old province's successor
    assert "code" not in link_location({"level": "ward", "name": "Phú Lợi"}, published="2025-10-01")
    old = link_location({"level": "ward", "name": "Phú Lợi"}, published="2020-10-01")
    assert old["unit_set"] == "legacy"
