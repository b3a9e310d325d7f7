"""``ddnews people``: officials followed across articles — the people of a store and a person's timeline."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import click

from .common import common_options
from .store import DB, print_table


def _connect(db: Path) -> sqlite3.Connection:
    """The store, its people linked first when they were never linked (a store written before)."""
    conn = sqlite3.connect(db)
    people, officials = (conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("people", "officials"))
    if officials and not people:
        conn.close()
        from ..store import Store

        with Store(db) as store:
            store.link_people()
        conn = sqlite3.connect(db)
    return conn


@click.command()
@common_options
@DB
@click.option("--name", "-n", help="A person's name or part of it (diacritics optional): their timelines.")
@click.option("--limit", default=30, show_default=True, help="People listed without --name.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: aligned text; jsonl: one person per line with their timeline.")
def people(db: Path, name: str | None, limit: int, fmt: str) -> None:
    """Officials followed across articles: who held which post when, and who was disciplined.

    Mentions of one person in several articles are one person (same full name, compatible province;
    namesakes in different provinces stay apart). Without --name it lists the people named in most
    articles; with --name it prints each matching person's positions and sanctions in time order.

    \b
    Examples:
      ddnews people facts.db
      ddnews people facts.db --name "Nguyễn Văn A"
      ddnews people facts.db --name "nguyen van" --format jsonl
    """
    from ..store import Store
    from ..store.people import find_people, timeline

    Store(db).close()  # a store of an earlier format gets its people tables
    with _connect(db) as conn:
        found = find_people(conn, name, limit if not name else 200)
        if not found:
            raise click.ClickException(f"no person named like '{name}'." if name else "no people in this store.")
        if fmt == "jsonl":
            for p in found:
                click.echo(json.dumps({**p, "timeline": timeline(conn, p["id"])}, ensure_ascii=False))
            return
        if not name:
            print_table(found, ["name", "province", "n_articles", "first_seen", "last_seen", "n_positions",
                                "n_sanctions", "id"])
            return
        for i, p in enumerate(found):
            _print_person(p, timeline(conn, p["id"]), first=i == 0)


def _print_person(p: dict[str, Any], events: list[dict[str, Any]], first: bool) -> None:
    if not first:
        click.echo("")
    where = p["province"] or ("national" if p["scope"] == "national" else "one article")
    seen = f"{p['first_seen'] or '?'} – {p['last_seen'] or '?'}"
    click.echo(f"{p['name']} ({where}) · {p['n_articles']} article(s), {seen} · id {p['id']}")
    rows = [{**e, "articles": ", ".join(e["articles"])} for e in events]
    print_table(rows, ["when", "kind", "what", "articles"], width=60)
