"""Suggested fixes: a priced technician line (BUD001), a draft
acknowledgement (ACK002) and draft CRediT lines (AUT002)."""

from __future__ import annotations

from pathlib import Path

from techcost import api
from techcost.costing import costing_for, grade_band, spine_value
from techcost.policy.config import Config

ROOT = Path(__file__).resolve().parents[1]
NSF = ROOT / "fixtures" / "budgets" / "nsf-proposal.xlsx"

PAPER = """---
title: "Roots"
authors:
  - name: Alice Example
    affiliation: 1
  - name: Chris Tester
    affiliation: 2
affiliations:
  - name: School of Biosciences, University of Exampleshire, UK
    index: 1
  - name: Bioimaging Facility, University of Exampleshire, UK
    index: 2
---

# Methods

Images were acquired on the WBIF spinning-disk system.

# Acknowledgements

We thank Jane Doe for comments on the manuscript.
"""


def _finding(report, code):
    return next(f for f in report.findings if f.code == code)


def test_bud001_prices_a_technician_from_the_pay_spine(chdir_tmp):
    cfg, rs = api.load(Config())
    report = api.check([NSF], ruleset=rs, funder="ukri")
    s = _finding(report, "BUD001").suggestion
    assert s is not None and s.kind == "add-budget-line"
    prof = costing_for(rs).profile("ukri")
    lo, hi = grade_band(prof, "5")
    first = spine_value(prof, lo) * 0.2
    assert f"spine point {lo}" in s.text and f"spine point {lo + 1}" in s.text  # an increment a year
    assert f"basic £{first:,.0f}" in s.text
    assert "Grade 5" in s.text and "0.2 FTE" in s.text and "Total £" in s.text
    assert "employer NI" in s.text and "pension" in s.text


def test_bud001_without_a_pay_spine_gives_general_advice(chdir_tmp):
    report = api.check([NSF])  # the sheet says NSF: no UK pay spine
    s = _finding(report, "BUD001").suggestion
    assert s is not None and "Cost the technical effort" in s.text


def test_ack002_drafts_an_acknowledgement_with_ids_and_grants(chdir_tmp):
    paper = chdir_tmp / "paper.md"
    paper.write_text(PAPER, encoding="utf-8")
    cfg = Config.model_validate(
        {"project": {"facilities": [{"name": "Wolfson Bioimaging Facility", "aliases": ["WBIF"], "rrid": "RRID:SCR_017364", "grants": ["BB/M012093/1"]}]}}
    )
    report = api.check([paper], config=cfg, select=["ACK002"])
    text = _finding(report, "ACK002").suggestion.text
    assert text.startswith("We thank the Wolfson Bioimaging Facility (RRID:SCR_017364)")
    assert "BB/M012093/1" in text


def test_aut002_drafts_a_credit_line_per_author(chdir_tmp):
    paper = chdir_tmp / "paper.md"
    paper.write_text(PAPER, encoding="utf-8")
    cfg = Config.model_validate({"packs": ["core", "credit"]})
    report = api.check([paper], config=cfg, select=["AUT002"])
    text = _finding(report, "AUT002").suggestion.text
    lines = {ln.split(":")[0]: ln for ln in text.splitlines() if ":" in ln}
    assert "Alice Example" in lines and "Chris Tester" in lines
    assert "Investigation; Methodology; Resources" in lines["Chris Tester"]  # a technical author
    assert "Writing – review & editing" in text  # the CRediT roles listed


def test_the_suggested_technician_line_prices_on_costs_on_the_full_time_post(tmp_path):
    """A part-time post's on-costs are the full-time post's, scaled by FTE:
    the ratio of total to basic stays in the UK range the pack states
    (1.20-1.40), not the 1.16 the NI threshold gives on a 0.2 FTE slice."""
    import re

    from .budgetbuilder import build_xlsx

    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Staff": [["UKRI Funding Service"], ["Role", "FTE", "Year 1 (£)", "Year 2 (£)"], ["Postdoctoral Research Associate", 1.0, 52000, 53500]],
            "Other": [["Item", "Year 1 (£)", "Year 2 (£)"], ["Confocal microscope", 180000, 0]],
        },
    )
    report = api.check([p], funder="ukri")
    text = _finding(report, "BUD001").suggestion.text
    pairs = re.findall(r"basic £([\d,]+), on-costs £([\d,]+)", text)
    assert pairs
    for basic, oncost in pairs:
        b, o = float(basic.replace(",", "")), float(oncost.replace(",", ""))
        assert 1.20 <= (b + o) / b <= 1.40, (b, o)


def test_bud001_names_the_lines_it_read_as_written(chdir_tmp):
    """The signal says which lines it read as equipment or consumables,
    as the sheet names them, and points at the largest; an item named as
    equipment under a supplies heading is read as equipment."""
    Path("plan.csv").write_text(
        "Category,Item,Year 1,Year 2\n"
        "Personnel,PI (0.1 FTE),12000,12000\n"
        "Personnel,Postdoc (1.0 FTE),55000,56000\n"
        "Materials and Supplies,Mass spectrometer,250000,0\n"
        "Materials and Supplies,M&S,4000,4000\n"
    )
    f = _finding(api.check(["plan.csv"], select=["BUD001"]), "BUD001")
    assert "equipment of 250,000 ('Mass spectrometer')" in f.message
    assert "consumables of 8,000 ('M&S')" in f.message
    assert f.message.endswith("(currency not stated)")
    assert f.location.anchor() == "plan!B4"
