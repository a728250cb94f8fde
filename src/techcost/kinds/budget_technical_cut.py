"""Technical staff costed for less of the project than it runs, or cut in
later years while the rest of the team holds (C02/C15 pattern)."""


from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, Hit
from ._budget import costed_periods, describe_line, fte_by_period, period_name, project_periods

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"detail", "label"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])
    drop_ratio: float = Field(0.5, description="a later period below this share of the peak effort is a cut")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or len(b.periods) < 2:
        return
    proj = project_periods(b)
    if len(proj) < 2:
        return
    for line in b.staff_lines:
        if not p.covers(line.category):
            continue
        mine = costed_periods(line)
        if not mine:
            continue
        missing = [i for i in proj if i not in mine]
        anchor = f"{line.location.sheet}|{line.label}"
        if missing:
            yield Hit(
                location=line.location,
                fields={
                    "label": line.label,
                    "detail": f"is costed in {len(mine)} of the {len(proj)} periods the project runs "
                    f"(not in {', '.join(period_name(b, i) for i in missing)})",
                },
                evidence=[describe_line(line, b, ctx.show_amounts)],
                anchor=anchor,
            )
            continue
        fte = fte_by_period(line)
        vals = [(i, fte[i]) for i in proj if i < len(fte) and fte[i] is not None]
        if len(vals) < 2:
            continue
        peak_i, peak = max(vals, key=lambda t: t[1])
        later = [(i, v) for i, v in vals if i > peak_i and v < peak * p.drop_ratio]
        if later:
            i, v = later[0]
            yield Hit(
                location=line.location,
                fields={
                    "label": line.label,
                    "detail": f"falls from {peak:g} FTE in {period_name(b, peak_i)} to {v:g} FTE in {period_name(b, i)}",
                },
                evidence=[describe_line(line, b, ctx.show_amounts)],
                anchor=anchor,
            )
