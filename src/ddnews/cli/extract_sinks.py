"""Where the records of ``ddnews extract`` go: a JSONL stream, CSV/Parquet tables and the fact store.

Every output is opened before the (long) extraction, so a bad path fails at once with E303 (csv/parquet:
every table file is checked); records then go to each output as they come (the store in batches of
:data:`STORE_BATCH` articles or every :data:`STORE_SECONDS` seconds), and the tables and the last store
batch are written at the end. :mod:`.extract` re-exports every public name.
"""
from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import Errors, OutputError

if TYPE_CHECKING:
    from ..store import Store

#: Articles written to the store per transaction batch (bounds memory; an interrupted run keeps what it wrote).
STORE_BATCH = 500
#: Seconds after which a smaller batch is written anyway (a run killed with SIGKILL loses at most this much work).
STORE_SECONDS = 2.0
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
