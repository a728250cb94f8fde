"""Staff costed at basic salary only: employer on-costs missing (C03)."""


from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, Hit
from ._budget import describe_line, fte_by_period

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"basis", "label", "min_ratio"})


class Params(CategoryScoped):
    min_ratio: float = Field(1.15, description="cost / (salary x FTE) below this means on-costs are missing (UK on-costs are about 27-31% of salary)")
    categories: list[str] = Field(default_factory=lambda: ["technical", "researcher", "investigator", "other_staff"])


def _oncost_state(line) -> str:
    """"shown" when on-costs are on the line, "zero" when shown as nothing,
    "unknown" when the line does not say."""
    if line.oncost:
        return "shown" if any(v for v in line.oncost) else "zero"
    if line.oncost_included or line.oncost_rate is not None:
        return "shown"
    return "unknown"


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None:
        return
    budget_shows_oncosts = any(_oncost_state(s) == "shown" for s in b.staff_lines)
    for line in b.staff_lines:
        if not p.covers(line.category) or not line.role_determinable:
            continue
        if not line.cost or not any(line.cost):
            continue
        state = _oncost_state(line)
        if state == "shown":
            continue
        basis = None
        if state == "zero":
            basis = "on-costs are shown as zero"
        elif line.salary_by_period:
            pairs = [(c, s) for c, s in zip(line.cost, line.salary_by_period) if c and s]
            if pairs:
                ratio = sum(c for c, _ in pairs) / sum(s for _, s in pairs)
                if ratio < p.min_ratio:
                    basis = f"the cost is {ratio:.2f} times the salary"
        elif line.salary and line.effort_fte is not None:
            fte = fte_by_period(line)
            pairs = [(c, line.salary * f) for c, f in zip(line.cost, fte) if c and f]
            if pairs:
                ratio = sum(c for c, _ in pairs) / sum(e for _, e in pairs)
                if 0.8 <= ratio < p.min_ratio:
                    basis = f"the cost is {ratio:.2f} times salary x effort"
        elif not budget_shows_oncosts and line.oncost_included is False:
            basis = "no on-costs are shown for it or anywhere in the budget"
        if basis is None:
            continue
        yield Hit(
            location=line.location,
            fields={"label": line.label, "basis": basis, "min_ratio": f"{p.min_ratio:g}"},
            evidence=[describe_line(line, b, ctx.show_amounts), basis],
            anchor=f"{line.location.sheet}|{line.label}",
        )
