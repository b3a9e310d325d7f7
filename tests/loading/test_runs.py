"""Interrupted and concurrent ``ddnews extract … --db`` runs: the store opens, holds whole articles only, and the
same command finishes the run without duplicates and without redoing finished articles."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N = 160
PARA = ("Ngày {d}/4/2022, Ban Thường vụ Huyện ủy Tân Lạc ban hành Kế hoạch số {n}-KH/HU về phát triển đảng viên. "
        "Đồng chí Lò Văn Thành, Phó Bí thư Huyện ủy, dự hội nghị. Toàn huyện kết nạp {n} đảng viên mới, "
        "đạt 9{d}% kế hoạch.\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("many")
    for i in range(N):  # invented articles, long enough that a run lasts a few seconds
        (d / f"a{i:04d}.txt").write_text(PARA.format(d=i % 9 + 1, n=i + 10) * 12, encoding="utf-8")
    return d


def ddnews(*args):
    return [sys.executable, "-m", "ddnews", *map(str, args)]


def start(args, cwd):
    return subprocess.Popen(ddnews(*args), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for_articles(db: Path, proc, least: int = 1, timeout: float = 120) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        n = stored(db)
        if n >= least:
            return n
        time.sleep(0.05)
    pytest.fail(f"no article stored in {timeout}s (exit {proc.poll()})")


def check_store(db: Path) -> int:
    """The store opens, passes SQLite's integrity check, and every article has all of its facts."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        n, distinct = conn.execute("select count(*), count(distinct id) from articles").fetchone()
        assert n == distinct
        half = conn.execute("select a.id from articles a left join facts f on f.article_id = a.id "
                            "group by a.id having count(f.id) != max(a.n_facts)").fetchall()
        assert half == [], "articles whose facts were not all written"
    return n


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGKILL, -signal.SIGKILL)])
def test_killed_run_keeps_whole_articles_and_the_same_command_finishes_it(folder, tmp_path, sig, code):
    db = tmp_path / "f.db"
    proc = start(["extract", folder, "--db", db, "--no-progress"], tmp_path)
    wait_for_articles(db, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    if sig != signal.SIGKILL:
        assert "interrupted" in err and "run the same command again" in err
    kept = check_store(db)
    assert 0 < kept <= N
    again = subprocess.run(ddnews("extract", folder, "--db", db, "--no-progress"), cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert check_store(db) == N
    if kept < N:
        assert f"skipped: {kept} articles already stored unchanged" in again.stderr
        assert f"ddnews: {N - kept} articles, 0 errors" in again.stderr
    if sig != signal.SIGINT:
        return
    # a third run has nothing left to do
    third = subprocess.run(ddnews("extract", folder, "--db", db, "--no-progress"), cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert third.returncode == 0 and f"skipped: {N} articles" in third.stderr and "ddnews: 0 articles" in third.stderr


def test_concurrent_runs_into_one_store_all_finish(folder, tmp_path):
    """Three runs at once: each half of the folder, and the whole folder (one writer at a time; the others wait)."""
    db = tmp_path / "f.db"
    files = sorted(folder.iterdir())
    procs = [start(["extract", *files[: N // 2], "--db", db, "--no-progress"], tmp_path),
             start(["extract", *files[N // 2:], "--db", db, "--no-progress"], tmp_path),
             start(["extract", folder, "--db", db, "--no-progress"], tmp_path)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    assert check_store(db) == N


def test_same_name_in_two_folders_across_runs_is_refused_not_overwritten(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(PARA.format(d=1, n=11 if sub == "a" else 12), encoding="utf-8")
    db = tmp_path / "f.db"
    first = subprocess.run(ddnews("extract", "a", "--db", db), cwd=tmp_path, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(ddnews("extract", "b", "--db", db), cwd=tmp_path, capture_output=True, text=True)
    assert second.returncode == 1 and "Article id 'x' is already in" in second.stderr and "a/x.txt" in second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select source from articles").fetchall() == [("a/x.txt",)]
    # the same folder written another way is the same source: skipped, not refused
    third = subprocess.run(ddnews("extract", str(tmp_path / "a"), "--db", db), cwd=tmp_path, capture_output=True,
                           text=True)
    assert third.returncode == 0 and "skipped: 1" in third.stderr
    # a changed file is extracted again and replaces its old facts (same source), from another working folder too
    (tmp_path / "a" / "x.txt").write_text(PARA.format(d=2, n=13), encoding="utf-8")
    fourth = subprocess.run(ddnews("extract", "x.txt", "--db", db), cwd=tmp_path / "a", capture_output=True,
                            text=True)
    assert fourth.returncode == 0 and "store: 1 written" in fourth.stderr, fourth.stderr


def test_full_disk_is_a_clear_error(folder, tmp_path):
    import resource

    def small_files():  # the disk fills up after the first batches
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    res = subprocess.run(ddnews("extract", folder, "--db", tmp_path / "f.db", "--no-progress"), cwd=tmp_path,
                         capture_output=True, text=True, preexec_fn=small_files, timeout=300)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr and "E303" in res.stderr and "f.db" in res.stderr
    assert check_store(tmp_path / "f.db") < N          # what was written before is whole


def test_read_only_store_is_a_clear_error(folder, tmp_path):
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a file system here (needs root)")
    try:
        first = subprocess.run(ddnews("extract", sorted(folder.iterdir())[0], "--db", mnt / "f.db", "-q"),
                               cwd=tmp_path, capture_output=True, text=True)
        assert first.returncode == 0, first.stderr
        assert subprocess.run(["mount", "-o", "remount,ro", str(mnt)]).returncode == 0
        res = subprocess.run(ddnews("extract", folder, "--db", mnt / "f.db", "--no-progress"), cwd=tmp_path,
                             capture_output=True, text=True, timeout=300)
        assert res.returncode == 1 and "Traceback" not in res.stderr and "E303" in res.stderr
    finally:
        subprocess.run(["umount", str(mnt)])
