"""The ``ddnews`` command line: thin click wrappers over the Python API.

Domain errors become ``click.ClickException`` in one place; no traceback reaches the user.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import DdnewsError, Errors, OutputError

FORMATS = ("jsonl", "csv", "parquet")


class _Group(click.Group):
    """Turn any unexpected exception into a one-line error (no traceback for users)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DdnewsError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as exc:  # noqa: BLE001
            raise click.ClickException(f"unexpected error: {exc!r}. Please report it with the command you ran.") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ddnews")
def main():
    """ddnews: turn Vietnamese news and resolution texts into a table of facts.

    Every fact (numbered documents, dates, officials, bodies, places, quantitative claims) keeps the
    exact character offsets of the text it came from.

    \b
    Examples:
      ddnews extract corpus/ --db facts.db
      ddnews extract article.txt --format jsonl --output out.jsonl
      cat article.txt | ddnews extract -
    """


def _write_tables(result, fmt: str, output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in result.tables().items():
        path = output / f"{name}.{fmt}"
        try:
            if fmt == "csv":
                df.to_csv(path, index=False)
            else:
                df.to_parquet(path, index=False)
        except Exception as exc:  # noqa: BLE001
            raise OutputError(Errors.E303.format(path=path, reason=exc), code="E303") from exc
        written.append(path)
    return written


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one record per article (scored by score.py); csv/parquet: one table per fact kind.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="jsonl: output file (default stdout). csv/parquet: output folder (required).")
@click.option("--db", type=click.Path(path_type=Path), help="Also write every fact into this SQLite file.")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the jsonl records (the store keeps it).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: shown when the run takes more than half a second).")
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process. dask: a dask.distributed cluster (same results), for large corpora.")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="Dask engine: worker processes of the local cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask engine: an existing scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--parquet-dir", type=click.Path(path_type=Path),
              help="Dask engine: keep the partitioned Parquet results in this folder.")
def extract(paths, fmt, output, db, no_text, progress, quiet, engine, workers, scheduler, parquet_dir):
    """Extract facts from articles: files, folders, globs, URLs, or - for stdin.

    Inputs: .txt (optional '# url:/# title:/# published:' header lines), .jsonl (one article per
    line with 'text' and optional id/url/title/published), .csv/.parquet (a 'text' column), .html.
    An article that cannot be read or parsed becomes an error row saying why; the run goes on and
    the exit status is 1 when any article failed.

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

    from .api import iter_records
    from .nlp.pipeline import load
    from .records import FACT_KEYS

    if fmt in ("csv", "parquet") and output is None:
        raise click.UsageError(f"--format {fmt} writes one file per table: give a folder with --output.")
    t0 = time.perf_counter()
    # Open every output before the (long) extraction, so a bad path fails at once with E303.
    out_stream = _open_jsonl(output) if fmt == "jsonl" else None
    if fmt in ("csv", "parquet"):
        _check_folder(output)
    store = None
    if db:
        from .store import Store

        store = Store(db)
    if engine == "dask":
        from .scale import run_dask

        records = run_dask(list(paths), workers=workers, scheduler=scheduler, parquet_dir=parquet_dir,
                           progress=False, include_text=True, allow_text=False, exclude=[output, db])
    else:
        records = iter_records(list(paths), nlp=load(), include_text=True, allow_text=False, exclude=[output, db])
    bar = tqdm(records, desc="extracting", unit=" articles", file=sys.stderr, leave=False,
               disable=True if progress is False else None, delay=0.5 if progress is None else 0)
    kept: list[dict] = []      # for csv/parquet tables
    batch: list[dict] = []     # for the store, written every STORE_BATCH records
    errors: list[dict] = []
    counts = dict.fromkeys(FACT_KEYS, 0)
    n = 0
    try:
        for rec in bar:
            n += 1
            if rec.get("error"):
                errors.append(rec)
                if not quiet:
                    tqdm.write(f"error: {rec.get('source')}: {rec['error']['message']}", file=sys.stderr)
            else:
                for k in FACT_KEYS:
                    counts[k] += len(rec.get(k) or [])
                if fmt != "jsonl":
                    kept.append(rec)
                if store is not None:
                    batch.append(rec)
                    if len(batch) >= STORE_BATCH:
                        store.write(batch)
                        batch = []
            if out_stream is not None:
                shown = {k: v for k, v in rec.items() if k != "text"} if no_text else rec
                out_stream.write(json.dumps(shown, ensure_ascii=False) + "\n")
        if out_stream not in (None, sys.stdout):
            out_stream.close()
    except BrokenPipeError:  # "ddnews extract … | head": the reader left; stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        sys.exit(0)
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output or "stdout", reason=exc.strerror or exc), code="E303") from None
    if fmt in ("csv", "parquet") and n:
        from .frames import ExtractResult  # pandas only when tables are asked for

        _write_tables(ExtractResult(kept + errors), fmt, output)
    if store is not None and (batch or errors):
        store.write(batch, errors)
    if not quiet:
        where = (f" → {output}" if output and output != Path("-") else "") + (f" → {db}" if db else "")
        facts = ", ".join(f"{k} {counts[k]}" for k in ("documents", "dates", "officials", "organizations",
                                                         "locations", "claims"))
        click.echo(f"ddnews: {n - len(errors)} articles, {len(errors)} errors in {time.perf_counter() - t0:.1f}s"
                   f"{where}" + (f"\n  facts: {facts}" if n > len(errors) else ""), err=True)
    if n == 0:
        raise click.ClickException("no input articles found. Give files, folders or globs of .txt/.jsonl/.csv/.parquet/.html.")
    if errors:
        sys.exit(1)


#: Articles written to the store per transaction batch (bounds memory; an interrupted run keeps what it wrote).
STORE_BATCH = 500


def _open_jsonl(output: Path | None):
    if output in (None, Path("-")):
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed after the loop
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output, reason=exc.strerror), code="E303") from None


def _check_folder(output: Path) -> None:
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output, reason=f"{exc.strerror}: --output must be a folder for "
                                             "csv/parquet tables"), code="E303") from None


def _attach_store_commands() -> None:
    """Fact-store commands (serve, facts, summary) live in their own module."""
    from .cli_store import facts, serve, summary

    for cmd in (serve, facts, summary):
        main.add_command(cmd)


_attach_store_commands()
