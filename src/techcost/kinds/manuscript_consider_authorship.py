"""A non-author credited with non-routine work: consider authorship and
record the decision (A05, A06)."""

from __future__ import annotations

from typing import Iterator

from pydantic import BaseModel, ConfigDict

from ._base import Context, Hit
from ._paper import registry


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    from ..detect import Detector, _DETECTORS

    m = ctx.manuscript
    if m is None:
        return
    data = ctx.lexicons.get("attribution") or {}
    det = _DETECTORS.get(id(data)) or Detector(data)
    reg = registry(ctx)
    for person in m.acknowledged_people:
        if person.is_author or not person.purpose:
            continue
        hits = [h for h in det.lex.hits(person.purpose) if h.label == "non_routine"]
        if not hits:
            continue
        if det.purpose_class(person.purpose)[0] == "negative":
            continue
        if reg is not None:
            d = reg.decision_for(person.name, m.path)
            if d is not None and d.authorship:
                continue
        yield Hit(
            location=person.location,
            fields={"person": person.name, "work": person.purpose[:120], "words": ", ".join(dict.fromkeys(h.text for h in hits))},
            evidence=[f'{person.name} is thanked "for {person.purpose}"'],
            anchor=f"authorship|{person.name.lower()}",
            data={"person": person.name},
        )
