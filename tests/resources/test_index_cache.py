"""The index cache: an index is built once, read back while its sources are unchanged, rebuilt when they change
or the entry is unreadable, and never written when caching is off."""
from __future__ import annotations

import os

import pytest

from ddnews.resources import admin_units
from ddnews.resources.index_cache import cache_dir, cached


class Index(dict):
    """A stand-in for an index class."""


@pytest.fixture
def src(tmp_path, monkeypatch):
    """A source file, with the cache in ``tmp_path / "cache"``."""
    monkeypatch.setenv("DDNEWS_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "source.txt"
    path.write_text("x", encoding="utf-8")
    return path


def _builder(calls: list[int]):
    def build() -> Index:
        calls.append(1)
        return Index(a=1)
    return build


def test_an_index_is_built_once_then_read_back(tmp_path, src):
    calls: list[int] = []
    assert cached("idx", [src], _builder(calls), Index) == {"a": 1}
    assert cached("idx", [src], _builder(calls), Index) == {"a": 1}
    assert len(calls) == 1
    assert len(list((tmp_path / "cache").glob("idx-*.pickle"))) == 1


def test_a_changed_source_builds_a_new_index(src):
    calls: list[int] = []
    cached("idx", [src], _builder(calls), Index)
    src.write_text("longer", encoding="utf-8")
    os.utime(src, ns=(1, 1))
    cached("idx", [src], _builder(calls), Index)
    assert len(calls) == 2


def test_an_unreadable_entry_is_rebuilt_and_replaced(tmp_path, src):
    calls: list[int] = []
    cached("idx", [src], _builder(calls), Index)
    (entry,) = (tmp_path / "cache").glob("idx-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached("idx", [src], _builder(calls), Index) == {"a": 1}
    assert len(calls) == 2
    assert cached("idx", [src], _builder(calls), Index) == {"a": 1}
    assert len(calls) == 2


def test_an_entry_of_another_class_is_rebuilt(src):
    cached("idx", [src], lambda: ["a list"], list)
    calls: list[int] = []
    assert cached("idx", [src], _builder(calls), Index) == {"a": 1}
    assert calls == [1]


def test_caching_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("DDNEWS_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "source.txt"
    src.write_text("x", encoding="utf-8")
    calls: list[int] = []
    cached("idx", [src], _builder(calls), Index)
    cached("idx", [src], _builder(calls), Index)
    assert cache_dir() is None and len(calls) == 2
    assert not list(tmp_path.rglob("*.pickle"))


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DDNEWS_CACHE_DIR", str(blocker / "cache"))   # a folder under a file cannot be made
    src = tmp_path / "source.txt"
    src.write_text("x", encoding="utf-8")
    assert cached("idx", [src], _builder([]), Index) == {"a": 1}


def test_the_cached_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("DDNEWS_CACHE_DIR", str(tmp_path / "cache"))
    admin_units.gazetteer.cache_clear()
    try:
        built = admin_units.gazetteer()          # builds and writes the entry
        admin_units.gazetteer.cache_clear()
        read = admin_units.gazetteer()           # reads it back
        assert read is not built
        assert read == built
        assert read.is_place("yên bái") and read.candidates("Mường Tè", "district")
    finally:
        admin_units.gazetteer.cache_clear()
