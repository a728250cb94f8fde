"""Justifications of resources kept as YAML."""

from __future__ import annotations

from pathlib import Path

from techcost import api

STRUCTURED = """\
title: Budget justification for the imaging project
personnel:
  - role: Principal Investigator
    fte: 0.2
    cost: [15360, 15821, 16295]
  - role: Research Technician
    fte: 0.5
    cost: [19200, 19776, 0]
narrative:
  staff: >
    Funds are requested for a research technician at 0.5 FTE in years 1 and 2
    to run the confocal microscope and prepare samples for sequencing.
"""


def _parse(path: Path):
    _, rs = api.load()
    return api.parse_one(path, rs)


def test_structured_yaml_posts_and_narrative(tmp_path):
    p = tmp_path / "budget_justification.yaml"
    p.write_text(STRUCTURED)
    r = _parse(p)
    assert r.error is None and r.kind == "justification"
    lines = {s.label: s for s in r.model.staff_lines}
    assert set(lines) == {"Principal Investigator", "Research Technician"}
    tech = lines["Research Technician"]
    assert tech.category == "technical" and tech.cost == [19200, 19776, 0]
    assert tech.location.line is not None
    assert {w.kind for w in r.model.technical_work} >= {"imaging", "sequencing"}


def test_prose_yaml(tmp_path):
    p = tmp_path / "jor.yml"
    p.write_text("justification_of_resources:\n  staff: We request a research software engineer at 0.5 FTE for all three years.\n")
    r = _parse(p)
    assert r.error is None
    assert [(s.category, s.effort) for s in r.model.staff_lines] == [("technical", [0.5, 0.5, 0.5])]


def test_other_yaml_is_not_an_input(tmp_path):
    p = tmp_path / "config.yaml"
    p.write_text("a: 1\n")
    r = _parse(p)
    assert r.error is not None and r.error.code == "SYS002"
    assert "not a justification" in str(r.error)
    # a folder check does not pick it up at all
    report = api.check([tmp_path])
    assert not any("config.yaml" in i.path for i in report.inputs if i.status == "ok")


def test_hostile_yaml_is_refused_with_one_line(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    p = tmp_path / "budget_justification.yaml"
    p.write_text(bomb)
    r = _parse(p)
    assert r.error is None or "\n" not in str(r.error)
    deep = tmp_path / "budget-justification.yaml"
    deep.write_text("x: " + "[" * 5000 + "]" * 5000 + "\n")
    r = _parse(deep)
    assert r.error is not None and "\n" not in str(r.error)
    bad = tmp_path / "budget_justification_bad.yaml"
    bad.write_text("a: [1, 2\nb: }\n")
    r = _parse(bad)
    assert r.error is not None and "not valid YAML" in str(r.error)


def test_a_real_yaml_funder_form():
    """A funder's own submission form kept as YAML in a public repository
    (NumFOCUS Small Development Grants, MIT; tests/corpus). Found among
    other files it is not taken for a justification (a one-line reason,
    left out by hooks); named with --justification it is read as one."""
    real = Path(__file__).parent / "corpus" / "budgets" / "justifications" / "j-numfocus-sdg-submission-form.yaml"
    found = _parse(real)
    assert found.error is not None and "not a justification of resources" in str(found.error)
    _, rs = api.load()
    assert found.error.code in rs.flagged("not-a-document")
    named = api.parse_one(real, rs, as_justification=True)
    assert named.error is None, named.error
    assert (named.kind, named.format) == ("justification", "yaml")
