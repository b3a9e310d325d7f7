"""Fuzz targets run briefly in every test run; ``-m fuzz_long`` runs each with ≥ 10,000 cases.

``DDNEWS_FUZZ_EXAMPLES`` overrides the number of cases of the short run (default: a few dozen per
pipeline target, a few hundred for the decoders and loaders).
"""
from __future__ import annotations

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "fuzz_long: the long fuzz run (>= 10,000 cases per target); select it with "
                                       "-m fuzz_long")


def pytest_collection_modifyitems(config, items):
    if "fuzz_long" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason="the long fuzz run: select it with -m fuzz_long")
    for item in items:
        if "fuzz_long" in item.keywords:
            item.add_marker(skip)
