"""Technical work a justification describes that no technical staff time
or service charge pays for (C10, C11)."""


import re
from typing import Iterator

from pydantic import Field

from ._base import Context, Hit, KindParams

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"kind", "where", "words"})


class Params(KindParams):
    covered_by: list[str] = Field(
        default_factory=lambda: ["facility_or_service_charge", "subcontract"],
        description="budget cost types that pay for technical work (a facility, service or subcontract line naming it)",
    )


def _words(ctx: Context, kind: str) -> re.Pattern[str] | None:
    tw = (ctx.lexicons.get("budget") or {}).get("technical_work") or {}
    words = [str(w) for w in tw.get(kind) or ()]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + r")\b", re.I)


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    j = ctx.justification
    if j is None or not j.technical_work:
        return
    budget = ctx.paired_budget
    if j.has_technical_staff or (budget is not None and budget.has_technical_staff):
        return
    first: dict[str, list] = {}
    for w in j.technical_work:
        first.setdefault(w.kind, []).append(w)
    for kind, mentions in first.items():
        if kind in j.service_work:
            continue
        pat = _words(ctx, kind)
        if budget is not None and pat is not None and any(n.type in p.covered_by and pat.search(n.label) for n in budget.non_staff_lines):
            continue
        m = mentions[0]
        said = sorted({x.text.lower() for x in mentions})
        yield Hit(
            location=m.location,
            fields={"kind": kind.replace("_", " "), "words": ", ".join(repr(s) for s in said[:3]), "where": "the paired budget" if budget is not None else "the justification"},
            evidence=[f"{x.location.anchor()} {x.text!r}" for x in mentions[:5]],
            anchor=f"work|{kind}",
        )
