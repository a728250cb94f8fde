"""Budgets hold named people's salaries (personal data under UK GDPR).
Findings and every output meant for CI or sharing never print them unless
asked (`--show-amounts`)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from techcost.cli import app

from .budgetbuilder import build_xlsx

runner = CliRunner()
SALARY = 31237
COSTS = [15618, 15619, 16088]  # 0.5 FTE, rounded both ways, and year 2


@pytest.fixture()
def budget(tmp_path):
    return build_xlsx(
        tmp_path / "grant.xlsx",
        {
            "Staff": [
                ["Role", "Name", "Annual salary (£)", "FTE", "Year 1 (£)", "Year 2 (£)"],
                ["Research Technician", "Chris Tester", SALARY, 0.5, COSTS[0], COSTS[2]],
                ["Laboratory Technician", "Dana Coder", 26338, 0.02, 527, 527],
            ]
        },
    )


def _amounts(text: str) -> set[int]:
    return {int(x.replace(",", "")) for x in re.findall(r"\d[\d,]{3,}", text)}


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "markdown", "html", "gitlab"])
def test_outputs_hide_named_salaries(budget, tmp_path, fmt, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["check", str(budget), "--format", fmt, "-v"] if fmt == "text" else ["check", str(budget), "--format", fmt])
    assert r.exit_code in (0, 1), r.output
    leaked = _amounts(r.stdout) & {SALARY, *COSTS, 26338, 527}
    assert not leaked, f"{fmt} prints {leaked}"


def test_show_amounts_prints_them_when_asked(budget, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["check", str(budget), "-v", "--show-amounts"])
    assert _amounts(r.stdout) & {*COSTS, 527}


def test_portfolio_database_and_csv_hold_no_salaries(budget, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "p.sqlite"
    csv = tmp_path / "p.csv"
    r = runner.invoke(app, ["portfolio", str(budget.parent), "--db", str(db), "--csv", str(csv), "--html", str(tmp_path / "p.html")])
    assert r.exit_code in (0, 1), r.output
    raw = db.read_bytes().decode("latin-1") + csv.read_text(encoding="utf-8") + (tmp_path / "p.html").read_text(encoding="utf-8")
    assert not (_amounts(raw) & {SALARY, *COSTS, 26338})
    assert "Chris Tester" not in csv.read_text(encoding="utf-8") or not (_amounts(csv.read_text(encoding="utf-8")) & {SALARY, *COSTS})
