"""Which justification of resources goes with which budget.

* ``--justification FILE`` (``forced``) goes with every budget of the run.
* Otherwise, when a run holds exactly one budget and one justification,
  they are a pair.
* Otherwise each justification goes with the budget whose file name
  shares the most words with it (``budget``, ``justification`` and similar
  words do not count): one shared word is enough in the same folder, two
  elsewhere. A justification with no such budget is checked alone.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .repo import resolved

_GENERIC = {
    "budget", "budgets", "justification", "justifications", "jor", "of", "for", "resources", "resource",
    "the", "and", "final", "draft", "v", "version", "copy", "proposal", "xlsx", "docx",
    # funder names say which scheme, not which project
    "nsf", "nih", "ukri", "epsrc", "bbsrc", "mrc", "nerc", "esrc", "ahrc", "stfc", "wellcome", "nihr", "erc",
    "h2020", "horizon", "doe", "usda", "mellon",
}


def name_words(path: Path) -> set[str]:
    """Distinctive lower-case words of a file name (digits kept)."""
    words = re.findall(r"[a-z]+|\d+", re.sub(r"([a-z])([A-Z])", r"\1 \2", path.stem).lower())
    return {w for w in words if w not in _GENERIC and len(w) > 1}


def pair(parsed: list[Any], *, forced: Any = None) -> None:
    """Set ``.paired`` on each justification in ``parsed`` (``api.Parsed``)."""
    budgets = [p for p in parsed if p.kind == "budget" and p.model is not None]
    justs = [p for p in parsed if p.kind == "justification" and p.model is not None]
    if forced is not None and forced.model is not None:
        forced.paired = budgets[0] if len(budgets) == 1 else _best(forced, budgets)
        if forced.paired is None and budgets:
            forced.paired = budgets[0]
        _stamp(forced)
        return
    if len(budgets) == 1 and len(justs) == 1:
        justs[0].paired = budgets[0]
        _stamp(justs[0])
        return
    for j in justs:
        j.paired = _best(j, budgets)
        _stamp(j)


def _best(j: Any, budgets: list[Any]) -> Any:
    jw = name_words(j.path)
    best, best_score = None, 0
    for b in budgets:
        score = len(jw & name_words(b.path))
        if resolved(b.path.parent) == resolved(j.path.parent) and score:
            score += 1  # one shared word is enough beside each other
        if score >= 2 and score > best_score:
            best, best_score = b, score
    return best


def _stamp(j: Any) -> None:
    if j.paired is not None and hasattr(j.model, "paired_budget"):
        j.model.paired_budget = j.paired.display
