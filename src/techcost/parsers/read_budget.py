"""Budget entry point: file -> ``Budget``."""

from __future__ import annotations

import gc
from pathlib import Path

from ..model import Budget
from ..vocab import BudgetVocabulary
from .budget import parse_budget
from .cell_notes import read_cell_notes
from .workbook import read_workbook


def read(path: Path, fmt: str, *, vocab: BudgetVocabulary, display_path: str | None = None) -> Budget:
    # Reading a sheet makes hundreds of thousands of small objects and no
    # reference cycles: the cycle collector would only re-scan them (a
    # quarter of the time on a 30,000-row sheet), so it waits until the end.
    enabled = gc.isenabled()
    gc.disable()
    try:
        wb = read_workbook(path, fmt)
        budget = parse_budget(wb, vocab, display_path or str(path))
        budget.cell_notes = read_cell_notes(path, fmt, budget.path)
        return budget
    finally:
        if enabled:
            gc.enable()
