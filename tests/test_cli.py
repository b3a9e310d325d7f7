"""The command line as a user meets it: exit codes, error rows, no tracebacks, help with examples."""
import json

from click.testing import CliRunner

from ddnews.cli import main

BODY = "Ngày 12/3/2021, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về công tác cán bộ."


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input)


def test_help_teaches_with_examples():
    res = run(["extract", "--help"])
    assert res.exit_code == 0
    assert "Examples:" in res.output and "ddnews extract corpus/ --db facts.db" in res.output


def test_extract_jsonl_to_stdout_from_stdin():
    res = run(["extract", "-", "--quiet"], input=BODY)
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout.splitlines()[0])
    assert rec["documents"][0]["symbol"] == "NQ/TU"
    assert rec["text"] == BODY


def test_bad_article_is_an_error_row_and_exit_status_1(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe broken")
    out = tmp_path / "out.jsonl"
    res = run(["extract", str(tmp_path), "--output", str(out)])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["bad", "good"]
    assert recs[0]["error"]["code"] == "E004" and "UTF-8" in recs[0]["error"]["message"]
    assert "1 articles, 1 errors" in res.stderr


def test_csv_and_parquet_tables(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    for fmt in ("csv", "parquet"):
        res = run(["extract", str(tmp_path / "a.txt"), "--format", fmt, "--output", str(tmp_path / fmt), "-q"])
        assert res.exit_code == 0, res.output
        assert (tmp_path / fmt / f"documents.{fmt}").exists() and (tmp_path / fmt / f"articles.{fmt}").exists()


def test_csv_without_output_is_a_usage_error():
    res = run(["extract", "x.txt", "--format", "csv"])
    assert res.exit_code == 2 and "--output" in res.output


def test_an_empty_folder_is_a_clear_error(tmp_path):
    res = run(["extract", str(tmp_path)])
    assert res.exit_code == 1
    assert "matched no" in res.output and "Traceback" not in res.output


def test_a_mistyped_path_is_an_error_not_an_article(tmp_path):
    res = run(["extract", "bai viet moi", "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 1 and "Path not found" in res.output


def test_bad_outputs_fail_before_extracting(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    res = run(["extract", str(tmp_path / "a.txt"), "--format", "csv", "-o", str(tmp_path / "file")])
    assert res.exit_code == 1 and "E303" in res.output and "Traceback" not in res.output
    res = run(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "missing" / "o.jsonl")])
    assert res.exit_code == 1 and "E303" in res.output


def test_no_text_keeps_the_text_in_the_store(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    db = tmp_path / "f.db"
    res = run(["extract", str(tmp_path / "a.txt"), "--db", str(db), "--no-text", "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert res.exit_code == 0, res.output
    import sqlite_utils

    assert sqlite_utils.Database(db).execute("select text from articles").fetchone()[0] == BODY
    assert "text" not in json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))


def test_db_output(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    db = tmp_path / "f.db"
    res = run(["extract", str(tmp_path / "a.txt"), "--db", str(db), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 0, res.output
    import sqlite_utils

    d = sqlite_utils.Database(db)
    assert d["articles"].count == 1 and d["documents"].count == 1


def test_db_without_output_writes_nothing_to_stdout(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    db = tmp_path / "f.db"
    res = run(["extract", str(tmp_path / "a.txt"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""
    assert res.stderr.startswith("ddnews: 1 articles, 0 errors") and str(db) in res.stderr
    import sqlite_utils

    assert sqlite_utils.Database(db)["articles"].count == 1
    # -o - still forces the records onto stdout
    res = run(["extract", str(tmp_path / "a.txt"), "--db", str(db), "-o", "-", "-q"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["documents"][0]["symbol"] == "NQ/TU"
    assert res.stderr == ""


def test_q_means_quiet_in_every_command():
    for name, cmd in main.commands.items():
        for param in cmd.params:
            if "-q" in param.opts:
                assert param.name == "quiet", f"ddnews {name}: -q is --{param.name}"
