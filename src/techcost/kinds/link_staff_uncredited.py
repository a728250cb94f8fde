"""Technical staff costed on a grant by name but neither authors nor
acknowledged in its paper."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from pydantic import Field

from ..model import Suggestion
from ._base import CategoryScoped, Context, Hit
from ._link import pairs
from ._paper import ack_location, is_credited_person

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"budget", "line", "person"})


class Params(CategoryScoped):
    categories: list[str] = Field(default_factory=lambda: ["technical"])


def assessable(ctx: Context, p: Params) -> str | None:
    if not ctx.budgets or not ctx.manuscripts:
        return "needs a budget and a paper in the same run (or linked in the project registry)"
    return None


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    reg = getattr(ctx, "registry", None)
    for budget, paper in pairs(ctx):
        for line in budget.staff_lines:
            if not p.covers(line.category):
                continue
            names = [line.person] if line.person else []
            aliases: list[str] = []
            if reg is not None and line.person:
                entry = reg.staff_for(line.person)
                if entry:
                    aliases = entry.aliases
            for name in names:
                if is_credited_person(name, paper, aliases):
                    continue
                yield Hit(
                    location=ack_location(paper),
                    fields={"person": name, "line": line.label, "budget": budget.path},
                    evidence=[f"{budget.path} {line.location.anchor()} {line.label!r}", f"{name} is not an author and is not named in the acknowledgements"],
                    anchor=f"staff|{name.lower()}|{Path(budget.path).name}",
                    suggestion=Suggestion(kind="insert", text=f"We thank {name} ({line.label}) for <their technical contribution>."),
                )
