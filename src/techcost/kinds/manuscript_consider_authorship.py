"""A non-author credited with non-routine work: consider authorship and
record the decision (A05, A06)."""

from __future__ import annotations

import re
from typing import Iterator

from ._base import Context, Hit, KindParams
from ._paper import registry

# "writing the image analysis software", "built the imaging rig", "optimising the staining protocol"
_MAKING = re.compile(
    r"\b(?:writ(?:e|es|ing)|wrote|written|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|construct(?:s|ed|ing)?|"
    r"implement(?:s|ed|ing)?|creat(?:e|es|ed|ing)|programm(?:ed|ing)|adapt(?:s|ed|ing)?|optimi[sz](?:e|es|ed|ing)|establish(?:es|ed|ing)?|devis(?:e|ed|ing))"
    r"\b(?:\s+[\w\-]+){0,5}?\s+(?:software|code|pipeline|program|programme|scripts?|tools?|package|apparatus|rig|set-?up|device|instrument|"
    r"protocols?|methods?|assays?|procedures?|workflow|model|algorithms?)\b",
    re.I,
)


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"person", "words", "work"})


class Params(KindParams):
    """No parameters."""


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    from ..analysis.lexicon import attribution_lexicon

    m = ctx.manuscript
    if m is None:
        return
    lex = attribution_lexicon(ctx.lexicons)
    reg = registry(ctx)
    for person in m.acknowledged_people:
        if person.is_author or not person.purpose:
            continue
        hits = [h.text for h in lex.hits(person.purpose) if h.label == "non_routine"]
        made = _MAKING.search(person.purpose)
        if made:
            hits = [made.group(0)] + [h for h in hits if h.lower() not in made.group(0).lower()]
        if not hits:
            continue
        if lex.purpose_class(person.purpose)[0] == "negative":
            continue
        if reg is not None:
            d = reg.decision_for(person.name, m.path)
            if d is not None and d.authorship:
                continue
        yield Hit(
            location=person.location,
            fields={"person": person.name, "work": person.purpose[:120], "words": ", ".join(dict.fromkeys(hits))},
            evidence=[f'{person.name} is thanked "for {person.purpose}"'],
            anchor=f"authorship|{person.name.lower()}",
            data={"person": person.name},
        )
