"""A technical post graded or paid below the band its job title usually
carries (C12)."""


import re
from typing import Iterator

from pydantic import Field

from ..costing import grade_band, spine_value, title_grades
from ._base import CategoryScoped, Context, Hit, money
from ._budget import annual_salaries, describe_line, line_anchor

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"detail", "label"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])
    tolerance: float = Field(0.01, description="a salary this fraction below the band's bottom still counts as in it")


def expected_grade(label: str, titles: dict[str, int]) -> tuple[str, int] | None:
    """(title, grade) for the longest title the label contains."""
    low = label.lower()
    best: tuple[str, int] | None = None
    for title, grade in titles.items():
        if re.search(r"\b" + re.escape(title) + r"s?\b", low) and (best is None or len(title) > len(best[0])):
            best = (title, grade)
    return best


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    titles = title_grades(ctx.profile)
    if b is None or not titles:
        return
    for line in b.staff_lines:
        if not p.covers(line.category):
            continue
        exp = expected_grade(line.label, titles)
        if exp is None:
            continue
        title, grade = exp
        detail = None
        stated = re.match(r"\d+", line.grade or "")
        ctx.profile.mark_used("title_grades")
        if stated and int(stated.group(0)) < grade:
            detail = f"is costed at grade {stated.group(0)}, below grade {grade} where a {title} usually sits"
        else:
            band = grade_band(ctx.profile, str(grade))
            floor = spine_value(ctx.profile, band[0]) if band else None
            sal = annual_salaries(line)
            if floor and sal:
                ctx.profile.mark_used("spine")
            if floor and sal and min(sal) < floor * (1 - p.tolerance):
                amount = f" ({money(min(sal), b.currency)} full time)" if ctx.show_amounts or not line.person else ""
                detail = f"is paid below the bottom of grade {grade} (spine point {band[0]}, {money(floor, b.currency)}){amount}, where a {title} usually sits"  # type: ignore[index]
        if detail is None:
            continue
        yield Hit(
            location=line.location,
            fields={"label": line.label, "detail": detail},
            evidence=[describe_line(line, b, ctx.show_amounts)],
            anchor=line_anchor(line),
        )
