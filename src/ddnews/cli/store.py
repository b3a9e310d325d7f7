"""Commands over a fact store: ``ddnews serve``, ``ddnews facts`` and ``ddnews summary``.

Each is a plain click command; :mod:`ddnews.cli` attaches them to the one ``ddnews`` group, which turns
every error into a one-line message (``click.ClickException``), never a traceback.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

DB = click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))


def _short(v: Any, width: int) -> str:
    s = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def print_table(rows: list[dict[str, Any]], columns: list[str], width: int = 40) -> None:
    """Print rows as an aligned plain-text table."""
    cells = [[_short(r.get(c), width) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


@click.command()
@DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", "-p", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--quiet", "-q", is_flag=True, help="No 'Serving …' line on stderr.")
def serve(db: Path, host: str, port: int, quiet: bool) -> None:
    """Browse a fact store in Datasette: search, facets, canned queries, highlighted articles, plot, map.

    \b
    Example:
      ddnews extract corpus/ --db facts.db && ddnews serve facts.db
    """
    try:
        import datasette  # noqa: F401  # the optional dependency, checked before anything starts
    except ImportError as exc:
        raise click.ClickException(f"Datasette is not installed ({exc}). Install it with: "
                                   "pip install 'ddnews[serve]'") from None
    from ..serve import serve as run

    if not quiet:
        click.echo(f"Serving {db} at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    run(db, host=host, port=port)


@click.command()
@DB
@click.option("--unit", "-u", help="Counted thing of the series, e.g. 'đảng viên' (diacritics optional).")
@click.option("--qualifier", help="Restricting phrase, e.g. 'chưa có đảng viên'; '' for none.")
@click.option("--place", help="Place (province) of the series.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True,
              help="Output format.")
def facts(db: Path, unit: str | None, qualifier: str | None, place: str | None, fmt: str) -> None:
    """Claims grouped into a series by (unit, qualifier, place) over time.

    Without --unit, lists the most frequent series.

    \b
    Examples:
      ddnews facts facts.db
      ddnews facts facts.db --unit "dang vien" --qualifier "moi"
    """
    from ..store import query as S

    if not unit:
        rows = S.top_series(db)
        cols = ["unit", "qualifier", "n", "n_places"]
    else:
        rows = S.claim_series(db, unit, qualifier, place)
        cols = ["place", "published", "value", "from_value", "change", "modality", "unit", "qualifier",
                "article_id", "evidence"]
        if not rows:
            raise click.ClickException(f"no claims with unit '{unit}'"
                                       + (f" and qualifier '{qualifier}'" if qualifier is not None else "")
                                       + (f" in '{place}'" if place else "")
                                       + ". Run `ddnews facts DB` to list the series.")
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        print_table(rows, cols)


@click.command()
@DB
@click.option("--examples", "-n", default=2, show_default=True, help="Example facts per kind.")
def summary(db: Path, examples: int) -> None:
    """Counts per fact kind and a few example facts of a store.

    \b
    Example:
      ddnews summary facts.db
    """
    from ..store import query as S

    conn = S.connect(db)
    counts = S.counts(conn)
    print_table([{"table": k, "rows": v} for k, v in counts.items()], ["table", "rows"])
    rows = S.examples(conn, examples)
    if rows:
        click.echo("")
        print_table(rows, ["kind", "label", "evidence", "article_id"], width=48)

