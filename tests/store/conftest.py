"""Fixtures of the store tests: small invented articles with every fact kind and exact offsets."""
from __future__ import annotations

import copy
import hashlib
from typing import Any

import pytest

# Invented places and people (nothing here comes from the corpus).
PROV_A, PROV_B = "Sơn Mẫu", "Hà Thử"


def span(text: str, phrase: str, nth: int = 0) -> dict[str, Any]:
    """start/end/evidence of the nth occurrence of phrase in text."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(phrase, pos + 1)
    return {"start": pos, "end": pos + len(phrase), "evidence": phrase}


def article(aid: str, title: str, published: str, province: str | None, body: str,
            facts: dict[str, list[tuple[str, dict[str, Any]]]]) -> dict[str, Any]:
    """A record as `ddnews extract` prints it; facts are (phrase, fields) pairs located in body."""
    rec: dict[str, Any] = {"id": aid, "source": f"{aid}.txt", "url": f"https://example.test/{aid}", "title": title,
                           "published": published, "published_from": "header",
                           "content_hash": hashlib.sha1(body.encode()).hexdigest(), "n_chars": len(body),
                           "text": body}
    if province:
        rec["province"] = province
    for kind in ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims"):
        rec[kind] = [{**fields, **span(body, phrase)} for phrase, fields in facts.get(kind, [])]
    return rec


def _records() -> list[dict[str, Any]]:
    a1 = ("Đồng chí Lê Văn Thử, Bí thư Tỉnh ủy, cho biết thực hiện Nghị quyết số 04-NQ/TU ngày 23/5/2016 "
          "của Tỉnh uỷ, đến nay giảm 64 thôn, bản chưa có đảng viên. Xã Đồi Mẫu kết nạp 12 đảng viên mới. "
          "Chỉ thị số 28-CT/TW được quán triệt.")
    a2 = ("Ban Tổ chức Tỉnh ủy Sơn Mẫu báo cáo: toàn tỉnh còn 40 thôn, bản chưa có đảng viên. "
          "Nghị quyết số 04-NQ/TU tiếp tục được triển khai. Phó Bí thư Tỉnh ủy Trần Thị Mẫu dự hội nghị.")
    a3 = ("Huyện Quỳnh Thử có 5 chi bộ mới thành lập. Ông Hoàng Xuyên Khổng, Chủ tịch UBND huyện, "
          "nhấn mạnh Nghị quyết số 04-NQ/TU của tỉnh bạn. Chỉ thị số 28-CT/TW được quán triệt.")
    return [
        article("a1", "Sơn Mẫu giảm thôn, bản chưa có đảng viên", "2020-03-01", PROV_A, a1, {
            "officials": [("Lê Văn Thử", {"name": "Lê Văn Thử", "titles": ["Bí thư Tỉnh ủy"],
                                          "titles_expanded": ["Bí thư Tỉnh ủy"], "mentions": [[9, 19]]})],
            "documents": [("Nghị quyết số 04-NQ/TU ngày 23/5/2016", {"kind": "Nghị quyết", "number": "04",
                                                                    "symbol": "NQ/TU", "date": "2016-05-23"}),
                          ("Chỉ thị số 28-CT/TW", {"kind": "Chỉ thị", "number": "28", "symbol": "CT/TW"})],
            "dates": [("23/5/2016", {"value": "2016-05-23", "year_from": "date"})],
            "organizations": [("Tỉnh uỷ", {"text": "Tỉnh uỷ", "level": "province"})],
            "locations": [("Xã Đồi Mẫu", {"text": "Xã Đồi Mẫu", "level": "commune", "name": "Đồi Mẫu",
                                         "code": "99001", "latitude": 21.5, "longitude": 104.1,
                                         "province": PROV_A, "successor": {"province": PROV_A}})],
            "claims": [("giảm 64 thôn, bản chưa có đảng viên", {"value": 64, "unit": "thôn, bản",
                                                               "qualifier": "chưa có đảng viên",
                                                               "change": "decrease", "modality": "actual"}),
                       ("kết nạp 12 đảng viên mới", {"value": 12, "unit": "đảng viên", "qualifier": "mới",
                                                    "change": "admit", "modality": "actual"})]}),
        article("a2", "Hội nghị Ban Tổ chức", "2021-06-15", PROV_A, a2, {
            "officials": [("Trần Thị Mẫu", {"name": "Trần Thị Mẫu", "titles": ["Phó Bí thư Tỉnh ủy"]})],
            "organizations": [("Ban Tổ chức Tỉnh ủy Sơn Mẫu", {"text": "Ban Tổ chức Tỉnh ủy Sơn Mẫu",
                                                               "level": "province", "place": PROV_A})],
            "documents": [("Nghị quyết số 04-NQ/TU", {"kind": "Nghị quyết", "number": "04", "symbol": "NQ/TU"})],
            "claims": [("40 thôn, bản chưa có đảng viên", {"value": 40, "unit": "Thôn, bản",
                                                          "qualifier": "chưa có Đảng viên", "modality": "actual"})]}),
        article("a3", "Huyện Quỳnh Thử thành lập chi bộ", "2021-09-09", PROV_B, a3, {
            "officials": [("Hoàng Xuyên Khổng", {"name": "Hoàng Xuyên Khổng", "titles": ["Chủ tịch UBND huyện"]})],
            "documents": [("Nghị quyết số 04-NQ/TU", {"kind": "Nghị quyết", "number": "04", "symbol": "NQ/TU"}),
                          ("Chỉ thị số 28-CT/TW", {"kind": "Chỉ thị", "number": "28", "symbol": "CT/TW"})],
            "locations": [("Huyện Quỳnh Thử", {"text": "Huyện Quỳnh Thử", "level": "district",
                                              "name": "Quỳnh Thử"})],
            "claims": [("5 chi bộ mới thành lập", {"value": 5, "unit": "chi bộ", "qualifier": "mới",
                                                  "change": "establish", "modality": "actual"})]}),
    ]


@pytest.fixture
def records() -> list[dict[str, Any]]:
    """Three invented articles (two in one province, one in another)."""
    return copy.deepcopy(_records())


@pytest.fixture
def db_path(tmp_path, records):
    """A store holding the three articles."""
    from ddnews.store import Store

    path = tmp_path / "facts.db"
    with Store(path) as store:
        store.write(records, [{"id": "bad1", "source": "bad1.txt",
                               "error": {"stage": "load", "code": "E009", "message": "Empty article"}}])
    return path


@pytest.fixture
def make_article():
    """The record builder, for tests that need one more article."""
    return article
