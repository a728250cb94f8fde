"""Shared arithmetic for budget kinds."""

from __future__ import annotations

from ..amounts import fte_by_period, money  # noqa: F401  (re-exported for the kinds)
from ..model import Budget, StaffLine


def active(values: list[float | None] | None) -> list[int]:
    return [i for i, v in enumerate(values or []) if v]


def costed_periods(line: StaffLine) -> list[int]:
    """Periods a line is costed in. Where the line states costs, a period
    counts only when it has a cost (effort written beside a nil cost is a
    cut post); a line that states only effort is judged by its effort."""
    if line.cost and any(v for v in line.cost if v is not None):
        return sorted(set(active(line.cost)))
    return sorted(set(active(line.effort)))


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


def fte_at(line: StaffLine, i: int) -> float | None:
    fte = fte_by_period(line)
    return fte[i] if i < len(fte) else None


def annual_salaries(line: StaffLine) -> list[float]:
    """Full-time annual base salary per period, where the line gives one:
    the stated annual salary, or salary per period over FTE."""
    out: list[float] = []
    if line.salary_by_period:
        for i, s in enumerate(line.salary_by_period):
            f = fte_at(line, i)
            if s and f:
                out.append(s / f)
    if not out and line.salary:
        out.append(line.salary)
    return out


def experimental_signals(
    budget: Budget, *, equipment: float = 25000, consumables: float = 5000, computing: float = 10000, animal: float = 0
) -> list[str]:
    """What in a budget shows experimental or infrastructure work: a large
    equipment item, consumables, computing or animal costs over their
    thresholds, or facility and service charges."""
    out: list[str] = []
    totals: dict[str, float] = {}
    for n in budget.non_staff_lines:
        t = n.total_cost() or 0.0
        totals[n.type] = totals.get(n.type, 0.0) + t
        if n.type == "equipment" and t >= equipment:
            out.append(f"equipment {n.label!r} of {money(t, budget.currency)}")
    for ctype, thr, word in (("consumables", consumables, "consumables"), ("computing", computing, "computing"), ("animal", animal, "animal costs"), ("facility_or_service_charge", 0, "facility or service charges")):
        tot = totals.get(ctype, 0.0)
        if tot > 0 and tot >= thr:
            out.append(f"{word} of {money(tot, budget.currency)}")
    return out


def line_anchor(line: StaffLine) -> str:
    return f"{line.location.sheet}|{line.label}"
