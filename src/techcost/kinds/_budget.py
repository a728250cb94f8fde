"""Shared arithmetic for budget kinds."""

from __future__ import annotations

from ..model import Budget, StaffLine
from ._base import money


def fte_by_period(line: StaffLine) -> list[float | None]:
    """FTE per period: from the effort columns, else cost / annual salary."""
    eff = line.effort_fte
    n = len(line.cost) if line.cost else (len(eff) if eff else 0)
    out: list[float | None] = []
    for i in range(max(n, len(eff or []))):
        v = eff[i] if eff and i < len(eff) else None
        if v is None and line.salary and line.cost and i < len(line.cost) and line.cost[i] is not None:
            v = round(line.cost[i] / line.salary, 4)
        out.append(v)
    return out


def active(values: list[float | None] | None) -> list[int]:
    return [i for i, v in enumerate(values or []) if v]


def costed_periods(line: StaffLine) -> list[int]:
    """Periods in which a line has any cost or effort."""
    idx = set(active(line.cost)) | set(active(line.effort))
    return sorted(idx)


def project_periods(budget: Budget) -> list[int]:
    idx: set[int] = set()
    for s in budget.staff_lines:
        idx |= set(costed_periods(s))
    for n in budget.non_staff_lines:
        idx |= set(active(n.cost))
    return sorted(idx)


def period_name(budget: Budget, i: int) -> str:
    if budget.periods and i < len(budget.periods):
        return budget.periods[i]
    return f"period {i + 1}"


def describe_line(line: StaffLine, budget: Budget, show_amounts: bool) -> str:
    """One evidence line; a named person's salary is only shown when asked."""
    parts = [f"{line.location.anchor()} {line.label!r}"]
    fte = fte_by_period(line)
    if any(v is not None for v in fte):
        parts.append("FTE " + ", ".join("-" if v is None else f"{v:g}" for v in fte))
    if line.cost and (show_amounts or not line.person):
        parts.append("cost " + ", ".join("-" if v is None else money(v, budget.currency) for v in line.cost))
    return "; ".join(parts)
