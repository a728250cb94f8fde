"""A technical author without an ORCID iD (A12)."""

from __future__ import annotations

from typing import Iterator

from ._base import Context, Hit, KindParams
from ._paper import paper_location, registry

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"author", "hint"})


class Params(KindParams):
    """No parameters."""


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    if m is None:
        return
    reg = registry(ctx)
    for a in m.authors:
        entry = reg.staff_for(a.name) if reg is not None else None
        technical = a.technical or (entry is not None and entry.technical)
        if not technical or a.orcid:
            continue
        hint = f" (registry: {entry.orcid})" if entry and entry.orcid else ""
        yield Hit(
            location=a.location or paper_location(m),
            fields={"author": a.name, "hint": hint},
            evidence=[a.technical_evidence or "registry: technical staff"],
            anchor=f"orcid|{a.name.lower()}",
        )
