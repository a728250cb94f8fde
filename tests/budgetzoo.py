"""A zoo of budget layouts: the same budget contents written in every
layout research offices and funders use, as xlsx, ods, xls and csv.

A ``Budget`` here is the contents: posts with a category, effort (FTE) and
salary cost and on-costs per period, and some non-staff costs. A layout
function turns contents into sheets (lists of rows); ``write`` saves them in
a format. ``expected`` says what any reader should get back from any layout.

    python tests/budgetzoo.py OUT_DIR      # writes every layout in every format
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

Rows = list[list[Any]]
Sheets = dict[str, Rows]


@dataclass
class Post:
    title: str
    category: str
    fte: list[float]  # per period; 0 where the post is not costed
    salary: list[float]  # full-time annual salary per period

    def salary_cost(self, i: int) -> float:
        return round(self.fte[i] * self.salary[i], 2)

    def oncost(self, i: int, rate: float) -> float:
        return round(self.salary_cost(i) * rate, 2)

    def total(self, i: int, rate: float) -> float:
        return round(self.salary_cost(i) + self.oncost(i, rate), 2)


@dataclass
class Contents:
    posts: list[Post]
    periods: list[str]
    oncost_rate: float = 0.28
    currency: str = "GBP"
    other: list[tuple[str, list[float]]] = field(default_factory=list)  # non-staff: label, cost per period

    @property
    def n(self) -> int:
        return len(self.periods)


def canonical() -> Contents:
    """The budget of the issue: a PI at 0.2 FTE, a postdoc at 1.0, a
    Research Technician at 0.5 FTE in Years 1 and 2 but not Year 3, all
    with on-costs."""
    return Contents(
        posts=[
            Post("Principal Investigator", "investigator", [0.2, 0.2, 0.2], [60000, 61800, 63654]),
            Post("Postdoctoral Research Associate", "researcher", [1.0, 1.0, 1.0], [38000, 39140, 40314]),
            Post("Research Technician", "technical", [0.5, 0.5, 0.0], [30000, 30900, 31827]),
        ],
        periods=["Year 1", "Year 2", "Year 3"],
        other=[("Consumables", [5000, 5000, 5000]), ("Travel and subsistence", [2000, 2000, 2000])],
    )


def expected(c: Contents) -> list[tuple[str, str, tuple[float, ...], tuple[float, ...]]]:
    """(title, category, FTE per period, cost with on-costs per period) for
    every post, in order."""
    return [(p.title, p.category, tuple(p.fte), tuple(p.total(i, c.oncost_rate) for i in range(c.n))) for p in c.posts]


def _costed(p: Post) -> list[int]:
    return [i for i, f in enumerate(p.fte) if f]


# ------------------------------------------------------------------ layouts

def wide_fte_per_period(c: Contents) -> Sheets:
    """One row per post: FTE per period, then cost (with on-costs) per period and a total."""
    head = ["Role", *[f"FTE {p}" for p in c.periods], *c.periods, "Total"]
    rows: Rows = [["Staff costs (including on-costs)"], head]
    for p in c.posts:
        tot = [p.total(i, c.oncost_rate) for i in range(c.n)]
        rows.append([p.title, *p.fte, *tot, round(sum(tot), 2)])
    rows.append([])
    rows.append(["Other costs", *[""] * c.n, *c.periods, "Total"])
    for label, vals in c.other:
        rows.append([label, *[""] * c.n, *vals, sum(vals)])
    return {"Budget": rows}


def wide_fte_column(c: Contents) -> Sheets:
    """One FTE column and yearly totals: the FTE holds wherever the post is costed."""
    rows: Rows = [["Role", "FTE", *c.periods, "Total"]]
    for p in c.posts:
        fte = max(p.fte)
        tot = [p.total(i, c.oncost_rate) for i in range(c.n)]
        rows.append([p.title, fte, *tot, round(sum(tot), 2)])
    for label, vals in c.other:
        rows.append([label, "", *vals, sum(vals)])
    return {"Budget": rows}


def subcolumns(c: Contents) -> Sheets:
    """A block of FTE / salary / on-costs / total under each period heading."""
    top: list[Any] = ["Post"]
    sub: list[Any] = [""]
    for per in c.periods:
        top += [per, "", "", ""]
        sub += ["FTE", "Salary", "On-costs", "Total"]
    rows: Rows = [top, sub]
    for p in c.posts:
        row: list[Any] = [p.title]
        for i in range(c.n):
            row += [p.fte[i], p.salary_cost(i), p.oncost(i, c.oncost_rate), p.total(i, c.oncost_rate)]
        rows.append(row)
    for label, vals in c.other:
        row = [label]
        for v in vals:
            row += ["", "", "", v]
        rows.append(row)
    return {"Staff": rows}


def oncost_rows(c: Contents) -> Sheets:
    """Salary on one row and its on-costs on the row below."""
    rows: Rows = [["Item", "FTE", *c.periods, "Total"]]
    for p in c.posts:
        sal = [p.salary_cost(i) for i in range(c.n)]
        onc = [p.oncost(i, c.oncost_rate) for i in range(c.n)]
        rows.append([p.title, max(p.fte), *sal, round(sum(sal), 2)])
        rows.append(["  Employer on-costs (NI and pension)", "", *onc, round(sum(onc), 2)])
    for label, vals in c.other:
        rows.append([label, "", *vals, sum(vals)])
    return {"Budget": rows}


def sheet_per_period(c: Contents) -> Sheets:
    """One sheet per period; a post not costed in a period is left off its sheet."""
    out: Sheets = {}
    for i, per in enumerate(c.periods):
        rows: Rows = [[f"Budget for {per}"], ["Post", "FTE", "Salary", "On-costs", "Total"]]
        for p in c.posts:
            if p.fte[i]:
                rows.append([p.title, p.fte[i], p.salary_cost(i), p.oncost(i, c.oncost_rate), p.total(i, c.oncost_rate)])
        for label, vals in c.other:
            rows.append([label, "", "", "", vals[i]])
        out[per] = rows
    return out


def periods_as_rows(c: Contents) -> Sheets:
    """Transposed: a row per period, a column per post, costs then effort."""
    rows: Rows = [["Staff costs (incl. on-costs)"], ["Period", *[p.title for p in c.posts]]]
    for i, per in enumerate(c.periods):
        rows.append([per, *[p.total(i, c.oncost_rate) for p in c.posts]])
    rows.append([])
    rows.append(["Effort (FTE)"])
    rows.append(["Period", *[p.title for p in c.posts]])
    for i, per in enumerate(c.periods):
        rows.append([per, *[p.fte[i] for p in c.posts]])
    return {"Staff": rows}


def long_export(c: Contents) -> Sheets:
    """A costing system's export: one row per post and period."""
    rows: Rows = [["Post", "Period", "FTE", "Salary", "On-costs", "Total cost"]]
    for p in c.posts:
        for i in _costed(p):
            rows.append([p.title, c.periods[i], p.fte[i], p.salary_cost(i), p.oncost(i, c.oncost_rate), p.total(i, c.oncost_rate)])
    for label, vals in c.other:
        for i, v in enumerate(vals):
            rows.append([label, c.periods[i], "", "", "", v])
    return {"Export": rows}


def year_blocks_with_cumulative(c: Contents) -> Sheets:
    """NIH style: a block per budget period side by side and a cumulative
    block after them; effort in calendar months."""
    top: list[Any] = ["Senior/key person and other personnel"]
    sub: list[Any] = ["Name / role"]
    for per in [*c.periods, "Cumulative"]:
        top += [per, "", "", ""]
        sub += ["Cal. months", "Requested salary", "Fringe benefits", "Funds requested"]
    rows: Rows = [top, sub]
    for p in c.posts:
        row: list[Any] = [p.title]
        for i in range(c.n):
            row += [round(p.fte[i] * 12, 2), p.salary_cost(i), p.oncost(i, c.oncost_rate), p.total(i, c.oncost_rate)]
        row += [
            round(sum(p.fte) * 12, 2),
            round(sum(p.salary_cost(i) for i in range(c.n)), 2),
            round(sum(p.oncost(i, c.oncost_rate) for i in range(c.n)), 2),
            round(sum(p.total(i, c.oncost_rate) for i in range(c.n)), 2),
        ]
        rows.append(row)
    return {"Detailed budget": rows}


def jes_sections(c: Contents) -> Sheets:
    """UKRI fund headings: Directly Incurred staff, Directly Allocated investigators."""
    rows: Rows = [["Summary of resources requested"], ["Fund heading / item", "FTE", *c.periods, "Total"]]
    rows.append(["Directly Incurred"])
    rows.append(["Staff"])
    for p in c.posts:
        if p.category == "investigator":
            continue
        tot = [p.total(i, c.oncost_rate) for i in range(c.n)]
        rows.append([p.title, max(p.fte), *tot, round(sum(tot), 2)])
    for label, vals in c.other:
        rows.append([label, "", *vals, sum(vals)])
    rows.append(["Directly Allocated"])
    rows.append(["Investigators"])
    for p in c.posts:
        if p.category != "investigator":
            continue
        tot = [p.total(i, c.oncost_rate) for i in range(c.n)]
        rows.append([p.title, max(p.fte), *tot, round(sum(tot), 2)])
    return {"Je-S": rows}


def with_summary_sheet(c: Contents) -> Sheets:
    """The subcolumns layout and a summary sheet that totals it by heading
    (the summary must not count the staff twice)."""
    sheets = subcolumns(c)
    staff = [round(sum(p.total(i, c.oncost_rate) for p in c.posts), 2) for i in range(c.n)]
    summary: Rows = [["Summary"], ["Heading", *c.periods, "Total"], ["Staff", *staff, round(sum(staff), 2)]]
    for label, vals in c.other:
        summary.append([label, *vals, sum(vals)])
    return {"Summary": summary, **sheets}


def with_parameters(c: Contents) -> Sheets:
    """Rate parameters above the table: not staff lines."""
    sheets = wide_fte_per_period(c)
    name = next(iter(sheets))
    params: Rows = [
        ["Parameters"],
        ["On-cost rate", c.oncost_rate],
        ["Annual pay award", 0.03],
        ["Technician salary (spine point 20, full time)", 30000],
        [],
    ]
    return {name: params + sheets[name]}


LAYOUTS: dict[str, Callable[[Contents], Sheets]] = {
    "wide-fte-per-period": wide_fte_per_period,
    "wide-fte-column": wide_fte_column,
    "subcolumns": subcolumns,
    "oncost-rows": oncost_rows,
    "sheet-per-period": sheet_per_period,
    "periods-as-rows": periods_as_rows,
    "long-export": long_export,
    "year-blocks-cumulative": year_blocks_with_cumulative,
    "jes-sections": jes_sections,
    "summary-sheet": with_summary_sheet,
    "parameter-cells": with_parameters,
}


# ------------------------------------------------------------- negatives

def unfilled_template(c: Contents) -> Sheets:
    """A funder template before anyone filled it in: headings, role rows, no numbers."""
    rows: Rows = [["Budget template: enter costs in the shaded cells"], ["Role", "FTE", *c.periods, "Total"]]
    for title in ("Principal Investigator", "Co-Investigator", "Postdoctoral Research Associate", "Research Technician", "Research Software Engineer"):
        rows.append([title, "", *[""] * c.n, 0])
    rows.append(["Consumables", "", *[""] * c.n, 0])
    return {"Template": rows}


def example_rows(c: Contents) -> Sheets:
    """A template whose only filled rows are marked as examples."""
    rows: Rows = [["Role", "FTE", *c.periods, "Total"]]
    rows.append(["EXAMPLE: Research Technician (delete this row)", 0.5, *[15000] * c.n, 15000 * c.n])
    rows.append(["e.g. Postdoctoral Research Associate", 1.0, *[38000] * c.n, 38000 * c.n])
    for _ in range(4):
        rows.append(["", "", *[""] * c.n, ""])
    return {"Budget": rows}


NEGATIVES: dict[str, Callable[[Contents], Sheets]] = {
    "unfilled-template": unfilled_template,
    "example-rows": example_rows,
}


# --------------------------------------------------------- funder forms
# Forms whose shape carries meaning of its own (fund headings, aggregated
# fringe, partners instead of posts): each with what a reader must get.

def nsf_a_to_k() -> Sheets:
    """NSF summary budget: A senior personnel, B other personnel, C fringe
    as one line for everyone, D-I other costs; the technician is cut in Year 3."""
    return {"NSF Budget": [
        ["SUMMARY PROPOSAL BUDGET", "", "Year 1", "Year 2", "Year 3", "Cumulative"],
        ["A. SENIOR PERSONNEL: PI/PD, Co-PIs, Faculty", "Cal. Months", "Funds Requested", "", "", ""],
        ["1. Jane Doe, PI", 1.0, 12000, 12360, 12731, 37091],
        ["B. OTHER PERSONNEL", "", "", "", "", ""],
        ["1. Post Doctoral Scholars", 12, 56000, 57680, 59410, 173090],
        ["2. Other Professionals (Technician, Programmer, etc.)", 6, 25000, 25750, 0, 50750],
        ["3. Graduate Students", 12, 30000, 30900, 31827, 92727],
        ["Total Salaries and Wages (A + B)", "", 123000, 126690, 103968, 353658],
        ["C. FRINGE BENEFITS (If charged as Direct Costs)", "", 36900, 38007, 31190, 106097],
        ["Total Salaries, Wages and Fringe Benefits (A + B + C)", "", 159900, 164697, 135158, 459755],
        ["D. EQUIPMENT", "", 60000, 0, 0, 60000],
        ["E. TRAVEL", "", 3000, 3000, 3000, 9000],
        ["G. OTHER DIRECT COSTS", "", "", "", "", ""],
        ["1. Materials and Supplies", "", 8000, 8000, 8000, 24000],
        ["I. INDIRECT COSTS (F&A)", "", 60000, 50000, 40000, 150000],
    ]}  # fmt: skip


def nih_detailed() -> Sheets:
    """NIH R&R detailed budget, one period: calendar, academic and summer months."""
    return {"Budget Period 1": [
        ["RESEARCH & RELATED BUDGET - SECTION A & B, BUDGET PERIOD 1"],
        ["Name", "Project Role", "Base Salary ($)", "Cal. Months", "Acad. Months", "Sum. Months", "Requested Salary ($)", "Fringe Benefits ($)", "Funds Requested ($)"],
        ["Jane Doe", "PD/PI", 150000, "", 1.8, 0.5, 28750, 8625, 37375],
        ["Sam Lee", "Research Technician", 45000, 6, "", "", 22500, 6750, 29250],
        ["Kim Park", "Graduate Student", 32000, 12, "", "", 32000, 2000, 34000],
    ]}  # fmt: skip


def horizon_person_months() -> Sheets:
    """Horizon Europe: partners as rows, work packages as columns, person-months; no roles."""
    return {"Person-months": [
        ["Participant", "WP1 Management", "WP2 Data", "WP3 Software", "WP4 Dissemination", "Total person-months"],
        ["1 University A", 6, 24, 12, 3, 45],
        ["2 Institute B", 1, 12, 36, 2, 51],
        ["3 SME C", 0, 6, 18, 4, 28],
        ["Total", 7, 42, 66, 9, 124],
    ]}  # fmt: skip


def jes_directly_allocated() -> Sheets:
    """Je-S with a named technician under Directly Incurred and a pool
    technician under Other Directly Allocated."""
    return {"Je-S": [
        ["Fund heading", "Item", "FTE", "Year 1", "Year 2", "Total"],
        ["Directly Incurred", "", "", "", "", ""],
        ["Staff", "Research Technician (named)", 0.5, 19200, 19776, 38976],
        ["Directly Allocated", "", "", "", "", ""],
        ["Investigators", "Principal Investigator", 0.2, 15360, 15821, 31181],
        ["Other Directly Allocated", "Pool technician (mass spectrometry)", 0.1, 4000, 4120, 8120],
        ["Estates", "", "", 12000, 12360, 24360],
    ]}  # fmt: skip


FORMS: dict[str, Callable[[], Sheets]] = {
    "nsf-a-to-k": nsf_a_to_k,
    "nih-detailed": nih_detailed,
    "horizon-person-months": horizon_person_months,
    "jes-directly-allocated": jes_directly_allocated,
}


# ------------------------------------------------------------------ writing

def write_xlsx(sheets: Sheets, path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for k, (name, rows) in enumerate(sheets.items()):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = name[:31]
        for r, row in enumerate(rows, start=1):
            for col, v in enumerate(row, start=1):
                if v is not None and v != "":
                    ws.cell(r, col, v)
    wb.save(path)
    return path


def write_csv(sheets: Sheets, path: Path) -> Path:
    if len(sheets) != 1:
        raise ValueError("a CSV file holds one sheet")
    rows = next(iter(sheets.values()))
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(paths: list[Path], fmt: str, outdir: Path) -> list[Path]:
    """xlsx files to ods or xls with LibreOffice, in one process."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, paths)]
        subprocess.run(cmd, capture_output=True, timeout=600, check=False)
    return [outdir / (p.stem + "." + fmt) for p in paths]


def write_all(outdir: Path, contents: Contents | None = None, *, formats: tuple[str, ...] = ("xlsx", "csv", "ods", "xls")) -> dict[tuple[str, str], Path]:
    """Every layout and negative in every format it can take; returns
    (layout, format) -> path."""
    c = contents or canonical()
    outdir.mkdir(parents=True, exist_ok=True)
    out: dict[tuple[str, str], Path] = {}
    xlsx: list[Path] = []
    for name, fn in {**LAYOUTS, **NEGATIVES}.items():
        sheets = fn(c)
        p = write_xlsx(sheets, outdir / f"{name}.xlsx")
        xlsx.append(p)
        if "xlsx" in formats:
            out[(name, "xlsx")] = p
        if "csv" in formats and len(sheets) == 1:
            out[(name, "csv")] = write_csv(sheets, outdir / f"{name}.csv")
    for name, form in FORMS.items():
        sheets = form()
        p = write_xlsx(sheets, outdir / f"{name}.xlsx")
        xlsx.append(p)
        if "xlsx" in formats:
            out[(name, "xlsx")] = p
        if "csv" in formats and len(sheets) == 1:
            out[(name, "csv")] = write_csv(sheets, outdir / f"{name}.csv")
    for fmt in ("ods", "xls"):
        if fmt in formats and soffice():
            for p in convert(xlsx, fmt, outdir / fmt):
                if p.is_file():
                    out[(p.stem, fmt)] = p
    return out


if __name__ == "__main__":
    got = write_all(Path(sys.argv[1]))
    for (name, fmt), p in sorted(got.items()):
        print(f"{name:<28} {fmt:<5} {p}")
