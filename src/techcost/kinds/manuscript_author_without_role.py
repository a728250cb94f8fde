"""A contribution statement that leaves an author without a role (A07)."""

from __future__ import annotations

from typing import Iterator

from pydantic import Field

from ._base import Context, Hit, KindParams
from ._paper import paper_location

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"author"})


class Params(KindParams):
    min_share_linked: float = Field(0.5, description="only when at least this share of authors have roles (the statement is per author)")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    if m is None or not m.authors:
        return
    with_roles = [a for a in m.authors if a.roles or a.roles_as_written]
    if not with_roles or len(with_roles) / len(m.authors) < p.min_share_linked:
        return
    loc = paper_location(m, "author_contributions")
    for a in m.authors:
        if a.roles or a.roles_as_written:
            continue
        yield Hit(
            location=a.location or loc,
            fields={"author": a.name},
            evidence=[f"{len(with_roles)} of {len(m.authors)} authors have roles; {a.name} has none"],
            anchor=f"no-role|{a.name.lower()}",
        )
