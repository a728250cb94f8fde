"""The development-set figures cannot silently fall: floors from the issue
(document-level technical credit P >= 0.95, R >= 0.90; named technical
staff strict F1 >= 0.85; facilities F1 >= 0.80; technical authors F1 >= 0.75;
authors F1 >= 0.97 on JATS, Markdown, LaTeX and >= 0.9 on PDF, docx;
presence accuracies >= 0.97)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from techcost.cli import app
from techcost.evaluation.manuscripts import evaluate

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def result(corpus):
    return evaluate(corpus / "labels.json")


def test_detection_floors(result):
    s = result["summary"]["overall"]
    assert s["errors"] == 0
    assert s["document_technical_credit"]["precision"] >= 0.95
    assert s["document_technical_credit"]["recall"] >= 0.90
    assert s["named_staff_strict"]["f1"] >= 0.85
    assert s["facilities_without_names"]["f1"] >= 0.80
    assert s["technical_authors"]["f1"] >= 0.75


def test_parsing_floors(result):
    s = result["summary"]
    for fmt in ("jats", "markdown", "latex"):
        assert s[fmt]["authors"]["f1"] >= 0.97, fmt
    for fmt in ("pdf", "docx"):
        assert s[fmt]["authors"]["f1"] >= 0.90, fmt
    assert s["overall"]["acknowledgements_present"]["accuracy"] >= 0.97
    assert s["overall"]["contribution_statement_present"]["accuracy"] >= 0.97


def test_eval_command(corpus):
    r = CliRunner().invoke(app, ["eval", "--labels", str(corpus / "labels.json"), "--format", "json", "--only", "jats"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    s = data["manuscripts"]["summary"]
    assert set(s) == {"jats", "overall"}
    for key in ("document_technical_credit", "named_staff_strict", "named_staff_lenient", "facilities_without_names", "authors", "technical_authors"):
        d = s["overall"][key]
        assert {"precision", "recall", "f1", "precision_ci", "recall_ci", "tp", "pred", "gold"} <= set(d)
    text = CliRunner().invoke(app, ["eval", "--labels", str(corpus / "labels.json"), "-q"]).stdout
    assert "named technical staff (strict)" in text and "overall" in text


def test_eval_needs_a_labels_file():
    r = CliRunner().invoke(app, ["eval"])
    assert r.exit_code == 2
