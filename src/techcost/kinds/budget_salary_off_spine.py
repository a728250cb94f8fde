"""A salary that matches no value of the spine point the line states (C13)."""


from typing import Iterator

from pydantic import Field

from ..costing import spine_versions
from ._base import CategoryScoped, Context, Hit, money
from ._budget import annual_salaries, describe_line, fte_by_period, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"expected", "label", "point"})


class Params(CategoryScoped):
    tolerance: float = Field(1.0, description="pounds either side of a spine value that still match it")
    categories: list[str] = Field(default_factory=lambda: ["technical", "researcher", "other_staff"])


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    versions = spine_versions(ctx.profile)
    if b is None or not versions:
        return
    for line in b.staff_lines:
        if not p.covers(line.category) or not line.spine_point:
            continue
        values = [(v["version"], v["points"][line.spine_point]) for v in versions if line.spine_point in v["points"]]
        sal = annual_salaries(line)
        if not values or not sal:
            continue
        first = sal[0]
        ctx.profile.mark_used("spine")
        # salary per period is often rounded to the pound: at 0.03 FTE that
        # moves the full-time figure by up to £17
        fte = next((f for f in fte_by_period(line) if f), None) if line.salary_by_period else None
        slack = p.tolerance + (0.5 / fte if fte else 0.0)
        if any(abs(first - val) <= slack for _, val in values):
            continue
        newest = values[0]
        yield Hit(
            location=line.location,
            fields={
                "label": line.label,
                "point": line.spine_point,
                "expected": f"{money(newest[1], b.currency)} from {newest[0]}",
            },
            evidence=[describe_line(line, b, ctx.show_amounts), "spine values: " + ", ".join(f"{ver} {money(val, b.currency)}" for ver, val in values)],
            anchor=line_anchor(line),
        )
