"""Link administrative-unit mentions to official unit codes and coordinates, and find the article's province.

The unit index is :mod:`ddnews.resources.admin_units`; this module decides which unit a mention is:
a unit of the written level, in the article's province when several share a name, inside its parent
when the text names one ("xã A, huyện B"), from the 2025 set for articles after the reform.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..resources.admin_units import LEVEL_TYPES, REFORM_DATE, Gazetteer, Unit, gazetteer, name_key
from ..text.normalize import fold

__all__ = ["gazetteer", "infer_province", "link_all", "link_location", "name_key"]


def _successor(g: Gazetteer, unit: Unit) -> dict[str, Any] | None:
    """Today's (2025) unit that took over a legacy unit, when the package says so."""
    if unit.unit_set != "legacy":
        return None
    prov_key = unit.key.split("_")[0]
    new_prov = g.successor_province.get(prov_key)
    if not new_prov:
        return None
    out = {"province": g.province_key_name.get(new_prov, new_prov)}
    if unit.key.count("_") == 2:
        new_ward = g.successor_ward.get(unit.key)
        if new_ward:
            p, w = new_ward.split("_", 1)
            out["ward"] = g.new_ward_names.get((p, w), w)
    return out


def _pick(units: list[Unit], level: str) -> list[Unit]:
    """Keep the units of the written level: "tỉnh X" is a province, "thành phố X" a city of either rank."""
    if level == "province":
        return [u for u in units if u.kind == "tỉnh" and u.code == u.province_code]
    if level == "city":
        cities = [u for u in units if u.kind == "thành phố"]
        # a district-level city named like its province ("TP X" in "tỉnh X") is the city
        lower = [u for u in cities if u.code != u.province_code]
        return lower or cities
    return units


def link_location(loc: dict[str, Any], *, province: str | None = None, published: str | None = None,
                  parent: dict[str, Any] | None = None) -> dict[str, Any]:
    """Add ``code``, ``latitude``, ``longitude``, ``province`` (and ``successor``) to a location.

    Args:
        loc: a location fact with ``level`` and ``name``.
        province: the article's province (short name), used to pick among same-named units.
        published: ISO publication date; from 1 July 2025 the 2025 set is tried first.
        parent: the linked unit the text attaches this one to ("xã A, huyện B").

    Returns:
        The same dict, linked when exactly one unit fits (villages are never linked).
    """
    level, name = loc.get("level"), loc.get("name") or ""
    if level not in LEVEL_TYPES or not name or name.isdigit():
        return loc
    g = gazetteer()
    sets = ("2025", "legacy") if published and published >= REFORM_DATE else ("legacy", "2025")
    want = (parent or {}).get("province") or province
    for n, unit_set in enumerate(sets):
        units = _pick(g.candidates(name, level, unit_set), level)
        if parent and parent.get("unit_key") and len(units) > 1:
            units = [u for u in units if u.key.startswith(parent["unit_key"] + "_")] or units
        if want and len(units) > 1:
            # the article's province may be named as before the reform: its successor counts too
            wanted = {fold(want), fold(g.successor_province_name(want) or "")} if unit_set == "2025" else {fold(want)}
            units = [u for u in units if fold(u.province) in wanted] or units
        if n == 0 and len(units) > 1 and level in _LOWER and published:
            return loc    # a commune or ward of the article's own unit set stays ambiguous: no older namesake
        if len({(u.code, u.unit_set) for u in units}) == 1:
            u = units[0]
            loc.update(code=u.code, latitude=u.latitude, longitude=u.longitude, province=u.province,
                       unit_set=u.unit_set, unit_key=u.key)
            succ = _successor(g, u)
            if succ:
                loc["successor"] = succ
            return loc
    return loc


def infer_province(locations: Iterable[dict[str, Any]], organizations: Iterable[dict[str, Any]] = ()) -> str | None:
    """The article's province: the one its linked units and named provincial bodies point to most.

    Province-level units and bodies ("Tỉnh ủy X", "Đảng bộ tỉnh X") count twice, lower units once.

    Returns:
        The province's short name, or None when nothing points anywhere.
    """
    votes: Counter[str] = Counter()
    for loc in locations:
        if loc.get("province"):
            votes[loc["province"]] += 2 if loc.get("level") in ("province", "city") else 1
    g = gazetteer()
    for org in organizations:
        place = org.get("place")
        if not place or org.get("level") not in ("province", "city"):
            continue
        units = [u for u in g.candidates(place) if u.code == u.province_code]
        if len({u.province for u in units}) == 1:
            votes[units[0].province] += 2
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def link_all(locations: list[dict[str, Any]], organizations: Sequence[dict[str, Any]] = (),
             published: str | None = None) -> str | None:
    """Link every location of an article in two passes and return the inferred province.

    First pass links what is unambiguous; the province inferred from it then settles same-named
    districts and communes in the second pass.
    """
    for loc in locations:
        link_location(loc, published=published)
    province = infer_province(locations, organizations)
    by_text = {fold(loc["text"]): loc for loc in locations}
    # parents first: a chain is written small to large, so link from the end of the list
    for loc in sorted(locations, key=lambda x: _RANK.get(x.get("level"), 9)):
        if "code" not in loc:
            link_location(loc, province=province, published=published,
                          parent=by_text.get(fold(loc.get("parent") or "")))
    return province


_LOWER = frozenset({"township", "commune", "ward", "special"})
_RANK: dict[str | None, int] = {"province": 0, "city": 1, "district": 2, "town": 2, "township": 3, "commune": 3,
                                "ward": 3}


def attribute_organizations(organizations: list[dict[str, Any]], province: str | None) -> None:
    """Give each body its ``province``: the one its own place name points to, else (for a provincial
    body written without a place, "Tỉnh ủy") the article's province."""
    g = gazetteer()
    for o in organizations:
        own = None
        if o.get("place"):
            units = g.candidates(o["place"])
            if o.get("level") in ("province", "city"):
                units = [u for u in units if u.code == u.province_code] or units
            provs = {u.province for u in units}
            own = provs.pop() if len(provs) == 1 else None
        if own or o.get("level") in ("province", "city") and not o.get("place"):
            o["province"] = own or province


def link_article(locations: list[dict[str, Any]], organizations: list[dict[str, Any]],
                 published: str | None = None) -> str | None:
    """Link an article's places and bodies; return its province.

    Units are linked with the help of every named body ("Tỉnh ủy X … xã Y": Y is looked up in X), then
    the province is inferred from everything linked and given to bodies that name no place.
    """
    link_all(locations, organizations, published=published)
    province = infer_province(locations, organizations)
    attribute_organizations(organizations, province)
    return province
