"""``ddnews extract``: articles → records (JSONL, CSV/Parquet tables) and, with ``--db``, a fact store.

Outputs are opened before the (long) extraction, so a bad path fails at once with E303 (csv/parquet:
every table file is checked). With ``--db`` and no ``--output``, nothing is written to stdout (only the
summary to stderr, with the store's written / unchanged / failed counts); ``-o -`` forces JSONL on
stdout as well. A ``.txt`` article without a title takes its first line as its title.

The outputs live in :mod:`.extract_sinks` and the run (records, progress total, tally, summary) in
:mod:`.extract_run`; this module is the command (its options and help), and re-exports their public names.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .common import common_options
from .extract_run import SUMMARY_KINDS, _consume, _records, _Tally, check_indicator_files, count_inputs
from .extract_sinks import STDOUT, STORE_BATCH, STORE_SECONDS, _open_sinks, log

__all__ = ["FORMATS", "STDOUT", "STORE_BATCH", "STORE_SECONDS", "SUMMARY_KINDS", "check_indicator_files",
           "count_inputs", "extract", "log"]

FORMATS = ("jsonl", "csv", "parquet")


def _check_engine_options(engine: str) -> None:
    """--workers, --scheduler and --parquet-dir on the command line need --engine dask (a config file may set them)."""
    ctx = click.get_current_context()
    if engine == "dask":
        return
    for name, flag in (("workers", "--workers"), ("scheduler", "--scheduler"), ("parquet_dir", "--parquet-dir")):
        if ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError(f"{flag} applies to the Dask engine only: add --engine dask "
                                   "(the local engine runs in this process).")


def _encoding_option(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--encoding: a name Python knows ("windows-1258", "utf-16", "latin-1")."""
    if not value:
        return None
    from ..loading.inputs import check_encoding

    try:
        check_encoding(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param=param) from None
    return value


@click.command()
@common_options
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one record per article (scored by score.py); csv/parquet: one table per fact kind.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="jsonl: output file ('-' for stdout; the default is stdout, or nothing when --db is given). "
                   "csv/parquet: output folder (required).")
@click.option("--db", type=click.Path(path_type=Path), help="Also write every fact into this SQLite file.")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the jsonl records (the store keeps it).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: shown when the run takes more than half a second).")
@click.option("--quiet", "-q", is_flag=True, help="No summary and no error lines on stderr.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process. dask: a dask.distributed cluster (same results), for large corpora.")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="Dask engine: worker processes of the local cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask engine: an existing scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--parquet-dir", type=click.Path(path_type=Path),
              help="Dask engine: keep the partitioned Parquet results in this folder.")
@click.option("--encoding", metavar="NAME", callback=_encoding_option,
              help="Encoding of the input files (e.g. windows-1258, utf-16, latin-1). Default: detected per file "
                   "(byte-order mark, UTF-8, then a detector); mojibake is repaired either way.")
@click.option("--text-column", default="text", show_default=True,
              help="Field of a .csv/.tsv/.parquet/.jsonl/.json row that holds the article text.")
@click.option("--id-column", default="id", show_default=True, help="Field of a row that holds the article id.")
@click.option("--indicators", "indicator_files", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False),
              help="An indicator file of your own (tab-separated, the columns of ddnews/data/indicators/indicators.tsv;"
                   " repeatable): its rules are tried before the packaged ones, so claims carry your indicator ids; "
                   "with --db its labels go into the store's indicators table (for ddnews panel), and articles "
                   "already stored are extracted again.")
@click.option("--redo", is_flag=True,
              help="With --db and no --output: extract again the articles the store already holds unchanged (by "
                   "default they are skipped, so re-running an interrupted command finishes it).")
def extract(paths: tuple[str, ...], fmt: str, output: Path | None, db: Path | None, no_text: bool,
            progress: bool | None, quiet: bool, engine: str, workers: int, scheduler: str | None,
            parquet_dir: Path | None, encoding: str | None = None, text_column: str = "text",
            id_column: str = "id", redo: bool = False, indicator_files: tuple[str, ...] = ()) -> None:
    """Extract facts from articles: files, folders, globs, URLs, or - for stdin.

    Inputs: .txt (optional '# url:/# title:/# published:' header lines), .jsonl (one article per
    line with 'text' and optional id/url/title/published), .csv/.parquet (a 'text' column), .html.
    An article that cannot be read or parsed becomes an error row saying why; the run goes on and
    the exit status is 1 when any article failed. With --db and no --output, only the store is
    written (add -o - for JSONL on stdout too). Also .pdf (with a text layer), .docx, .json and
    .tsv; the encoding of text files is detected (or give --encoding). With --db, articles already
    stored unchanged are skipped: after Ctrl-C (exit 130), the same command finishes the run.
    --indicators FILE adds indicators of your own (say trees_planted for "trồng 1.200 cây xanh"),
    one rule a line, e.g. (tab-separated):

    \b
      id  label_vi  label_en  unit_kind  unit  qualifier  change  context  exclude
      trees_planted  Cây xanh được trồng  Trees planted  count  cây xanh|cây  *  *  trồng

    \b
    Examples:
      ddnews extract corpus/ --db facts.db
      ddnews extract corpus/*.txt --format jsonl --output facts.jsonl
      ddnews extract examples/articles.csv --format parquet --output tables/
      cat examples/article.txt | ddnews extract -
      ddnews extract page.html -o - | jq .documents
      ddnews extract https://example.vn/tin-bai/123.html --db facts.db
      ddnews extract big_corpus/ --engine dask --workers 8 --db facts.db
      ddnews extract big_corpus/ --engine dask --scheduler tcp://10.0.0.5:8786 --db facts.db
      ddnews extract corpus/ --indicators examples/indicators.tsv --db facts.db
    """
    from tqdm import tqdm

    _check_engine_options(engine)
    t0 = time.perf_counter()
    check_indicator_files(indicator_files)
    sinks = _open_sinks(fmt, output, db, no_text, indicator_files)
    from ..loading.inputs import Terminated, interrupted_note, run_inputs, stop_on_sigterm

    skip = [output, db, *(Path(f) for f in indicator_files)]   # outputs and indicator files are no articles
    inputs = run_inputs(paths, exclude=skip, encoding=encoding, text_column=text_column,
                        id_column=id_column, db=db, redo=redo or output is not None or bool(indicator_files))
    records = _records(list(paths), engine, workers, scheduler, parquet_dir, exclude=skip,
                       inputs=inputs.items, indicator_files=indicator_files)
    show = progress if progress is not None else (None if sys.stderr.isatty() else False)
    total = count_inputs(list(paths), skip) if show is not False else None
    bar = tqdm(records, desc="extracting", unit=" articles", file=sys.stderr, leave=False, total=total,
               disable=show is False, delay=0.5 if progress is None else 0, dynamic_ncols=True)
    tally = _Tally()
    try:
        with stop_on_sigterm():
            _consume(bar, sinks, tally, quiet)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: keep every finished article, say how to finish
        bar.close()
        sinks.finish(tally.n)
        click.echo(interrupted_note(tally.n - tally.n_errors, db), err=True)
        sys.exit(143 if isinstance(exc, Terminated) else 130)
    sinks.finish(tally.n)
    sinks.stored["unchanged"] = sinks.stored.get("unchanged", 0) + inputs.skipped  # skipped: stored unchanged
    line = tally.line(time.perf_counter() - t0, output, db, sinks.stored if db else None)
    log.info(line.replace("\n ", ";"))
    if not quiet:
        click.echo(line, err=True)
        if inputs.summary():
            click.echo(inputs.summary(), err=True)
    if tally.n == 0 and not inputs.skipped:
        raise click.ClickException("no input articles found. Give files, folders or globs of "
                                   ".txt/.jsonl/.csv/.parquet/.html.")
    if tally.n_errors:
        sys.exit(1)
