"""The reference index of Vietnamese administrative units: names, levels, codes, coordinates, successors.

Extractors use it as a lexicon (is this capitalised run a unit name?); :mod:`ddnews.link.gazetteer`
uses it to link mentions to codes.

The reference data is the ``vietnamadminunits`` package: its SQLite table ``admin_units_legacy``
(the 63-province set in force before the 2025 reform: provinces, districts, communes) and
``admin_units`` (the 34-province set of 2025: provinces and communes, no districts), plus its
``converter_2025.json`` mapping old provinces and communes to their 2025 successors.

We read the package's data files directly instead of importing it: importing
``vietnamadminunits`` loads 3.5 MB of JSON and compiles large regexes (~0.8 s), while one
SQLite read of the columns we need takes ~60 ms.  The index is built once per process, on first
use (:func:`gazetteer`), and kept in the index cache for the next process.

Names are looked up by their folded form, else by a looser key (i/y, đ/d and apostrophes ignored:
"Mỹ Lý" finds a spelling "Mĩ Lí").

>>> g = gazetteer()
>>> g.is_place("yên bái")
True
"""
from __future__ import annotations

import importlib.util
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..text.normalize import fold
from .index_cache import cached

_NAME_KEYS: dict[str, str] = {}


def name_key(name: str) -> str:
    """Folded unit name with dashes and repeated spaces removed ("Phan Rang - Tháp Chàm" → "phan rang tháp chàm")."""
    key = _NAME_KEYS.get(name)
    if key is None:
        key = " ".join(fold(name).replace("-", " ").replace("–", " ").split())
        if len(_NAME_KEYS) < 200_000:
            _NAME_KEYS[name] = key
    return key

# Spelling variants of one name: "Quý"/"Quí", "M'Đrắk"/"M'Drắk", "K'Nớ"/"Knớ".
_LOOSE = str.maketrans({"y": "i", "ý": "í", "ỳ": "ì", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị", "đ": "d", "'": None, "’": None})


def loose_key(name: str) -> str:
    """:func:`name_key` without the spelling variants i/y, đ/d and apostrophes."""
    return name_key(name).translate(_LOOSE)


# Level names of the extractor -> unit types of the package tables.
LEVEL_TYPES = {
    "province": ("tỉnh", "thành phố"), "city": ("thành phố", "tỉnh"),
    "district": ("huyện", "quận", "thị xã", "thành phố"), "town": ("thị xã",),
    "township": ("thị trấn",), "commune": ("xã",), "ward": ("phường",), "special": ("đặc khu",),
}
# The reform took effect on 1 July 2025: later articles name the 34-province units.
REFORM_DATE = "2025-07-01"


@dataclass(slots=True)
class Unit:
    """One administrative unit of a reference set."""

    kind: str            # "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"
    name: str            # short name as the package writes it ("Mường Tè")
    code: str
    latitude: float | None
    longitude: float | None
    province: str        # short province name
    province_code: str
    key: str             # package key, "tinhlaichau_huyenmuongte_xatatong"-style
    unit_set: str        # "legacy" (63 provinces) or "2025" (34 provinces)


@dataclass(slots=True)
class Gazetteer:
    """Units indexed by folded short name."""

    by_name: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))
    successor_province: dict[str, str] = field(default_factory=dict)   # old province key -> new short name
    successor_ward: dict[str, str] = field(default_factory=dict)       # old full key -> new ward key
    new_ward_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (prov key, ward key) -> name
    province_key_name: dict[str, str] = field(default_factory=dict)
    major: set[str] = field(default_factory=set)   # folded names of provinces and districts
    loose: dict[str, list[str]] = field(default_factory=dict)   # loose key -> folded names
    loose_major: set[str] = field(default_factory=set)
    province_successor_name: dict[str, str] = field(default_factory=dict)   # folded old name -> new name
    province_initials: dict[str, str] = field(default_factory=dict)   # initials -> folded name (unique ones)

    def successor_province_name(self, name: str) -> str | None:
        """The 2025 province that took over the pre-reform province ``name`` ("Yên Bái" → "Lào Cai")."""
        return self.province_successor_name.get(name_key(name))

    def is_major(self, folded_name: str) -> bool:
        """True when a province or district (of either set) has this folded short name (or a variant of it)."""
        return folded_name in self.major or loose_key(folded_name) in self.loose_major

    def is_place(self, folded_name: str) -> bool:
        """True when some unit (any level, any set) has this folded short name (or a variant of it)."""
        return folded_name in self.by_name or loose_key(folded_name) in self.loose

    def by_initials(self, word: str) -> str | None:
        """The folded name of the one city of province rank whose syllables' initials ``word`` writes in capitals,
        else None."""
        return self.province_initials.get(fold(word)) if word.isupper() else None

    def unit_key(self, name: str) -> str:
        """The folded name a written name stands for: its initials written out, else the name itself."""
        return self.by_initials(name) or name_key(name)

    def candidates(self, name: str, level: str | None = None, unit_set: str | None = None) -> list[Unit]:
        """Units named ``name`` (any case/tone placement; i/y, đ/d, apostrophe variants when no exact
        spelling matches; a province written by its initials), optionally of one level and set."""
        key = self.unit_key(name)
        units = self._filter(self.by_name.get(key, []), level, unit_set)
        if not units:
            units = self._filter([u for k in self.loose.get(loose_key(key), ()) if k != key for u in self.by_name[k]],
                                 level, unit_set)
        return units

    @staticmethod
    def _filter(units: list[Unit], level: str | None, unit_set: str | None) -> list[Unit]:
        if level:
            kinds = LEVEL_TYPES.get(level, ())
            units = [u for u in units if u.kind in kinds]
        if unit_set:
            units = [u for u in units if u.unit_set == unit_set]
        return units


def _data_dir() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the vietnamadminunits package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _prime_name_keys(names: set[str | None]) -> None:
    """Fold every distinct unit name in one pass (one regex run over all of them) into name_key's cache."""
    written = sorted(n for n in names if n and "\n" not in n)
    folded = fold("\n".join(written)).split("\n")
    for name, f in zip(written, folded, strict=True):  # fold keeps every character, line breaks included
        _NAME_KEYS[name] = " ".join(f.replace("-", " ").replace("–", " ").split())


@lru_cache(maxsize=64)
def _kind(kind: str) -> str:
    return fold(kind)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The unit index, once per process: read from the index cache (:mod:`ddnews.resources.index_cache`) when
    the package's data files have not changed since it was built, else built from them."""
    data = _data_dir()
    sources = [data / "dataset.db", data / "converter_2025.json"]
    return cached("gazetteer", sources, lambda: _build(data), Gazetteer)


def _build(data: Path) -> Gazetteer:
    """Build the unit index from the package's data files."""
    g = Gazetteer()
    legacy, current = _read_units(data)
    _prime_name_keys({r[1] for r in legacy} | {r[6] for r in legacy} | {r[12] for r in legacy}
                     | {r[1] for r in current} | {r[6] for r in current})
    _add_units(g, legacy, current)
    _add_successors(g, json.loads((data / "converter_2025.json").read_text(encoding="utf-8")))
    g.by_name = dict(g.by_name)
    loose: dict[str, list[str]] = defaultdict(list)
    for k in g.by_name:
        loose[loose_key(k)].append(k)
    g.loose = dict(loose)
    g.loose_major = {loose_key(k) for k in g.major}
    g.province_initials = _initials({u.name for units in g.by_name.values() for u in units
                                     if u.kind == "thành phố" and u.key.count("_") == 0})
    return g


def _initials(names: set[str]) -> dict[str, str]:
    """Names of the cities of province rank with three syllables or more by their initials (written "TP" and
    three capitals), where no other such city's name has the same initials."""
    by: dict[str, set[str]] = defaultdict(set)
    for n in names:
        words = name_key(n).split()
        if len(words) >= 3:
            by["".join(w[0] for w in words)].add(name_key(n))
    return {k: next(iter(v)) for k, v in by.items() if len(v) == 1}


def _read_units(data: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows of the package's legacy (63-province) and 2025 (34-province) unit tables, the columns we use."""
    con = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    try:
        legacy = con.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey,"
            " districtShort, districtType, districtCode, districtLat, districtLon, districtKey,"
            " wardShort, wardType, wardCode, wardLat, wardLon, wardKey FROM admin_units_legacy").fetchall()
        current = con.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey,"
            " wardShort, wardType, wardCode, wardLat, wardLon, wardKey FROM admin_units").fetchall()
    finally:
        con.close()
    return legacy, current


def _add_units(g: Gazetteer, legacy: list[tuple[Any, ...]], current: list[tuple[Any, ...]]) -> None:
    """Index every unit of both sets by name (each package key once per set), provinces and districts also as
    major names, and note each province key's name and each 2025 ward's name."""
    seen: set[tuple[str, str]] = set()

    def add(kind: str, name: str | None, code: str, lat: float | None, lon: float | None, prov: str,
            prov_code: str, key: str, unit_set: str) -> None:
        if not name or (unit_set, key) in seen:
            return
        seen.add((unit_set, key))
        g.by_name[name_key(name)].append(Unit(_kind(kind), name, code, lat, lon, prov, prov_code, key, unit_set))
        if key.count("_") < (1 if unit_set == "legacy" else 0) + 1:
            g.major.add(name_key(name))

    for (pfull, pshort, pcode, plat, plon, pkey, dshort, dtype, dcode, dlat, dlon, dkey,
         wshort, wtype, wcode, wlat, wlon, wkey) in legacy:
        pkind = "thành phố" if pfull.startswith("Thành phố") else "tỉnh"
        add(pkind, pshort, pcode, plat, plon, pshort, pcode, pkey, "legacy")
        add(dtype or "", dshort, dcode, dlat, dlon, pshort, pcode, f"{pkey}_{dkey}", "legacy")
        add(wtype or "", wshort, wcode, wlat, wlon, pshort, pcode, f"{pkey}_{dkey}_{wkey}", "legacy")
        g.province_key_name[pkey] = pshort
    for pfull, pshort, pcode, plat, plon, pkey, wshort, wtype, wcode, wlat, wlon, wkey in current:
        pkind = "thành phố" if pfull.startswith("Thành phố") else "tỉnh"
        add(pkind, pshort, pcode, plat, plon, pshort, pcode, pkey, "2025")
        add(wtype or "", wshort, wcode, wlat, wlon, pshort, pcode, f"{pkey}_{wkey}", "2025")
        g.new_ward_names[(pkey, wkey)] = wshort
        g.province_key_name.setdefault(pkey, pshort)


def _add_successors(g: Gazetteer, conv: dict[str, Any]) -> None:
    """From the package's ``converter_2025.json``: which 2025 province and ward took over each legacy one (a
    divided ward goes to its default successor), and the successor's name of each legacy province name."""
    for new_key, old_keys in conv["DICT_PROVINCE"].items():
        for old in old_keys:
            g.successor_province[old] = new_key
    for new_prov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            for old in olds:
                g.successor_ward[old] = f"{new_prov}_{new_ward}"
    for new_prov, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, options in olds.items():
            default = next((o["newWardKey"] for o in options if o["isDefaultNewWard"]), None)
            if default:
                g.successor_ward.setdefault(old, f"{new_prov}_{default}")
    for old_key, new_key in g.successor_province.items():
        if old_key in g.province_key_name:
            new_name = g.province_key_name.get(new_key, new_key)
            g.province_successor_name[name_key(g.province_key_name[old_key])] = new_name
