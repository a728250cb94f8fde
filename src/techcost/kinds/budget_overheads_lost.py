"""A Funding Service role that attracts estates and indirect costs costed
without them (C06)."""


from typing import Iterator

from pydantic import Field

from ._base import Context, FunderScoped, Hit
from ._budget import describe_line, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"label", "role"})


class Params(FunderScoped):
    funders: list[str] = Field(default_factory=lambda: ["ukri"])
    roles: list[str] = Field(
        default_factory=lambda: ["technician", "specialist", "professional enabling staff", "grant manager"],
        description="Funding Service roles checked (the profile's overhead roles narrowed to technical and enabling staff)",
    )


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not p.applies_under(ctx.funder) or not b.funding_service:
        return
    allowed = set(p.roles)
    if ctx.profile is not None:
        allowed &= {str(r).lower() for r in ctx.profile.get("funding_service_overhead_roles", []) or []}
    for line in b.staff_lines:
        role = line.funding_service_role
        if role not in allowed or line.overheads is not False:
            continue
        yield Hit(
            location=line.location,
            fields={"label": line.label, "role": role.title()},
            evidence=[describe_line(line, b, ctx.show_amounts), f"Funding Service role {role!r}; no estates or indirect costs on the line"],
            anchor=line_anchor(line),
        )
