"""The name grammars shared by the locations, organizations and officials extractors.

``capitals`` reads capitalised runs (person names, unit names), ``titles`` reads posts ("Phó Bí thư
Tỉnh ủy"), ``places`` reads level word + unit name ("huyện X").  Their vocabulary is library data in
``ddnews/data/names/`` (title words, family names, level words …), read once per process.
"""
from __future__ import annotations

from pathlib import Path

NAMES_DIR = Path(__file__).resolve().parents[2] / "data" / "names"
