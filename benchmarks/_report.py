"""Machine description, target verdicts and the printed table of ``benchmarks/run.py``."""
from __future__ import annotations

import json
import os
import platform
import sys
from importlib import metadata


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _mem_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    except (ValueError, OSError, AttributeError):
        return None


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def machine() -> dict:
    """Where the figures come from (and how busy the machine was when the run started)."""
    return {"cpu": _cpu_model(), "cpus": os.cpu_count(), "mem_gb": _mem_gb(), "os": platform.platform(),
            "python": sys.version.split()[0], "loadavg_start": os.getloadavg(),
            "versions": {d: _version(d) for d in ("ddnews", "spacy", "underthesea", "dask", "distributed")}}


def verdicts(res: dict, targets: dict) -> dict:
    """Each target: the measured value, the bar and whether it is met (None when not measured)."""
    cold = res.get("cold") or {}
    dask = res.get("dask") or {}
    und = res.get("underthesea") or {}
    got = {"ratio_vs_underthesea": (res.get("ratio_vs_underthesea"), ">="),
           "ratio_paired": (und.get("paired_ratio_median"), ">="),
           "peak_rss_mb": ((res.get("extract") or {}).get("process", {}).get("peak_rss_mb"), "<="),
           "import_first_s": (cold.get("process_wall_s"), "<="),
           "dask_speedup": (dask.get("speedup_2_vs_1"), ">=")}
    out = {}
    for k, (v, op) in got.items():
        bar = targets["ratio_vs_underthesea" if k == "ratio_paired" else k]
        ok = None if v is None else (v >= bar if op == ">=" else v <= bar)
        out[k] = {"value": v, "target": f"{op} {bar:g}", "met": ok}
    return out


def _fmt(v, spec: str = ",.0f") -> str:
    return "-" if v is None else format(v, spec)


def table(res: dict) -> str:
    """The human-readable summary printed at the end of the run."""
    m = res["machine"]
    ext = res["extract"]
    und = res.get("underthesea")
    cold = res["cold"]
    inp = res["input"]
    rows = [("input", f"corpus ×{inp['copies']} = {inp['files']} files, {inp['bytes'] / 1e6:.1f} MB, "
                      f"{ext['chars']:,} chars"),
            ("pipeline", " → ".join(ext["pipeline"])),
            ("extraction chars/s", f"{_fmt(ext['chars_per_s'])}  (median of {len(ext['runs'])} passes, "
                                   f"{_fmt(ext['median_s'], '.1f')} s each, model loaded once)"),
            ("extraction articles/s", _fmt(ext["articles_per_s"], ",.1f")),
            ("error rows", str(ext["errors"]))]
    if und:
        rows += [("underthesea.ner chars/s", f"{_fmt(und['chars_per_s'])}  (sentence by sentence, sample of "
                                             f"{und['chars']:,} chars = {und['sentences']:,} sentences)"),
                 ("ratio ddnews / underthesea", f"{res['ratio_vs_underthesea']:.1f}×  (paired, back to back on the same "  # noqa: E501
                                                f"{len(und['pairs'])} groups of the sample: median "
                                                f"{und['paired_ratio_median']:.1f}×)")]
    rows += [("peak RSS (extraction process)", f"{ext['process']['peak_rss_mb']:.0f} MB"),
             ("import + first article", f"{cold['process_wall_s']:.2f} s whole process, median of {len(cold['runs'])} "
                                        f"(in-process {cold['import_first_s']:.2f} s = import spacy "
                                        f"{cold['spacy_import_s']:.2f} + load {cold['load_s']:.2f} + first article "
                                        f"{cold['first_article_s']:.2f}; the rest is interpreter start and exit)")]
    dask = res.get("dask")
    if dask:
        for w, d in sorted(dask["by_workers"].items(), key=lambda kv: int(kv[0])):
            rows.append((f"dask {w} worker(s) chars/s", f"{_fmt(d['chars_per_s'])}  ({d['seconds']:.1f} s median; "
                                                       f"+{d['startup_s']:.1f} s cluster start & warm-up)"))
        if "invalid" in dask:
            rows.append(("dask speed-up 2 vs 1 worker", f"not measured: {dask['invalid'][:300]}"))
        if "speedup_2_vs_1" in dask:
            pairs = ", ".join(f"{x:.2f}" for x in dask.get("paired_speedups", []))
            rows.append(("dask speed-up 2 vs 1 worker", f"{dask['speedup_2_vs_1']:.2f}×  (median of interleaved "
                                                        f"rounds: {pairs}; end to end with start-up: "
                                                        f"{dask['speedup_2_vs_1_end_to_end']:.2f}×)"))
    store = res.get("store")
    if store is None:
        rows.append(("store benchmark", "not present (benchmarks/store_bench.py)"))
    elif "skipped" in store:
        rows.append(("store benchmark", "skipped"))
    else:
        body = store.get("result") or store.get("error") or store.get("stdout_tail", "")
        if isinstance(body, dict):
            keys = ("articles", "load_seconds_per_1000_articles", "db_mb_per_1000_articles",
                    "fts_ranked_ms_p50", "fts_ranked_ms_p95", "fts_searchbox_ms_p50", "fts_searchbox_ms_p95")
            body = ", ".join(f"{k}={body[k]}" for k in keys if k in body) or json.dumps(body)[:300]
        rows.append(("store benchmark", f"exit {store['exit']}, {store['wall_s']:.1f} s: {str(body)[:400]}"))
    width = max(len(k) for k, _ in rows)
    lines = [f"ddnews benchmark — {m['cpu']}, {m['cpus']} CPUs, {m['mem_gb'] or 0:.0f} GB, Python {m['python']}, "
             f"load avg at start {m['loadavg_start'][0]:.2f}, at end {m['loadavg_end'][0]:.2f}", ""]
    lines += [f"{k.ljust(width)}  {v}" for k, v in rows]
    lines += ["", "targets:"]
    for k, v in res["verdicts"].items():
        mark = {True: "met", False: "NOT met", None: "not measured"}[v["met"]]
        val = "-" if v["value"] is None else f"{v['value']:.2f}"
        lines.append(f"  {k.ljust(22)} {val:>10}  {v['target']:<8} {mark}")
    if m["loadavg_start"][0] > 0.5 * (m["cpus"] or 1):
        lines.append("\nnote: the machine was busy when the run started (load average above); "
                     "timings are noisy — re-run on an idle machine for quotable figures.")
    return "\n".join(lines)
