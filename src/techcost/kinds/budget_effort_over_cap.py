"""More effort a year than one person can give: person-months over 12 or
days over the funder's productive-day cap (C19)."""


import re
from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, FunderScoped, Hit
from ._budget import describe_line, line_anchor, period_name

_YEARLY = re.compile(r"\b(?:year|yr|y|fy|bp|period|rp|\d{4})\b|^\d{4}|^(?:y|yr)\d", re.I)


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"cap", "effort", "label", "period"})


class Params(FunderScoped, CategoryScoped):
    funders: list[str] = Field(default_factory=lambda: ["horizon_europe"])
    categories: list[str] = Field(default_factory=lambda: ["technical"])
    months_per_year: float = Field(12, description="used when the profile gives no months_per_year_cap")
    days_per_year: float = Field(215, description="used when the profile gives no days_per_year_cap")
    hours_per_year: float = 1720


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not p.applies_under(ctx.funder) or len(b.periods) < 2:
        return
    if not all(_YEARLY.search(x) for x in b.periods):
        return  # effort per work package or task, not per year
    prof = ctx.profile
    caps = {
        "months": float(prof.get("months_per_year_cap", p.months_per_year) if prof else p.months_per_year),
        "days": float(prof.get("days_per_year_cap", p.days_per_year) if prof else p.days_per_year),
        "hours": p.hours_per_year,
    }
    for line in b.staff_lines:
        if not p.covers(line.category) or not line.role_determinable or not line.effort or line.effort_unit not in caps:
            continue
        if re.search(r"\b\w+s\b\s*$", line.label) and line.label.lower().rstrip().endswith(("ians", "ists", "ers", "ors", "staff")):
            continue  # a plural post ("technicians") may be several people
        cap = caps[line.effort_unit]
        over = [(i, v) for i, v in enumerate(line.effort) if v and v > cap]
        if not over:
            continue
        i, v = over[0]
        yield Hit(
            location=line.location,
            fields={"label": line.label, "effort": f"{v:g} {line.effort_unit}", "period": period_name(b, i), "cap": f"{cap:g} {line.effort_unit}"},
            evidence=[describe_line(line, b, ctx.show_amounts)],
            anchor=line_anchor(line),
        )
