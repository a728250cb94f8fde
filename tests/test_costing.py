"""Funder profiles and rate tables, justifications of resources and their
pairing with budgets, and ``techcost diff``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost import api
from techcost.cli import app
from techcost.costing import costing_for, grade_band, spine_value
from techcost.errors import ConfigError
from techcost.parsers.justification import is_justification
from techcost.policy.config import Config

from .budgetbuilder import build_xlsx

runner = CliRunner()


# ------------------------------------------------------------ profiles


def test_every_funder_has_a_dated_profile_with_sources():
    _, rs = api.load()
    costing = costing_for(rs)
    assert set(costing.profiles) >= {"ukri", "wellcome", "nihr", "horizon_europe", "nih", "nsf"}
    for name, prof in costing.profiles.items():
        assert prof.as_of and prof.valid_until, name
        for key, _entry in (prof.data.get("values") or {}).items():
            assert prof.source(key), f"{name}.{key} has no source"
    ukri = costing.profile("ukri")
    assert ukri.get("fec_rate") == 0.8 and ukri.get("inflation_allowed") is False
    assert ukri.get("equipment_threshold") == 25000 and ukri.get("investigator_hours_cap") == 1650
    assert "pool technician" in ukri.get("funding_service_no_overhead_roles")
    assert costing.profile("horizon_europe").get("days_per_year_cap") == 215
    assert costing.profile("nih").get("salary_cap") == 225700
    assert spine_value(ukri, 20) == 29179 and grade_band(ukri, "5") == (16, 22)


def test_an_institution_pack_overrides_grade_bands(tmp_path):
    pack = tmp_path / "ourlab"
    (pack / "costing").mkdir(parents=True)
    (pack / "pack.yaml").write_text(
        'pack: ourlab\nversion: "1"\nextends: [core]\ncosting:\n  rates:\n    uk-he: costing/rates.yaml\n', encoding="utf-8"
    )
    (pack / "costing" / "rates.yaml").write_text(
        'as_of: "2026-01-01"\ngrades:\n  bands: {"5": [18, 24]}\n', encoding="utf-8"
    )
    _, rs = api.load(Config(packs=[str(pack)]))
    ukri = costing_for(rs).profile("ukri")
    assert grade_band(ukri, "5") == (18, 24)
    assert grade_band(ukri, "6") == (22, 30)  # the rest of the core table stays
    assert spine_value(ukri, 20) == 29179
    assert ukri.rates["uk-he"].as_of == "2026-01-01"


def test_funder_option_forces_the_profile_and_config_is_the_default(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {"Staff": [["Role", "FTE", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)"], ["Research Technician", 1.0, 30000, 31500, 33075]]},
    )
    quiet = api.check([p], config=Config(), select=["BUD007"])
    assert not quiet.findings  # no funder: UKRI's no-inflation rule does not apply
    by_config = api.check([p], config=Config(funder="ukri"), select=["BUD007"])
    assert [f.code for f in by_config.findings] == ["BUD007"]
    forced = api.check([p], config=Config(funder="nsf"), funder="ukri", select=["BUD007"])
    assert [f.code for f in forced.findings] == ["BUD007"]


def test_unknown_funder_is_a_configuration_error(tmp_path):
    p = build_xlsx(tmp_path / "b.xlsx", {"Staff": [["Role", "Year 1 (£)"], ["Technician", 30000]]})
    with pytest.raises(ConfigError, match="unknown funder 'ukrii'"):
        api.check([p], config=Config(), funder="ukrii")
    res = runner.invoke(app, ["check", str(p), "--funder", "ukrii"])
    assert res.exit_code == 2 and "unknown funder" in res.output


def test_a_sheet_naming_its_funder_beats_the_configured_default(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {"R&R": [["NIH SF424 R&R Budget"], ["Role", "Base Salary ($)", "Cal. Months", "Requested Salary ($)"], ["PD/PI", 260000, 3, 56425]]},
    )
    report = api.check([p], config=Config(funder="ukri"), select=["BUD015"])
    assert [f.code for f in report.findings] == ["BUD015"]


# ------------------------------------------------------------ justifications


def test_justifications_are_recognised_by_name_or_heading(tmp_path):
    a = tmp_path / "Budget_Justification.md"
    a.write_text("# Anything\n", encoding="utf-8")
    b = tmp_path / "notes.md"
    b.write_text("# Justification of Resources\n\nStaff.\n", encoding="utf-8")
    c = tmp_path / "paper.md"
    c.write_text("# Roots\n\nWe thank the imaging facility.\n", encoding="utf-8")
    assert is_justification(a, "markdown") and is_justification(b, "markdown")
    assert not is_justification(c, "markdown")


JUST = """# Budget Justification

## Personnel

Funds are requested for a postdoctoral researcher at 1.0 FTE for all three years.

Funds are requested for the first two years for 2 calendar months of a technician (Assistant Specialist I) to extract DNA.

## Fringe Benefits

The rate used for the postdoc is 18%.
"""


def test_justification_staff_lines_effort_and_places(tmp_path):
    j = tmp_path / "budget_justification.md"
    j.write_text(JUST, encoding="utf-8")
    data = api.inspect(j)
    assert data["kind"] == "justification"
    lines = data["justification"]["staff_lines"]
    assert [(s["category"], s["location"]["line"]) for s in lines] == [("researcher", 5), ("technical", 7)]
    assert lines[0]["effort"] == [1.0, 1.0, 1.0] and lines[0]["effort_unit"] == "fte"
    assert lines[1]["effort"] == [2.0, 2.0, 0.0] and lines[1]["effort_unit"] == "months"
    assert lines[1]["label"] == "technician (Assistant Specialist I)"


def test_justification_given_with_option_is_paired_with_every_budget(tmp_path):
    b = build_xlsx(
        tmp_path / "costs.xlsx",
        {"Budget": [["Role", "FTE", "Year 1 (£)"], ["Postdoc", 1.0, 40000], ["Research Software Engineer", 0.5, 20000]]},
    )
    j = tmp_path / "case.md"
    j.write_text("# Case\n\nFunds are requested for a postdoc at 1.0 FTE.\n", encoding="utf-8")
    report = api.check([b], config=Config(), justification=j, select=["BUD020"])
    assert [(f.code, f.location.anchor()) for f in report.findings] == [("BUD020", "Budget!A3")]
    assert {i.kind for i in report.inputs} == {"budget", "justification"}
    res = runner.invoke(app, ["check", str(b), "--justification", str(j), "--select", "BUD020", "--fail-on", "warning"])
    assert res.exit_code == 1 and "BUD020" in res.output


def test_pairing_by_file_name(tmp_path):
    from techcost.pairing import name_words, pair

    class P:
        def __init__(self, name, kind):
            self.path, self.kind, self.model, self.display, self.paired = tmp_path / name, kind, object(), name, None

    b1, b2 = P("nsf-deb_ucdavis_NSFBudget.xlsx", "budget"), P("wellcome_plant_roots_budget.xlsx", "budget")
    j1, j2 = P("plant_roots_justification.docx", "justification"), P("nsf_hutton_justification.md", "justification")
    pair([b1, b2, j1, j2])
    assert j1.paired is b2 and j2.paired is None
    assert "budget" not in name_words(Path("x_budget.xlsx"))


# ------------------------------------------------------------ diff


def _versions(tmp_path):
    old = build_xlsx(
        tmp_path / "v1.xlsx",
        {"Staff": [["UKRI Je-S staff costs"], ["Role", "FTE", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)"], ["Postdoctoral Research Associate", 1.0, 40000, 41200, 42400], ["Research Technician", 0.5, 15000, 15450, 15900], ["Data manager", 0.2, 8000, 8200, 8400]]},
    )
    new = build_xlsx(
        tmp_path / "v2.xlsx",
        {"Staff": [["UKRI Je-S staff costs"], ["Role", "FTE", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)"], ["Postdoctoral Research Associate", 1.0, 42000, 43200, 44400], ["Data manager", 0.1, 4000, 4100, 4200]]},
    )
    return old, new


def test_diff_reports_the_cut_technician(tmp_path):
    old, new = _versions(tmp_path)
    res = runner.invoke(app, ["diff", str(old), str(new), "--fail-on", "warning"])
    assert res.exit_code == 1, res.output
    assert "removed" in res.output and "Research Technician" in res.output
    assert "BUD022" in res.output and "while the other lines" in res.output
    data = json.loads(runner.invoke(app, ["diff", str(old), str(new), "--format", "json"]).output)
    assert data["old"]["technical_lines"] == 2 and data["new"]["technical_lines"] == 1
    kinds = {(c["label"], c["kind"]) for c in data["changes"]}
    assert ("Research Technician", "removed") in kinds and ("Data manager", "cut") in kinds
    flagged = {(Path(f["location"]["path"]).name, f["location"]["cell"]) for f in data["findings"]}
    assert flagged == {("v1.xlsx", "A4"), ("v2.xlsx", "A4")}  # technician (old file), data manager (new file)
    assert data["summary"]["exit_code"] == 0  # default fail-on error
    assert runner.invoke(app, ["diff", str(old), str(new), "--fail-on", "warning", "--exit-zero"]).exit_code == 0


def test_diff_of_a_file_that_is_not_a_budget_exits_2(tmp_path):
    old, _ = _versions(tmp_path)
    bad = tmp_path / "notes.md"
    bad.write_text("# Notes\n", encoding="utf-8")
    res = runner.invoke(app, ["diff", str(old), str(bad)])
    assert res.exit_code == 2


@pytest.mark.corpus
def test_diff_of_the_two_mellon_budgets(corpus):
    base = corpus / "budgets" / "spreadsheets"
    out = api.diff(base / "tei-simple_mellon_budget.xlsx", base / "tei-simple_mellon_budget2.xlsx")
    changes = {(c["label"], c["kind"]) for c in out["changes"]}
    assert ("Implementation of processing expectations", "cut") in changes
    assert ("Implementation of profile reporting", "cut") in changes
    assert out["old"]["staff_cost"] == 36720 and out["new"]["staff_cost"] == 28800
    assert out["report"].exit_code("warning") == 0  # consultancy, not technical staff: reported, not flagged


@pytest.mark.corpus
def test_rules_fire_on_real_budgets_and_justifications(corpus):
    report = api.check(
        [corpus / "budgets" / "spreadsheets" / "tei-simple_mellon_budget.xlsx", corpus / "budgets" / "justifications" / "nsf-deb_rossibarra_budget.tex"],
        config=Config(),
    )
    got = {(Path(f.location.path).name, f.code, f.location.anchor()) for f in report.findings}
    assert ("tei-simple_mellon_budget.xlsx", "BUD018", "table2.csv") in got
    assert ("nsf-deb_rossibarra_budget.tex", "BUD021", "55") in got  # the commented-out technician
    assert ("nsf-deb_rossibarra_budget.tex", "BUD019", "46") in got  # sample preparation with no technician


@pytest.mark.corpus
def test_justification_staff_lines_against_labels(corpus):
    from techcost.evaluation.budgets import evaluate

    r = evaluate(corpus / "budget-labels.json")
    j = r["by_kind"]["justification"]
    assert j["precision"] >= 0.95 and j["recall"] >= 0.95 and j["category_accuracy"] >= 0.95, r["per_document"]
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95 and r["category_accuracy"] >= 0.95
    assert r["commented_out_technical"]["matched"] == r["commented_out_technical"]["gold"]
