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
    for name, cmd in main.commands.items():
        res = CliRunner().invoke(main, [name, "--help"])
        assert res.exit_code == 0, name
        assert "Example" in res.output, f"ddnews {name} --help has no example"
        assert f"ddnews {name}" in README, f"ddnews {name} is not documented in README.md"
