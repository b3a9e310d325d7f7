"""The Dask engine: the same pipeline as :func:`ddnews.api.iter_records`, run over partitions on a cluster.

The client reads the inputs (exactly as the local engine does, with :func:`ddnews.load.files.load_articles`),
groups the articles into partitions and submits one task per partition to a ``dask.distributed`` cluster —
a :class:`~distributed.LocalCluster` by default, or an existing scheduler given by its address. Each worker
loads the pipeline once (a worker plugin warms it at start-up; :func:`ddnews.nlp.pipeline.load` caches it per
process) and turns every article of its partition into the same record ``iter_records`` yields. A failing
article becomes an error row (``E203``); a partition whose task fails as a whole (worker killed, out of
memory …) becomes one error row per article it held, so nothing is lost silently.

Each partition is turned into a Parquet file on its worker (one row per record: flat columns plus the
whole record as JSON in ``record``); the client writes it as ``part-NNNNN.parquet`` under ``parquet_dir``,
decodes the records from those same bytes and yields them in input order.

Example (from a script guarded by ``if __name__ == "__main__":``, as worker processes are spawned)::

    records = list(run_dask(["corpus/"], workers=2))
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from uuid import uuid4

from .errors import Errors, OutputError, PipelineError
from .types import Article, ErrorRecord

try:  # the Dask engine is optional (``pip install 'ddnews[scale]'``); importing this module is not
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - depends on the environment
    _WorkerPlugin = object  # type: ignore[misc,assignment]  # a plain base class when dask is absent

#: Default partition size: a task holds at most this many articles …
PARTITION_ARTICLES = 64
#: … or about this many characters of text, whichever comes first.
PARTITION_CHARS = 400_000
#: Partitions kept in flight per worker thread (bounds client memory on huge inputs).
IN_FLIGHT_PER_THREAD = 3

_FLAT_FACTS = ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims")


#: The user's indicator files as shipped to the workers: (file name, text) pairs, in order.
Shipped = tuple[tuple[str, str], ...]


# --------------------------------------------------------------------------------------------- workers
def worker_indicator_files(indicators: Shipped) -> tuple[str, ...]:
    """The shipped indicator files written on this machine (once, in a temporary folder named by their
    content), so that the workers need no file system shared with the client."""
    if not indicators:
        return ()
    digest = hashlib.sha256(json.dumps(indicators, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"ddnews-indicators-{digest}"
    paths = []
    for i, (name, text) in enumerate(indicators):
        path = folder / f"{i:02d}-{name}"
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{path.name}.{uuid4().hex}"
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)        # atomic: two workers of one machine may write it at once
        paths.append(str(path))
    return tuple(paths)


def _worker_nlp(model: str | None, indicators: Shipped = ()):
    """The pipeline of this worker process (loaded on first use, then cached by ``load``)."""
    from .nlp.pipeline import load

    return load(model, indicator_files=worker_indicator_files(indicators))


def process_partition(articles: list[Article], model: str | None = None,
                      include_text: bool = True, indicators: Shipped = ()) -> bytes:
    """Run the pipeline over one partition on a worker; return the partition as Parquet bytes.

    Mirrors the loop of :func:`ddnews.api.iter_records`: one record per article, an ``E203`` error row
    for an article whose extraction raised. The Parquet file is built here, on the worker, so the client
    only writes the bytes and decodes the records from them (see :func:`partition_table`). ``indicators``:
    the user's indicator files, as :func:`ship_indicators` reads them on the client.
    """
    from .api import make_doc
    from .records import doc_to_record

    nlp = _worker_nlp(model, indicators)
    recs: list[dict[str, Any]] = []
    for art in articles:
        try:
            rec = doc_to_record(make_doc(nlp, art), include_text=include_text)
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the partition
            rec = ErrorRecord(art.source, "extract", "E203", Errors.E203.format(id=art.id, reason=repr(exc)),
                              id=art.id).to_dict()
        recs.append(rec)
    return parquet_bytes(recs)


class PipelinePlugin(_WorkerPlugin):
    """Worker plugin: load the pipeline once when a worker starts (so the first task does not pay it)."""

    name = "ddnews-pipeline"

    def __init__(self, model: str | None = None, indicators: Shipped = ()):
        self.model = model
        self.indicators = indicators

    def setup(self, worker=None):  # noqa: D401 - dask plugin hook
        try:
            _worker_nlp(self.model, self.indicators)
        except Exception:  # noqa: BLE001 - the tasks then fail, and their articles become error rows
            import logging

            logging.getLogger("ddnews.scale").exception("ddnews: the pipeline could not be loaded on this worker")

    def teardown(self, worker=None):  # pragma: no cover - nothing to release
        pass


# --------------------------------------------------------------------------------------------- client
def ship_indicators(files: Iterable[str | Path]) -> Shipped:
    """The user's indicator files, checked on the client (a bad one fails here, naming file and line, before any
    task) and read to be shipped with the tasks."""
    from .link.indicators import IndicatorTable

    paths = [Path(f) for f in files]
    if not paths:
        return ()
    IndicatorTable.load(extra=paths)
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in paths)


def _partitions(items: Iterable[Article | ErrorRecord], max_articles: int, max_chars: int
                ) -> Iterator[tuple[str, list[Any]]]:
    """Group the loaded stream, in order, into ``("errors", [ErrorRecord…])`` and ``("articles", [Article…])``."""
    batch: list[Article] = []
    chars = 0
    for item in items:
        if isinstance(item, ErrorRecord):
            if batch:
                yield "articles", batch
                batch, chars = [], 0
            yield "errors", [item]
            continue
        batch.append(item)
        chars += len(item.text)
        if len(batch) >= max_articles or chars >= max_chars:
            yield "articles", batch
            batch, chars = [], 0
    if batch:
        yield "articles", batch


def _lost_partition(articles: list[Article], exc: BaseException) -> bytes:
    """Error rows for every article of a partition whose task failed as a whole."""
    reason = f"dask task failed: {exc!r}"
    return parquet_bytes([ErrorRecord(a.source, "extract", "E203", Errors.E203.format(id=a.id, reason=reason),
                                      id=a.id).to_dict() for a in articles])


def parquet_bytes(records: list[dict[str, Any]]) -> bytes:
    """One partition as a Parquet file: flat columns for querying, and each full record as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols: dict[str, list[Any]] = {
        "id": [r.get("id") for r in records],
        "source": [r.get("source") for r in records],
        "n_chars": [r.get("n_chars") for r in records],
        "error_code": [(r.get("error") or {}).get("code") for r in records],
    }
    for key in _FLAT_FACTS:
        cols[f"n_{key}"] = [len(r.get(key) or []) for r in records]
    cols["record"] = [json.dumps(r, ensure_ascii=False) for r in records]
    table = pa.table(cols, schema=parquet_schema())
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def parquet_schema():
    """The schema of every ``part-NNNNN.parquet`` file."""
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("source", pa.string()), ("n_chars", pa.int64()),
                      ("error_code", pa.string())] + [(f"n_{k}", pa.int32()) for k in _FLAT_FACTS]
                     + [("record", pa.large_string())])


def partition_records(data: bytes) -> list[dict[str, Any]]:
    """The records stored in one partition's Parquet bytes, in order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    column = pq.read_table(pa.BufferReader(data), columns=["record"]).column("record")
    return [json.loads(s) for s in column.to_pylist()]


def _progress(enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(unit="art", desc="ddnews dask", file=sys.stderr, dynamic_ncols=True)


def _connect(stack: ExitStack, *, client, scheduler: str | None, workers: int, threads_per_worker: int,
             model: str | None, indicators: Shipped = ()):
    """The client to use: the one given, one connected to ``scheduler``, or a new LocalCluster's."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise PipelineError("The Dask engine needs dask.distributed: pip install 'ddnews[scale]' "
                            "(or pip install 'dask[distributed]').", code="E204") from exc
    if client is None:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="10s"))
            except (OSError, ValueError, TypeError) as exc:
                raise PipelineError(f"Could not reach the Dask scheduler at {scheduler!r}: {exc}. Start one with "
                                    "`dask scheduler` and pass its tcp://host:8786 address.", code="E204") from exc
        else:
            if workers < 1:
                raise ValueError(f"workers must be >= 1, got {workers}")
            with warnings.catch_warnings():  # its (unused) HTTP port may be taken by another cluster: harmless
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=threads_per_worker,
                                                           processes=True, dashboard_address=None,
                                                           silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
    client.register_plugin(PipelinePlugin(model, indicators), name=PipelinePlugin.name)
    return client


def run_dask(inputs: Iterable[str | Path] | str | Path, *, workers: int = 2, scheduler: str | None = None,
             parquet_dir: str | Path | None = None, progress: bool = True, include_text: bool = True,
             model: str | Path | None = None, client=None, threads_per_worker: int = 1,
             partition_articles: int = PARTITION_ARTICLES, partition_chars: int = PARTITION_CHARS,
             allow_text: bool = True, exclude: Iterable[str | Path] = (),
             indicator_files: Iterable[str | Path] = ()) -> Iterator[dict[str, Any]]:
    """Yield the records of ``inputs`` (in input order, the same dicts as ``iter_records``) computed on Dask.

    Args:
        inputs: What :func:`ddnews.api.iter_records` accepts: paths, folders, globs, raw texts, ``-``.
        workers: Worker processes of the LocalCluster started when neither ``scheduler`` nor ``client``
            is given (one pipeline each).
        scheduler: Address of a running scheduler (``tcp://host:8786``); its workers are used and
            ``workers`` is ignored. Every worker must have ddnews installed.
        parquet_dir: Where the partitioned Parquet results are written (``part-NNNNN.parquet``); a
            temporary directory, removed at the end, when None.
        progress: Show a progress bar (articles done) on stderr.
        include_text: Keep each article's text in its record (as ``iter_records``).
        model: Pipeline path loaded on each worker (the packaged ``ddnews_vi`` when None).
        client: An existing ``distributed.Client`` to use (it is not closed).
        threads_per_worker: Threads per LocalCluster worker (1: the pipeline is pure Python, CPU-bound).
        partition_articles: At most this many articles per task.
        partition_chars: About this many characters of text per task.
        allow_text: Treat strings that name no file as article texts (the CLI turns it off).
        exclude: Files never read as input (the run's own outputs).
        indicator_files: Indicator files of your own (the ``ddnews_claim_link`` setting, as in
            :func:`ddnews.load`): checked and read by the client and shipped to the workers, so they need
            not see the files.

    Yields:
        One record or error row per input article, exactly as ``iter_records`` would.

    Raises:
        PipelineError: dask.distributed is missing or the scheduler cannot be reached (code ``E204``).
        DataFileError: an indicator file is malformed (code ``E102``, naming file and line).
    """
    from .api import load_articles  # the local engine's reader, whichever module it lives in

    model = str(Path(model).resolve()) if model else None  # workers may run in another directory
    indicators = ship_indicators(indicator_files)
    with ExitStack() as stack:
        client = _connect(stack, client=client, scheduler=scheduler, workers=workers,
                          threads_per_worker=threads_per_worker, model=model, indicators=indicators)
        out_dir = _output_dir(stack, parquet_dir)
        bar = _progress(progress)
        if bar is not None:
            stack.callback(bar.close)
        loaded = load_articles(inputs, allow_text=allow_text, exclude=exclude)
        parts = _partitions(loaded, partition_articles, partition_chars)
        window = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_THREAD
        for no, data in _in_order(client, parts, window, model, include_text, indicators):
            (out_dir / f"part-{no:05d}.parquet").write_bytes(data)
            got = partition_records(data)
            yield from got
            if bar is not None:
                bar.update(len(got))


def _output_dir(stack: ExitStack, parquet_dir: str | Path | None) -> Path:
    """The folder of the ``part-NNNNN.parquet`` files: ``parquet_dir`` emptied of old parts, or a temporary one."""
    if parquet_dir is None:
        out_dir = Path(tempfile.mkdtemp(prefix="ddnews-dask-"))
        stack.callback(shutil.rmtree, out_dir, ignore_errors=True)
        return out_dir
    out_dir = Path(parquet_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=out_dir, reason=f"{exc.strerror}: --parquet-dir must be a "
                                             "folder"), code="E303") from None
    for old in out_dir.glob("part-*.parquet"):
        old.unlink()
    return out_dir


def _in_order(client: Any, parts: Iterator[tuple[str, list[Any]]], window: int, model: str | None,
              include_text: bool, indicators: Shipped = ()) -> Iterator[tuple[int, bytes]]:
    """Submit the partitions (at most ``window`` in flight) and yield ``(part no, Parquet bytes)`` in input order.

    Load errors need no task (their rows are made here); a task that fails as a whole gives error rows
    for every article it held (:func:`_lost_partition`).
    """
    from distributed import wait
    from distributed.client import FIRST_COMPLETED

    pending: dict[int, tuple[Any, list[Article]]] = {}   # part no → (future, articles)
    done: dict[int, bytes] = {}                           # part no → Parquet bytes, awaiting their turn
    next_out = n_parts = 0
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            nxt = next(parts, None)
            if nxt is None:
                exhausted = True
                break
            kind, items = nxt
            if kind == "errors":
                done[n_parts] = parquet_bytes([e.to_dict() for e in items])
            else:
                fut = client.submit(process_partition, items, model, include_text, indicators, pure=False,
                                    key=f"ddnews-part-{n_parts:05d}-{uuid4().hex[:8]}")
                pending[n_parts] = (fut, items)
            n_parts += 1
        while next_out in done:
            yield next_out, done.pop(next_out)
            next_out += 1
        if exhausted and not pending and not done:
            return
        if pending and (next_out not in done):
            wait([f for f, _ in pending.values()], return_when=FIRST_COMPLETED)
            _collect(pending, done)


def _collect(pending: dict[int, tuple[Any, list[Article]]], done: dict[int, bytes]) -> None:
    """Move every finished task from ``pending`` to ``done`` (its bytes, or error rows if it failed)."""
    for no in [n for n, (f, _) in pending.items() if f.done()]:
        fut, items = pending.pop(no)
        try:
            done[no] = fut.result()
        except Exception as exc:  # a lost task → error rows, never lost articles
            done[no] = _lost_partition(items, exc)
        fut.release()
