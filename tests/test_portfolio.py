"""Portfolio runs: parallel checks, the results database and its reuse,
department and year from folders or a CSV, the summary figures, privacy,
and the Excel-safe CSV export."""

from __future__ import annotations

import csv
import multiprocessing
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost import portfolio as pf
from techcost.cli import app
from techcost.reporters import portfolio as pr

ROOT = Path(__file__).resolve().parents[1]
UKRI = ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx"
NSF = ROOT / "fixtures" / "budgets" / "nsf-proposal.xlsx"
PAPER = ROOT / "fixtures" / "manuscripts" / "markdown" / "root-imaging-paper.md"
# salaries of the named people in the UKRI sample (fixtures/make_fixtures.py)
NAMED_SALARIES = ["29179", "29,179", "14590", "14,590", "68900", "68,900", "13780", "13,780"]

PLAIN_PAPER = """---
title: "A plain paper"
authors:
  - name: Alex Example
  - name: Bina Sample
---

# Methods

Samples were measured in the laboratory.

# Acknowledgements

We thank Jane Doe for comments and the Genomics Core Facility for sequencing.
"""


@pytest.fixture()
def tree(tmp_path):
    """Biosciences/2024, Biosciences/2025 and 2025/Chemistry, plus a broken file."""
    base = tmp_path / "portfolio"
    layout = {
        "Biosciences/2024/ukri.xlsx": UKRI,
        "Biosciences/2024/paper.md": PAPER,
        "Biosciences/2025/nsf.xlsx": NSF,
        "2025/Chemistry/plain.md": None,
        "2025/Chemistry/broken.xlsx": b"PK\x03\x04 not a workbook",
    }
    for rel, src in layout.items():
        p = base / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(src, Path):
            shutil.copy(src, p)
        elif isinstance(src, bytes):
            p.write_bytes(src)
        else:
            p.write_text(PLAIN_PAPER, encoding="utf-8")
    return base


def test_layout_metadata():
    assert pf.layout_metadata(Path("Biosciences/2024/x.xlsx")) == ("Biosciences", 2024)
    assert pf.layout_metadata(Path("2024/Physics/grants/x.xlsx")) == ("Physics", 2024)
    assert pf.layout_metadata(Path("2024-25/x.md")) == (None, 2024)
    assert pf.layout_metadata(Path("budgets/spreadsheets/x.xlsx")) == (None, None)


def test_run_summary_reuse_and_change(tree, tmp_path):
    db = tmp_path / "p.sqlite"
    first = pf.run([tree], db=db, jobs=2)
    assert (first.files, first.checked, first.reused) == (5, 5, 0)
    o = first.summary["overall"]
    assert o["proposals"] == 2 and o["proposals_costing_technical_staff"] == 1 and o["share_costing_technical_staff"] == 50.0
    assert o["papers"] == 2 and o["papers_crediting_staff_by_name"] >= 1 and o["papers_crediting_facility"] >= 1
    assert o["papers_with_technical_authors"] == 1  # Chris Tester, Bioimaging Facility affiliation
    assert o["not_judged"] == 1
    assert o["technical_fte_per_proposal"] is not None and o["technical_cost_per_proposal"]["GBP"] > 0
    assert set(first.summary["by_year"]) == {"2024", "2025"}
    assert set(first.summary["by_department"]) == {"Biosciences", "Chemistry"}
    assert first.summary["by_department"]["Chemistry"]["not_judged"] == 1
    codes = {c["code"] for c in first.summary["findings_by_code"]}
    assert {"BUD001", "BUD002", "SYS001"} <= codes or {"BUD001", "BUD002"} <= codes

    second = pf.run([tree], db=db, jobs=2)
    assert (second.checked, second.reused) == (0, 5)
    assert second.summary["overall"] == first.summary["overall"]

    (tree / "2025" / "Chemistry" / "plain.md").write_text(PLAIN_PAPER + "\nMore text.\n", encoding="utf-8")
    third = pf.run([tree], db=db, jobs=2)
    assert (third.checked, third.reused) == (1, 4)
    assert len(third.history) == 3

    forced = pf.run([tree], db=db, jobs=1, force=True)
    assert forced.checked == 5


def test_database_keeps_no_named_salaries_or_names(tree, tmp_path):
    db = tmp_path / "p.sqlite"
    pf.run([tree], db=db, jobs=2)
    con = sqlite3.connect(db)
    dump = "\n".join(con.iterdump())
    con.close()
    for amount in NAMED_SALARIES:
        assert amount not in dump, amount
    # no person is stored next to an amount: nothing stored about a budget names anyone
    con = sqlite3.connect(db)
    budget_text = " ".join(
        str(v)
        for row in con.execute("SELECT d.*, f.message, f.location FROM documents d LEFT JOIN findings f ON f.path=d.path WHERE d.kind='budget'")
        for v in row
    )
    con.close()
    for name in ("Chris Tester", "Alice Example", "Bina Sample"):
        assert name not in budget_text


def test_mask_amounts():
    assert pf.mask_amounts("equipment of $412,000 and £5,400 and 35000 in Year 3 at 0.03 FTE") == (
        "equipment of [amount] and [amount] and [amount] in Year 3 at 0.03 FTE"
    )
    assert pf.mask_amounts("grant BB/X012345/1 from 2024") == "grant BB/X012345/1 from 2024"


def test_metadata_csv_overrides_layout(tree, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "path,department,year\n"
        "portfolio/Biosciences/2025/nsf.xlsx,Physics,2023\n"
        f"{(tree / '2025' / 'Chemistry' / 'plain.md').as_posix()},,2022\n",
        encoding="utf-8",
    )
    res = pf.run([tree], db=tmp_path / "p.sqlite", jobs=1, metadata=meta)
    by_rel = {r["rel"]: (r["department"], r["year"]) for r in res.rows}
    assert by_rel["Biosciences/2025/nsf.xlsx"] == ("Physics", 2023)
    assert by_rel["2025/Chemistry/plain.md"] == ("Chemistry", 2022)
    assert by_rel["Biosciences/2024/ukri.xlsx"] == ("Biosciences", 2024)


def test_bad_metadata_is_a_configuration_error(tree, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("path,department,year\nx.xlsx,Physics,last year\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["portfolio", str(tree), "--db", str(tmp_path / "p.sqlite"), "--metadata", str(meta)])
    assert r.exit_code == 2 and "four-digit year" in r.output


def test_csv_export_is_safe_for_excel(tmp_path):
    base = tmp_path / "pf"
    for dept in ("=HYPERLINK(1)", "+SUM(1)", "-2+3", "@cmd"):
        d = base / dept / "2024"
        d.mkdir(parents=True)
        shutil.copy(NSF, d / "b.xlsx")
    res = pf.run([base], db=tmp_path / "p.sqlite", jobs=1)
    out = tmp_path / "out.csv"
    pf.write_csv(res.rows, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    depts = sorted(r["department"] for r in rows)
    assert depts == ["'+SUM(1)", "'-2+3", "'=HYPERLINK(1)", "'@cmd"]
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for v in r.values())
    assert pf.safe_cell("\tx") == "'\tx" and pf.safe_cell("\rx") == "'\rx" and pf.safe_cell(-1.5) == -1.5


def test_html_summary_is_self_contained_with_svg(tree, tmp_path):
    res = pf.run([tree], db=tmp_path / "p.sqlite", jobs=1)
    html = pr.render_html(res)
    assert "<svg" in html and "<script" not in html and " src=" not in html
    assert "Proposals costing technical staff" in html and "Biosciences" in html and "2025" in html
    for amount in NAMED_SALARIES:
        assert amount not in html


def test_cli_portfolio_progress_csv_html(tree, tmp_path):
    db, html, out = tmp_path / "p.sqlite", tmp_path / "s.html", tmp_path / "s.csv"
    r = CliRunner().invoke(app, ["portfolio", str(tree), "--db", str(db), "--html", str(html), "--csv", str(out), "--progress", "-j", "2"])
    assert r.exit_code == 0, r.output
    assert "checking [" in r.output  # the bar (CliRunner mixes standard error in)
    assert "proposals: 2" in r.output and html.is_file() and out.is_file() and db.is_file()
    quiet = CliRunner().invoke(app, ["portfolio", str(tree), "--db", str(db), "--html", str(html), "--format", "json"])
    assert quiet.exit_code == 0 and "checking [" not in quiet.output
    assert '"reused": 5' in quiet.output


def test_default_database_under_the_working_folder_never_the_scanned_one(tree, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    r = CliRunner().invoke(app, ["portfolio", str(tree), "-j", "1"])
    assert r.exit_code == 0, r.output
    assert (work / ".techcost" / "portfolio.sqlite").is_file()
    assert (work / ".techcost" / "portfolio.html").is_file()
    assert not (tree / ".techcost").exists()


def _crash_in_fast_mode(rec):  # runs in a forked worker
    if "nsf" in rec.path and not pf._WORKER.get("isolate_each"):
        os._exit(9)
    return _ORIGINAL(rec)


_ORIGINAL = pf._worker_check


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="simulating a worker crash needs forked workers")
def test_a_dying_worker_costs_nothing(tree, tmp_path, monkeypatch):
    monkeypatch.setattr(pf, "_worker_check", _crash_in_fast_mode)
    res = pf.run([tree], db=tmp_path / "p.sqlite", jobs=2)
    assert res.files == 5 and len(res.rows) == 5
    nsf = next(r for r in res.rows if r["rel"].endswith("nsf.xlsx"))
    assert nsf["status"] == "ok" and nsf["kind"] == "budget"  # checked again under the per-file guard


def test_corpus_portfolio(corpus, tmp_path):
    db = tmp_path / "p.sqlite"
    before = sorted((q.relative_to(corpus), q.stat().st_mtime_ns) for q in corpus.rglob("*"))
    first = pf.run([corpus], db=db, jobs=2)
    assert first.files >= 50 and first.checked == first.files
    o = first.summary["overall"]
    # every paper, budget workbook and justification (a LaTeX table part whose main file is not there included)
    assert (o["papers"], o["proposals"], o["justifications"]) == (39, 9, 6)
    assert sorted((q.relative_to(corpus), q.stat().st_mtime_ns) for q in corpus.rglob("*")) == before  # nothing written inside
    second = pf.run([corpus], db=db, jobs=2)
    assert second.checked == 0 and second.reused == first.files


_ORIGINAL_CHECK = pf.check_document


def _slow_nsf(path, ruleset, **kw):  # runs in a forked worker
    if "nsf" in str(path):
        end = time.process_time() + 5
        while time.process_time() < end:  # busy: the limit counts processor time
            pass
    return _ORIGINAL_CHECK(path, ruleset, **kw)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="slowing one document down needs forked workers")
def test_time_limit_costs_only_that_document(tree, tmp_path, monkeypatch):
    from techcost.parsers import limits

    monkeypatch.setattr(pf, "check_document", _slow_nsf)
    monkeypatch.setattr(limits, "MAX_SECONDS_PER_FILE", 1)
    res = pf.run([tree], db=tmp_path / "p.sqlite", jobs=2)
    nsf = next(r for r in res.rows if r["rel"].endswith("nsf.xlsx"))
    assert nsf["status"] == "error" and "more than 1 s of processor time" in (nsf["error_message"] or "")
    assert sum(1 for r in res.rows if r["status"] == "ok") == 3  # all but nsf and the broken file
