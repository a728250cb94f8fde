"""Formula evaluation: speed and agreement with saved values.

    python benchmarks/bench_formulas.py [WORKBOOK.xlsx ...]

For each workbook, every formula cell is recomputed with
``techcost.parsers.formulas.evaluate`` (as for a workbook whose saved values
cannot be trusted) and compared with the value the writing application
saved. A synthetic budget written by openpyxl (no saved values at all) is
timed as well. Defaults to the UC Davis workbook of ../shared/corpus.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import tempfile
import time
from pathlib import Path

from techcost.parsers import formulas
from techcost.parsers.workbook import read_workbook

os.environ.setdefault("TECHCOST_FORMULA_SECONDS", "120")
ROOT = Path(__file__).resolve().parents[1]


def _same(a, b) -> bool:
    if isinstance(b, str) and b.startswith("#"):
        b = None  # an Excel error value: techcost reads errors as empty
    if isinstance(b, dt.datetime):
        b = (b - dt.datetime(1899, 12, 30)).days
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6)
    return (a in (None, "", 0)) and (b in (None, "", 0)) or a == b


def agreement(path: Path) -> None:
    import openpyxl

    wb = read_workbook(path, "xlsx")
    cells = formulas.all_formula_cells(path, [s.name for s in wb.sheets])
    values, failed, secs = formulas.evaluate(path, cells)
    saved = openpyxl.load_workbook(path, data_only=True)
    ok = sum(1 for (s, r), v in values.items() if _same(v, saved[s][r].value))
    print(f"{path.name}: {len(cells)} formulas, computed {len(values)}, not computed {len(failed)}, "
          f"agree with saved values {ok}/{len(cells)}, {secs:.2f} s ({1000 * secs / max(1, len(cells)):.2f} ms a formula)")


def synthetic(rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staff"
    ws.append(["Role", "FTE", "Salary (£)", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)"])
    for i in range(rows):
        r = i + 2
        ws.append([f"Research Technician {i}", 0.5, 30000 + i, f"=B{r}*C{r}*1.3", f"=D{r}*1.03", f"=E{r}*1.03"])
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "synthetic.xlsx"
        wb.save(p)
        t0 = time.perf_counter()
        w = read_workbook(p, "xlsx")
        total = time.perf_counter() - t0
        print(f"openpyxl-written budget, {rows} staff rows ({3 * rows} formulas): read with formulas computed in {total:.2f} s "
              f"(evaluation {w.formula_seconds:.2f} s, computed {len(w.computed)}, left {len(w.uncached)})")


if __name__ == "__main__":
    targets = [Path(a) for a in sys.argv[1:]] or [ROOT.parent / "shared/corpus/budgets/spreadsheets/nsf-deb_ucdavis_NSFBudget072315.xlsx"]
    for t in targets:
        if t.is_file():
            agreement(t)
    for n in (10, 300, 1000):
        synthetic(n)
