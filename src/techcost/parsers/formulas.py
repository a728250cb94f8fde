"""Compute formula cells that have no saved value (workbooks written by
openpyxl or by tools without a calculation engine) or whose saved values
cannot be trusted (writers that ask for recalculation on load).

pycel evaluates the cells: measured on the corpus's UC Davis workbook
(2,749 formulas) it reproduced every value Excel had saved, in 4.4 s (about
1.6 ms a formula), against 20.6 s and 2,159 of 2,749 for the ``formulas``
package, which also opens other workbooks that external links point to.
It is imported only when a workbook needs it, and evaluation stops at a
time limit (``TECHCOST_FORMULA_SECONDS``, default 10; 0 turns it off) and
a cell limit (``TECHCOST_MAX_FORMULAS``, default 50,000). Cells it cannot
compute stay empty and are still reported (SYS008).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import time
import warnings
import zipfile
from pathlib import Path
from typing import Any

_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_F = re.compile(rb"<f\b")


def seconds_allowed() -> float:
    try:
        return float(os.environ.get("TECHCOST_FORMULA_SECONDS", "10"))
    except ValueError:
        return 10.0


def max_cells() -> int:
    try:
        return int(os.environ.get("TECHCOST_MAX_FORMULAS", "50000"))
    except ValueError:
        return 50000


def all_formula_cells(path: Path, sheet_names: list[str]) -> list[tuple[str, str]]:
    """Every formula cell of an xlsx, as (sheet, A1)."""
    out: list[tuple[str, str]] = []
    with zipfile.ZipFile(path) as zf:
        try:
            wb_xml = zf.read("xl/workbook.xml")
            rels = zf.read("xl/_rels/workbook.xml.rels")
        except KeyError:
            return out
        rid_target = dict(re.findall(rb'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        rid_target.update({k: v for v, k in re.findall(rb'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        for idx, rid in enumerate(re.findall(rb"<sheet\b[^>]*\br:id=\"([^\"]+)\"", wb_xml)):
            part = rid_target.get(rid, b"").decode("utf-8", "replace").lstrip("/")
            part = part if part.startswith("xl/") else "xl/" + part
            sheet = sheet_names[idx] if idx < len(sheet_names) else part
            try:
                data = zf.read(part)
            except KeyError:
                continue
            for m in _CELL.finditer(data):
                body = m.group(2)
                if body and _F.search(body):
                    ref = _REF.search(m.group(1))
                    if ref:
                        out.append((sheet, ref.group(1).decode()))
    return out


def _address(sheet: str, ref: str) -> str:
    return "'" + sheet.replace("'", "''") + "'!" + ref


def _plain(v: Any) -> Any:
    """pycel values as the grid holds them: numbers, text, dates; errors and
    empty results are None."""
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v) if v == v else None  # NaN -> None
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v
    s = str(v)
    if s.startswith("#") and s.endswith(("!", "?", "A")):
        return None  # #DIV/0!, #VALUE!, #NAME?, #N/A
    return s or None


def evaluate(path: Path, cells: list[tuple[str, str]]) -> tuple[dict[tuple[str, str], Any], list[tuple[str, str]], float]:
    """Values of ``cells``: (computed, not computed, seconds taken)."""
    t0 = time.perf_counter()
    limit = seconds_allowed()
    if limit <= 0 or not cells:
        return {}, list(cells), 0.0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pycel import ExcelCompiler

            xl = ExcelCompiler(filename=str(path), cycles=False)
    except Exception:  # pycel missing or the workbook it cannot load
        return {}, list(cells), time.perf_counter() - t0
    done: dict[tuple[str, str], Any] = {}
    failed: list[tuple[str, str]] = []
    for i, cell in enumerate(cells):
        if i >= max_cells() or time.perf_counter() - t0 > limit:
            failed.extend(cells[i:])
            break
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                done[cell] = _plain(xl.evaluate(_address(*cell)))
        except Exception:
            failed.append(cell)
    return done, failed, time.perf_counter() - t0
