"""ddnews benchmarks (``make bench``): speed, memory and start-up of the default pipeline, vs underthesea.

Measures, each in a fresh subprocess (see ``benchmarks/_probes.py``):

1. chars/s and articles/s of the full default extraction (all fields, offsets, text kept, no store) on
   the bundled corpus replicated to ≥ 5 MB (median of repeated passes, model loaded once);
2. chars/s of ``underthesea.ner`` alone on a sample of the same text (sentence by sentence, ~250 KB:
   it is ~50× slower, the whole 5 MB would take minutes), and the ratio of the two;
3. peak RSS of the extraction subprocess (the kernel's accounting, ``wait4``);
4. import + first-article latency in a fresh process (median of several);
5. the Dask engine at 1 and 2 workers on the same input, and the speed-up;
6. the fact-store benchmark ``benchmarks/store_bench.py`` when it exists (``--skip-store`` to skip).

Writes ``benchmarks/results/bench.json`` and prints a table. Run: ``.venv/bin/python benchmarks/run.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _corpus import CORPUS, ROOT, replicate  # noqa: E402
from _report import machine, table, verdicts  # noqa: E402

PROBES = HERE / "_probes.py"
STORE_BENCH = HERE / "store_bench.py"
TARGETS = {"ratio_vs_underthesea": 30.0, "peak_rss_mb": 400.0, "import_first_s": 1.5, "dask_speedup": 1.7}


def run_measured(args: list[str], timeout: float) -> tuple[dict, dict]:
    """Run one probe in a fresh interpreter; return (its JSON result, process figures).

    The child is reaped with ``wait4`` so its own peak RSS (``ru_maxrss``, the kernel's accounting) and
    CPU times are known.

    Raises:
        RuntimeError: the probe failed or exceeded ``timeout`` seconds (its stderr tail is included).
    """
    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, str(PROBES), *args], stdout=out, stderr=err, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise RuntimeError(f"probe {args[0]} exceeded {timeout:.0f} s")
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"probe {args[0]} failed (exit {proc.returncode}):\n{err.read()[-3000:]}")
        lines = [ln for ln in out.read().splitlines() if ln.strip()]
    return json.loads(lines[-1]), {"wall_s": wall, "peak_rss_mb": usage.ru_maxrss / 1024,
                                   "user_s": usage.ru_utime, "sys_s": usage.ru_stime}


def bench_cold(first: Path, n: int, timeout: float) -> dict:
    """Import + first article in a fresh process, ``n`` times (after one warm-up for the OS file cache)."""
    run_measured(["cold", str(first)], timeout)
    runs = [run_measured(["cold", str(first)], timeout) for _ in range(n)]
    return {"article": first.name, "runs": [r for r, _ in runs],
            "import_first_s": statistics.median(r["import_first_s"] for r, _ in runs),
            "import_s": statistics.median(r["import_s"] for r, _ in runs),
            "load_and_first_s": statistics.median(r["load_and_first_s"] for r, _ in runs),
            "spacy_import_s": statistics.median(r["spacy_import_s"] for r, _ in runs),
            "load_s": statistics.median(r["load_s"] for r, _ in runs),
            "first_article_s": statistics.median(r["first_article_s"] for r, _ in runs),
            "process_wall_s": statistics.median(p["wall_s"] for _, p in runs),
            "peak_rss_mb": statistics.median(p["peak_rss_mb"] for _, p in runs)}


def bench_store(skip: bool, articles: int | None, timeout: float) -> dict | None:
    """Run ``benchmarks/store_bench.py`` (written with the fact-store issue) when present.

    Its result (written to ``benchmarks/results/bench_store.json``) is read back and embedded.
    """
    if skip:
        return {"skipped": "--skip-store"}
    if not STORE_BENCH.exists():
        return None
    out = HERE / "results" / "bench_store.json"  # not store.json: that is store_bench's own default run
    cmd = [sys.executable, str(STORE_BENCH), "--output", str(out)]
    if articles:
        cmd += ["--articles", str(articles)]
    t = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"exit": None, "wall_s": time.perf_counter() - t, "error": f"timed out after {timeout:.0f} s"}
    res: dict = {"exit": proc.returncode, "wall_s": time.perf_counter() - t, "articles": articles or "default"}
    if proc.returncode == 0 and out.exists():
        res["result"] = json.loads(out.read_text(encoding="utf-8"))
    else:
        res["stdout_tail"] = "\n".join(proc.stdout.splitlines()[-25:])
        res["stderr_tail"] = proc.stderr[-2000:]
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="ddnews benchmarks (writes benchmarks/results/bench.json)")
    ap.add_argument("--min-mb", type=float, default=5.0, help="replicate the corpus to at least this many MB")
    ap.add_argument("--repeats", type=int, default=3, help="passes of the extraction (median)")
    ap.add_argument("--cold-runs", type=int, default=5, help="fresh processes for import + first article")
    ap.add_argument("--underthesea-kb", type=int, default=250, help="underthesea.ner sample size (KB of text)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Dask worker counts to measure")
    ap.add_argument("--dask-rounds", type=int, default=2, help="interleaved Dask runs per worker count")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-underthesea", action="store_true")
    ap.add_argument("--skip-store", action="store_true", help="do not run benchmarks/store_bench.py")
    ap.add_argument("--store-articles", type=int, default=20_000,
                    help="articles in the store benchmark (0: its own default, 100,000)")
    ap.add_argument("--output", type=Path, default=HERE / "results" / "bench.json")
    ap.add_argument("--workdir", type=Path, default=None, help="where the replicated input goes (temp dir)")
    a = ap.parse_args(argv)

    t_all = time.perf_counter()
    res: dict = {"machine": machine(), "targets": TARGETS, "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    res["machine"]["loadavg_before"] = {}  # 1-minute load average before each stage: how noisy it was
    with tempfile.TemporaryDirectory(prefix="ddnews-bench-") as tmp:
        work = a.workdir or Path(tmp)
        inp = work / "input"
        print(f"replicating {CORPUS} to ≥ {a.min_mb:g} MB in {inp} …", file=sys.stderr)
        res["input"] = replicate(inp, int(a.min_mb * 1_000_000))

        print("extraction (full default pipeline, no store) …", file=sys.stderr)
        res["machine"]["loadavg_before"]["extract"] = os.getloadavg()[0]
        ext, proc = run_measured(["extract", str(inp), "--repeats", str(a.repeats)], timeout=900)
        res["extract"] = {**ext, "process": proc}

        if not a.skip_underthesea:
            print(f"underthesea.ner on a {a.underthesea_kb} KB sample …", file=sys.stderr)
            res["machine"]["loadavg_before"]["underthesea"] = os.getloadavg()[0]
            und, uproc = run_measured(["underthesea", str(inp), "--sample-chars", str(a.underthesea_kb * 1000)],
                                      timeout=600)
            res["underthesea"] = {**und, "process": uproc}
            res["ratio_vs_underthesea"] = ext["chars_per_s"] / und["chars_per_s"]

        print("import + first article (fresh processes) …", file=sys.stderr)
        res["machine"]["loadavg_before"]["cold"] = os.getloadavg()[0]
        res["cold"] = bench_cold(sorted(CORPUS.glob("*.txt"))[0], a.cold_runs, timeout=120)

        if not a.skip_dask:
            print(f"Dask engine at {a.workers} workers …", file=sys.stderr)
            res["machine"]["loadavg_before"]["dask"] = os.getloadavg()[0]
            dask, dproc = run_measured(["dask", str(inp), "--workers", *map(str, a.workers),
                                        "--rounds", str(a.dask_rounds)], timeout=900)
            paired = dask.pop("paired_speedups", None)
            first_errors = dask.pop("first_errors", None)
            res["dask"] = {"by_workers": dask, "client_process": dproc}
            bad = {w: d["errors"] for w, d in dask.items() if d["errors"] != ext["errors"]}
            if bad:  # e.g. the code changed under a worker as it started: the figure would be meaningless
                res["dask"]["invalid"] = f"error rows at workers={bad}: {first_errors}"
                paired = None
            if paired:
                res["dask"]["paired_speedups"] = paired
                res["dask"]["speedup_2_vs_1"] = statistics.median(paired)
                res["dask"]["speedup_2_vs_1_end_to_end"] = dask["1"]["end_to_end_s"] / dask["2"]["end_to_end_s"]

        print("store benchmark …", file=sys.stderr)
        res["machine"]["loadavg_before"]["store"] = os.getloadavg()[0]
        res["store"] = bench_store(a.skip_store, a.store_articles, timeout=600)

    res["machine"]["loadavg_end"] = os.getloadavg()
    res["total_s"] = time.perf_counter() - t_all
    res["verdicts"] = verdicts(res, TARGETS)
    a.output.parent.mkdir(parents=True, exist_ok=True)
    a.output.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(res))
    print(f"\nwritten {a.output.relative_to(ROOT) if a.output.is_relative_to(ROOT) else a.output} "
          f"in {res['total_s']:.0f} s on {platform.node() or 'this machine'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
