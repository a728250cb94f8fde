"""People acknowledged by name without a recorded permission (A10)."""

from __future__ import annotations

from typing import Iterator

from ._base import Context, Hit, KindParams
from ._paper import registry

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"person"})


class Params(KindParams):
    """No parameters."""


def assessable(ctx: Context, p: Params) -> str | None:
    return None if registry(ctx) is not None else "no registry of recorded permissions"


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    reg = registry(ctx)
    if m is None or reg is None:
        return
    for person in m.acknowledged_people:
        if person.is_author:
            continue
        d = reg.decision_for(person.name, m.path)
        if d is not None and d.permission:
            continue
        yield Hit(
            location=person.location,
            fields={"person": person.name},
            evidence=[f"{person.name}: {person.purpose}" if person.purpose else person.name],
            anchor=f"permission|{person.name.lower()}",
        )
