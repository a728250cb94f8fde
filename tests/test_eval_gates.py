"""Figures cannot silently fall.

The floors that matter are on the *check* part of the project's own corpus
(``tests/corpus``), which the detection was never tuned on: they are set a
little under what the detection achieves there today, so a change that
makes it generalise worse fails here. The aims stated in DESIGN.md
(strict F1 0.90, lenient 0.85, document credit P 0.95 / R 0.92, facilities
and technical authors 0.85) are above these floors and not yet reached;
raise a floor whenever the check figure rises.

The check part was re-formed when the corpus grew: 14 papers whose
acknowledgement had also been stored as a tune record moved to tune
(``split.json`` says which), and new papers and acknowledgement batches
were placed by the keyed hash. The paper floors are set on the check part
as it now is (fewer papers, and the same code scores it lower than the
part it replaced); the acknowledgement floors rose with it.

Later, 18 PDF and 22 Markdown papers were added and placed by the keyed
hash (9 of each to check). On the larger check part paper-level recall and
lenient F1 are lower than on the part before it (the new check papers
credit more people the reader misses); those floors were set on the
larger part, and the others raised where the figures rose.

The shared development set is gated as well, at its own (higher) level.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost.cli import app
from techcost.evaluation.manuscripts import evaluate, evaluate_corpus

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite

OWN = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def check():
    return evaluate_corpus(OWN, parts=("check",))["check"]["summary"]


def test_check_part_credit_floors(check):
    papers, acks = check["overall"], check["acknowledgements"]
    assert papers["errors"] <= 3
    assert papers["document_technical_credit"]["precision"] >= 0.80
    assert papers["document_technical_credit"]["recall"] >= 0.75
    assert papers["named_staff_strict"]["f1"] >= 0.62
    assert papers["named_staff_lenient"]["f1"] >= 0.54
    assert papers["facilities_without_names"]["f1"] >= 0.50
    # 0.69 for two rounds (no technical author of a check PDF found); 0.75 once ASM's list of places
    # at the end of a paper, MDPI's place marks and a centre for an instrument were read
    assert papers["technical_authors"]["f1"] >= 0.72
    assert acks["errors"] == 0
    assert acks["document_technical_credit"]["f1"] >= 0.83
    # 0.82 on the check texts of the previous round; the 76 texts added to the check part since
    # (fac12 to fac15) are harder: the code of the previous round reads 0.80 on today's part
    # raised to 0.80 and 0.81 when the reader reached 0.802 and 0.818 on them. The 48 check texts of
    # fac25 to fac30 (fields the corpus lacked) are harder still: on today's part the code from before
    # they were added reads 0.795 and 0.808, the 1,032 older texts still 0.803 and 0.818; strict
    # raised to 0.80 when the reader reached 0.805 (lists with commas alone, purposes ended at a
    # semicolon), facilities to 0.59 at 0.607
    assert acks["named_staff_strict"]["f1"] >= 0.80
    assert acks["named_staff_lenient"]["f1"] >= 0.80
    assert acks["facilities_without_names"]["f1"] >= 0.59


def test_check_part_author_floors(check):
    # Markdown 0.972 since a paper whose authors are in the LaTeX title page its front matter
    # includes is read (it was unread before); the floor keeps that
    floors = {"jats": 0.97, "docx": 0.97, "latex": 0.87, "markdown": 0.95, "pdf": 0.86}
    for fmt, floor in floors.items():
        assert check[fmt]["authors"]["f1"] >= floor, fmt
    assert check["overall"]["acknowledgements_present"]["accuracy"] >= 0.92
    assert check["overall"]["contribution_statement_present"]["accuracy"] >= 0.88


@pytest.mark.corpus
def test_development_set_floors(corpus):
    s = evaluate(corpus / "labels.json")["summary"]
    o = s["overall"]
    assert o["errors"] == 0
    assert o["document_technical_credit"]["precision"] >= 0.85
    assert o["document_technical_credit"]["recall"] >= 0.90
    assert o["named_staff_strict"]["f1"] >= 0.85
    assert o["facilities_without_names"]["f1"] >= 0.75
    assert o["technical_authors"]["f1"] >= 0.95
    for fmt in ("jats", "markdown", "latex", "pdf", "docx"):
        assert s[fmt]["authors"]["f1"] >= 0.97, fmt
    assert o["acknowledgements_present"]["accuracy"] >= 0.97
    assert o["contribution_statement_present"]["accuracy"] >= 0.97


def test_eval_prints_both_parts_per_format():
    r = CliRunner().invoke(app, ["eval", "--corpus", str(OWN), "-q"])
    assert r.exit_code == 0, r.stdout
    text = r.stdout
    for needle in ("TUNE part", "CHECK part", "jats", "latex", "markdown", "docx", "pdf", "acknowledgements", "named technical staff (strict)"):
        assert needle in text, needle
    assert "[" in text  # intervals


@pytest.mark.corpus
def test_eval_command(corpus):
    r = CliRunner().invoke(app, ["eval", "--labels", str(corpus / "labels.json"), "--format", "json", "--only", "jats"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    s = data["manuscripts"]["summary"]
    assert set(s) == {"jats", "overall"}
    for key in ("document_technical_credit", "named_staff_strict", "named_staff_lenient", "facilities_without_names", "authors", "technical_authors"):
        d = s["overall"][key]
        assert {"precision", "recall", "f1", "precision_ci", "recall_ci", "tp", "pred", "gold"} <= set(d)


def test_eval_needs_something_to_measure():
    r = CliRunner().invoke(app, ["eval"])
    assert r.exit_code == 2


def test_budget_check_part_floors():
    """Budgets and justifications of the own corpus's check part (a small
    part: most openly licensed budgets found are justifications)."""
    from techcost.evaluation.budgets import evaluate_corpus_budgets

    r = evaluate_corpus_budgets(OWN, parts=("check",))["check"]
    assert r["errors"] == 0
    assert r["precision"] >= 0.45 and r["recall"] >= 0.45
    assert r["category_accuracy"] >= 0.9
    assert r["has_technical_staff_accuracy"] == 1.0


def test_eval_budget_labels_prints_both_parts():
    r = CliRunner().invoke(app, ["eval", "--budget-labels", str(OWN)])
    assert r.exit_code == 0, r.stdout
    assert "TUNE part" in r.stdout and "CHECK part" in r.stdout
    check = r.stdout.split("CHECK part", 1)[1]
    assert "missed" not in check and "extra" not in check  # no per-document errors of the check part


def test_a_failure_in_the_analysis_leaves_one_document_unread(monkeypatch):
    """If reading one document's credit fails, that document counts as
    unread and the others are still scored: never a traceback."""
    import techcost.analysis as analysis_pkg
    from techcost import api
    from techcost.evaluation.manuscripts import score_ack

    _, rs = api.load()

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis_pkg, "analyse", broken)
    monkeypatch.delenv("TECHCOST_DEBUG", raising=False)
    row = score_ack({"id": "x", "text": "We thank Kim Park for technical assistance.", "technical_staff_named": []}, rs)
    assert row["error"] == "the credit analysis failed (RuntimeError)"
