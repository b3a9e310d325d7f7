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
