"""Fixtures of the loader tests: a font with Vietnamese glyphs for the PDFs they build."""
from __future__ import annotations

import os

import pytest

from loading.builders import vietnamese_font


@pytest.fixture(scope="session")
def font() -> str:
    path = vietnamese_font()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("no font with Vietnamese glyphs: scripts/ci_system_deps.sh installs fonts-dejavu-core")
        pytest.skip("no font with Vietnamese glyphs (apt-get install fonts-dejavu-core)")
    return path
