"""Inflation added to a budget for a funder that indexes awards itself (C05)."""


from typing import Iterator

from pydantic import Field

from ..costing import spine_value
from ..model import Location
from ._base import CategoryScoped, Context, FunderScoped, Hit
from ._budget import describe_line, fte_by_period, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"funder", "what"})


class Params(FunderScoped, CategoryScoped):
    funders: list[str] = Field(default_factory=lambda: ["ukri"], description="profiles whose funder applies indexation itself")
    max_annual_rise: float = Field(0.04, description="a salary rising by more than this every year is taken to include inflation (one spine point is about 2-3%)")
    categories: list[str] = Field(default_factory=lambda: ["technical", "researcher", "investigator", "other_staff"])


def _rates(line) -> list[float]:
    """Full-time salary per period (salary per period over FTE, else cost
    over FTE)."""
    fte = fte_by_period(line)
    src = line.salary_by_period or line.cost or []
    return [v / f for v, f in zip(src, fte) if v and f]


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not p.applies_under(ctx.funder):
        return
    if ctx.profile is not None and ctx.profile.get("inflation_allowed", False):
        return
    if b.inflation_rate:
        yield Hit(
            location=b.inflation_location or Location(path=b.path),
            fields={"what": f"the budget states an inflation rate of {b.inflation_rate:.1%}", "funder": ctx.funder.upper() if ctx.funder else "the funder"},
            evidence=[f"inflation rate {b.inflation_rate:.1%} stated on the sheet"],
            anchor="budget",
        )
        return
    for line in b.staff_lines:
        if not p.covers(line.category):
            continue
        rates = _rates(line)
        if len(rates) < 2:
            continue
        rises = [b2 / a - 1 for a, b2 in zip(rates, rates[1:]) if a > 0]
        limit = p.max_annual_rise
        if line.spine_point and ctx.profile is not None:
            here, nxt = spine_value(ctx.profile, line.spine_point), spine_value(ctx.profile, line.spine_point + 1)
            if here and nxt:
                limit = max(nxt / here - 1, 0.0) + 0.005
                ctx.profile.mark_used("spine")
        if rises and min(rises) > limit:
            yield Hit(
                location=line.location,
                fields={"what": f"{line.label} rises by {min(rises):.1%} or more every year, more than an increment", "funder": (ctx.funder or "").upper()},
                evidence=[describe_line(line, b, ctx.show_amounts), f"yearly rises: {', '.join(f'{r:.1%}' for r in rises)}"],
                anchor=line_anchor(line),
            )
