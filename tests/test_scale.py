"""The Dask engine gives exactly the local engine's records, and turns broken inputs into error rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from ddnews.api import is_error, iter_records  # noqa: E402
from ddnews.scale import run_dask  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Fields that may legitimately differ between two runs (none today: records carry no timings or hosts).
VOLATILE: frozenset[str] = frozenset()


def _stable(records):
    return [{k: v for k, v in r.items() if k not in VOLATILE} for r in records]


@pytest.fixture(scope="module")
def client():
    """Two real worker processes (spawned, each loading the pipeline once), shared by the tests here."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_equals_local_on_corpus(client, tmp_path):
    local = list(iter_records([CORPUS]))
    # Small partitions: many tasks finishing out of order must still come back in input order.
    dask = list(run_dask([CORPUS], client=client, parquet_dir=tmp_path / "pq", progress=False,
                         partition_articles=3))
    assert [r["id"] for r in dask] == [r["id"] for r in local]
    assert _stable(dask) == _stable(local)
    assert not any(is_error(r) for r in dask)
    parts = sorted((tmp_path / "pq").glob("part-*.parquet"))
    assert len(parts) >= len(local) // 3
    import pandas as pd

    table = pd.read_parquet(tmp_path / "pq")
    assert len(table) == len(local)
    assert set(table["id"]) == {r["id"] for r in local}


def test_broken_inputs_become_error_rows(client, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    good = sorted(CORPUS.glob("*.txt"))[:4]
    for p in good[:2]:
        shutil.copy(p, src / p.name)
    (src / "m_bad_encoding.txt").write_bytes(b"\xff\xfe\x00")  # a UTF-16 mark, then half a character
    (src / "n_empty.txt").write_text("", encoding="utf-8")
    for p in good[2:]:
        shutil.copy(p, src / ("z" + p.name))
    local = list(iter_records([src]))
    dask = list(run_dask([src], client=client, progress=False, partition_articles=1))
    assert _stable(dask) == _stable(local)
    errors = {r["id"]: r["error"]["code"] for r in dask if is_error(r)}
    assert errors == {"m_bad_encoding": "E004", "n_empty": "E009"}
    assert sum(not is_error(r) for r in dask) == 4


def test_failed_task_becomes_error_rows_not_a_lost_partition(client, tmp_path):
    # A pipeline that cannot load on the workers makes every task fail: each article is reported, none lost.
    files = sorted(CORPUS.glob("*.txt"))[:3]
    recs = list(run_dask(files, client=client, progress=False, model=tmp_path / "no-such-model",
                         partition_articles=2))
    assert [r["id"] for r in recs] == [p.stem for p in files]
    assert all(is_error(r) and r["error"]["code"] == "E203" for r in recs)
    assert "dask task failed" in recs[0]["error"]["message"]


def test_workers_use_the_users_indicator_files(client, tmp_path):
    """The indicator files are read on the client and shipped: the workers give the local engine's records."""
    mine = tmp_path / "trees.tsv"
    mine.write_text("# invented\nid\tlabel_vi\tlabel_en\tunit_kind\tunit\tqualifier\tchange\tcontext\texclude\n"
                    "trees_planted\tCây xanh được trồng\tTrees planted\tcount\tcây xanh\t*\t*\ttrồng\t\n",
                    encoding="utf-8")
    art = tmp_path / "trees.txt"
    art.write_text("# published: 2024-12-20\n\nNăm 2024, huyện Yên Sơn trồng mới 1.200 cây xanh.\n", encoding="utf-8")
    local = list(iter_records([art], indicator_files=[mine]))
    dask = list(run_dask([art], client=client, progress=False, indicator_files=[mine]))
    assert _stable(dask) == _stable(local)
    assert [c["indicator"] for c in dask[0]["claims"]] == ["trees_planted"]
    assert [c["indicator"] for c in list(run_dask([art], client=client, progress=False))[0]["claims"]] == [None]
