"""The store commands as a user runs them: summary, facts, serve (help and errors only)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from ddnews.cli import main as cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_summary_prints_counts_and_examples(db_path):
    res = run("summary", db_path)
    assert res.exit_code == 0, res.output
    table = res.output.split("\n\n")[0]
    lines = {ln.split()[0]: ln.split()[-1] for ln in table.splitlines()[2:]}
    assert lines["articles"] == "3" and lines["claims"] == "4"
    assert "giảm 64 thôn, bản chưa có đảng viên" in res.output


def test_facts_lists_series_and_one_series(db_path):
    res = run("facts", db_path)
    assert res.exit_code == 0 and "thôn, bản" in res.output.lower()
    res = run("facts", db_path, "--unit", "thon, ban", "--qualifier", "chua co dang vien", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.output.splitlines()]
    assert [(r["published"], r["value"]) for r in rows] == [("2020-03-01", 64.0), ("2021-06-15", 40.0)]
    res = run("facts", db_path, "--unit", "dang vien", "--format", "csv")
    assert res.exit_code == 0 and res.output.splitlines()[0].startswith("place,published,value")


def test_clear_errors_without_traceback(tmp_path, db_path):
    res = run("facts", db_path, "--unit", "không có")
    assert res.exit_code == 1 and "no claims with unit" in res.output and "Traceback" not in res.output
    bad = tmp_path / "x.db"
    bad.write_text("hello")
    for cmd in ("summary", "facts", "serve"):
        res = run(cmd, bad)
        assert res.exit_code == 1 and "not a ddnews fact store" in res.output, res.output
    res = run("summary", tmp_path / "missing.db")
    assert res.exit_code == 2 and "does not exist" in res.output


def test_every_command_has_help():
    for cmd in ("serve", "facts", "summary"):
        res = run(cmd, "--help")
        assert res.exit_code == 0 and "Example" in res.output


def test_qualifier_has_only_its_long_option(db_path):
    res = run("facts", db_path, "--unit", "thon, ban", "-q", "chua co dang vien")
    assert res.exit_code == 2 and "No such option" in res.output and "-q" in res.output


def test_one_group_runs_as_a_module(db_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "ddnews", "summary", str(db_path)], capture_output=True, text=True)
    assert out.returncode == 0 and "articles" in out.stdout, out.stderr


def test_facts_filters_and_formats(db_path, tmp_path):
    import pandas as pd

    from ddnews.frames import SCHEMA, csv_dtypes

    res = run("facts", db_path, "--kind", "claims", "--province", "son mau", "--year", "2021", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.output.splitlines()]
    assert [r["article_id"] for r in rows] == ["a2"] and list(rows[0]) == list(SCHEMA["claims"])
    res = run("facts", db_path, "--kind", "documents", "--document", "28-CT/TW", "--format", "csv")
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0].startswith("article_id,start,end,evidence,kind,number,symbol")
    assert sorted(ln.split(",")[0] for ln in res.output.splitlines()[1:]) == ["a1", "a3"]
    out = tmp_path / "locations.csv"
    res = run("facts", db_path, "--kind", "locations", "--format", "csv", "-o", out)
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out, dtype=csv_dtypes("locations"), keep_default_na=False, na_values=[""])
    assert df["code"].dropna().tolist() == ["99001"]
    pq_out = tmp_path / "claims.parquet"
    res = run("facts", db_path, "--kind", "claims", "--format", "parquet", "-o", pq_out)
    assert res.exit_code == 0 and len(pd.read_parquet(pq_out)) == 4
    res = run("facts", db_path, "--year", "2020")
    assert res.exit_code == 0 and "giảm 64 thôn" in res.output and "kết nạp 12" in res.output
    assert run("facts", db_path, "--kind", "claims", "--format", "parquet").exit_code == 2


def test_plot_writes_png_and_svg(db_path, tmp_path):
    for name in ("series.png", "series.svg"):
        out = tmp_path / name
        res = run("plot", db_path, "--unit", "thon, ban", "--qualifier", "chua co dang vien", "-o", out)
        assert res.exit_code == 0, res.output
        assert "2 claims in 1 series" in res.stderr
    assert (tmp_path / "series.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "series.svg").read_text(encoding="utf-8")
    res = run("plot", db_path, "--unit", "dang vien", "--qualifier", "", "-o", tmp_path / "none.png")
    assert res.exit_code == 1 and "no claims" in res.output
    res = run("plot", db_path, "--unit", "dang vien", "-o", tmp_path / "x.gif")
    assert res.exit_code == 2 and ".png, .svg or .pdf" in res.output


def _serve(db_path, *args):
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "ddnews", "serve", str(db_path), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_port_0_prints_the_real_address(db_path):
    import re
    import urllib.request

    proc = _serve(db_path, "--port", "0")
    try:
        line = proc.stderr.readline()
        m = re.match(r"Serving .* at (http://127\.0\.0\.1:(\d+)/) \(Ctrl\+C to stop\)", line)
        assert m and m.group(2) != "0", line
        assert urllib.request.urlopen(m.group(1) + "-/versions.json", timeout=5).status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_on_a_busy_port_fails_without_saying_serving(db_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        proc = _serve(db_path, "--port", str(s.getsockname()[1]))
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 1 and "Serving" not in err and "--port 0" in err and "Traceback" not in err
