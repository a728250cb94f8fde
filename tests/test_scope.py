"""What a run judges, and what it says it judged: policy summaries that
are met only when their rules ran on inputs they apply to, the funder
profile in force, and budgets paired with papers only on evidence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from techcost import api
from techcost.cli import app

ROOT = Path(__file__).resolve().parents[1]
BUDGET = [
    ["Employee name", "Role", "FTE", "Year 1", "Year 2"],
    ["Quentin Marlowe-Ashby", "Research Technician", 0.5, 15000, 15450],
    ["Ann Lee", "Postdoctoral Research Associate", 1, 40000, 41200],
]
PAPER = "# Roots\n\n## Methods\n\nRoots were imaged on a confocal microscope.\n\n## Acknowledgements\n\nWe thank our colleagues for discussions.\n"


def _csv(path: Path, rows: list[list[object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _statuses(report) -> dict[str, str]:
    return {c.clause: c.status for ps in report.policy_summary for c in ps.clauses}


def test_no_clause_is_met_by_rules_that_did_not_run(tmp_path):
    paper = tmp_path / "paper.md"
    paper.write_text(PAPER)
    report = api.check([paper], select=["BUD001"])
    met = [c for c, s in _statuses(report).items() if s == "met" and c != "TOOL"]
    assert met == []


def test_uk_only_clauses_do_not_apply_to_an_nsf_budget():
    report = api.check([ROOT / "fixtures" / "budgets" / "nsf-proposal.xlsx"])
    st = _statuses(report)
    assert st["COST-6"] == "not_applicable" and st["COST-7"] == "not_applicable"
    assert report.profiles and report.profiles[0].name == "nsf"


def test_the_tools_own_dates_are_not_held_against_a_proposal():
    report = api.check([ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx"])
    assert _statuses(report)["RATES"] != "not_met"
    prof = report.profiles[0]
    assert prof.name == "ukri" and prof.as_of and prof.valid_until and prof.chosen_by == "budget"


def test_the_profile_in_force_is_in_every_human_and_machine_report(tmp_path):
    budget = ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx"
    runner = CliRunner()
    text = runner.invoke(app, ["check", str(budget)]).stdout
    assert "funder profile: ukri" in text
    data = json.loads(runner.invoke(app, ["check", str(budget), "-f", "json"]).stdout)
    assert data["profiles"][0]["name"] == "ukri"
    sarif = json.loads(runner.invoke(app, ["check", str(budget), "-f", "sarif"]).stdout)
    assert sarif["runs"][0]["properties"]["funder_profiles"][0]["name"] == "ukri"
    html = runner.invoke(app, ["check", str(budget), "-f", "html"]).stdout
    assert "funder profile: ukri" in html


def test_an_institute_named_after_a_funder_is_not_the_funder(tmp_path):
    rows = [["Item", "Year 1", "Year 2"], ["Research Technician", 15000, 15450], ["Sequencing at the Wellcome Sanger Institute", 8000, 8000]]
    report = api.check([_csv(tmp_path / "b.csv", rows)])
    assert not report.profiles or report.profiles[0].name != "wellcome"


def test_a_department_folder_pairs_no_budget_with_unrelated_papers(tmp_path):
    _csv(tmp_path / "dept" / "grant-a.csv", BUDGET)
    _csv(tmp_path / "dept" / "grant-b.csv", BUDGET)
    (tmp_path / "dept" / "paper.md").write_text(PAPER)
    report = api.check([tmp_path / "dept"])
    assert not [f for f in report.findings if f.code.startswith("LNK")]


def test_a_project_folder_pairs_its_budget_with_its_papers(tmp_path):
    _csv(tmp_path / "project" / "budget.csv", BUDGET)
    (tmp_path / "project" / "papers").mkdir()
    (tmp_path / "project" / "papers" / "paper.md").write_text(PAPER)
    report = api.check([tmp_path / "project"])
    assert [f.code for f in report.findings if f.code == "LNK001"] == ["LNK001"]


def test_a_paper_checked_alone_is_read_with_the_registrys_budgets(tmp_path):
    _csv(tmp_path / "budgets" / "budget.csv", BUDGET)
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "paper.md").write_text(PAPER)
    (tmp_path / "techcost.toml").write_text('[project]\nname = "Roots"\nbudgets = ["budgets/*.csv"]\npapers = ["papers/*.md"]\n')
    report = api.check([tmp_path / "papers" / "paper.md"], config_path=tmp_path / "techcost.toml")
    assert "LNK001" in [f.code for f in report.findings]
    assert [i.path for i in report.inputs] and all("budget" not in i.path for i in report.inputs)
