"""A pool technician costed as if named or dedicated (C07)."""


from typing import Iterator

from pydantic import BaseModel, ConfigDict, Field

from ._base import Context, Hit
from ._budget import describe_line, funder_in, line_anchor


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    funders: list[str] = Field(default_factory=lambda: ["ukri"])


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not funder_in(ctx, p.funders):
        return
    no_oh = {"pool technician"}
    if ctx.profile is not None:
        no_oh = {str(r).lower() for r in ctx.profile.get("funding_service_no_overhead_roles", []) or []} or no_oh
    for line in b.staff_lines:
        pool = line.funding_service_role in no_oh or (line.pooled and line.category == "technical")
        if not pool:
            continue
        detail = None
        if line.overheads:
            detail = "carries estates and indirect costs, which pool technicians do not attract"
        elif line.person:
            detail = "is a pool post but names a person, as a named post would"
        elif line.fund_heading == "DI":
            detail = "is costed as Directly Incurred staff, where pool staff are Directly Allocated"
        if detail is None:
            continue
        yield Hit(
            location=line.location,
            fields={"label": line.label, "detail": detail},
            evidence=[describe_line(line, b, ctx.show_amounts)],
            anchor=line_anchor(line),
        )
