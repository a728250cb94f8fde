"""Which budgets and papers of a run belong together."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import PurePosixPath
from typing import Any

from ..model import Budget, Manuscript


def _match(path: str, globs: list[str]) -> bool:
    p = PurePosixPath(path.replace("\\", "/"))
    return any(fnmatch(str(p), g) or fnmatch(p.name, g) or fnmatch(str(p), f"*/{g}") for g in globs)


def pairs(ctx: Any) -> list[tuple[Budget, Manuscript]]:
    """(budget, paper) pairs: those the registry links (``budgets``,
    ``papers`` globs), else every budget with every paper of the run."""
    reg = getattr(ctx, "registry", None)
    budgets = list(ctx.budgets)
    papers = list(ctx.manuscripts)
    if reg is not None and (reg.budgets or reg.papers):
        if reg.budgets:
            budgets = [b for b in budgets if _match(b.path, reg.budgets)]
        if reg.papers:
            papers = [m for m in papers if _match(m.path, reg.papers)]
    return [(b, m) for b in budgets for m in papers]
