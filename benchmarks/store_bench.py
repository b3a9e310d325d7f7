"""Benchmark of the fact store: load time, size and full-text query latency on a large store.

One command (not part of the test suite):

    .venv/bin/python benchmarks/store_bench.py            # 100,000 articles, a few minutes
    .venv/bin/python benchmarks/store_bench.py --articles 5000

It extracts corpus/ once, then writes ``--articles`` synthetic articles into a fresh store: each is a
corpus record with a new id, a random publication date and province label, and every digit of its
text replaced by another digit (offsets unchanged, so every fact's span stays exact and numbers
vary). It reports load time and database size per 1,000 articles and the latency (p50/p95) of
diacritic-free FTS queries, ranked (``ddnews.store.search``) and as Datasette's table search box
runs them, and writes benchmarks/results/store.json.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ddnews import extract  # noqa: E402
from ddnews.store import Store, fold_for_search, fts_query, search  # noqa: E402


def vary(rec: dict, i: int, rng: random.Random) -> dict:
    """A copy of ``rec`` with a new id, date, province and digits (same length, so offsets hold)."""
    out = copy.deepcopy(rec)
    text = re.sub(r"\d", lambda m: str(rng.randrange(10)), rec.get("text") or "")
    out.update(id=f"{rec['id']}-{i:06d}", text=text, content_hash=f"bench-{i}",
               published=f"{rng.randrange(2010, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
               province=f"P{rng.randrange(1, 64):02d}")
    for key in ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims"):
        for f in out.get(key) or []:
            if isinstance(f.get("start"), int) and isinstance(f.get("end"), int):
                f["evidence"] = text[f["start"]:f["end"]]
            if key == "claims" and isinstance(f.get("value"), (int, float)):
                f["value"] = round(f["value"] * rng.uniform(0.5, 1.5))
    return out


def queries(records: list[dict], rng: random.Random, n: int) -> list[str]:
    """Diacritic-free queries: frequent, medium and rare words, word pairs, and numbers."""
    freq: Counter[str] = Counter()
    texts = [fold_for_search(r.get("text") or "") for r in records]
    for t in texts:
        freq.update(set(re.findall(r"[a-z]{2,}", t)))
    ranked = [w for w, _ in freq.most_common()]
    third = max(1, len(ranked) // 3)
    out = ["dang vien", "tinh uy", "nghi quyet", "chua co dang vien", "thon ban"]
    out += rng.sample(ranked[:50], 10) + rng.sample(ranked[third:2 * third], 10) + rng.sample(ranked[-third:], 10)
    while len(out) < n - 10:
        words = re.findall(r"[a-z]{2,}", rng.choice(texts))
        if len(words) > 2:
            j = rng.randrange(len(words) - 1)
            out.append(f"{words[j]} {words[j + 1]}")
    out += [str(rng.randrange(10000, 99999)) for _ in range(10)]
    return out[:n]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000, help="articles in the benchmark store")
    ap.add_argument("--queries", type=int, default=100, help="distinct FTS queries (each run 3 times)")
    ap.add_argument("--corpus", default=str(ROOT / "corpus"), help="where the base articles come from")
    ap.add_argument("--db", help="store path (default: a temporary file, deleted afterwards)")
    ap.add_argument("--output", default=str(ROOT / "benchmarks" / "results" / "store.json"))
    args = ap.parse_args()
    rng = random.Random(6)
    base = [r for r in extract([args.corpus]).records if r.get("text")]
    tmpdir = tempfile.mkdtemp(prefix="ddnews-bench-")
    path = Path(args.db or os.path.join(tmpdir, "bench.db"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    t0 = time.perf_counter()
    with Store(path) as store:
        counts = store.write(vary(base[i % len(base)], i, rng) for i in range(args.articles))
        store.db.execute("pragma wal_checkpoint(truncate)")
    load_s = time.perf_counter() - t0
    size = path.stat().st_size

    t0 = time.perf_counter()
    same = random.Random(6)  # the same seed as the load: the first 1,000 articles again, unchanged
    with Store(path) as store:
        again = store.write(vary(base[i % len(base)], i, same) for i in range(min(1000, args.articles)))
    rerun_s = time.perf_counter() - t0

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    qs = queries(base, rng, args.queries)
    ranked, box = [], []
    for _ in range(3):
        for q in qs:
            t = time.perf_counter()
            search(conn, q, limit=20)
            ranked.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()  # what Datasette's search box runs (escaped mode, first page)
            conn.execute("select rowid, id, title, published from articles where rowid in "
                         "(select rowid from articles_fts where articles_fts match :q) limit 51",
                         {"q": fts_query(q)}).fetchall()
            box.append((time.perf_counter() - t) * 1000)
    n_claims = conn.execute("select count(*) from claims").fetchone()[0]
    n_facts = conn.execute("select count(*) from facts").fetchone()[0]
    conn.close()
    per_k = args.articles / 1000
    result = {
        "articles": args.articles, "base_articles": len(base), "facts": n_facts, "claims": n_claims,
        "written": counts["written"], "rerun_unchanged_1000": again["unchanged"],
        "load_seconds": round(load_s, 2), "load_seconds_per_1000_articles": round(load_s / per_k, 3),
        "rerun_seconds_per_1000_unchanged": round(rerun_s * 1000 / min(1000, args.articles), 3),
        "db_bytes": size, "db_mb_per_1000_articles": round(size / per_k / 1e6, 2),
        "fts_queries": len(ranked),
        "fts_ranked_ms_p50": round(statistics.median(ranked), 2), "fts_ranked_ms_p95": round(pct(ranked, 95), 2),
        "fts_searchbox_ms_p50": round(statistics.median(box), 2), "fts_searchbox_ms_p95": round(pct(box, 95), 2),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version},
    }
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    width = max(map(len, result))
    for k, v in result.items():
        print(f"{k.ljust(width)}  {v}")
    print(f"→ {out}")
    if not args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
