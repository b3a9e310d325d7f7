"""Commands over a fact store: ``ddnews serve``, ``ddnews facts``, ``ddnews plot`` and ``ddnews summary``.

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

from .common import common_options

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
@common_options
@DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", "-p", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port; the address is printed).")
@click.option("--quiet", "-q", is_flag=True, help="No 'Serving …' line on stderr.")
def serve(db: Path, host: str, port: int, quiet: bool) -> None:
    """Browse a fact store in Datasette: search, facets, canned queries, highlighted articles, plot, map.

    "Serving … at http://…" is printed once the server listens (with the real port for --port 0).
    The map's background tiles come from OpenStreetMap over the internet: offline the map is grey,
    but its points and their links still work.

    \b
    Examples:
      ddnews extract corpus/ --db facts.db && ddnews serve facts.db
      ddnews serve facts.db --port 0
    """
    try:
        import datasette  # noqa: F401  # the optional dependency, checked before anything starts
    except ImportError as exc:
        raise click.ClickException(f"Datasette is not installed ({exc}). Install it from the ddnews folder with: "
                                   "pip install -e '.[serve]'") from None
    from ..serve import serve as run

    def ready(url: str) -> None:
        if not quiet:
            click.echo(f"Serving {db} at {url} (Ctrl+C to stop)", err=True)

    run(db, host=host, port=port, ready=ready)


KINDS = ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims")
#: Columns `ddnews facts --kind K` shows as a table (every column goes to csv/parquet/jsonl).
SHOWN = {"documents": ["kind", "number", "symbol", "date", "issuer"], "named_documents": ["text"],
         "dates": ["value", "year_from"], "officials": ["name", "titles"],
         "organizations": ["text", "level", "province"], "locations": ["text", "level", "code", "province"],
         "claims": ["value", "unit", "qualifier", "change", "modality"]}


def _emit(rows: list[dict[str, Any]], cols: list[str], fmt: str, output: Path | None) -> None:
    """Rows as a table, JSONL or CSV, on stdout or into --output."""
    if fmt == "table":
        print_table(rows, cols)
        return
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "jsonl":
            for r in rows:
                stream.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            w = csv.DictWriter(stream, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    finally:
        if output:
            stream.close()


def _plain_rows(df: Any) -> list[dict[str, Any]]:
    """DataFrame rows as JSON-ready dicts (missing values None)."""
    from ..frames import _plain

    cols = list(df.columns)
    return [{c: _plain(r).get(c) for c in cols} for r in df.to_dict("records")]


@click.command()
@common_options
@DB
@click.option("--kind", "-k", type=click.Choice(KINDS),
              help="List facts of this kind (default with --province/--year/--document/--article: claims).")
@click.option("--province", help="Only articles about this province (diacritics optional).")
@click.option("--year", type=int, help="Only articles published this year.")
@click.option("--document", help="Only articles citing this document, e.g. '09-NQ/TU' (diacritics optional).")
@click.option("--article", "articles", multiple=True, help="Only this article id (repeatable).")
@click.option("--unit", "-u", help="Claims series: the counted thing, e.g. 'đảng viên' (diacritics optional).")
@click.option("--qualifier", help="Claims series: restricting phrase, e.g. 'chưa có đảng viên'; '' for none. "
                                  "Default: every qualifier.")
@click.option("--place", help="Claims series: place (province) of the series.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "parquet", "jsonl"]), default="table",
              show_default=True,
              help="table: aligned text on stdout; csv/jsonl: stdout or --output; parquet: --output.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
def facts(db: Path, kind: str | None, province: str | None, year: int | None, document: str | None,
          articles: tuple[str, ...], unit: str | None, qualifier: str | None, place: str | None, fmt: str,
          output: Path | None) -> None:
    """Facts of a store, filtered, as a table, CSV, Parquet or JSONL; or a claim series over time.

    With --kind (or --province/--year/--document/--article) it lists the facts of that kind with
    every column of the Python API's DataFrame (lists as JSON in CSV, as lists in Parquet/JSONL).
    With --unit it gives one claim series: claims grouped by (unit, qualifier, place) over time.
    With neither, it lists the most frequent claim series.

    \b
    Examples:
      ddnews facts facts.db
      ddnews facts facts.db --unit "dang vien" --qualifier "moi"
      ddnews facts facts.db --kind claims --province "Yên Bái" --year 2019 --format csv -o claims.csv
      ddnews facts facts.db --kind documents --document "04-NQ/TU" --format jsonl
      ddnews facts facts.db --kind locations --format parquet -o locations.parquet
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: give it with --output.")
    listing = kind or province or year is not None or document or articles
    if listing and not unit:
        _facts_listing(db, kind or "claims", province, year, document, articles, fmt, output)
        return
    if fmt == "parquet":
        raise click.UsageError("--format parquet is for fact listings (--kind …); use csv or jsonl for a series.")
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
    _emit(rows, cols, fmt, output)


def _facts_listing(db: Path, kind: str, province: str | None, year: int | None, document: str | None,
                   articles: tuple[str, ...], fmt: str, output: Path | None) -> None:
    from ..frames import write_table
    from ..store.reader import read_store

    res = read_store(db, kinds=[kind], province=province, year=year, document=document,
                     articles=list(articles) or None)
    df = res.table(kind)
    if kind == "documents" and document:  # only the citations of that document
        from ..store.keys import document_key, fold_for_search

        want = (fold_for_search(document) or "").replace(" ", "")
        labels = [(fold_for_search(document_key(r, None)[1]) or "").replace(" ", "") for r in _plain_rows(df)]
        df = df[[want in label for label in labels]].reset_index(drop=True)
    if fmt == "parquet":
        assert output is not None
        write_table(df, kind, output, "parquet")
        return
    if fmt == "csv":
        if output:
            write_table(df, kind, output, "csv")
        else:
            from ..frames import _for_csv

            _for_csv(df, kind).to_csv(sys.stdout, index=False, lineterminator="\n")
        return
    rows = _plain_rows(df)
    if fmt == "table":
        titles = {a: t for a, t in zip(res.articles["id"], res.articles["title"].fillna(""), strict=True)}
        for r in rows:
            r["article"] = titles.get(r["article_id"]) or r["article_id"]
        if not rows:
            click.echo(f"no {kind} match these filters.", err=True)
            return
        _emit(rows, [*SHOWN[kind], "evidence", "article_id"], fmt, output)
    else:
        _emit(rows, list(df.columns), fmt, output)


@click.command()
@common_options
@DB
@click.option("--unit", "-u", required=True, help="The counted thing, e.g. 'đảng viên' (diacritics optional).")
@click.option("--qualifier", help="Restricting phrase, e.g. 'chưa có đảng viên'; '' for the claims without one. "
                                  "Default: every qualifier, one line each.")
@click.option("--place", help="Only the series of this place (province).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Image file: .png, .svg or .pdf.")
@click.option("--title", help="Chart title (default: the unit and qualifier).")
def plot(db: Path, unit: str, qualifier: str | None, place: str | None, output: Path, title: str | None) -> None:
    """Plot a claim series over time into a PNG, SVG or PDF file (matplotlib).

    One line per (qualifier, place) series, x = publication date, y = value; at most ten series
    are drawn (the largest), the others are named on stderr.

    \b
    Examples:
      ddnews plot facts.db --unit "đảng viên" --qualifier "" -o series.png
      ddnews plot facts.db --unit "thôn, bản" --qualifier "chưa có đảng viên" -o series.svg
    """
    if output.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise click.UsageError(f"--output must end in .png, .svg or .pdf (got '{output.name}').")
    try:
        from ..serve.chart import plot_file
    except ImportError as exc:
        raise click.ClickException(f"matplotlib is not installed ({exc}). Install it from the ddnews folder with: "
                                   "pip install -e '.[serve]'") from None
    from ..store import query as S

    rows = S.claim_series(db, unit, qualifier, place)
    if not rows:
        raise click.ClickException(f"no claims with unit '{unit}'"
                                   + (f" and qualifier '{qualifier}'" if qualifier is not None else "")
                                   + (f" in '{place}'" if place else "")
                                   + ". Run `ddnews facts DB` to list the series.")
    shown, others = plot_file(rows, output, title=title or S.series_title(unit, qualifier, place))
    click.echo(f"{output}: {sum(len(s.rows) for s in shown)} claims in {len(shown)} series", err=True)
    if others:
        click.echo("not drawn (smaller series): " + "; ".join(f"{s.label} ({len(s.rows)})" for s in others), err=True)


@click.command()
@common_options
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

