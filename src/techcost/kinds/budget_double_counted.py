"""The same technical post costed twice: as named or dedicated staff and
again as pool or infrastructure staff (C08)."""


import re
from typing import Iterator

from pydantic import Field

from ._base import CategoryScoped, Context, Hit
from ._budget import describe_line, line_anchor

_DROP = re.compile(r"\b(?:pool(?:ed)?|infrastructure|shared|named|dedicated|di|da|oda|staff|costs?|salary|time)\b|\(.*?\)|[^a-z ]")


_GENERIC = {"technician", "technicians", "technical", "officer", "support", "post", "posts"}


def _key(label: str) -> frozenset[str]:
    """The words that identify a post, in any order ("Pool technician: mass
    spectrometry technician" is the "Mass spectrometry technician")."""
    words = set(_DROP.sub(" ", label.lower()).split())
    specific = words - _GENERIC
    return frozenset(specific or words)


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"label", "other", "who"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None:
        return
    lines = [s for s in b.staff_lines if p.covers(s.category)]
    pooled = [s for s in lines if s.pooled]
    direct = [s for s in lines if not s.pooled]
    for pl in pooled:
        for dl in direct:
            same_person = bool(pl.person and dl.person and pl.person.lower() == dl.person.lower())
            same_post = bool(_key(pl.label)) and _key(pl.label) == _key(dl.label) and (dl.fund_heading in (None, "DI"))
            if not (same_person or same_post):
                continue
            who = "the same person" if same_person else "the same post"
            yield Hit(
                location=pl.location,
                fields={"label": pl.label, "other": f"{dl.location.anchor()} {dl.label!r}", "who": who},
                evidence=[describe_line(pl, b, ctx.show_amounts), describe_line(dl, b, ctx.show_amounts)],
                anchor=line_anchor(pl) + "|" + line_anchor(dl),
            )
            break
