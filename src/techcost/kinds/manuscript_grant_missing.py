"""The project's grant numbers are not cited in its paper (A13)."""

from __future__ import annotations

import re
from typing import Iterator

from ._base import Context, Hit, KindParams
from ._paper import all_text, funding_location, registry

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"grant"})


class Params(KindParams):
    """No parameters."""


def assessable(ctx: Context, p: Params) -> str | None:
    reg = registry(ctx)
    return None if reg is not None and reg.grants else "no grant numbers in the project registry"


def _norm(s: str) -> str:
    return re.sub(r"[\s\[\]()]+", "", s).lower()


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    reg = registry(ctx)
    if m is None or reg is None or not reg.grants:
        return
    flat = _norm(all_text(m) + " " + " ".join(i for f in m.funding for i in f.award_ids))
    for g in reg.grants:
        if _norm(g) in flat:
            continue
        yield Hit(
            location=funding_location(m),
            fields={"grant": g},
            evidence=[f"registry grant {g} not found in the funding statement or acknowledgements"],
            anchor=f"grant|{g.lower()}",
        )
