"""A facility whose charges a grant pays for is not acknowledged in its paper."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..model import Suggestion
from ._base import Context, Hit, KindParams
from ._link import pairs
from ._paper import ack_location

_NOISE = re.compile(r"\s*\(.*?\)|\b(?:access|charges?|charge-out|fees?|costs?|usage|time|hours?|runs?)\b", re.I)


#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"budget", "facility", "line"})


class Params(KindParams):
    """No parameters."""


def assessable(ctx: Context, p: Params) -> str | None:
    if not ctx.budgets or not ctx.manuscripts:
        return "needs a budget and a paper in the same run (or linked in the project registry)"
    return None


def facility_in_label(label: str, ctx: Context) -> str | None:
    from ..analysis.lexicon import attribution_lexicon

    lex = attribution_lexicon(ctx.lexicons)
    parts = [re.split(r"[,:;(]", label)[0], *re.findall(r"\(([^()]*)\)", label)]
    for part in parts:
        name = re.split(r"[,:;]", part)[0]
        name = _NOISE.sub(" ", name)
        name = " ".join(name.split())
        if name and lex.facility_kind(name) in ("facility", "resource_centre"):
            return name
    return None


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    from ..analysis.credit import credited

    for budget, paper in pairs(ctx):
        for line in budget.non_staff_lines:
            if line.type != "facility_or_service_charge" or not (line.total_cost() or 0) > 0:
                continue
            name = facility_in_label(line.label, ctx)
            if name is None or credited(name, paper):
                continue
            yield Hit(
                location=ack_location(paper),
                fields={"facility": name, "line": line.label, "budget": budget.path},
                evidence=[f"{budget.path} {line.location.anchor()} {line.label!r}"],
                anchor=f"facility|{name.lower()}|{Path(budget.path).name}",
                suggestion=Suggestion(kind="insert", text=f"We thank the {name} for <the service it provided>."),
            )
