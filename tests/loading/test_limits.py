"""The per-article time limit interrupts a runaway article, Python loops and runaway patterns alike."""
import time

import pytest
import regex

from ddnews.limits import ArticleTimeout, can_limit, time_limit

pytestmark = pytest.mark.skipif(not can_limit(), reason="needs SIGALRM in the main thread")


def test_a_loop_is_interrupted():
    t0 = time.perf_counter()
    with pytest.raises(ArticleTimeout, match="longer than 0.3s"), time_limit(0.3):
        while True:
            pass
    assert time.perf_counter() - t0 < 2


def test_a_runaway_pattern_is_interrupted():
    t0 = time.perf_counter()
    with pytest.raises(ArticleTimeout), time_limit(0.3):
        regex.match(r"(a|aa)+$", "a" * 40 + "b")  # about two minutes without the limit
    assert time.perf_counter() - t0 < 2


def test_no_limit_and_a_finished_block_leave_no_timer():
    with time_limit(None):
        pass
    with time_limit(0.2):
        pass
    time.sleep(0.3)  # the timer was disarmed: nothing fires now
