"""``ddnews extract``: articles → records (JSONL, CSV/Parquet tables) and, with ``--db``, a fact store.

Outputs are opened before the (long) extraction, so a bad path fails at once with E303. With ``--db``
and no ``--output``, nothing is written to stdout (only the summary to stderr); ``-o -`` forces JSONL
on stdout as well.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import Errors, OutputError

if TYPE_CHECKING:
    from ..store import Store

FORMATS = ("jsonl", "csv", "parquet")
#: Articles written to the store per transaction batch (bounds memory; an interrupted run keeps what it wrote).
STORE_BATCH = 500
#: Fact kinds counted in the summary line, in its order.
SUMMARY_KINDS = ("documents", "dates", "officials", "organizations", "locations", "claims")
STDOUT = Path("-")


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

    def add(self, rec: dict[str, Any]) -> None:
        """Send one record (or error row) to every output."""
        if rec.get("error"):
            self.errors.append(rec)
        else:
            if self.fmt != "jsonl":
                self.kept.append(rec)
            if self.store is not None:
                self.batch.append(rec)
                if len(self.batch) >= STORE_BATCH:
                    self.store.write(self.batch)
                    self.batch = []
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
                self.store.write(self.batch, self.errors)
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

    def line(self, seconds: float, output: Path | None, db: Path | None) -> str:
        where = (f" → {output}" if output and output != STDOUT else "") + (f" → {db}" if db else "")
        facts = ", ".join(f"{k} {v}" for k, v in self.facts.items())
        n_articles = self.n - self.n_errors
        return (f"ddnews: {n_articles} articles, {self.n_errors} errors in {seconds:.1f}s{where}"
                + (f"\n  facts: {facts}" if n_articles else ""))


def _write_tables(result: Any, fmt: str, output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in result.tables().items():
        path = output / f"{name}.{fmt}"
        try:
            if fmt == "csv":
                df.to_csv(path, index=False)
            else:
                df.to_parquet(path, index=False)
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


def _check_folder(output: Path) -> None:
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output, reason=f"{exc.strerror}: --output must be a folder for "
                                             "csv/parquet tables"), code="E303") from None


def _open_sinks(fmt: str, output: Path | None, db: Path | None, no_text: bool) -> _Sinks:
    """Open every output before extracting, so that a bad path fails at once."""
    if fmt in ("csv", "parquet"):
        if output is None:
            raise click.UsageError(f"--format {fmt} writes one file per table: give a folder with --output.")
        _check_folder(output)
    sinks = _Sinks(fmt, output, no_text=no_text)
    if fmt == "jsonl":
        sinks.stream = _open_jsonl(output, db)
    if db:
        from ..store import Store

        sinks.store = Store(db)
    return sinks


def _records(paths: list[str], engine: str, workers: int, scheduler: str | None, parquet_dir: Path | None,
             exclude: list[Path | None]) -> Iterator[dict[str, Any]]:
    """The records of the inputs, from this process or from a Dask cluster."""
    skip = [p for p in exclude if p is not None]
    if engine == "dask":
        from ..scale import run_dask

        return run_dask(paths, workers=workers, scheduler=scheduler, parquet_dir=parquet_dir,
                        progress=False, include_text=True, allow_text=False, exclude=skip)
    from ..api import iter_records
    from ..nlp.pipeline import load

    return iter_records(paths, nlp=load(), include_text=True, allow_text=False, exclude=skip)


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
def extract(paths: tuple[str, ...], fmt: str, output: Path | None, db: Path | None, no_text: bool,
            progress: bool | None, quiet: bool, engine: str, workers: int, scheduler: str | None,
            parquet_dir: Path | None) -> None:
    """Extract facts from articles: files, folders, globs, URLs, or - for stdin.

    Inputs: .txt (optional '# url:/# title:/# published:' header lines), .jsonl (one article per
    line with 'text' and optional id/url/title/published), .csv/.parquet (a 'text' column), .html.
    An article that cannot be read or parsed becomes an error row saying why; the run goes on and
    the exit status is 1 when any article failed. With --db and no --output, only the store is
    written (add -o - for JSONL on stdout too).

    \b
    Examples:
      ddnews extract corpus/ --db facts.db
      ddnews extract corpus/*.txt --format jsonl --output facts.jsonl
      ddnews extract articles.csv --format parquet --output tables/
      ddnews extract page.html -o - | jq .documents
      ddnews extract https://example.vn/tin-bai/123.html --db facts.db
      ddnews extract big_corpus/ --engine dask --workers 8 --db facts.db
      ddnews extract big_corpus/ --engine dask --scheduler tcp://10.0.0.5:8786 --db facts.db
    """
    from tqdm import tqdm

    t0 = time.perf_counter()
    sinks = _open_sinks(fmt, output, db, no_text)
    records = _records(list(paths), engine, workers, scheduler, parquet_dir, exclude=[output, db])
    bar = tqdm(records, desc="extracting", unit=" articles", file=sys.stderr, leave=False,
               disable=True if progress is False else None, delay=0.5 if progress is None else 0)
    tally = _Tally()
    _consume(bar, sinks, tally, quiet)
    sinks.finish(tally.n)
    if not quiet:
        click.echo(tally.line(time.perf_counter() - t0, output, db), err=True)
    if tally.n == 0:
        raise click.ClickException("no input articles found. Give files, folders or globs of "
                                   ".txt/.jsonl/.csv/.parquet/.html.")
    if tally.n_errors:
        sys.exit(1)
