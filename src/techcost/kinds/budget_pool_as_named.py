"""A pool technician costed as if named or dedicated (C07)."""


from typing import Iterator

from pydantic import Field

from ._base import Context, FunderScoped, Hit
from ._budget import describe_line, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"detail", "label"})


class Params(FunderScoped):
    funders: list[str] = Field(default_factory=lambda: ["ukri"])


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not p.applies_under(ctx.funder):
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
