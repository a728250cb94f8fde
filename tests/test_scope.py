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
    met = [c for c, s in _statuses(report).items() if s == "met"]
    assert met == []
    tool = next(c for ps in report.policy_summary for c in ps.clauses if c.clause == "TOOL")
    assert tool.status == "not_assessable" and "SYS003" in tool.reason  # suppressions were not accounted for
    assert _statuses(api.check([paper]))["TOOL"] == "met"


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


# ------------------------------------------------------------ portfolio


def _portfolio(args: list[str], cwd: Path, env: dict[str, str] | None = None):
    import os
    import subprocess
    import sys

    e = {**os.environ, "TECHCOST_NO_CACHE": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "techcost", "portfolio", *args, "--no-progress"], cwd=cwd, env=e, capture_output=True, text=True, timeout=300, check=False)


def _tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_portfolio_counts_budgets_and_papers_only_and_writes_outside(tmp_path):
    scan = tmp_path / "dept"
    _csv(scan / "grant.csv", BUDGET)
    (scan / "paper.md").write_text(PAPER)
    (scan / "SOURCES.md").write_text("# Sources\n\n- one\n- two\n")
    (scan / "README.md").write_text("# About\n\nThese are the papers.\n")
    before = _tree(scan)
    work = tmp_path / "work"
    work.mkdir()
    r = _portfolio([str(scan), "-f", "json"], work)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["overall"]["proposals"] == 1 and data["overall"]["papers"] == 1 and data["overall"]["documents"] == 2
    assert _tree(scan) == before  # nothing written inside the scanned folder
    assert (work / ".techcost" / "portfolio.sqlite").is_file()
    # run from inside the scanned folder: the database goes to the user's data folder
    r = _portfolio(["."], scan, env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert r.returncode == 0, r.stderr
    assert _tree(scan) == before and list((tmp_path / "data").rglob("portfolio.sqlite"))


def test_portfolio_says_why_trends_are_missing_and_marks_small_groups(tmp_path):
    scan = tmp_path / "scan"
    _csv(scan / "biology" / "2024" / "grant.csv", BUDGET)
    (scan / "biology" / "2024" / "paper.md").write_text(PAPER)
    _csv(scan / "physics" / "2024" / "grant.csv", BUDGET)
    r = _portfolio([str(scan)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "a trend needs two years" in r.stdout
    assert "too few documents for shares" in r.stdout


def test_portfolio_keeps_a_summary_written_for_another_database(tmp_path):
    scan = tmp_path / "scan"
    _csv(scan / "grant.csv", BUDGET)
    html = tmp_path / "summary.html"
    assert _portfolio([str(scan), "--db", str(tmp_path / "a.sqlite"), "--html", str(html)], tmp_path).returncode == 0
    first = html.read_text()
    r = _portfolio([str(scan), "--db", str(tmp_path / "b.sqlite"), "--html", str(html)], tmp_path)
    assert r.returncode == 2 and "written for" in r.stderr and html.read_text() == first
    assert _portfolio([str(scan), "--db", str(tmp_path / "a.sqlite"), "--html", str(html)], tmp_path).returncode == 0  # its own: replaced
    assert _portfolio([str(scan), "--db", str(tmp_path / "b.sqlite"), "--html", str(html), "--force"], tmp_path).returncode == 0


def test_portfolio_over_the_shared_corpus(corpus, tmp_path):
    before = _tree(corpus)
    r = _portfolio([str(corpus), "-f", "json"], tmp_path)
    assert r.returncode == 0, r.stderr
    o = json.loads(r.stdout)["overall"]
    assert o["papers"] == 39 and o["proposals"] == 9
    # six justifications: doe-ecrp2021_personnelBudget.tex is a LaTeX part whose main file includes it
    # under another name (personnelBudget.tex), so no main file there reaches it and it is read on its own
    assert o["justifications"] == 6
    assert _tree(corpus) == before
