"""The benchmark input: the bundled corpus (``corpus/*.txt``) replicated until it holds at least N bytes."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def replicate(dest: Path, min_bytes: int = 5_000_000, corpus: Path = CORPUS) -> dict:
    """Write copies of every corpus article into ``dest`` until it holds ≥ ``min_bytes``.

    Files are named ``rNNN_<stem>.txt``, so any prefix of the sorted folder is whole copies of the corpus.

    Copies keep their header lines, so they are read exactly as the originals; each copy is a distinct
    file (and article id). Returns the number of files, copies and bytes written.

    Raises:
        FileNotFoundError: the corpus folder holds no ``.txt`` article.
    """
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"No .txt articles in {corpus}: the benchmark replicates the bundled corpus.")
    blobs = [(p.stem, p.read_bytes()) for p in files]
    once = sum(len(b) for _, b in blobs)
    copies = -(-min_bytes // once)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for k in range(copies):
        for stem, data in blobs:
            (dest / f"r{k:03d}_{stem}.txt").write_bytes(data)
    return {"corpus_files": len(files), "corpus_bytes": once, "copies": copies,
            "files": copies * len(files), "bytes": copies * once}
