"""The registry matches a checked-in list: an extractor cannot disappear or be renamed unnoticed."""
import json
from pathlib import Path

from spacy import registry

import ddnews
from ddnews.nlp import registrations

GOLDEN = Path(__file__).with_name("registrations.json")


def test_factories_match_golden_file():
    expected = json.loads(GOLDEN.read_text())
    ours = sorted(n for n in registry.factories.get_all() if n.startswith("ddnews_"))
    assert ours == expected["factories"]
    assert sorted([*registrations.COMPONENTS, *registrations.LATE_STAGES]) == expected["factories"]


def test_packaged_pipeline_runs_the_registered_components():
    nlp = ddnews.load()
    assert nlp.pipe_names[-3:] == ["ddnews_link", "ddnews_claim_link", "ddnews_facts"]
    assert nlp.pipe_names[:-3] == list(registrations.COMPONENTS)


def test_displacy_renders_facts():
    html = ddnews.render("Ngày 2/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU.")
    assert "DOCUMENT" in html and "DATE" in html
