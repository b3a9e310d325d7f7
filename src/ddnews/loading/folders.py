"""Folder walking and the expansion of path arguments: which files a folder, a glob or a path names.

A folder scan goes recursively, in sorted order, and skips hidden entries (``.git``, ``.venv``), system
folders (``__MACOSX``, ``__pycache__``) and what the folder's ``.ddnewsignore`` lists (gitignore-style
patterns); the run's own outputs (and an SQLite store's journal files) are left out of the inputs.
"""
from __future__ import annotations

import fnmatch
import glob as globlib
import os
from collections.abc import Iterable
from pathlib import Path

#: Folders a scan never enters (hidden ones, starting with ".", are skipped too).
SKIPPED_DIRS = frozenset({"__MACOSX", "__pycache__", "node_modules"})
#: The file of a scanned folder that lists what to leave out (gitignore-style patterns).
IGNORE_FILE = ".ddnewsignore"
_GLOB_CHARS = "*?["


def _ignore_patterns(folder: Path) -> list[str]:
    try:
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _ignored(rel: str, is_dir: bool, patterns: list[str]) -> bool:
    """gitignore-style: "name" anywhere, "dir/" folders only, "a/b.txt" or "*.md" relative to the scanned folder."""
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        dir_only = pat.endswith("/")
        pat = pat.strip("/")
        if dir_only and not is_dir:
            continue
        target = rel if "/" in pat else name
        if fnmatch.fnmatchcase(target, pat):
            return True
    return False


def scan_folder(folder: Path) -> list[Path]:
    """Every file of a folder, recursively and sorted, without hidden, system and ``.ddnewsignore``-d entries."""
    patterns = _ignore_patterns(folder)
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        rel_root = Path(root).relative_to(folder).as_posix()
        prefix = "" if rel_root == "." else rel_root + "/"
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                   and not _ignored(prefix + d, True, patterns)]
        found.extend(Path(root) / f for f in files
                     if not f.startswith(".") and not _ignored(prefix + f, False, patterns))
    return sorted(found)


def _expand(item: str, allow_text: bool = False) -> tuple[list[Path], bool] | None:
    """The files an argument names and whether they come from a folder scan, or None when it names none."""
    try:
        p = Path(item)
        if p.is_dir():
            return scan_folder(p), True
        if p.is_file():
            return [p], False
    except (OSError, ValueError):  # a name too long or otherwise impossible is no path
        return None
    if any(c in item for c in _GLOB_CHARS):
        matches = sorted(Path(f) for f in globlib.glob(item, recursive=True) if Path(f).is_file())
        if not matches and allow_text and any(c.isspace() for c in item.strip()):
            return None  # "Kết quả: 100% [đạt] chỉ tiêu?" is a sentence, not a glob
        return matches, False
    return None


def _excluded_paths(exclude: Iterable[str | Path | None]) -> set[Path]:
    """The run's outputs, with an SQLite store's journal files (``-wal``, ``-shm``, ``-journal``)."""
    skip: set[Path] = set()
    for p in exclude:
        if p and str(p) != "-":
            path = Path(p).resolve()
            skip |= {path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))}
    return skip


def _is_excluded(path: Path, skip: set[Path]) -> bool:
    """A file the run writes, or one inside an output folder (csv/parquet tables)."""
    resolved = path.resolve()
    return resolved in skip or any(parent in skip for parent in resolved.parents)

