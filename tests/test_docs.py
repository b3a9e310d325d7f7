"""Docs cannot drift from the code: README's generated store section, commands and set-up."""
import sys
from pathlib import Path

from click.testing import CliRunner

from ddnews.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
sys.path.insert(0, str(ROOT / "scripts"))


def test_readme_store_section_is_current():
    from render_docs import END, START, readme_store_section

    section = README.split(START, 1)[1].split(END, 1)[0].strip("\n") + "\n"
    assert section == readme_store_section(), "README store section is stale: run python scripts/render_docs.py"


def test_readme_gives_the_two_setup_commands():
    assert "make demo" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    for name in main.commands:
        res = CliRunner().invoke(main, [name, "--help"])
        assert res.exit_code == 0, name
        assert "Example" in res.output, f"ddnews {name} --help has no example"
        assert f"ddnews {name}" in README, f"ddnews {name} is not documented in README.md"


# --- every shell and Python example of README.md and docs/ runs as written -------------------------------
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import urllib.request  # noqa: E402

import pytest  # noqa: E402

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[ \t]*\n(?P<code>.*?)^(?P=indent)```", re.S | re.M)
SKIP = re.compile(r"<!-- docs-test: skip \((?P<reason>[^)]+)\) -->")
REMOTE = re.compile(r"https?://(?!127\.0\.0\.1|localhost)")
#: Examples that are not run, and why (a new one must be added here on purpose).
NOT_RUN = {
    ("README.md", "make demo"): "sets up .venv and runs the whole suite: the suite itself",
    ("README.md", "python3 -m venv .venv"): "installs packages",
    ("docs/benchmarks.md", "make bench"): "takes 3–4 minutes and needs the bench extra",
    ("docs/dask.md", "pip install -e '.[scale]'"): "installs packages",
    ("docs/dask.md", "ddnews extract 'news/**/*.jsonl'"): "needs a running Dask scheduler",
    ("docs/dask.md", "git clone"): "sets up other machines",
    ("docs/dask.md", "/opt/ddnews/bin/dask scheduler"): "needs a cluster of several machines",
    ("docs/dask.md", "/opt/ddnews/bin/dask worker"): "needs a cluster of several machines",
    ("docs/dask.md", "ddnews extract /data/articles/"): "needs a cluster of several machines",
}


def examples(doc: Path) -> list[dict]:
    """The bash and python blocks of a document, each with the reason it is not run (or None)."""
    text = doc.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        if m.group("lang") not in ("bash", "python"):
            continue
        indent = len(m.group("indent"))
        code = "\n".join(line[indent:] for line in m.group("code").splitlines())
        before = text[:m.start()].rstrip().splitlines()[-1:] or [""]
        skip = SKIP.search(before[0])
        reason = skip.group("reason") if skip else ("needs the network" if REMOTE.search(code) else None)
        out.append({"doc": doc.relative_to(ROOT).as_posix(), "lang": m.group("lang"), "code": code,
                    "reason": reason, "first": code.strip().splitlines()[0] if code.strip() else ""})
    return out


def commands(code: str) -> list[str]:
    """A shell block's commands: continuation lines joined, blank and comment lines left out."""
    out, cur = [], ""
    for line in code.splitlines():
        if not cur and (not line.strip() or line.lstrip().startswith("#")):
            continue
        cur += line[:-1] + " " if line.rstrip().endswith("\\") else line
        if not line.rstrip().endswith("\\"):
            out.append(cur)
            cur = ""
    return out


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A scratch folder as a reader has after cloning: corpus/, examples/, benchmarks/, .venv (linked)."""
    ws = tmp_path_factory.mktemp("docs")
    for name in ("corpus", "examples", "benchmarks"):
        (ws / name).symlink_to(ROOT / name, target_is_directory=True)
    (ws / ".venv").symlink_to(Path(sys.executable).resolve().parents[1] if not (ROOT / ".venv").exists()
                              else ROOT / ".venv", target_is_directory=True)
    # `ddnews serve` listens on any free port here (ddnews.toml: the documented config file)
    (ws / "ddnews.toml").write_text("[serve]\nport = 0\n", encoding="utf-8")
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    env.pop("DDNEWS_SCREENSHOTS", None)
    return ws, env


def run_serve(cmd: str, ws: Path, env: dict) -> None:
    """`ddnews serve …` as written: wait for "Serving … at URL", fetch the page, stop the server."""
    proc = subprocess.Popen(["bash", "-c", f"exec {cmd}"], cwd=ws, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"Serving \S+ at (http://\S+) ", line)
        assert m, f"{cmd}: {line}{proc.stderr.read() if proc.poll() is not None else ''}"
        assert urllib.request.urlopen(m.group(1), timeout=10).status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run_example(ex: dict, ws: Path, env: dict, n: int) -> None:
    if ex["lang"] == "python":
        script = ws / f"_example_{n}.py"
        script.write_text(ex["code"], encoding="utf-8")
        out = subprocess.run([sys.executable, script.name], cwd=ws, env=env, capture_output=True, text=True,
                             timeout=600)
        assert out.returncode == 0, f"{ex['doc']}: python example failed:\n{ex['code']}\n{out.stderr[-3000:]}"
        return
    for cmd in commands(ex["code"]):
        if cmd.startswith("ddnews serve"):
            run_serve(cmd, ws, env)
            continue
        out = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=ws, env=env, capture_output=True,
                             text=True, timeout=600)
        assert out.returncode == 0, f"{ex['doc']}: `{cmd}` exited {out.returncode}:\n{out.stderr[-3000:]}"


def test_every_example_not_run_says_why():
    skipped = {(ex["doc"], ex["first"]): ex["reason"] for doc in DOCS for ex in examples(doc) if ex["reason"]}
    for (doc, first), reason in skipped.items():
        if reason == "needs the network":
            continue
        assert any(doc == d and first.startswith(p) for d, p in NOT_RUN), f"{doc}: `{first}` is not run: list it"
    for d, p in NOT_RUN:
        assert any(doc == d and first.startswith(p) for doc, first in skipped), f"{d}: `{p}` is listed but run"
    assert sum(1 for doc in DOCS for ex in examples(doc) if not ex["reason"]) >= 7


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_examples_run_as_written(doc, workspace):
    ws, env = workspace
    for n, ex in enumerate(examples(doc)):
        if ex["reason"] is None:
            run_example(ex, ws, env, n)
