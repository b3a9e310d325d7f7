"""A per-article time limit: a pathological article becomes an error row instead of a hung run.

:func:`time_limit` arms a real-time timer around one article's extraction; when it fires, the article's
extraction is interrupted with :class:`ArticleTimeout` (the ``regex`` module checks for signals inside a
long match, so a runaway pattern is interrupted too).  It works in the main thread of a process with
``SIGALRM`` (the CLI, notebooks, each Dask worker's executing thread is not one: there it does nothing).

>>> with time_limit(5):
...     sum(range(1000))
499500
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: Seconds one article may take to extract (the bundled corpus takes well under a second per article).
ARTICLE_SECONDS = 60.0


class ArticleTimeout(Exception):
    """An article took longer than the time limit."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g}s")
        self.seconds = seconds


def can_limit() -> bool:
    """True where :func:`time_limit` works: the main thread, on a system with SIGALRM."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block when it runs longer than ``seconds`` (None or 0: no limit)."""
    if not seconds or seconds <= 0 or not can_limit():
        yield
        return

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        raise ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
