"""The command line as a user meets it: exit codes, error rows, no tracebacks, help with examples."""
import json
from pathlib import Path

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


# --- the first hour: conventions a researcher expects -------------------------------------------------------
def test_version():
    import ddnews

    for flag in ("--version", "-V"):
        res = run([flag])
        assert res.exit_code == 0 and res.output.strip() == f"ddnews, version {ddnews.__version__}"


def test_db_summary_says_written_unchanged_failed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\xff\xfe broken")
    db = tmp_path / "f.db"
    res = run(["extract", str(tmp_path / "in"), "--db", str(db)])
    assert res.exit_code == 1 and res.stdout == ""
    assert "store: 1 written, 0 unchanged, 1 failed" in res.stderr
    res = run(["extract", str(tmp_path / "in" / "a.txt"), "--db", str(db)])
    assert res.exit_code == 0 and "0 written" in res.stderr and "unchanged" in res.stderr


def test_dask_options_need_the_dask_engine(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    for args in (["--workers", "4"], ["--scheduler", "tcp://127.0.0.1:8786"], ["--parquet-dir", str(tmp_path)]):
        res = run(["extract", str(tmp_path / "a.txt"), *args])
        assert res.exit_code == 2 and "--engine dask" in res.output, args


def test_table_outputs_are_checked_before_extracting(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "tables"
    (out / "claims.csv").mkdir(parents=True)  # a folder where a table file must go
    res = run(["extract", str(tmp_path / "a.txt"), "--format", "csv", "-o", str(out)])
    assert res.exit_code == 1 and "E303" in res.output and "claims.csv" in res.output
    assert not (out / "articles.csv").exists(), "nothing is written when an output is bad"


def test_untitled_txt_takes_its_first_line_as_title(tmp_path):
    (tmp_path / "a.txt").write_text("\nTỉnh ủy sơ kết công tác cán bộ\n\n" + BODY, encoding="utf-8")
    res = run(["extract", str(tmp_path / "a.txt"), "-q"])
    rec = json.loads(res.stdout)
    assert rec["title"] == "Tỉnh ủy sơ kết công tác cán bộ"
    assert rec["text"].startswith("\nTỉnh ủy sơ kết"), "the text itself is unchanged"


def test_verbose_and_log_file(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    log = tmp_path / "run.log"
    res = run(["extract", str(tmp_path / "a.txt"), "-v", "--log-file", str(log), "--db", str(tmp_path / "f.db")])
    assert res.exit_code == 0, res.output
    assert "INFO ddnews.cli: extracting" in res.stderr
    text = log.read_text(encoding="utf-8")
    assert "extracting" in text and "store" in text
    res = run(["-v", "extract", str(tmp_path / "a.txt"), "-q", "--db", str(tmp_path / "f.db")])
    assert "INFO ddnews.cli" in res.stderr, "-v before the command works too"


def test_progress_bar_has_a_total_and_an_eta(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(BODY, encoding="utf-8")
    (src / "more.jsonl").write_text("\n".join(json.dumps({"text": BODY}) for _ in range(2)) + "\n", encoding="utf-8")
    res = run(["extract", str(src), "--progress", "--db", str(tmp_path / "f.db")])
    assert res.exit_code == 0, res.output
    assert "/5 [" in res.stderr and "<" in res.stderr, res.stderr  # "3/5 [00:01<00:00 …]": done/total, ETA


def test_config_file_gives_defaults_and_the_command_line_wins(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    Path("ddnews.toml").write_text('[extract]\nformat = "csv"\noutput = "tables"\nno-text = true\n', encoding="utf-8")
    res = run(["extract", "a.txt", "-q"])
    assert res.exit_code == 0, res.output
    assert Path("tables/documents.csv").is_file() and res.stdout == ""
    res = run(["extract", "a.txt", "-q", "--format", "jsonl", "-o", "-"])
    assert res.exit_code == 0 and "text" not in json.loads(res.stdout), "command line wins, no-text from file"
    other = tmp_path / "other.toml"
    other.write_text('[extract]\nformat = "jsonl"\n', encoding="utf-8")
    res = run(["--config", str(other), "extract", "a.txt", "-q"])
    assert res.exit_code == 0 and json.loads(res.stdout)["text"] == BODY
    res = run(["extract", "a.txt", "-q", "--config", str(other)])
    assert res.exit_code == 0 and json.loads(res.stdout)["text"] == BODY


def test_config_file_errors_are_clear(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("ddnews.toml").write_text('[extract]\nwokers = 4\n', encoding="utf-8")
    res = run(["extract", "x.txt"])
    assert res.exit_code == 2 and "has no option 'wokers'" in res.output and "workers" in res.output
    Path("ddnews.toml").write_text('[extrakt]\nworkers = 4\n', encoding="utf-8")
    res = run(["extract", "x.txt"])
    assert res.exit_code == 2 and "unknown command [extrakt]" in res.output
    Path("ddnews.toml").write_text('[extract\n', encoding="utf-8")
    res = run(["summary", "x.db"])
    assert res.exit_code == 2 and "Could not read config file" in res.output and "Traceback" not in res.output
    res = run(["--config", "missing.toml", "summary", "x.db"])
    assert res.exit_code == 2 and "not found" in res.output


def test_the_shipped_config_example_is_valid():
    from ddnews import config as cfg
    from ddnews.cli.common import default_map

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    import tomllib

    conf = {k: {kk.replace("-", "_"): vv for kk, vv in v.items()} for k, v in tomllib.loads(block).items()}
    assert default_map(conf, dict(main.commands), "README.md")
    assert cfg.CONFIG_NAME == "ddnews.toml"
