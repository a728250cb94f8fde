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
    """(budget, paper) pairs, only with evidence that they belong together:
    the project registry links them (``budgets`` and ``papers`` globs), or
    a folder holds one budget and the papers beside it or below it (a
    project folder). Two budgets that could own the same paper pair it with
    neither: which grant a paper came from cannot be told."""
    reg = getattr(ctx, "registry", None)
    budgets = list(ctx.budgets)
    papers = list(ctx.manuscripts)
    if reg is not None and (reg.budgets or reg.papers):
        if reg.budgets:
            budgets = [b for b in budgets if _match(b.path, reg.budgets)]
        if reg.papers:
            papers = [m for m in papers if _match(m.path, reg.papers)]
        return [(b, m) for b in budgets for m in papers]
    out: list[tuple[Budget, Manuscript]] = []
    for m in papers:
        owners = [b for b in budgets if _project_of(b.path, m.path)]
        if len(owners) == 1:
            out.append((owners[0], m))
    return out


def unpaired(ctx: Any) -> list[Manuscript]:
    """Papers of the run no budget could be paired with (the reason rules
    that compare them with budgets are not assessable)."""
    got = {id(m) for _, m in pairs(ctx)}
    return [m for m in ctx.manuscripts if id(m) not in got]


def _project_of(budget_path: str, paper_path: str) -> bool:
    """A paper belongs to a budget's project when it is in the budget's
    folder or below it."""
    b = PurePosixPath(budget_path.replace("\\", "/")).parent
    p = PurePosixPath(paper_path.replace("\\", "/"))
    try:
        p.relative_to(b)
        return True
    except ValueError:
        return False
