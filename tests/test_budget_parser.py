"""Budget layouts real spreadsheets use, built with openpyxl (and CSV)."""

from __future__ import annotations

from pathlib import Path

import pytest

from techcost import api
from techcost.errors import NotUnderstood
from techcost.model import Budget

from .budgetbuilder import build_xlsx


def parse(path: Path) -> Budget:
    _, rs = api.load()
    res = api.parse_one(path, rs)
    if res.error:
        raise res.error
    assert isinstance(res.model, Budget)
    return res.model


def lines(b: Budget) -> list[tuple[str, str]]:
    return [(s.label, s.category) for s in b.staff_lines]


def test_header_found_by_content_not_position(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Budget": [
                ["Proposal: Example project"],
                [],
                ["Prepared by the research office"],
                [None, None, "Role", "FTE", "Year 1", "Year 2"],
                [None, None, "Technician", 0.5, 15000, 15450],
                [None, None, "Postdoc", 1.0, 40000, 41200],
            ]
        },
    )
    b = parse(p)
    assert lines(b) == [("Technician", "technical"), ("Postdoc", "researcher")]
    assert b.periods == ["Year 1", "Year 2"]
    t = b.staff_lines[0]
    assert t.cost == [15000, 15450]
    assert t.effort_unit == "fte" and t.effort == [0.5, 0.5]
    assert "effort" in t.computed  # one FTE column spread over the periods
    assert t.location.cell == "C5" and t.location.row == 5


@pytest.mark.parametrize(
    "label,category",
    [
        ("Technician", "technical"),
        ("Lab tech 1 salary", "technical"),
        ("Assistant Specialist", "technical"),
        ("RSE", "technical"),
        ("Research Software Engineer (0.3 FTE)", "technical"),
        ("insect rearing technicians (1 FTE @$30K; may be used to hire multiple student research assistants)", "technical"),
        ("HPC systems administrator", "technical"),
        ("Principal Investigator", "investigator"),
        ("Salary reimbursement for PI (Jane Doe; 10% FTE @ $110k)", "investigator"),
        ("Co-I", "investigator"),
        ("Postdoctoral Research Associate", "researcher"),
        ("insect pathologist post-doc", "researcher"),
        ("Graduate Student (2)", "student"),
        ("PhD studentship", "student"),
        ("Project administrator", "other_staff"),
        ("Consultant developer", "consultant"),
    ],
)
def test_role_classification(tmp_path, label, category):
    p = build_xlsx(tmp_path / "b.xlsx", {"Staff": [["Role", "Cost"], [label, 10000]]})
    b = parse(p)
    assert lines(b) == [(label, category)]


@pytest.mark.parametrize(
    "label,ctype",
    [
        ("Relocation expenses for insect pathologist", "travel"),
        ("Travel for PI and postdoc to meet collaborators", "travel"),
        ("Confocal microscope", "equipment"),
        ("Illumina MiSeq sample preparation services", "facility_or_service_charge"),
        ("DNA purification column kits", "consumables"),
        ("Cloud computing (GPU hours)", "computing"),
        ("Animal costs (mice, per diem)", "animal"),
    ],
)
def test_non_staff_lines_that_mention_roles_are_not_staff(tmp_path, label, ctype):
    p = build_xlsx(tmp_path / "b.xlsx", {"Costs": [["Item", "Cost"], [label, 1000], ["Technician", 20000]]})
    b = parse(p)
    assert [s.label for s in b.staff_lines] == ["Technician"]
    assert [(n.label, n.type) for n in b.non_staff_lines] == [(label, ctype)]


def test_totals_subtotals_and_empty_template_rows_are_not_lines(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Request": [
                ["Personnel"],
                ["#", "Name/Role", "Base salary", "% Annual Effort", None, "Period 1", "Period 2"],
                [1, "Postdoc", 50000, 1, 1, 50000, 51500],
                [2, "Technician", 40000, 0.25, 0.25, 10000, 10300],
                [3, None, None, None, None, 0, 0],
                [4, None, None, None, None, 0, 0],
                ["Total Salaries", None, None, None, None, 60000, 61800],
                ["Benefits by Person", None, None, None, None, "Period 1", "Period 2"],
                [1, "Postdoc", None, None, None, 9000, 9270],
                [2, "Technician", None, None, None, 4000, 4120],
                ["Total Benefits", None, None, None, None, 13000, 13390],
                ["Travel"],
                [None, "Conferences", None, None, None, 3000, 3000],
                ["Total direct costs", None, None, None, None, 76000, 78190],
            ]
        },
    )
    b = parse(p)
    assert lines(b) == [("Postdoc", "researcher"), ("Technician", "technical")]
    tech = b.staff_lines[1]
    assert tech.effort == [0.25, 0.25] and tech.effort_unit == "fte"
    assert tech.salary == 40000
    assert tech.oncost == [4000, 4120] and tech.oncost_included is False
    assert [(n.label, n.type, n.cost) for n in b.non_staff_lines] == [("Conferences", "travel", [3000, 3000])]


def test_period_blocks_with_sub_headers(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Plan": [
                [None, None, "BP1", None, None, None, "BP2"],
                [None, "FTE", "Salary", "Fringe", "Totals", "FTE", "Salary", "Fringe", "Totals"],
                ["PI", 0.5, 60000, 18000, 78000, 0.5, 62000, 18600, 80600],
                ["RSE", 1.0, 70000, 21000, 91000, 0.5, 36000, 10800, 46800],
                ["Totals", 1.5, 130000, 39000, 169000, 1.0, 98000, 29400, 127400],
            ]
        },
    )
    b = parse(p)
    assert b.periods == ["BP1", "BP2"]
    rse = b.staff_lines[1]
    assert (rse.label, rse.category) == ("RSE", "technical")
    assert rse.effort == [1.0, 0.5]
    assert rse.cost == [91000, 46800]
    assert rse.salary_by_period == [70000, 36000]
    assert rse.oncost == [21000, 10800]
    assert rse.oncost_included is True


def test_merged_year_headers(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {"Staff": [["Role", "Year 1", None, "Year 2", None], [None, "FTE", "Cost (£)", "FTE", "Cost (£)"], ["Technician", 0.4, 12000, 0.4, 12400]]},
        merged={"Staff": ["B1:C1", "D1:E1"]},
    )
    b = parse(p)
    t = b.staff_lines[0]
    assert t.effort == [0.4, 0.4] and t.cost == [12000, 12400]
    assert b.currency == "GBP"


def test_flat_table_with_type_column_and_linked_benefits(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Budget": [
                ["cost_item", "cost_type", "qty_or_fte", "unit_cost", "units", "total"],
                ["Lab tech 1 salary", "personnel", 1, 40000, "$/per year", 40000],
                ["Lab tech 1 benefits", "benefits", 1, 12000, "$/per year", 12000],
                ["Entomologist salary compensation", "personnel", 0.02, 110000, "$/per year (inc. benefits)", 2200],
                ["Panel traps", "supplies", 100, 40, "$/each", 4000],
                [None, None, None, None, "SUBTOTAL", 58200],
            ]
        },
    )
    b = parse(p)
    tech, ento = b.staff_lines
    assert (tech.category, tech.salary, tech.cost, tech.oncost, tech.oncost_rate) == ("technical", 40000, [40000], [12000], 0.3)
    assert ento.oncost_included is True and ento.effort == [0.02]
    assert [(n.label, n.type) for n in b.non_staff_lines] == [("Panel traps", "consumables")]
    assert b.currency == "USD"


def test_label_carries_person_effort_and_salary(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {"Cooperator": [["ITEM", "FUNDS"], ["PERSONNEL:"], ["insect pathologist post-doc (Dr. Jim Example) (1 FTE @ 60K)", 60000], ["Salary reimbursement for PI (Aubrey Sample; 10% FTE @ $110k)", 11000]]},
    )
    b = parse(p)
    a, c = b.staff_lines
    assert (a.person, a.effort, a.salary) == ("Jim Example", [1.0], 60000)
    assert (c.person, c.effort, c.salary, c.category) == ("Aubrey Sample", [0.1], 110000, "investigator")


def test_hidden_sheets_and_repeated_views_count_once(tmp_path):
    staff = [["Role", "Year 1", "Year 2"], ["Technician", 10000, 10300], ["Postdoc", 40000, 41200]]
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Detail": staff,
            "Fiscal years": [["Role", "FY25", "FY26", "FY27"], ["Technician", 5000, 10150, 5150], ["Postdoc", 20000, 40600, 20600]],
            "Helper": [["Role", "Year 1"], ["Technician", 99]],
        },
        hidden=["Helper"],
    )
    b = parse(p)
    assert [(s.location.sheet, s.label) for s in b.staff_lines] == [("Detail", "Technician"), ("Detail", "Postdoc")]
    kinds = {n.kind for n in b.notes}
    assert {"duplicate-view", "sheet-skipped"} <= kinds


def test_summary_sheet_does_not_double_count(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Summary": [["Fund heading", "Year 1 (£)"], ["Directly Incurred - Staff", 30000], ["Directly Allocated - Estates", 9000]],
            "Staff": [["Role", "Year 1 (£)"], ["Research Technician", 30000]],
        },
    )
    b = parse(p)
    assert lines(b) == [("Research Technician", "technical")]
    assert [(n.label, n.type) for n in b.non_staff_lines] == [("Directly Allocated - Estates", "estates")]


def test_csv_budget(tmp_path):
    p = tmp_path / "budget.csv"
    p.write_text('Role,FTE,Year 1,Year 2\nTechnician,0.5,"£15,000","£15,450"\nTotal,,"£15,000","£15,450"\n', encoding="utf-8")
    b = parse(p)
    assert lines(b) == [("Technician", "technical")]
    assert b.staff_lines[0].cost == [15000, 15450]
    assert b.format == "csv"


def test_csv_latin1(tmp_path):
    p = tmp_path / "budget.csv"
    p.write_bytes("Rôle;Cost\nTechnicien de laboratoire;1000\nTechnician (Müller);2000\n".encode("latin-1"))
    b = parse(p)
    assert ("Technician (Müller)", "technical") in lines(b)


def test_sheet_that_cannot_be_understood_says_what_was_seen(tmp_path):
    p = build_xlsx(tmp_path / "b.xlsx", {"Notes": [["Some thoughts on the budget"], ["we will need a technician"]]})
    with pytest.raises(NotUnderstood) as exc:
        parse(p)
    msg = str(exc.value)
    assert "'Notes' (2 rows; 1 post name, no numbers)" in msg and "column headings" in msg


def test_formula_cells_without_saved_values_are_computed(tmp_path):
    p = build_xlsx(tmp_path / "b.xlsx", {"Staff": [["Role", "FTE", "Salary", "Cost"], ["Technician", 0.5, 30000, "=B2*C2"]]})
    b = parse(p)
    assert b.uncached_formula_cells == []
    assert b.computed_formula_cells == ["Staff!D2"]
    assert b.staff_lines[0].cost == [15000.0]
    assert "cost" in b.staff_lines[0].computed
    assert any(n.kind == "formula-values-computed" for n in b.notes)


def test_formula_cells_that_cannot_be_computed_are_reported(tmp_path):
    p = build_xlsx(tmp_path / "b.xlsx", {"Staff": [["Role", "FTE", "Salary", "Cost"], ["Technician", 0.5, 30000, "=[other.xlsx]Rates!B2*C2"]]})
    b = parse(p)
    assert b.uncached_formula_cells == ["Staff!D2"]
    assert any(n.kind == "formula-values-missing" for n in b.notes)


def test_formula_evaluation_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("TECHCOST_FORMULA_SECONDS", "0")
    p = build_xlsx(tmp_path / "b.xlsx", {"Staff": [["Role", "FTE", "Salary", "Cost"], ["Technician", 0.5, 30000, "=B2*C2"]]})
    b = parse(p)
    assert b.uncached_formula_cells == ["Staff!D2"] and b.computed_formula_cells == []


def test_funding_service_fields(tmp_path):
    p = build_xlsx(
        tmp_path / "b.xlsx",
        {
            "Staff": [
                ["UKRI Funding Service costings"],
                ["Role", "Funding Service role", "Grade", "Spine point", "FTE", "Year 1 (£)", "Year 2 (£)", "Estates (£)", "Indirect (£)"],
                ["Directly Incurred - Staff"],
                ["Research Technician", "Technician", "Grade 5", 20, 0.5, 19000, 19600, 0, 0],
                ["Directly Allocated"],
                ["Pool technician", "Pool Technician", None, None, 0.1, 3000, 3000, 500, 700],
                ["Inflation", "3%"],
            ]
        },
    )
    b = parse(p)
    assert b.funder == "ukri" and b.funding_service is True and b.inflation_rate == 0.03
    tech, pool = b.staff_lines
    assert (tech.grade, tech.spine_point, tech.fund_heading, tech.funding_service_role, tech.pooled, tech.overheads) == ("5", 20, "DI", "technician", None, False)
    assert (pool.fund_heading, pool.funding_service_role, pool.pooled, pool.overheads) == ("DA", "pool technician", True, True)


def test_funder_detection(tmp_path):
    p = build_xlsx(tmp_path / "b.xlsx", {"Budget": [["EPSRC full economic cost"], ["Role", "Year 1"], ["Technician", 1000]]})
    assert parse(p).funder == "ukri"


def test_parse_one_takes_a_path_written_as_text_outside_the_working_folder(tmp_path, monkeypatch):
    """The library's entry point accepts a path as a string, from anywhere."""
    p = tmp_path / "staff.csv"
    p.write_text("Role,Cost\nResearch Technician,30000\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    _, rs = api.load()
    res = api.parse_one(str(p), rs)
    assert res.error is None and isinstance(res.model, Budget)
    assert res.display.endswith("staff.csv")
