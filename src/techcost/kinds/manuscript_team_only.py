"""A facility or team thanked without naming the people who did the work
(A04, A16)."""

from __future__ import annotations

import re
from typing import Iterator

from ._base import Context, Hit, KindParams
from ._paper import all_text, is_credited_person, registry

_BY_STAFF = re.compile(
    r"\b(?:performed|carried out|conducted|done|acquired|collected|prepared|run|imaged|sequenced|processed|generated)\s+by\s+(?:the\s+)?((?:[\w\-]+\s+){0,5})(?:staff|technicians?|team|personnel)\b",
    re.I,
)
_FACILITY_WORD = re.compile(r"\b(?:facility|facilities|core|unit|platform|service|centre|center|lab|laboratory)\b", re.I)


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"facility", "why"})


class Params(KindParams):
    """No parameters."""


def _named_with(fac, m) -> bool:
    """A person thanked in the same sentence as the facility ("Sam Operator
    and the EM Facility", "the EM Facility, in particular Sam Operator"):
    the people are named, whatever the sentence says of whose staff they are."""
    sentence = fac.evidence or ""
    return any(p.name and p.name in sentence for p in m.acknowledged_people)


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    from ..analysis.credit import distinctive as _distinctive

    m = ctx.manuscript
    if m is None:
        return
    reg = registry(ctx)
    methods = all_text(m, ("methods", "figure_legends"))
    for fac in m.facilities:
        # "performed by the EM facility staff": the staff of a facility, not "approved staff"
        staff_did_work = next(
            (
                s
                for s in _BY_STAFF.finditer(methods)
                if _FACILITY_WORD.search(s.group(1)) or (_distinctive(s.group(1)) & _distinctive(fac.name))
            ),
            None,
        )
        if fac.named_staff or fac.kind == "resource_centre" or _named_with(fac, m):
            continue
        names: list[str] = []
        if reg is not None:
            fwords = _distinctive(fac.name)
            for s in reg.staff:
                if s.facility and fwords & _distinctive(s.facility) and not is_credited_person(s.name, m, s.aliases):
                    names.append(s.name)
        if not names and not staff_did_work:
            continue
        why = (
            f"the registry lists {', '.join(names)} as its staff"
            if names
            else f'the methods say "{staff_did_work.group(0)}"'  # type: ignore[union-attr]
        )
        yield Hit(
            location=fac.location,
            fields={"facility": fac.name, "why": why},
            evidence=[fac.evidence, why],
            anchor=f"team-only|{fac.name.lower()}",
        )
