"""Indicators: a table of invented phrases pins the mapping; users' files come first; coverage of the real sets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

import ddnews
from ddnews.errors import DataFileError
from ddnews.link.indicators import IndicatorTable, claim_contexts, read_rows
from ddnews.text.normalize import fold

DATA = Path(__file__).resolve().parents[1] / "data"


def _indicator(table: IndicatorTable, text: str, number: str, unit: str, qualifier: str | None = None,
               change: str | None = None, evidence: str | None = None) -> str | None:
    m = regex.search(rf"(?<![\d.,/]){regex.escape(number)}(?![\d/])", text)
    assert m, number
    end = text.index(evidence) + len(evidence) if evidence else m.end()
    claim = {"number_start": m.start(), "start": m.start(), "end": end, "unit": unit, "qualifier": qualifier,
             "change": change}
    return table.match(claim, claim_contexts(text, fold(text), [claim])[0])


# fmt: off
CASES = [
    # (sentence, number, unit, qualifier, change, claim evidence or None) -> indicator
    ("Năm 2021, huyện kết nạp 52 đảng viên mới.", "52", "đảng viên", "mới", "admit", None, "members_admitted"),
    ("Kết nạp 52 đảng viên, trong đó nữ 20.", "20", "đảng viên", "nữ", "admit", None, "members_admitted_women"),
    ("Trong quý I, kết nạp 4 ĐV mới.", "4", "ĐV", "mới", "admit", None, "members_admitted"),
    ("Kết nạp 3 đảng viên là người dân tộc thiểu số.", "3", "đảng viên", "là người dân tộc thiểu số", "admit",
     None, "members_admitted_ethnic"),
    ("Đảng bộ xã có 412 đảng viên.", "412", "đảng viên", None, None, None, "members_total"),
    ("Toàn huyện có 96 đảng viên dự bị.", "96", "đảng viên", "dự bị", None, None, "members_probationary"),
    ("Huyện có 61 đảng viên là người Công giáo.", "61", "đảng viên", "là người Công giáo", None, None,
     "members_religious"),
    ("Kết nạp được 70 đảng viên, đạt 104% chỉ tiêu.", "104", "%", None, None, "104% chỉ tiêu",
     "admission_target_pct"),
    ("Toàn tỉnh có 318 tổ chức cơ sở đảng.", "318", "tổ chức cơ sở đảng", None, None, None, "grassroots_party_orgs"),
    ("Đảng bộ có 1.204 chi bộ trực thuộc.", "1.204", "chi bộ", "trực thuộc", None, None, "party_cells"),
    ("Thành lập mới 4 chi bộ.", "4", "chi bộ", None, "establish", None, "party_orgs_established"),
    ("Giảm 12 thôn, bản chưa có đảng viên.", "12", "thôn, bản", "chưa có đảng viên", "decrease", None,
     "villages_without_members"),
    ("Còn 5 thôn chưa có chi bộ.", "5", "thôn", "chưa có chi bộ", None, None, "villages_without_cell"),
    ("Thi hành kỷ luật 40 đảng viên, trong đó khiển trách 25 đảng viên, cảnh cáo 11 đảng viên, khai trừ 4 "
     "đảng viên.", "40", "đảng viên", None, None, None, "members_disciplined"),
    ("Thi hành kỷ luật 40 đảng viên, trong đó khiển trách 25 đảng viên, cảnh cáo 11 đảng viên.", "25",
     "đảng viên", None, None, None, "members_reprimanded"),
    ("Thi hành kỷ luật 40 đảng viên, trong đó khiển trách 25 đảng viên, cảnh cáo 11 đảng viên.", "11",
     "đảng viên", None, None, None, "members_warned"),
    ("Có 3 đảng viên bị khai trừ khỏi Đảng.", "3", "đảng viên", "bị khai trừ khỏi Đảng", None,
     "3 đảng viên bị khai trừ", "members_expelled"),
    ("Có 2 đảng viên bị cách chức.", "2", "đảng viên", "bị cách chức", None, "2 đảng viên bị cách chức",
     "members_dismissed"),
    ("Trao Huy hiệu 30 năm tuổi Đảng cho 17 đảng viên.", "17", "đảng viên", None, None, None, "members_badges"),
    ("Tỷ lệ hộ nghèo còn 3,2%.", "3,2", "%", None, None, None, "poor_household_rate"),
    ("Toàn xã còn 84 hộ nghèo.", "84", "hộ", "nghèo", None, None, "poor_households"),
    ("Thu ngân sách nhà nước đạt 1.250 tỷ đồng.", "1.250", "đồng", None, None, None, "budget_revenue"),
    ("Thu ngân sách đạt 812 tỷ đồng, đạt 108% dự toán.", "108", "%", None, None, "108% dự toán",
     "budget_revenue_vs_estimate"),
    ("Thu ngân sách đạt 812 tỷ đồng, tăng 9,5% so với cùng kỳ.", "9,5", "%", None, "increase", None,
     "budget_revenue_growth"),
    ("Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,1%.", "7,1", "%", None, "increase", None, "grdp_growth"),
    ("Toàn huyện có 9 xã đạt chuẩn nông thôn mới.", "9", "xã", "đạt chuẩn nông thôn mới", None, None,
     "new_rural_communes"),
    ("Đại hội có 250 đại biểu chính thức.", "250", "đại biểu", "chính thức", None, None, "congress_delegates"),
    ("Với 100% đại biểu tán thành, đồng chí A được bầu.", "100", "%", None, None, None, "vote_share"),
    ("Ban Chấp hành gồm 33 đồng chí.", "33", "đồng chí", None, None, None, "party_committee_members"),
    ("Xây dựng 21 căn nhà đại đoàn kết.", "21", "căn nhà đại đoàn kết", None, None, None, "houses_built"),
    ("Có 5 tôn giáo đang hoạt động.", "5", "tôn giáo", "đang hoạt động", None, None, "religious"),
    ("Một con số lạ là 7 ngôi sao.", "7", "ngôi sao", None, None, None, None),
]
# fmt: on


@pytest.fixture(scope="module")
def table():
    return IndicatorTable.load()


@pytest.mark.parametrize("text, number, unit, qualifier, change, evidence, expected", CASES,
                         ids=[f"{c[0][:30]}|{c[1]}" for c in CASES])
def test_invented_phrases_map_to_their_indicator(table, text, number, unit, qualifier, change, evidence, expected):
    assert _indicator(table, text, number, unit, qualifier, change, evidence) == expected


def test_the_table_has_forty_indicators_with_both_labels(table):
    assert len(table.indicators) >= 40
    for ind in table.indicators.values():
        assert ind.label_vi and ind.label_en and ind.unit_kind


def test_a_user_file_comes_first_and_adds_indicators(tmp_path):
    src = (Path(ddnews.__file__).parent / "data" / "indicators" / "indicators.tsv").read_text(encoding="utf-8")
    header = next(line for line in src.splitlines() if line.startswith("id\t"))
    mine = tmp_path / "mine.tsv"
    mine.write_text("# my indicators\n" + header + "\n"
                    "members_admitted_youth_mine\tĐoàn viên ưu tú kết nạp\tYouth admitted (mine)\tcount\tđảng viên"
                    "\t*\tadmit\tđoàn viên ưu tú\t\n", encoding="utf-8")
    table = IndicatorTable.load(extra=[mine])
    text = "Kết nạp 9 đảng viên là đoàn viên ưu tú."
    assert _indicator(table, text, "9", "đảng viên", "là đoàn viên ưu tú", "admit") == "members_admitted_youth_mine"
    assert table.indicators["members_admitted_youth_mine"].label_en == "Youth admitted (mine)"
    assert _indicator(table, "Kết nạp 9 đảng viên.", "9", "đảng viên", None, "admit") == "members_admitted"


def test_a_bad_indicator_file_names_file_and_rule(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# bad\nid\tlabel_vi\tlabel_en\tunit_kind\tunit\tqualifier\tchange\tcontext\texclude\n"
                   "x\tX\tX\tcount\tđảng viên\t*\tadmitted\t*\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="bad.tsv.*'x'.*admitted"):
        read_rows(bad)


def test_jsonl_claims_carry_the_indicator():
    (rec,) = ddnews.iter_records(["Năm 2023, Đảng bộ xã Tân Lập kết nạp 8 đảng viên mới."])
    (claim,) = rec["claims"]
    assert claim["indicator"] == "members_admitted"
    assert (claim["period_start"], claim["period_end"]) == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize("name", ["real", "real2"])
def test_indicators_cover_most_claims_of_the_real_sets(name):
    recs = ddnews.iter_records(sorted((DATA / name).glob("*.txt")), include_text=False)
    claims = [c for r in recs for c in r.get("claims") or []]
    covered = sum(1 for c in claims if c.get("indicator")) / len(claims)
    print(f"{name}: {covered:.3f} of {len(claims)} claims have an indicator")
    assert covered >= 0.80
    assert json.dumps(claims, ensure_ascii=False)  # every field is plain JSON
