"""Technical staff costed at a token fraction of a post (C02)."""


from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, Hit
from ._budget import describe_line, fte_by_period

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"fte", "hours", "label", "min_fte"})


class Params(CategoryScoped):
    min_fte: float = Field(0.05, description="effort below this in every costed period is token (0.05 FTE is about 2 hours a week)")
    categories: list[str] = Field(default_factory=lambda: ["technical"])


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None:
        return
    for line in b.staff_lines:
        if not p.covers(line.category):
            continue
        fte = [v for v in fte_by_period(line) if v]
        if not fte:
            continue
        if max(fte) < p.min_fte:
            yield Hit(
                location=line.location,
                fields={"label": line.label, "fte": f"{max(fte):.3g}", "min_fte": f"{p.min_fte:g}", "hours": f"{max(fte) * 37.5:.1f}"},
                evidence=[describe_line(line, b, ctx.show_amounts)],
                anchor=f"{line.location.sheet}|{line.label}",
            )
