"""The same salary in every year: no increments (C04)."""


from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, Hit
from ._budget import describe_line, fte_by_period

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"label", "periods"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])
    min_periods: int = Field(2, description="only lines costed in at least this many periods")
    tolerance: float = Field(0.002, description="relative change below this counts as flat")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or len(b.periods) < p.min_periods:
        return
    for line in b.staff_lines:
        if not p.covers(line.category) or not line.cost:
            continue
        fte = fte_by_period(line)
        rates = []
        for i, c in enumerate(line.cost):
            f = fte[i] if i < len(fte) else None
            if c and f:
                base = line.salary_by_period[i] if line.salary_by_period and i < len(line.salary_by_period) and line.salary_by_period[i] else c
                rates.append(base / f)
        if len(rates) < p.min_periods:
            continue
        lo, hi = min(rates), max(rates)
        if lo > 0 and (hi - lo) / lo <= p.tolerance:
            yield Hit(
                location=line.location,
                fields={"label": line.label, "periods": len(rates)},
                evidence=[describe_line(line, b, ctx.show_amounts)],
                anchor=f"{line.location.sheet}|{line.label}",
            )
