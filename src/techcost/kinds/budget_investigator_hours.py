"""Investigator hours over the funder's yearly cap (C20)."""


from typing import Iterator

from pydantic import Field

from ._base import Context, FunderScoped, Hit
from ._budget import describe_line, line_anchor, period_name

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"cap", "hours", "label", "period"})


class Params(FunderScoped):
    funders: list[str] = Field(default_factory=lambda: ["ukri"])
    hours_cap: float = Field(1650, description="used when the profile gives no investigator_hours_cap")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not p.applies_under(ctx.funder):
        return
    cap = float(ctx.profile.get("investigator_hours_cap", p.hours_cap)) if ctx.profile else p.hours_cap
    for line in b.staff_lines:
        if line.category != "investigator" or line.effort_unit != "hours" or not line.effort:
            continue
        over = [(i, v) for i, v in enumerate(line.effort) if v and v > cap]
        if over:
            i, v = over[0]
            yield Hit(
                location=line.location,
                fields={"label": line.label, "hours": f"{v:,.0f}", "period": period_name(b, i), "cap": f"{cap:,.0f}"},
                evidence=[describe_line(line, b, ctx.show_amounts)],
                anchor=line_anchor(line),
            )
