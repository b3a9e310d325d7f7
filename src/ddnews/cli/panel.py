"""``ddnews panel``: the panel of a fact store (indicator × place × period → value) as a table, CSV, Parquet or
JSONL, and one indicator as a chart (``--plot``)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .common import common_options
from .store import DB, print_table

SHOWN = ["indicator", "place", "period_start", "period_end", "modality", "value", "unit", "n_articles", "conflict"]


def _cell(v: Any) -> Any:
    if isinstance(v, list):
        return v
    try:
        import pandas as pd

        return None if v is pd.NA or (not isinstance(v, str) and pd.isna(v)) else v
    except (TypeError, ValueError):
        return v


def _records(df: Any) -> list[dict[str, Any]]:
    return [{k: _cell(v) for k, v in r.items()} for r in df.to_dict("records")]


def _summary(df: Any) -> list[dict[str, Any]]:
    """Per indicator: rows, places, claims, conflicting rows and years of a panel."""
    out = []
    for ind, sub in df.groupby("indicator", sort=False):
        out.append({"indicator": ind, "label": sub["indicator_label_en"].iloc[0], "rows": len(sub),
                    "places": sub["place_code"].nunique(dropna=False), "claims": int(sub["n_claims"].sum()),
                    "conflicts": int(sub["conflict"].sum()),
                    "years": f"{sub['year'].min()}–{sub['year'].max()}" if sub["year"].notna().any() else ""})
    return sorted(out, key=lambda r: (-r["claims"], r["indicator"]))


def _write(df: Any, fmt: str, output: Path | None) -> None:
    if fmt == "parquet":
        assert output is not None
        df.to_parquet(output, index=False)
        return
    if fmt == "csv":
        out = df.copy()
        for col in ("claim_ids", "article_ids"):
            out[col] = out[col].map(lambda v: json.dumps(list(v), ensure_ascii=False))
        out.to_csv(output if output else sys.stdout, index=False, lineterminator="\n")
        return
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        for r in _records(df):
            stream.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    finally:
        if output:
            stream.close()


def _plot(df: Any, plot: Path, indicators: tuple[str, ...]) -> None:
    if plot.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise click.UsageError(f"--plot must end in .png, .svg or .pdf (got '{plot.name}').")
    if len(set(df["indicator"])) != 1:
        raise click.UsageError("--plot draws one indicator: give it with --indicator.")
    try:
        from ..serve.panel_chart import plot_file
    except ImportError as exc:
        raise click.ClickException(f"matplotlib is not installed ({exc}). Install it from the ddnews folder with: "
                                   "pip install -e '.[serve]'") from None
    title = f"{df['indicator_label'].iloc[0]} ({df['indicator_label_en'].iloc[0]})"
    shown, others = plot_file(df, plot, title)
    click.echo(f"{plot}: {len(df)} values of {indicators[0]} in {len(shown)} places", err=True)
    if others:
        click.echo("not drawn (places with fewer values): " + "; ".join(others), err=True)


@click.command()
@common_options
@DB
@click.option("--indicator", "-i", "indicators", multiple=True,
              help="Only this indicator id (repeatable). Without it, the table lists the indicators.")
@click.option("--place", help="A place code, a place name as written or a province (diacritics optional).")
@click.option("--modality", type=click.Choice(["actual", "target"]), help="Only reported figures, or only targets.")
@click.option("--conflicts", is_flag=True, help="Only the cells that articles report with different values.")
@click.option("--indicators", "indicator_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An indicator file of your own (the columns of data/indicators/indicators.tsv; repeatable): "
                   "its rules are tried first and every claim is mapped again.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "parquet", "jsonl"]), default="table",
              show_default=True,
              help="table: aligned text on stdout; csv/jsonl: stdout or --output; parquet: --output.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the indicator (one line per place) into this .png, .svg or .pdf file.")
def panel(db: Path, indicators: tuple[str, ...], place: str | None, modality: str | None, conflicts: bool,
          indicator_files: tuple[str, ...], fmt: str, output: Path | None, plot: Path | None) -> None:
    """The panel of a store: indicator × place × period → value, with every claim and article behind it.

    Each claim carries its period, place and indicator; the panel groups them into cells. When two
    articles disagree on a cell, both values stay and the cell is flagged (column conflict).

    \b
    Examples:
      ddnews panel facts.db
      ddnews panel facts.db --indicator members_admitted
      ddnews panel facts.db --indicator members_admitted --place "Yên Bái" --format csv -o admitted.csv
      ddnews panel facts.db --indicator members_admitted --plot admitted.png
      ddnews panel facts.db --indicators my_indicators.tsv --format parquet -o panel.parquet
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: give it with --output.")
    from ..panel import panel as make_panel

    df = make_panel(db, indicator=list(indicators) or None, place=place, modality=modality,
                    indicators=indicator_files, conflicts=conflicts)
    if plot is not None:
        if df.empty:
            raise click.ClickException("nothing to plot: no panel values match these filters.")
        _plot(df, plot, indicators)
    if fmt != "table":
        _write(df, fmt, output)
    elif df.empty:
        click.echo("no panel values match these filters. Run `ddnews panel DB` to list the indicators.", err=True)
    elif not indicators:
        print_table(_summary(df), ["indicator", "label", "rows", "places", "claims", "conflicts", "years"], width=44)
    else:
        print_table(_records(df), SHOWN)
