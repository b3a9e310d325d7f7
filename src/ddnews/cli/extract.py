"""``ddnews extract``: articles → records (JSONL, CSV/Parquet tables) and, with ``--db``, a fact store.

Outputs are opened before the (long) extraction, so a bad path fails at once with E303 (csv/parquet:
every table file is checked). With ``--db`` and no ``--output``, nothing is written to stdout (only the
summary to stderr, with the store's written / unchanged / failed counts); ``-o -`` forces JSONL on
stdout as well. A ``.txt`` article without a title takes its first line as its title.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import Errors, OutputError
from .common import common_options

if TYPE_CHECKING:
    from ..store import Store

FORMATS = ("jsonl", "csv", "parquet")
#: Articles written to the store per transaction batch (bounds memory; an interrupted run keeps what it wrote).
STORE_BATCH = 500
#: Seconds after which a smaller batch is written anyway (a run killed with SIGKILL loses at most this much work).
STORE_SECONDS = 2.0
#: Fact kinds counted in the summary line, in its order.
SUMMARY_KINDS = ("documents", "dates", "officials", "organizations", "locations", "claims")
STDOUT = Path("-")
log = logging.getLogger("ddnews.cli")


@dataclass
class _Sinks:
    """Where the records of a run go: a JSONL stream, the store (in batches), tables for csv/parquet."""

    fmt: str
    output: Path | None
    stream: IO[str] | None = None
    store: Store | None = None      # imported only with --db
    no_text: bool = False
    kept: list[dict[str, Any]] = field(default_factory=list)    # for csv/parquet tables
    batch: list[dict[str, Any]] = field(default_factory=list)   # for the store, written every STORE_BATCH
    errors: list[dict[str, Any]] = field(default_factory=list)
    stored: dict[str, int] = field(default_factory=lambda: {"written": 0, "unchanged": 0, "errors": 0})
    flushed: float = field(default_factory=time.monotonic)   # when the last store batch was written

    def _write_store(self, batch: list[dict[str, Any]], errors: list[dict[str, Any]] | None = None) -> None:
        assert self.store is not None
        counts = self.store.write(batch, errors or [])
        log.info("store %s: %s", self.store.path, counts)
        for k, v in counts.items():
            self.stored[k] = self.stored.get(k, 0) + v

    def add(self, rec: dict[str, Any]) -> None:
        """Send one record (or error row) to every output."""
        if rec.get("error"):
            self.errors.append(rec)
        else:
            if self.fmt != "jsonl":
                self.kept.append(rec)
            if self.store is not None:
                self.batch.append(rec)
                if len(self.batch) >= STORE_BATCH or time.monotonic() - self.flushed > STORE_SECONDS:
                    self._write_store(self.batch)
                    self.batch = []
                    self.flushed = time.monotonic()
        if self.stream is not None:
            shown = {k: v for k, v in rec.items() if k != "text"} if self.no_text else rec
            self.stream.write(json.dumps(shown, ensure_ascii=False) + "\n")

    def close_stream(self) -> None:
        """Close the JSONL file (stdout stays open)."""
        if self.stream is not None and self.stream is not sys.stdout:
            self.stream.close()

    def finish(self, n: int) -> None:
        """Write the tables, and the last store batch with the error rows."""
        if self.fmt in ("csv", "parquet") and n and self.output is not None:
            from ..frames import ExtractResult  # pandas only when tables are asked for

            _write_tables(ExtractResult(self.kept + self.errors), self.fmt, self.output)
        if self.store is not None:
            if self.batch or self.errors:
                self._write_store(self.batch, self.errors)
            self.store.close()


@dataclass
class _Tally:
    """Articles, errors and facts per kind seen so far (for the summary line)."""

    n: int = 0
    n_errors: int = 0
    facts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUMMARY_KINDS, 0))

    def add(self, rec: dict[str, Any]) -> None:
        self.n += 1
        if rec.get("error"):
            self.n_errors += 1
            return
        for k in self.facts:
            self.facts[k] += len(rec.get(k) or [])

    def line(self, seconds: float, output: Path | None, db: Path | None,
             stored: dict[str, int] | None = None) -> str:
        where = (f" → {output}" if output and output != STDOUT else "") + (f" → {db}" if db else "")
        facts = ", ".join(f"{k} {v}" for k, v in self.facts.items())
        n_articles = self.n - self.n_errors
        store = (f"\n  store: {stored.get('written', 0)} written, {stored.get('unchanged', 0)} unchanged, "
                 f"{stored.get('errors', 0)} failed" if db and stored is not None else "")
        return (f"ddnews: {n_articles} articles, {self.n_errors} errors in {seconds:.1f}s{where}"
                + (f"\n  facts: {facts}" if n_articles else "") + store)


def _write_tables(result: Any, fmt: str, output: Path) -> list[Path]:
    from ..frames import write_table

    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in result.tables().items():
        path = output / f"{name}.{fmt}"
        try:
            write_table(df, name, path, fmt)
        except Exception as exc:  # pandas/pyarrow raise many kinds: all become E303 naming the file
            raise OutputError(Errors.E303.format(path=path, reason=exc), code="E303") from exc
        written.append(path)
    return written


def _open_jsonl(output: Path | None, db: Path | None) -> IO[str] | None:
    """The JSONL stream: the --output file, stdout for ``-`` (or no --output without --db), else none."""
    if output == STDOUT or (output is None and db is None):
        return sys.stdout
    if output is None:
        return None  # --db without --output: the store is the output
    try:
        return open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed by _Sinks.finish
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output, reason=exc.strerror), code="E303") from None


def _check_folder(output: Path, fmt: str) -> None:
    """The table folder exists (or is made) and every table file in it can be written."""
    from ..frames import TABLES

    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output, reason=f"{exc.strerror}: --output must be a folder for "
                                             "csv/parquet tables"), code="E303") from None
    for name in TABLES:
        path = output / f"{name}.{fmt}"
        existed = path.exists()
        try:
            with open(path, "ab"):
                pass
        except OSError as exc:
            raise OutputError(Errors.E303.format(path=path, reason=exc.strerror), code="E303") from None
        if not existed:
            path.unlink()


def _open_sinks(fmt: str, output: Path | None, db: Path | None, no_text: bool,
                indicator_files: tuple[str, ...] = ()) -> _Sinks:
    """Open every output before extracting, so that a bad path fails at once."""
    if fmt in ("csv", "parquet"):
        if output is None:
            raise click.UsageError(f"--format {fmt} writes one file per table: give a folder with --output.")
        _check_folder(output, fmt)
    sinks = _Sinks(fmt, output, no_text=no_text)
    if fmt == "jsonl":
        sinks.stream = _open_jsonl(output, db)
    if db:
        from ..store import Store

        sinks.store = Store(db, indicator_files=indicator_files)   # their labels into the indicators table
    return sinks


def _records(paths: list[str], engine: str, workers: int, scheduler: str | None, parquet_dir: Path | None,
             exclude: list[Path | None], inputs: Iterable[Any] | None = None,
             indicator_files: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """The records of the inputs, from this process or from a Dask cluster (untitled .txt articles titled)."""
    from .. import first_line_title

    skip = [p for p in exclude if p is not None]
    log.info("extracting %s with the %s engine", " ".join(paths), engine)
    if engine == "dask":
        from ..scale import run_dask

        recs = run_dask(inputs if inputs is not None else paths, workers=workers, scheduler=scheduler,
                        parquet_dir=parquet_dir, progress=False, include_text=True, allow_text=False, exclude=skip,
                        indicator_files=indicator_files)
    else:
        from ..api import iter_records
        from ..nlp.pipeline import load

        recs = iter_records(inputs if inputs is not None else paths, nlp=load(indicator_files=indicator_files),
                            include_text=True, allow_text=False, exclude=skip)
    return (first_line_title(r) for r in recs)


def count_inputs(paths: list[str], exclude: list[Path | None]) -> int | None:
    """How many records the inputs will give (for the progress bar's total and ETA); None when unknown.

    One per .txt/.html file, URL or unreadable input; one per non-blank line of a .jsonl file; one per
    row of a .csv/.parquet table. Standard input cannot be counted ahead.
    """
    import glob as globlib

    from ..loading.files import scan_folder

    skip = {Path(p).resolve() for p in exclude if p is not None}
    total = 0
    for item in paths:
        if item == "-":
            return None
        p = Path(item)
        if p.is_dir():
            files = scan_folder(p)  # what the loader reads: every file but hidden, system and ignored ones
        elif p.is_file():
            files = [p]
        elif any(c in item for c in "*?["):
            files = sorted(Path(f) for f in globlib.glob(item, recursive=True) if Path(f).is_file())
        else:
            files = []
        files = [f for f in files if f.resolve() not in skip]
        total += sum(_count_file(f) for f in files) if files else 1
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with open(path, "rb") as f:
                return max(1, sum(1 for line in f if line.strip()))
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return max(1, pq.ParquetFile(str(path)).metadata.num_rows)
        if suffix == ".csv":
            import csv

            with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
                return max(1, sum(1 for _ in csv.reader(f)) - 1)
    except Exception:  # noqa: BLE001 - an unreadable file is one error row
        return 1
    return 1


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


def check_indicator_files(files: tuple[str, ...]) -> None:
    """Read and check the --indicators files before any output is opened or article read (a bad one stops
    the run with one line naming file and line, and what to fix)."""
    if files:
        from ..link.indicators import IndicatorTable

        table = IndicatorTable.load(extra=files)
        log.info("indicators of %s tried before the packaged ones (%d indicators in all)", ", ".join(files),
                 len(table.indicators))


def _consume(records: Iterable[dict[str, Any]], sinks: _Sinks, tally: _Tally, quiet: bool) -> None:
    """Send every record to the outputs; a reader leaving the pipe ends the run quietly."""
    from tqdm import tqdm

    try:
        for rec in records:
            tally.add(rec)
            if rec.get("error") and not quiet:
                tqdm.write(f"error: {rec.get('source')}: {rec['error']['message']}", file=sys.stderr)
            sinks.add(rec)
        sinks.close_stream()
    except BrokenPipeError:  # "ddnews extract … | head": the reader left; stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        sys.exit(0)
    except OSError as exc:
        reason = exc.strerror or exc
        raise OutputError(Errors.E303.format(path=sinks.output or "stdout", reason=reason), code="E303") from None


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
