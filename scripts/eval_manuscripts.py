"""Measure manuscript parsing against labels, per format and overall.

    python scripts/eval_manuscripts.py [../shared/corpus/labels.json] [--format jats]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from techcost.evaluation.manuscripts import evaluate, render

ap = argparse.ArgumentParser()
ap.add_argument("labels", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/labels.json"))
ap.add_argument("--format", action="append", help="only these formats (jats, markdown, latex, docx, pdf)")
args = ap.parse_args()
print(render(evaluate(args.labels, formats=tuple(args.format) if args.format else None)), end="")
