"""People across the articles of a store: the ``people``, ``positions`` and ``sanctions`` tables and
``officials.person_id``, rebuilt from the officials of every article (:mod:`ddnews.link.people` decides).

:meth:`ddnews.store.Store.link_people` calls :func:`rebuild` in one write transaction; a writing store does
it when it is closed after writing.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import sqlite_utils

from ..link.people import Person, find_sanctions, link_people, parse_title, province_of

#: Words (diacritics removed) an article about discipline holds; only those are read for sanctions.
_DISCIPLINE_WORDS = ("ky luat", "khai tru", "cach chuc", "canh cao", "khien trach", "bai nhiem", "giang chuc")


def _officials(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    rows = db.execute("""
        select o.id, o.article_id, o.name, o.name_key, o.titles, o.mentions, o.start, o.[end], a.province,
               a.published
        from officials o join articles a on a.id = o.article_id order by a.published, o.id""")
    names = [d[0] for d in rows.description]
    out = []
    for r in rows.fetchall():
        row = dict(zip(names, r, strict=True))
        row["titles"] = json.loads(row["titles"] or "[]")
        row["mentions"] = json.loads(row["mentions"] or "[]")
        out.append(row)
    return out


def _seen(rows: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    days = sorted(r["published"] for r in rows if r.get("published"))
    return (days[0], days[-1]) if days else (None, None)


def _person_row(p: Person) -> dict[str, Any]:
    first, last = _seen(p.officials)
    province = None if p.scope == "national" or p.scope.startswith("article:") else p.scope
    return {"id": p.id, "name": max((o["name"] for o in p.officials), key=len), "name_key": p.name_key,
            "scope": p.scope, "province": province, "n_articles": len({o["article_id"] for o in p.officials}),
            "first_seen": first, "last_seen": last}


def _position_rows(p: Person) -> list[dict[str, Any]]:
    """One row per distinct normalised title of a person: role + body + place (former posts apart)."""
    groups: dict[tuple[str, str, str, bool], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for o in p.officials:
        for title in o["titles"]:
            t = parse_title(title, o.get("province"))
            key = (t["role"].lower(), t["body"].lower(), (t["place"] or "").lower(), t["former"])
            groups[key].append((title, {**o, **t}))
    out = []
    for (_, _, _, former), items in groups.items():
        rows = [r for _, r in items]
        first, last = _seen(rows)
        t = rows[0]
        out.append({"person_id": p.id, "title": max((w for w, _ in items), key=len), "role": t["role"],
                    "body": t["body"] or None, "place": t["place"],
                    "place_province": province_of(t["place"]) or t.get("province"),
                    "former": int(former), "first_seen": first, "last_seen": last,
                    "n_articles": len({r["article_id"] for r in rows}),
                    "article_ids": json.dumps(sorted({r["article_id"] for r in rows}), ensure_ascii=False)})
    return sorted(out, key=lambda r: (r["first_seen"] or "", r["title"]))


def _sanction_rows(db: sqlite_utils.Database, person_of: dict[int, str],
                   officials: list[dict[str, Any]]) -> list[dict[str, Any]]:
    where = " or ".join("text_folded like ?" for _ in _DISCIPLINE_WORDS)
    arts = db.execute(f"select id, text, published from articles where {where}",
                      [f"%{w}%" for w in _DISCIPLINE_WORDS]).fetchall()
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in officials:
        by_article[o["article_id"]].append(o)
    out = []
    for aid, text, published in arts:
        orgs = [{"text": t, "mentions": json.loads(m or "[]"), "start": s, "end": e} for t, m, s, e in db.execute(
            "select text, mentions, start, [end] from organizations where article_id = ?", [aid])]
        for sanction in find_sanctions(text or "", by_article.get(aid, []), orgs, published):
            official = sanction.pop("official")
            sanction.update(article_id=aid, official_id=official["id"] if official else None,
                            person_id=person_of.get(official["id"]) if official else None)
            out.append(sanction)
    return out


def rebuild(db: sqlite_utils.Database) -> dict[str, int]:
    """Link the officials of every article into people; fill ``people``, ``positions``, ``sanctions`` and
    ``officials.person_id`` again (inside the caller's transaction). Returns the row counts."""
    officials = _officials(db)
    persons = link_people(officials)
    person_of = {o["id"]: p.id for p in persons for o in p.officials}
    db.conn.executemany("update officials set person_id = ? where id = ?",
                        [(pid, oid) for oid, pid in person_of.items()])
    for table in ("sanctions", "positions", "people"):
        db.execute(f"delete from [{table}]")
    people = [_person_row(p) for p in persons]
    positions = [r for p in persons for r in _position_rows(p)]
    sanctions = _sanction_rows(db, person_of, officials)
    for i, r in enumerate(positions, 1):
        r["id"] = i
    for i, r in enumerate(sanctions, 1):
        r["id"] = i
    for table, rows in (("people", people), ("positions", positions), ("sanctions", sanctions)):
        if rows:
            cols = list(rows[0])
            db.conn.executemany(f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values "
                                f"({', '.join('?' * len(cols))})", [[r.get(c) for c in cols] for r in rows])
    return {"people": len(people), "positions": len(positions), "sanctions": len(sanctions)}


# ---------------------------------------------------------------------------------------------- reading
def _rows(conn: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def find_people(conn: Any, name: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """People whose name holds ``name`` (diacritics optional; all people without it), most articles first,
    with how many positions and sanctions each has."""
    from .keys import fold_for_search

    where, params = "", []
    if name:
        where, params = "where p.name_key like ?", [f"%{fold_for_search(name)}%"]
    return _rows(conn, f"""
        select p.id, p.name, p.scope, p.province, p.n_articles, p.first_seen, p.last_seen,
               (select count(*) from positions x where x.person_id = p.id) as n_positions,
               (select count(*) from sanctions s where s.person_id = p.id) as n_sanctions
        from people p {where} order by p.n_articles desc, p.last_seen desc, p.name limit ?""", [*params, limit])


def timeline(conn: Any, person_id: str) -> list[dict[str, Any]]:
    """A person's positions and sanctions in time order: ``when`` (first–last seen, or the sanction's date),
    ``what``, ``kind`` (position, former position, sanction) and the articles."""
    events = []
    for r in _rows(conn, "select * from positions where person_id = ?", [person_id]):
        span = r["first_seen"] if r["first_seen"] == r["last_seen"] else f"{r['first_seen'] or '?'} – {r['last_seen']}"
        events.append({"when": span or "", "sort": r["first_seen"] or "", "kind": "former position" if r["former"]
                       else "position", "what": r["title"], "role": r["role"], "body": r["body"], "place": r["place"],
                       "articles": json.loads(r["article_ids"] or "[]")})
    for r in _rows(conn, "select * from sanctions where person_id = ?", [person_id]):
        by = f" (decided by {r['decided_by']})" if r["decided_by"] else ""
        events.append({"when": r["date"] or "", "sort": r["date"] or "", "kind": "sanction",
                       "what": f"{r['sanction']}{by}", "role": None, "body": None, "place": None,
                       "articles": [r["article_id"]], "evidence": r["evidence"]})
    return sorted(events, key=lambda e: (e["sort"], e["kind"] != "position"))
