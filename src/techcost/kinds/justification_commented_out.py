"""A technical post left in the justification's source but commented out."""


from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, Hit

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"count", "effort", "label"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])


def _effort(line) -> str:
    if not line.effort or not line.effort_unit:
        return ""
    vals = [v for v in line.effort if v]
    if not vals:
        return ""
    return f" at {max(vals):g} {line.effort_unit.upper() if line.effort_unit == 'fte' else line.effort_unit}"


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    j = ctx.justification
    if j is None:
        return
    lines = [s for s in j.commented_out_staff if p.covers(s.category)]
    if not lines:
        return
    first = next((s for s in lines if s.effort), lines[0])
    yield Hit(
        location=lines[0].location,
        fields={"label": first.label, "effort": _effort(first), "count": len(lines)},
        evidence=[f"line {s.location.line}: {s.label!r}{_effort(s)} (commented out)" for s in lines],
        anchor=f"commented|{first.label}",
    )
