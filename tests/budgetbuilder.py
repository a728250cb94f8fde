"""Build small xlsx budgets for tests with openpyxl."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook


def build_xlsx(
    path: Path,
    sheets: dict[str, list[list[Any]]],
    *,
    merged: dict[str, list[str]] | None = None,
    hidden: list[str] | None = None,
) -> Path:
    wb = Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        if first:
            ws.title = name
            first = False
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None and v != "":
                    ws.cell(r, c, v)
        for rng in (merged or {}).get(name, []):
            ws.merge_cells(rng)
        if name in (hidden or []):
            ws.sheet_state = "hidden"
    wb.save(path)
    return path
