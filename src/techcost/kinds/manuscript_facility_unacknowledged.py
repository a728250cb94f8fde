"""A facility named where the work is described but not acknowledged (A01)."""

from __future__ import annotations

from typing import Iterator

from pydantic import Field

from ..model import Suggestion
from ._base import Context, Hit, KindParams
from ._paper import registry

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"facility", "where"})


class Params(KindParams):
    sections: list[str] = Field(default_factory=lambda: ["methods", "figure_legends"], description="where use of a facility is looked for")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    from ..analysis.credit import credited
    from ..registry import mentions

    m = ctx.manuscript
    if m is None:
        return
    reg = registry(ctx)
    seen: set[str] = set()
    found = [(f.name, f.location, f.evidence, f.section_kind) for f in m.facility_mentions if f.section_kind in p.sections]
    if reg is not None:  # registry facilities by name or alias
        for sec in m.sections:
            if sec.kind not in p.sections:
                continue
            for block in sec.blocks:
                for fac in reg.facilities:
                    if any(mentions(block.text, n) for n in fac.names()):
                        found.append((fac.name, block.location, block.text[:300], sec.kind))
    for name, loc, evidence, where in found:
        fac = reg.facility_named(name) if reg is not None else None
        names = fac.names() if fac else [name]
        key = (fac.name if fac else name).lower()
        if key in seen or any(credited(n, m) for n in names):
            continue
        seen.add(key)
        wording = draft_acknowledgement(fac.name if fac else name, fac)
        yield Hit(
            location=loc,
            fields={"facility": fac.name if fac else name, "where": "methods" if where == "methods" else "figure legends"},
            evidence=[f"{fac.name if fac else name} named in the {where.replace('_', ' ')}", evidence],
            anchor=f"facility|{key}",
            suggestion=Suggestion(kind="insert", text=wording),
            data={"facility": fac.name if fac else name},
        )


def draft_acknowledgement(name: str, fac: object | None) -> str:
    """A draft acknowledgement naming the facility: the wording the registry
    records for it when there is one, else a sentence with its RRID or DOI;
    grant numbers the facility asks papers to cite are added when the
    wording leaves them out."""
    the = "" if name.lower().startswith("the ") else "the "
    ids = [x for x in (getattr(fac, "rrid", None), f"doi:{fac.doi}" if getattr(fac, "doi", None) else None) if x]
    text = getattr(fac, "acknowledgement", None) or (
        f"We thank {the}{name}{' (' + ', '.join(ids) + ')' if ids else ''} for <the service it provided, e.g. imaging, sequencing or sample preparation>."
    )
    grants = [g for g in (getattr(fac, "grants", None) or []) if g not in text]
    if grants:
        text += f" {the.capitalize()}{name} is supported by {' and '.join(grants)}."
    return text
