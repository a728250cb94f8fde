"""A registered facility the paper uses is cited without the identifiers
or infrastructure grant numbers it asks for (A02, A03)."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Suggestion
from ._base import Context, Hit, KindParams
from ._paper import ack_location, all_text, registry

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"facility", "missing"})


class Params(KindParams):
    """No parameters."""


def assessable(ctx: Context, p: Params) -> str | None:
    reg = registry(ctx)
    if reg is None or not reg.facilities:
        return "no registry of facilities (their RRIDs, DOIs and grant numbers)"
    return None


def _norm(s: str) -> str:
    return re.sub(r"[\s\[\]()]+", "", s).lower()


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    from ..registry import mentions

    m = ctx.manuscript
    reg = registry(ctx)
    if m is None or reg is None:
        return
    text = all_text(m) + "\n" + "\n".join(f.award_ids[0] for f in m.funding if f.award_ids)
    flat = _norm(text)
    for fac in reg.facilities:
        if not any(mentions(text, n) for n in fac.names()):
            continue
        missing = []
        if fac.rrid and _norm(fac.rrid).replace("rrid:", "") not in flat:
            missing.append(f"RRID {fac.rrid}")
        if fac.doi and _norm(fac.doi) not in flat:
            missing.append(f"DOI {fac.doi}")
        for g in fac.grants:
            if _norm(g) not in flat:
                missing.append(f"grant {g}")
        if not missing:
            continue
        yield Hit(
            location=ack_location(m),
            fields={"facility": fac.name, "missing": ", ".join(missing)},
            evidence=[f"registry: {fac.name} asks for {', '.join(missing)}"],
            anchor=f"facility-ids|{fac.name.lower()}",
            suggestion=Suggestion(kind="insert", text=fac.acknowledgement or f"We thank the {fac.name} ({', '.join(missing)})."),
        )
