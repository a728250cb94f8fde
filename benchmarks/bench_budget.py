"""Cold-start timings for budget checks, printed as figures (no pass/fail).

For a typical budget and a large one (thousands of rows) it prints the
median wall time of a fresh ``techcost check FILE`` beside a fresh bare
``openpyxl.load_workbook(path, data_only=True)`` of the same file, and the
ratio; then ``techcost --help`` beside ``python -c pass``.

    python benchmarks/bench_budget.py [--runs 7] [--rows 20000]

Goals: check/openpyxl <= 0.6 on a typical real workbook (the UC Davis NSF
calculator of the shared corpus), <= 1.0 on a 20,000-row sheet; help/pass
<= 8. (The tiny fixture is dominated by start-up, which openpyxl's import
does not pay in full.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


# time as an installed user would run it: bytecode cached, not recompiled
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)  # warm the disk cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def make_large(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Staff"
    ws.append(["Role", "Name", "Grade", "FTE", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)", "Year 4 (£)", "Total (£)"])
    roles = ["Research Technician", "Postdoctoral Research Associate", "PhD student", "Research Software Engineer", "Co-Investigator"]
    for i in range(rows):
        base = 25000 + (i % 40) * 500
        vals = [round(base * (1.03**k)) for k in range(4)]
        ws.append([roles[i % len(roles)], f"Person {i}", f"Grade {4 + i % 5}", 0.5, *vals, sum(vals)])
    other = wb.create_sheet("Other costs")
    other.append(["Item", "Year 1 (£)", "Year 2 (£)", "Year 3 (£)", "Year 4 (£)"])
    for i in range(rows // 2):
        other.append([f"Consumables batch {i}", 1000, 1000, 1000, 1000])
    wb.save(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rows", type=int, default=20000)
    args = ap.parse_args()
    bindir = Path(sys.executable).parent
    techcost = str(bindir / "techcost")
    py = sys.executable
    with tempfile.TemporaryDirectory() as td:
        files = [("typical (fixtures/budgets/ukri-proposal.xlsx)", ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx")]
        ucd = CORPUS / "budgets" / "spreadsheets" / "nsf-deb_ucdavis_NSFBudget072315.xlsx"
        if ucd.is_file():
            files.append(("typical, real (UC Davis NSF workbook, 3 sheets, 318 rows)", ucd))
        large = make_large(Path(td) / "large.xlsx", args.rows)
        files.append((f"large ({args.rows} staff rows + {args.rows // 2} other rows)", large))
        print(f"median of {args.runs} cold runs each, {sys.version.split()[0]}")
        print(f"{'budget':<62} {'techcost check':>15} {'bare openpyxl':>14} {'ratio':>7}")
        for label, path in files:
            t_check = timed([techcost, "check", str(path), "--exit-zero"], args.runs)
            t_opx = timed([py, "-c", f"import openpyxl; openpyxl.load_workbook({str(path)!r}, data_only=True)"], args.runs)
            print(f"{label:<62} {t_check * 1000:>12.0f} ms {t_opx * 1000:>11.0f} ms {t_check / t_opx:>7.2f}")
        t_help = timed([techcost, "--help"], args.runs)
        t_pass = timed([py, "-c", "pass"], args.runs)
        print(f"{'techcost --help vs python -c pass':<62} {t_help * 1000:>12.0f} ms {t_pass * 1000:>11.0f} ms {t_help / t_pass:>7.2f}")


if __name__ == "__main__":
    main()
