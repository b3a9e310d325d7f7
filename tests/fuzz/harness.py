"""Running a fuzz target: a short, reproducible run in every test run, and the long run (``-m fuzz_long``).

The long run appends one line per target to ``build/fuzz_long.jsonl`` (cases run, cases set aside as a
known and reported crash, seconds): the README's fuzz figures come from it.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import UnsatisfiedAssumption

#: Cases per target in the long run.
LONG = 10_000
REPORT = Path(__file__).resolve().parents[2] / "build" / "fuzz_long.jsonl"
_HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]


def short(default: int) -> int:
    """Cases of the short run: ``default``, or ``DDNEWS_FUZZ_EXAMPLES``."""
    return int(os.environ.get("DDNEWS_FUZZ_EXAMPLES", default))


def fuzz(check: Callable[[Any], None], strategy: st.SearchStrategy[Any], n: int, name: str = "") -> dict[str, Any]:
    """Run ``check`` on ``n`` cases of ``strategy`` (the short run is derandomised: the same cases every time).

    Returns the counts: ``cases`` passed, ``rejected`` (set aside by the check: known, reported crashes).
    """
    counts = {"cases": 0, "rejected": 0}

    @settings(max_examples=n, deadline=None, suppress_health_check=_HEALTH, derandomize=n < LONG,
              database=None, print_blob=True)
    @given(strategy)
    def run(value: Any) -> None:
        try:
            check(value)
        except UnsatisfiedAssumption:
            counts["rejected"] += 1
            raise
        counts["cases"] += 1

    t0 = time.perf_counter()
    run()
    result = {"target": name or getattr(check, "__name__", "?"), **counts,
              "seconds": round(time.perf_counter() - t0, 1)}
    if n >= LONG:
        REPORT.parent.mkdir(exist_ok=True)
        with REPORT.open("a", encoding="utf-8") as f:
            f.write(json.dumps(result) + "\n")
        assert counts["cases"] >= LONG, result
    return result
