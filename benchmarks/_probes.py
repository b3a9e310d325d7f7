"""Measurements run in fresh subprocesses by ``benchmarks/run.py`` (one mode per process).

Each mode prints one JSON object as its last stdout line. Run by hand, e.g.::

    .venv/bin/python benchmarks/_probes.py extract /tmp/ddnews-bench/input --repeats 3
    .venv/bin/python benchmarks/_probes.py cold corpus/000_b8ae872c617daf5a.txt
    .venv/bin/python benchmarks/_probes.py underthesea /tmp/ddnews-bench/input --sample-chars 250000
    .venv/bin/python benchmarks/_probes.py dask /tmp/ddnews-bench/input --workers 1 2
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

T_START = time.perf_counter()  # as early as possible: the cold-start probe counts from here


FIRST_ERRORS: list[str] = []  # the first error messages seen, reported with the results


def _count(records) -> tuple[int, int, int]:
    """(articles, chars, error rows) of a record stream, consuming it."""
    n = chars = errors = 0
    for r in records:
        if r.get("error"):
            errors += 1
            if len(FIRST_ERRORS) < 3:
                FIRST_ERRORS.append(f"{r.get('id')}: {r['error'].get('message', '')[:500]}")
        else:
            n += 1
            chars += r["n_chars"]
    return n, chars, errors


def probe_cold(path: str) -> dict:
    """Import ddnews, load the pipeline and extract one article, in this fresh process.

    The split: ``import ddnews`` (lazy), ``import spacy`` (what ``ddnews.api`` pulls in), loading the
    pipeline (``load()``), then the first article (its extractors build their data on first use).
    """
    import ddnews

    t_import = time.perf_counter()
    import spacy  # noqa: F401 - timed on its own: most of the start-up

    t_spacy = time.perf_counter()
    from ddnews.api import iter_records
    from ddnews.nlp.pipeline import load

    nlp = load()
    t_load = time.perf_counter()
    rec = next(iter(iter_records([path], nlp=nlp)))
    t_first = time.perf_counter()
    return {"import_s": t_import - T_START, "spacy_import_s": t_spacy - t_import, "load_s": t_load - t_spacy,
            "first_article_s": t_first - t_load, "load_and_first_s": t_first - t_import,
            "import_first_s": t_first - T_START, "ok": not rec.get("error"), "version": ddnews.__version__}


def probe_extract(input_dir: str, repeats: int, budget_s: float) -> dict:
    """Full default extraction (all fields, offsets, text kept; no store) over ``input_dir``, repeated."""
    from ddnews.api import iter_records
    from ddnews.nlp.pipeline import load

    t0 = time.perf_counter()
    nlp = load()
    load_s = time.perf_counter() - t0
    runs = []
    for _ in range(repeats):
        t = time.perf_counter()
        n, chars, errors = _count(iter_records([input_dir], nlp=nlp))
        runs.append({"seconds": time.perf_counter() - t, "articles": n, "chars": chars, "errors": errors})
        if sum(r["seconds"] for r in runs) > budget_s:
            break
    secs = statistics.median(r["seconds"] for r in runs)
    return {"pipeline": nlp.pipe_names, "load_s": load_s, "runs": runs, "median_s": secs,
            "articles": runs[0]["articles"], "chars": runs[0]["chars"], "errors": runs[0]["errors"],
            "chars_per_s": runs[0]["chars"] / secs, "articles_per_s": runs[0]["articles"] / secs}


def _sample(input_dir: str, sample_chars: int) -> list[tuple[object, list[str]]]:
    """The first articles of the input (≥ ``sample_chars`` of text), each with its sentences.

    Sentences come from underthesea's own splitter, paragraph by paragraph (splitting is not timed).
    """
    from underthesea import sent_tokenize

    from ddnews.api import load_articles

    out: list[tuple[object, list[str]]] = []
    total = 0
    for art in load_articles([input_dir]):
        if getattr(art, "text", None) is None:
            continue
        sents = [s for para in art.text.split("\n") if para.strip() for s in sent_tokenize(para)]
        out.append((art, sents))
        total += sum(map(len, sents))
        if total >= sample_chars:
            break
    return out


def probe_underthesea(input_dir: str, sample_chars: int, groups: int) -> dict:
    """chars/s of ``underthesea.ner`` alone, sentence by sentence, on a sample of the same text.

    The sample is cut into ``groups`` groups of articles; on each group ddnews (the full default
    extraction) and underthesea run back to back, so each group also gives a *paired* ratio that is
    robust to the machine's load drifting during the run.
    """
    import underthesea
    from underthesea import ner

    from ddnews.api import make_doc
    from ddnews.nlp.pipeline import load
    from ddnews.records import doc_to_record

    nlp = load()
    sample = _sample(input_dir, sample_chars)
    t = time.perf_counter()
    ner(sample[0][1][0])  # model loading: not counted
    warm_s = time.perf_counter() - t
    for art, _ in sample[:5]:  # warm ddnews too
        doc_to_record(make_doc(nlp, art))
    size = -(-len(sample) // groups)
    chars = secs = 0.0
    pairs = []
    for g in range(0, len(sample), size):
        part = sample[g:g + size]
        t = time.perf_counter()
        for _ in range(3):
            for art, _s in part:
                doc_to_record(make_doc(nlp, art))
        dd = sum(len(a.text) for a, _ in part) * 3 / (time.perf_counter() - t)
        sents = [s for _, ss in part for s in ss]
        t = time.perf_counter()
        for s in sents:
            ner(s)
        dt = time.perf_counter() - t
        c = sum(map(len, sents))
        chars += c
        secs += dt
        pairs.append({"ddnews_chars_per_s": dd, "underthesea_chars_per_s": c / dt, "ratio": dd / (c / dt)})
    return {"version": getattr(underthesea, "__version__", "?"), "articles": len(sample),
            "sentences": sum(len(ss) for _, ss in sample), "chars": int(chars), "load_s": warm_s,
            "seconds": secs, "chars_per_s": chars / secs, "pairs": pairs,
            "paired_ratio_median": statistics.median(p["ratio"] for p in pairs)}


def probe_dask(input_dir: str, workers: list[int], rounds: int) -> dict:
    """The Dask engine over ``input_dir`` at each worker count, clusters up at once, runs interleaved.

    One LocalCluster per worker count is started and warmed (imports + model on every worker); then
    ``rounds`` rounds run the whole input on each cluster in turn, so each round gives a paired speed-up
    that is robust to the machine's load drifting.
    """
    import logging
    from contextlib import ExitStack

    from distributed import Client, LocalCluster

    from ddnews.scale import run_dask

    out: dict = {}
    with ExitStack() as stack:
        clients = {}
        for w in workers:
            t0 = time.perf_counter()
            cluster = stack.enter_context(LocalCluster(n_workers=w, threads_per_worker=1, processes=True,
                                                       dashboard_address=None, silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
            # Warm every worker so the timed runs measure extraction, not start-up.
            _count(run_dask(["Nghị quyết số 04-NQ/TU ngày 23/5/2016."] * (2 * w), client=client,
                            progress=False, partition_articles=1))
            clients[w] = client
            out[str(w)] = {"startup_s": time.perf_counter() - t0, "runs_s": []}
        for _ in range(rounds):
            for w, client in clients.items():
                t = time.perf_counter()
                n, chars, errors = _count(run_dask([input_dir], client=client, progress=False))
                out[str(w)]["runs_s"].append(time.perf_counter() - t)
                out[str(w)].update(articles=n, chars=chars, errors=errors)
    for d in out.values():
        d["seconds"] = statistics.median(d["runs_s"])
        d["chars_per_s"] = d["chars"] / d["seconds"]
        d["end_to_end_s"] = d["startup_s"] + d["seconds"]
    if "1" in out and "2" in out:
        out["paired_speedups"] = [a / b for a, b in zip(out["1"]["runs_s"], out["2"]["runs_s"], strict=True)]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["cold", "extract", "underthesea", "dask"])
    ap.add_argument("path")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--budget", type=float, default=120.0, help="stop repeating after this many seconds")
    ap.add_argument("--sample-chars", type=int, default=250_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--groups", type=int, default=5, help="underthesea: paired groups of articles")
    ap.add_argument("--rounds", type=int, default=2, help="dask: interleaved rounds per worker count")
    a = ap.parse_args(argv)
    if a.mode == "cold":
        res = probe_cold(a.path)
    elif a.mode == "extract":
        res = probe_extract(a.path, a.repeats, a.budget)
    elif a.mode == "underthesea":
        res = probe_underthesea(a.path, a.sample_chars, a.groups)
    else:
        res = probe_dask(a.path, a.workers, a.rounds)
    if FIRST_ERRORS:
        res["first_errors"] = FIRST_ERRORS
    sys.stdout.write("\n" + json.dumps(res) + "\n")


if __name__ == "__main__":
    main()
