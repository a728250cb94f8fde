"""The baseline: adopt with a clean run, fail on new problems only, survive
edits above a finding, report stale entries."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost.cli import app

from .budgetbuilder import build_xlsx

STAFF = [
    ["Role", "FTE", "Year 1 (£)", "Year 2 (£)"],
    ["Principal Investigator", 0.2, 18000, 18500],
    ["Laboratory Technician", 0.02, 650, 670],
]

PAPER = """# Root imaging

## Methods

{above}Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.

## Acknowledgements

We thank Jane Doe for comments on the manuscript.
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def _findings(r) -> list[dict]:
    return json.loads(r.stdout)["findings"]


def _active(r) -> list[tuple[str, str]]:
    return sorted((f["code"], Path(f["location"]["path"]).name) for f in _findings(r) if not f.get("suppressed"))


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    """A repository with a token technician on a budget and an
    unacknowledged facility in a paper; fail-on warning."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "techcost.toml").write_text('fail-on = "warning"\n[rules]\nselect = ["BUD002", "ACK002", "SYS"]\n', encoding="utf-8")
    (tmp_path / "budgets").mkdir()
    (tmp_path / "papers").mkdir()
    build_xlsx(tmp_path / "budgets" / "grant.xlsx", {"Staff": STAFF})
    (tmp_path / "papers" / "paper.md").write_text(PAPER.format(above=""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_adopting_passes_and_a_new_problem_fails_alone(repo):
    r = run("check", ".", "-f", "json")
    assert r.exit_code == 1 and _active(r) == [("ACK002", "paper.md"), ("BUD002", "grant.xlsx")]
    r = run("baseline")
    assert r.exit_code == 0, r.output
    data = json.loads((repo / ".techcost-baseline.json").read_text())
    assert sorted((e["code"], e["path"]) for e in data["findings"]) == [("ACK002", "papers/paper.md"), ("BUD002", "budgets/grant.xlsx")]
    assert set(data["findings"][0]) == {"fingerprint", "code", "name", "path", "anchor"}
    r = run("check", ".", "-f", "json")
    assert r.exit_code == 0, r.stdout
    assert all(f["suppressed"]["by"] == "baseline" for f in _findings(r))
    # a new problem: only it is reported
    build_xlsx(repo / "budgets" / "grant.xlsx", {"Staff": [*STAFF, ["Research Technician", 0.03, 900, 950]]})
    r = run("check", ".", "-f", "json")
    assert r.exit_code == 1
    assert _active(r) == [("BUD002", "grant.xlsx")]
    (new,) = [f for f in _findings(r) if not f.get("suppressed")]
    assert new["location"]["cell"] == "A4"


def test_edits_above_a_finding_keep_the_baseline(repo):
    assert run("baseline").exit_code == 0
    build_xlsx(
        repo / "budgets" / "grant.xlsx",
        {"Staff": [STAFF[0], ["Co-Investigator", 0.1, 9000, 9200], ["Postdoctoral researcher", 1.0, 38000, 39000], *STAFF[1:]]},
    )
    (repo / "papers" / "paper.md").write_text(
        "# Root imaging\n\n## Introduction\n\nA new introduction, several lines\nlong, added above.\n\n"
        + PAPER.format(above="Plants were grown for\nten days.\n\n").split("\n", 2)[2],
        encoding="utf-8",
    )
    r = run("check", ".", "-f", "json")
    assert r.exit_code == 0, r.stdout
    assert _active(r) == []
    moved = [f for f in _findings(r) if f["code"] == "BUD002"]
    assert moved[0]["location"]["cell"] == "A5" and moved[0]["suppressed"]["by"] == "baseline"


def test_fixed_problem_leaves_a_stale_entry(repo):
    assert run("baseline").exit_code == 0
    build_xlsx(repo / "budgets" / "grant.xlsx", {"Staff": [STAFF[0], ["Laboratory Technician", 0.5, 15000, 15500]]})
    r = run("check", ".", "-f", "json")
    assert r.exit_code == 0
    (stale,) = [f for f in _findings(r) if f["code"] == "SYS004"]
    assert stale["severity"] == "info"
    assert "budgets/grant.xlsx" in stale["message"] and stale["location"]["path"] == ".techcost-baseline.json"
    # checking only the paper says nothing about the budget's entry
    r = run("check", "papers/paper.md", "-f", "json")
    assert [f["code"] for f in _findings(r)] == ["ACK002"]
    # regenerating drops it
    assert run("baseline").exit_code == 0
    data = json.loads((repo / ".techcost-baseline.json").read_text())
    assert [e["code"] for e in data["findings"]] == ["ACK002"]


def test_baseline_of_some_paths_keeps_the_others(repo):
    assert run("baseline", "budgets").exit_code == 0
    data = json.loads((repo / ".techcost-baseline.json").read_text())
    assert [e["code"] for e in data["findings"]] == ["BUD002"]
    r = run("baseline", "papers/paper.md")
    assert "kept 1" in r.stdout
    data = json.loads((repo / ".techcost-baseline.json").read_text())
    assert sorted(e["code"] for e in data["findings"]) == ["ACK002", "BUD002"]


def test_baseline_matches_from_any_folder(repo, monkeypatch):
    assert run("baseline").exit_code == 0
    monkeypatch.chdir(repo / "papers")
    r = run("check", "paper.md", "../budgets", "-f", "json")
    assert r.exit_code == 0, r.stdout
    assert not [f for f in _findings(r) if f["code"] == "SYS004"]


def test_no_baseline_and_explicit_and_configured_files(repo):
    assert run("baseline", "--output", "ci/accepted.json").exit_code == 0
    assert not (repo / ".techcost-baseline.json").exists()
    assert run("check", ".").exit_code == 1  # the default file does not exist
    assert run("check", ".", "--baseline", "ci/accepted.json").exit_code == 0
    r = run("check", ".", "--baseline", "ci/missing.json")
    assert r.exit_code == 2 and "baseline file not found" in r.output
    (repo / "techcost.toml").write_text(
        'fail-on = "warning"\nbaseline = "ci/accepted.json"\n[rules]\nselect = ["BUD002", "ACK002", "SYS"]\n', encoding="utf-8"
    )
    assert run("check", ".").exit_code == 0
    assert run("check", ".", "--no-baseline").exit_code == 1
    (repo / "ci" / "accepted.json").write_text("not json", encoding="utf-8")
    r = run("check", ".")
    assert r.exit_code == 2 and "not valid JSON" in r.output


def test_baseline_holds_no_messages(repo):
    build_xlsx(repo / "budgets" / "grant.xlsx", {"Staff": [STAFF[0], ["Laboratory Technician (Jo Bloggs)", 0.02, 31234, 31234]]})
    assert run("baseline").exit_code == 0
    text = (repo / ".techcost-baseline.json").read_text()
    assert "31234" not in text and "31,234" not in text and "message" not in text
