"""Fixtures of the scraper tests: two local hosts on 127.0.0.1 serving the invented site of scrape_site."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scrape_server import Site  # noqa: E402
from scrape_site import build  # noqa: E402


@pytest.fixture
def make_site() -> Iterator[Callable[..., tuple[Site, Site]]]:
    """Start hosts A and B (``build``'s keyword arguments pass through); both stop after the test."""
    started: list[Site] = []

    def make(**kwargs: object) -> tuple[Site, Site]:
        a, b = Site(), Site()
        started.extend([a, b])
        build(a, b, **kwargs)  # type: ignore[arg-type]
        return a, b

    yield make
    for site in started:
        site.close()
