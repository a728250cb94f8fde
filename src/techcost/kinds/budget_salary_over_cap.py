"""A requested base salary above the funder's salary cap (C18)."""


from typing import Iterator

from pydantic import Field

from ._base import Context, FunderScoped, Hit, money
from ._budget import annual_salaries, describe_line, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"amount", "cap", "label", "since"})


class Params(FunderScoped):
    funders: list[str] = Field(default_factory=lambda: ["nih"])


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or ctx.profile is None or not p.applies_under(ctx.funder):
        return
    cap = ctx.profile.get("salary_cap")
    if not cap:
        return
    rate = ctx.profile.rate("salary_cap") or {}
    since = rate.get("from") if isinstance(rate, dict) else None
    for line in b.staff_lines:
        sal = annual_salaries(line)
        if sal:
            ctx.profile.mark_used("salary_cap")
        if not sal or max(sal) <= float(cap):
            continue
        shown = f" ({money(max(sal), b.currency)})" if ctx.show_amounts or not line.person else ""
        yield Hit(
            location=line.location,
            fields={"label": line.label, "cap": money(float(cap), b.currency or "USD"), "since": f" from {since}" if since else "", "amount": shown},
            evidence=[describe_line(line, b, ctx.show_amounts)],
            anchor=line_anchor(line),
        )
