"""From facts to a panel: the place of a claim, the store's panel view, ``ddnews.panel`` and ``ddnews panel``.

Every article here is invented."""
from __future__ import annotations

import json
import sqlite3

import pandas as pd
import pytest
from click.testing import CliRunner

import ddnews
from ddnews.cli import main
from ddnews.link.places import claim_places
from ddnews.store.schema import panel_sql
from ddnews.text.normalize import fold

ARTICLES = {
    "a1.txt": ("Huyện Na Hang kết nạp 41 đảng viên mới", "2022-01-12",
               "Trong năm 2021, Đảng bộ huyện Na Hang, tỉnh Tuyên Quang kết nạp 41 đảng viên mới. Hiện nay, toàn "
               "Đảng bộ huyện có 3.150 đảng viên, sinh hoạt tại 97 chi bộ."),
    "a2.txt": ("Tuyên Quang: kết quả phát triển đảng viên năm 2021", "2022-02-03",
               "Năm 2021, toàn tỉnh Tuyên Quang kết nạp 1.204 đảng viên. Trong đó, Đảng bộ huyện Na Hang kết nạp "
               "44 đảng viên mới, Đảng bộ huyện Lâm Bình kết nạp 38 đảng viên mới."),
    "a3.txt": ("Lâm Bình phấn đấu kết nạp 40 đảng viên", "2022-03-15",
               "Năm 2022, Đảng bộ huyện Lâm Bình phấn đấu kết nạp 40 đảng viên. Năm 2020, huyện kết nạp 35 đảng "
               "viên mới."),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, (title, published, body) in ARTICLES.items():
        (folder / name).write_text(f"# title: {title}\n# published: {published}\n\n{title}\n\n{body}\n",
                                   encoding="utf-8")
    db = folder / "facts.db"
    ddnews.Store(db).write(ddnews.iter_records([str(folder)]))
    return db


def _place(text: str, number: str, locations, organizations=(), province=None, titles=()):
    pos = text.index(number)
    return claim_places(text, fold(text), [{"number_start": pos}], locations, list(organizations), province,
                        titles=titles)[0]


def _loc(text: str, written: str, level: str, code: str, province: str = "Tuyên Quang"):
    s = text.index(written)
    return {"text": written, "level": level, "code": code, "province": province, "start": s, "end": s + len(written)}


# ---------------------------------------------------------------------------------------------- claim place
def test_the_place_is_the_unit_named_as_the_subject():
    text = "Đảng bộ huyện Na Hang kết nạp 41 đảng viên; xã Thượng Lâm có 12 chi bộ."
    locs = [_loc(text, "huyện Na Hang", "district", "072"), _loc(text, "xã Thượng Lâm", "commune", "02275")]
    assert _place(text, "41", locs)["place_code"] == "072"
    second = _place(text, "12", locs)
    assert (second["place"], second["place_code"], second["place_from"]) == ("xã Thượng Lâm", "02275", "subject")


def test_a_chain_of_places_is_its_smallest_one():
    text = "Đảng bộ huyện Na Hang, tỉnh Tuyên Quang kết nạp 41 đảng viên."
    locs = [_loc(text, "huyện Na Hang", "district", "072"), _loc(text, "tỉnh Tuyên Quang", "province", "08")]
    assert _place(text, "41", locs)["place_code"] == "072"


def test_without_a_subject_the_place_is_the_articles_province():
    text = "Năm 2021 kết nạp 41 đảng viên."
    place = _place(text, "41", [], province="Tuyên Quang")
    assert (place["place"], place["place_code"], place["place_level"], place["place_from"]) == (
        "Tuyên Quang", "08", "province", "article")


def test_a_level_word_alone_names_the_articles_unit_of_that_level():
    text = "Huyện Na Hang tổ chức hội nghị. Toàn huyện có 97 chi bộ. Năm 2020, huyện kết nạp 35 đảng viên."
    locs = [_loc(text, "Huyện Na Hang", "district", "072")]
    for number in ("97", "35"):
        place = _place(text, number, locs, province="Tuyên Quang")
        assert (place["place"], place["place_code"]) == ("huyện Na Hang", "072"), number


def test_a_place_inside_an_officials_title_is_no_subject():
    text = "Ông A, Bí thư Huyện ủy huyện Na Hang cho biết toàn tỉnh có 97 chi bộ."
    locs = [_loc(text, "huyện Na Hang", "district", "072")]
    title = (text.index("Bí thư"), text.index(" cho"))
    assert _place(text, "97", locs, province="Tuyên Quang", titles=[title])["place_code"] == "08"


# ---------------------------------------------------------------------------------------------- the panel
def test_the_panel_places_every_value_in_time_and_place(store):
    df = ddnews.panel(store, indicator="members_admitted", modality="actual")
    cells = {(r.place, r.period_start, r.period_end, r.value) for r in df.itertuples()}
    assert ("huyện Lâm Bình", "2021-01-01", "2021-12-31", 38.0) in cells
    assert ("huyện Lâm Bình", "2020-01-01", "2020-12-31", 35.0) in cells
    assert ("Tuyên Quang", "2021-01-01", "2021-12-31", 1204.0) in cells
    assert list(df.columns) == list(ddnews.panel.COLUMNS)
    assert df["year"].dtype == "Int64" and df["conflict"].dtype == "boolean"


def test_two_articles_that_disagree_keep_both_values_and_flag_the_cell(store):
    df = ddnews.panel(store, indicator="members_admitted", place="na hang")
    assert sorted(df["value"]) == [41.0, 44.0]
    assert df["conflict"].all() and (df["n_articles"] == 1).all()
    assert sorted(a for ids in df["article_ids"] for a in ids) == ["a1", "a2"]
    others = ddnews.panel(store, indicator="members_admitted", place="Lâm Bình")
    assert not others["conflict"].any()


def test_every_panel_value_points_to_its_claims(store):
    df = ddnews.panel(store)
    con = sqlite3.connect(store)
    for r in df.itertuples():
        for cid in r.claim_ids:
            aid, value, indicator = con.execute("select article_id, value, indicator from claims where id = ?",
                                                [cid]).fetchone()
            assert aid in r.article_ids and value == r.value and indicator == r.indicator


def test_targets_are_their_own_rows(store):
    df = ddnews.panel(store, indicator="members_admitted", modality="target")
    assert [(r.place, r.period_end, r.value) for r in df.itertuples()] == [("huyện Lâm Bình", "2022-12-31", 40.0)]


def test_the_view_is_what_the_api_returns(store):
    con = sqlite3.connect(store)
    view = pd.read_sql("select * from panel", con)
    again = pd.read_sql(panel_sql(), con)
    assert len(view) == len(ddnews.panel(store)) == len(again)
    assert con.execute("select count(*) from indicators").fetchone()[0] >= 40
    cols = {r[1] for r in con.execute("pragma table_info(claims)")}
    assert {"period_start", "period_end", "period_evidence", "indicator", "place_code"} <= cols


def test_users_indicators_map_the_stored_claims_again(store, tmp_path):
    header = "id\tlabel_vi\tlabel_en\tunit_kind\tunit\tqualifier\tchange\tcontext\texclude"
    mine = tmp_path / "mine.tsv"
    mine.write_text(f"# mine\n{header}\nadmitted_new\tĐảng viên mới\tNew members (mine)\tcount\tđảng viên\tmới\tadmit"
                    "\t*\t\n", encoding="utf-8")
    df = ddnews.panel(store, indicators=[mine])
    assert set(df.loc[df["indicator"] == "admitted_new", "value"]) == {41.0, 44.0, 38.0, 35.0}
    assert df.loc[df["indicator"] == "admitted_new", "indicator_label_en"].iloc[0] == "New members (mine)"
    assert 1204.0 in set(df.loc[df["indicator"] == "members_admitted", "value"])


# ---------------------------------------------------------------------------------------------- ddnews panel
def test_cli_lists_indicators_then_one_indicators_values(store):
    out = CliRunner().invoke(main, ["panel", str(store)])
    assert out.exit_code == 0 and "members_admitted" in out.output and "New Party members admitted" in out.output
    out = CliRunner().invoke(main, ["panel", str(store), "--indicator", "members_admitted", "--place", "Na Hang"])
    assert out.exit_code == 0 and "huyện Na Hang" in out.output and "True" in out.output


def test_cli_writes_csv_jsonl_and_parquet(store, tmp_path):
    out = CliRunner().invoke(main, ["panel", str(store), "-i", "members_admitted", "--format", "csv"])
    assert out.exit_code == 0
    rows = out.output.splitlines()
    assert rows[0].startswith("indicator,indicator_label,") and len(rows) == 1 + len(
        ddnews.panel(store, indicator="members_admitted"))
    out = CliRunner().invoke(main, ["panel", str(store), "-i", "members_admitted", "--format", "jsonl"])
    first = json.loads(out.output.splitlines()[0])
    assert isinstance(first["claim_ids"], list) and first["indicator"] == "members_admitted"
    target = tmp_path / "panel.parquet"
    out = CliRunner().invoke(main, ["panel", str(store), "--format", "parquet", "-o", str(target)])
    assert out.exit_code == 0 and len(pd.read_parquet(target)) == len(ddnews.panel(store))


def test_cli_plots_one_indicator(store, tmp_path):
    png = tmp_path / "admitted.png"
    out = CliRunner().invoke(main, ["panel", str(store), "-i", "members_admitted", "--plot", str(png)])
    assert out.exit_code == 0, out.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    out = CliRunner().invoke(main, ["panel", str(store), "--plot", str(png)])
    assert out.exit_code != 0 and "one indicator" in out.output


# ---------------------------------------------------------------------------------------------- ddnews serve
def _serve(db):
    pytest.importorskip("datasette")
    import asyncio

    from ddnews.serve import make_datasette

    ds = make_datasette(db)
    asyncio.run(ds.invoke_startup())
    return lambda url: asyncio.run(ds.client.get(url))


def test_serve_has_an_indicator_page_with_a_chart_per_province_and_a_map(store):
    get = _serve(store)
    res = get("/-/ddnews/indicator/members_admitted")
    assert res.status_code == 200
    html = res.text
    assert 'class="ddnews-chart"' in html and 'class="ddnews-map"' in html
    assert "huyện Na Hang" in html and "ddnews-conflict" in html and "/-/ddnews/article/a2" in html
    listing = get("/-/ddnews/indicators")
    assert listing.status_code == 200 and "/-/ddnews/indicator/members_admitted" in listing.text
    assert get("/-/ddnews/indicator/no_such_thing").status_code == 404
    assert "/-/ddnews/indicator/members_admitted" in get("/facts/panel").text
