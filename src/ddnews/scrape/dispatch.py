"""Handing out the crawl's work per host: one job per host at a time, ``concurrency`` jobs in all.

Each job runs in a worker thread; a host's jobs wait in its queue while one of them runs, so its delay
holds across jobs. Results come back in the order jobs finish, and a finished job may add more jobs
(the listings a sitemap index or a site's RSS page points to). :class:`HostDispatch` is the base of
:class:`~ddnews.scrape.scraper.Scraper`, whose two phases (listings, articles) both go through it.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

from .crawl_options import ScrapeOptions, ScrapeStats
from .politeness import origin_of

J = TypeVar("J")
R = TypeVar("R")


class HostDispatch:
    """Per-host dispatch of a crawl's jobs, and its progress reports (set up by ``Scraper.__init__``)."""

    options: ScrapeOptions
    stop: threading.Event
    stats: ScrapeStats
    on_progress: Callable[[ScrapeStats], None] | None

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.stats)

    # -- dispatch: one job per host at a time, ``concurrency`` in all ---------------------------------------
    def _dispatch(self, jobs: Iterable[J], url_of: Callable[[J], str], work: Callable[[J], R],
                  more: Callable[[R], Iterable[J]] | None = None) -> Iterator[R]:
        queues: dict[str, deque[J]] = {}

        def add(job: J) -> None:
            queues.setdefault(origin_of(url_of(job)), deque()).append(job)

        for job in jobs:
            add(job)
        busy: set[str] = set()
        running: dict[Future[R], str] = {}
        pool = ThreadPoolExecutor(max_workers=max(1, self.options.concurrency), thread_name_prefix="ddnews-scrape")
        finished = False
        try:
            while queues or running:
                if not self.stop.is_set():
                    for origin in list(queues):
                        if len(running) >= max(1, self.options.concurrency):
                            break
                        if origin in busy:
                            continue
                        queue = queues[origin]
                        job = queue.popleft()
                        if not queue:
                            del queues[origin]
                        busy.add(origin)
                        running[pool.submit(work, job)] = origin
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    busy.discard(running.pop(fut))
                    result = fut.result()
                    if more is not None:
                        for job in more(result):
                            add(job)
                    yield result
            finished = True
        finally:
            if not finished:
                self.stop.set()
            pool.shutdown(wait=True, cancel_futures=True)
