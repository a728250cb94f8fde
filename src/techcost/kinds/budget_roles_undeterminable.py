"""Staff cost lines that name no role: technical staff can be neither
confirmed nor ruled out."""


from typing import Iterator

from ..model import Location
from ._base import Context, Hit, KindParams

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"count", "examples", "lines"})


class Params(KindParams):
    """No parameters."""


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or b.has_technical_staff:
        return
    unknown = [s for s in b.staff_lines if not s.role_determinable]
    if not unknown:
        return
    examples = ", ".join(repr(s.label) for s in unknown[:3])
    yield Hit(
        location=Location(path=b.path, sheet=unknown[0].location.sheet, row=unknown[0].location.row, cell=unknown[0].location.cell),
        fields={
            "count": len(unknown),
            "lines": "1 staff cost line names" if len(unknown) == 1 else f"{len(unknown)} staff cost lines name",
            "examples": examples,
        },
        evidence=[f"{s.location.anchor()} {s.label!r}" for s in unknown[:10]],
        anchor="budget",
    )
