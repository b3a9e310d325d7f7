"""The run of ``ddnews extract``: the records of the inputs, sent to the outputs, tallied for the summary.

The records come from this process or a Dask cluster (:func:`_records`), the inputs are counted ahead
for the progress bar (:func:`count_inputs`), the ``--indicators`` files are checked before anything is
opened (:func:`check_indicator_files`), and every record goes to the outputs (:func:`_consume`) while
:class:`_Tally` counts articles, errors and facts for the summary line. :mod:`.extract` re-exports every
public name.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Errors, OutputError
from .extract_sinks import STDOUT, _Sinks

#: Fact kinds counted in the summary line, in its order.
SUMMARY_KINDS = ("documents", "dates", "officials", "organizations", "locations", "claims")
log = logging.getLogger("ddnews.cli")


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
