"""People across articles: the same official over several years and posts, a namesake in another province,
discipline news; titles normalised; ``ddnews people``. Every article here is invented."""
from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

import ddnews
from ddnews.cli import main
from ddnews.link.people import find_sanctions, link_people, parse_title

ARTICLES = {
    "b1": ("2019-05-11", "Ngày 10/5/2019, ông Hoàng Minh Khang, Chủ tịch UBND huyện Na Hang, chủ trì hội nghị tổng "
                         "kết công tác dân vận."),
    "b2": ("2021-07-02", "Đồng chí Hoàng Minh Khang, Bí thư Huyện ủy Na Hang, phát biểu chỉ đạo hội nghị. Đồng chí "
                         "Khang đề nghị các chi bộ tập trung kết nạp đảng viên."),
    "b3": ("2023-09-20", "Ông Hoàng Minh Khang, Phó Chủ tịch UBND tỉnh Tuyên Quang, làm việc tại huyện Lâm Bình."),
    "b4": ("2022-03-08", "Ông Hoàng Minh Khang, Chủ tịch UBND huyện Bắc Mê, tỉnh Hà Giang, chủ trì hội nghị triển "
                         "khai nhiệm vụ năm 2022."),
    "b5": ("2024-04-05", "Ngày 3/4/2024, Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang quyết định thi hành kỷ luật bằng hình "
                         "thức cảnh cáo đối với ông Lục Văn Toàn, nguyên Chủ tịch UBND xã Thượng Lâm. Ban Thường vụ "
                         "Tỉnh ủy Tuyên Quang quyết định khai trừ ra khỏi Đảng đối với ông Đàm Quốc Huy, Trưởng phòng "
                         "Tài nguyên và Môi trường huyện Lâm Bình."),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    for aid, (published, body) in ARTICLES.items():
        text = f"# title: Tin {aid}\n# published: {published}\n\n{body}\n"
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    db = folder / "facts.db"
    with ddnews.Store(db) as s:
        s.write(ddnews.iter_records([str(folder)]))
    return db


def _q(db, sql, params=()):
    con = sqlite3.connect(db)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


# fmt: off
@pytest.mark.parametrize("title, province, expected", [
    ("Bí thư Tỉnh ủy", "Tuyên Quang", ("Bí thư", "Tỉnh ủy", "Tuyên Quang", False)),
    ("Phó Bí thư Huyện ủy Na Hang khóa XX", None, ("Phó Bí thư", "Huyện ủy", "Na Hang", False)),
    ("Chủ tịch UBND xã Thượng Lâm", None, ("Chủ tịch", "Ủy ban nhân dân", "xã Thượng Lâm", False)),
    ("nguyên Chủ tịch HĐND tỉnh", "Hà Giang", ("Chủ tịch", "Hội đồng nhân dân", "Hà Giang", True)),
    ("Trưởng Ban Tổ chức Tỉnh ủy", "Hà Giang", ("Trưởng", "Ban Tổ chức Tỉnh ủy", "Hà Giang", False)),
    ("Chủ nhiệm Ủy ban Kiểm tra (UBKT) Huyện ủy Bắc Mê", None,
     ("Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy", "Bắc Mê", False)),
])
# fmt: on
def test_titles_are_normalised_into_role_body_and_place(title, province, expected):
    t = parse_title(title, province)
    assert (t["role"], t["body"], t["place"], t["former"]) == expected


def test_namesakes_in_different_provinces_stay_apart_and_one_word_names_stay_home():
    rows = [{"id": 1, "article_id": "x", "name": "Lê Văn Tám", "titles": ["Chủ tịch UBND huyện Na Hang"]},
            {"id": 2, "article_id": "y", "name": "Lê Văn Tám", "titles": ["Bí thư Huyện ủy Na Hang"]},
            {"id": 3, "article_id": "z", "name": "Lê Văn Tám", "titles": ["Chủ tịch UBND huyện Bắc Mê"]},
            {"id": 4, "article_id": "x", "name": "Tám", "titles": []},
            {"id": 5, "article_id": "y", "name": "Tám", "titles": []}]
    people = {frozenset(o["id"] for o in p.officials): p.scope for p in link_people(rows)}
    assert people == {frozenset({1, 2}): "Tuyên Quang", frozenset({3}): "Hà Giang", frozenset({4}): "article:x",
                      frozenset({5}): "article:y"}


def test_an_official_of_unknown_province_joins_the_only_person_of_that_name():
    rows = [{"id": 1, "article_id": "x", "name": "Lê Văn Tám", "titles": ["Bí thư Huyện ủy Na Hang"]},
            {"id": 2, "article_id": "y", "name": "Lê Văn Tám", "titles": []}]
    (person,) = link_people(rows)
    assert sorted(o["id"] for o in person.officials) == [1, 2]


def test_sanctions_name_the_official_the_decider_and_the_date():
    text = ("Ngày 9/6/2023, Ủy ban Kiểm tra Huyện ủy quyết định kỷ luật bằng hình thức khiển trách đối với ông "
            "Lê Văn Tám.")
    official = {"id": 7, "name": "Lê Văn Tám", "start": text.index("Lê"), "end": len(text) - 1}
    body = {"text": "Ủy ban Kiểm tra Huyện ủy", "start": text.index("Ủy"), "end": text.index(" quyết")}
    (s,) = find_sanctions(text, [official], [body], "2023-06-12")
    assert (s["sanction"], s["name"], s["decided_by"], s["date"]) == ("khiển trách", "Lê Văn Tám",
                                                                      "Ủy ban Kiểm tra Huyện ủy", "2023-06-09")
    assert text[s["start"]:s["end"]] == s["evidence"]


def test_one_official_over_years_and_posts_is_one_person(store):
    people = _q(store, "select * from people where name = 'Hoàng Minh Khang' order by n_articles desc")
    assert [(p["province"], p["n_articles"], p["first_seen"], p["last_seen"]) for p in people] == [
        ("Tuyên Quang", 3, "2019-05-11", "2023-09-20"), ("Hà Giang", 1, "2022-03-08", "2022-03-08")]
    positions = _q(store, "select title, role, body, place, first_seen from positions where person_id = ? "
                          "order by first_seen", [people[0]["id"]])
    assert [(p["role"], p["body"], p["place"], p["first_seen"]) for p in positions] == [
        ("Chủ tịch", "Ủy ban nhân dân", "huyện Na Hang", "2019-05-11"),
        ("Bí thư", "Huyện ủy", "Na Hang", "2021-07-02"),
        ("Phó Chủ tịch", "Ủy ban nhân dân", "tỉnh Tuyên Quang", "2023-09-20")]
    ids = {r["person_id"] for r in _q(store, "select person_id from officials where name = 'Hoàng Minh Khang'")}
    assert ids == {p["id"] for p in people}


def test_discipline_news_gives_sanctions(store):
    rows = _q(store, "select s.sanction, s.name, s.decided_by, s.date, p.name as person from sanctions s "
                     "join people p on p.id = s.person_id order by s.id")
    assert [(r["sanction"], r["name"], r["decided_by"], r["date"]) for r in rows] == [
        ("cảnh cáo", "Lục Văn Toàn", "Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang", "2024-04-03"),
        ("khai trừ", "Đàm Quốc Huy", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "2024-04-05")]
    former = _q(store, "select former from positions where title like 'nguyên%'")
    assert former == [{"former": 1}]


def test_people_are_linked_again_when_articles_change(store, tmp_path):
    db = tmp_path / "again.db"
    with ddnews.Store(db) as s:
        s.write(ddnews.iter_records(["Ông Hoàng Minh Khang, Chủ tịch UBND huyện Na Hang, dự họp."]))
    with ddnews.Store(db) as s:
        s.write(ddnews.iter_records(["Đồng chí Hoàng Minh Khang, Bí thư Huyện ủy Na Hang, phát biểu."]))
    (person,) = _q(db, "select * from people")
    assert person["n_articles"] == 2


def test_cli_lists_people_and_prints_a_timeline(store):
    out = CliRunner().invoke(main, ["people", str(store)])
    assert out.exit_code == 0 and "Hoàng Minh Khang" in out.output and "Đàm Quốc Huy" in out.output
    out = CliRunner().invoke(main, ["people", str(store), "--name", "hoang minh khang"])
    assert out.exit_code == 0
    assert out.output.index("Chủ tịch UBND huyện Na Hang") < out.output.index("Bí thư Huyện ủy Na Hang")
    assert "(Hà Giang)" in out.output
    out = CliRunner().invoke(main, ["people", str(store), "--name", "Lục Văn Toàn", "--format", "jsonl"])
    (person,) = [json.loads(line) for line in out.output.splitlines()]
    assert sorted(e["kind"] for e in person["timeline"]) == ["former position", "sanction"]
    out = CliRunner().invoke(main, ["people", str(store), "--name", "Không Có Ai"])
    assert out.exit_code != 0 and "no person" in out.output


def test_serve_has_a_person_page(store):
    pytest.importorskip("datasette")
    import asyncio

    from ddnews.serve import make_datasette

    ds = make_datasette(store)
    asyncio.run(ds.invoke_startup())
    (pid,) = {r["id"] for r in _q(store, "select id from people where name = 'Hoàng Minh Khang' and n_articles = 3")}
    html = asyncio.run(ds.client.get(f"/-/ddnews/person/{pid}")).text
    assert html.index("Chủ tịch UBND huyện Na Hang") < html.index("Phó Chủ tịch UBND tỉnh Tuyên Quang")
    assert "Namesakes" in html and "Hà Giang" in html
    assert asyncio.run(ds.client.get("/-/ddnews/person/nobody")).status_code == 404
    assert f"/-/ddnews/person/{pid}" in asyncio.run(ds.client.get("/facts/people")).text
