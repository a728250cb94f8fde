"""Measure budget parsing against labels: precision and recall of staff
lines, category accuracy, effort and cost per period.

    python scripts/eval_budgets.py [../shared/corpus/budget-labels.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

from techcost.evaluation.budgets import evaluate, render

labels = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpus/budget-labels.json")
if not labels.is_file():
    sys.exit(f"labels file not found: {labels}")
sys.stdout.write(render(evaluate(labels)))
