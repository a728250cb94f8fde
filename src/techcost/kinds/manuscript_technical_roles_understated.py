"""A technical author whose roles leave out the hands-on work (A08)."""

from __future__ import annotations

from typing import Iterator

from pydantic import Field

from ._base import Context, Hit, KindParams
from ._paper import paper_location, registry

HANDS_ON = ["investigation", "resources", "software", "data-curation", "formal-analysis", "methodology", "visualization", "validation"]


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"author", "roles"})


class Params(KindParams):
    hands_on_roles: list[str] = Field(default_factory=lambda: list(HANDS_ON))


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    if m is None or not any(a.roles for a in m.authors):
        return
    reg = registry(ctx)
    for a in m.authors:
        technical = a.technical or (reg is not None and (s := reg.staff_for(a.name)) is not None and s.technical)
        if not technical or not a.roles:
            continue
        if set(a.roles) & set(p.hands_on_roles):
            continue
        yield Hit(
            location=a.location or paper_location(m, "author_contributions"),
            fields={"author": a.name, "roles": ", ".join(a.roles)},
            evidence=[a.technical_evidence or "registry: technical staff", f"roles: {', '.join(a.roles)}"],
            anchor=f"roles|{a.name.lower()}",
        )
