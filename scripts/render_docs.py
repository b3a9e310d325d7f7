#!/usr/bin/env python3
"""Regenerate the generated parts of the docs: docs/store.md and its copy inside README.md.

Usage: python scripts/render_docs.py   (tests/test_docs.py fails when either is stale)
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ddnews.store.schema import render_markdown  # noqa: E402

START, END = "<!-- store-schema:start -->", "<!-- store-schema:end -->"


def readme_store_section() -> str:
    """The store doc as a README section: its title left out (README has its own), headings one level down."""
    lines = render_markdown().splitlines()[2:]
    out = ["#" + line if line.startswith("#") else line for line in lines]
    return "\n".join(out) + "\n"


def main() -> None:
    (ROOT / "docs" / "store.md").write_text(render_markdown(), encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    (ROOT / "README.md").write_text(f"{head}{START}\n{readme_store_section()}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
