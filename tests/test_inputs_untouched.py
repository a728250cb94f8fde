"""No command ever modifies an input: each command runs on copies of real
and built inputs, which are hashed (content and modification time) before
and after."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost.cli import app

from .budgetbuilder import build_xlsx

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture()
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx", d / "budget.xlsx")
    shutil.copy(ROOT / "fixtures" / "budgets" / "nsf-proposal.xlsx", d / "nsf.xlsx")
    shutil.copy(ROOT / "fixtures" / "manuscripts" / "markdown" / "root-imaging-paper.md", d / "paper.md")
    shutil.copy(next((ROOT / "fixtures" / "manuscripts" / "pdf").glob("two-column.pdf")), d / "paper.pdf")
    build_xlsx(d / "v2.xlsx", {"Staff": [["Role", "Year 1 (£)", "Year 2 (£)"], ["Postdoc", 40000, 41000]]})
    import docx

    doc = docx.Document()
    doc.add_heading("Acknowledgements", 1)
    doc.add_paragraph("We thank Jo Tester for technical help.")
    doc.save(d / "paper.docx")
    return d


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{d}"],
        ["check", "{d}", "--format", "json"],
        ["check", "{d}", "--format", "sarif"],
        ["check", "{d}", "--format", "html"],
        ["check", "{d}", "--annotate", "{out}"],
        ["inspect", "{d}/budget.xlsx"],
        ["inspect", "{d}/paper.docx"],
        ["inspect", "{d}/paper.pdf", "--format", "text"],
        ["diff", "{d}/budget.xlsx", "{d}/v2.xlsx"],
        ["baseline", "{d}", "--output", "{out}/baseline.json"],
        ["portfolio", "{d}", "--db", "{out}/p.sqlite", "--html", "{out}/p.html", "--csv", "{out}/p.csv"],
    ],
)
def test_command_leaves_inputs_untouched(inputs, tmp_path, args, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(tmp_path)
    before = _state(inputs)
    argv = [a.format(d=inputs, out=out) for a in args]
    r = runner.invoke(app, argv)
    assert r.exit_code in (0, 1, 2), r.output
    assert "Traceback" not in (r.output or "")
    assert _state(inputs) == before, argv
