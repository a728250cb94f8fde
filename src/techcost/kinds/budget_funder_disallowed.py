"""Costs a funder does not pay: estates, indirect costs or pooled staff on a
Wellcome budget from a UK organisation (C17)."""


from typing import Iterator

from pydantic import Field

from ._base import Context, FunderScoped, Hit, money
from ._budget import describe_line, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"funder", "label", "what"})


class Params(FunderScoped):
    funders: list[str] = Field(default_factory=lambda: ["wellcome"])
    currencies: list[str] = Field(default_factory=lambda: ["GBP"], description="only budgets in these currencies (overheads are allowed to eligible non-UK organisations)")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not p.applies_under(ctx.funder) or (b.currency and b.currency not in p.currencies):
        return
    types = ["estates", "indirect"]
    pooled_ok = True
    if ctx.profile is not None:
        types = list(ctx.profile.get("disallowed_types", types) or types)
        pooled_ok = bool(ctx.profile.get("pooled_staff_allowed", False))
    name = ctx.profile.title if ctx.profile is not None else (ctx.funder or "the funder")
    for n in b.non_staff_lines:
        if n.type in types and (n.total_cost() or 0) > 0:
            yield Hit(
                location=n.location,
                fields={"label": n.label, "what": f"{n.type} costs of {money(n.total_cost(), b.currency)}", "funder": name},
                evidence=[f"{n.location.anchor()} {n.label!r} {n.type} {money(n.total_cost(), b.currency)}"],
                anchor=f"{n.location.sheet}|{n.label}|{n.type}",
            )
    if pooled_ok:
        return
    for line in b.staff_lines:
        if line.pooled and (line.total_cost() or 0) > 0:
            yield Hit(
                location=line.location,
                fields={"label": line.label, "what": "pooled staff time without an audit record", "funder": name},
                evidence=[describe_line(line, b, ctx.show_amounts)],
                anchor=line_anchor(line),
            )
