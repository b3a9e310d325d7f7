"""The vocabulary of periods and places (``data/indicators/time_words.tsv``, ``place_words.tsv``): the patterns built
from it read as the inline ones did, and a bad file fails naming file and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ddnews.errors import DataFileError
from ddnews.link import periods, places, time_phrases
from ddnews.link.time_phrases import DATA_DIR
from ddnews.text.normalize import fold

LOADERS = {"time_words.tsv": (time_phrases._cues, periods._state_cues), "place_words.tsv": (places._cues,)}


def _copy(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """A copy of the packaged data folder whose ``name`` has its first line ``old`` replaced; the line's number."""
    folder = tmp_path / "ddnews_claim_link"
    shutil.copytree(DATA_DIR, folder)
    path = folder / name
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(old)
    lines[at] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, at + 1


# fmt: off
@pytest.mark.parametrize("name, old, new, message", [
    ("time_words.tsv", "đại hội\tname_head", "đại hội\tname_haed", "'name_haed' is not an allowed role"),
    ("time_words.tsv", "kết nạp\tevent", "kết nạp\tevnet", "'evnet' is not an allowed role"),
    ("time_words.tsv", "ký\tissued", "ký", "empty 'role' for 'ký'"),
    ("time_words.tsv", "đối với\tlevel_blocker", "đối xử\tlevel_blocker", "does not end with a level_before word"),
    ("place_words.tsv", "toàn\twhole", "toàn\twhloe", "'whloe' is not an allowed role"),
    ("place_words.tsv", "xã\tlevel\tcommune", "xã\tlevel\tcommnue", "unknown levels commnue"),
    ("place_words.tsv", "cấp\ttier", "cấp\ttier\tdistrict", "levels are given for the role level"),
])
# fmt: on
def test_a_bad_word_file_names_file_and_line(tmp_path, name, old, new, message):
    path, line = _copy(tmp_path, name, old, new)
    loaders = LOADERS[name]
    if "level_blocker" in old:
        loaders = (periods._state_cues,)
    for load in loaders:
        with pytest.raises(DataFileError) as err:
            load(path.parent)
        assert f"{path}:{line}: " in str(err.value) and message in str(err.value)


def test_a_role_without_words_names_the_file(tmp_path):
    path, _ = _copy(tmp_path, "time_words.tsv", "và\tlist_and", "# (no joiner)")
    with pytest.raises(DataFileError, match=r"time_words\.tsv:0: no words of role list_and"):
        periods._state_cues(path.parent)


def test_the_packaged_words_build_the_patterns():
    cues, state, place = time_phrases._cues(), periods._state_cues(), places._cues()
    assert cues.name_head.search(fold("Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ "))
    assert cues.document_before.search(fold("Quyết định số 12/QĐ-UBND ngày "))
    assert "so với" in cues.comparison and "trong" in cues.time_prep
    assert state.level_before.search("tỷ lệ là ") and not state.level_before.search("đối với ")
    assert state.state_after.search("13 xã đều có chi bộ") and state.rated.search("hoàn thành  tốt nhiệm vụ")
    assert state.list_items.fullmatch("09 đảng bộ và 12 chi bộ , ")
    assert "tỷ đồng" in state.money
    assert [m.group(1) for m in place.whole.finditer("Toàn huyện có; cấp huyện; Huyện uỷ; Huyện ủy; xã A")] == ["huyện"]
    assert place.whole_levels["thành phố"] == ("city", "province", "district")
    assert place.provincial.search("đảng bộ khối cơ quan tỉnh") and place.provincial.search("tỉnh ủy")
    assert place.level_word.match("Thị xã A").group() == "Thị xã" and not place.level_word.match("Tỉnh A")
