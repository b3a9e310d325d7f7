"""The inputs of one ``ddnews extract`` run: loaded with the user's reading options, filtered against the store.

The command line keeps only the wiring: :func:`run_inputs` turns its arguments into the stream of Articles
and error rows both engines extract, skipping (with ``--db``) the articles the store already holds
unchanged (:class:`~.resume.Resume`); :func:`stop_on_sigterm` makes ``kill``, ``timeout`` and ``docker stop`` stop
a run as Ctrl-C does (finished articles kept), and :func:`interrupted_note` is the line printed then.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from ..types import Article, ErrorRecord
from .files import check_encoding, load_articles
from .resume import Resume

__all__ = ["RunInputs", "Terminated", "check_encoding", "interrupted_note", "run_inputs", "stop_on_sigterm"]


@dataclass
class RunInputs:
    """The items to extract and, with a store, what was skipped or refused on the way."""

    items: Iterator[Article | ErrorRecord]
    resume: Resume | None = field(default=None)

    @property
    def skipped(self) -> int:
        """Articles already in the store with the same text and source (not extracted again)."""
        return self.resume.skipped if self.resume else 0

    def summary(self) -> str:
        """The summary's line about skipped articles ("" when none were)."""
        if not self.skipped:
            return ""
        return (f"  skipped: {self.skipped} articles already stored unchanged, not extracted again "
                "(--redo extracts them)")


def run_inputs(paths: Iterable[str], *, exclude: Iterable[Path | None] = (), encoding: str | None = None,
               text_column: str = "text", id_column: str = "id", db: Path | None = None,
               redo: bool = False) -> RunInputs:
    """The loaded inputs of a command-line run (never a raw text: a mistyped path is an error row).

    With a store (``db``), ids it holds from another source are refused, and unless ``redo`` the articles it
    holds unchanged are skipped; pass ``redo=True`` when the run also writes records elsewhere (``-o``), which
    must then hold every article.
    """
    items = load_articles(list(paths), allow_text=False, exclude=[p for p in exclude if p is not None],
                          encoding=encoding, text_column=text_column, id_column=id_column)
    if db is None:
        return RunInputs(items)
    resume = Resume(Path(db), redo=redo)
    return RunInputs(resume.filter(items), resume)


def interrupted_note(n_records: int, db: Path | None) -> str:
    """What an interrupted run kept, and how to finish it."""
    kept = f"{n_records} finished articles kept" + (f" in {db}" if db else "")
    again = "run the same command again to finish (finished articles are skipped)" if db else "run it again"
    return f"ddnews: interrupted; {kept}; {again}."


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, ``docker stop``): the run stops as on Ctrl-C, its finished articles kept."""


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` (in the main thread; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(_signum: int, _frame: FrameType | None) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
