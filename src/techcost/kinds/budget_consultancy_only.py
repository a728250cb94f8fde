"""Technical work bought only as consultancy or contractor days, with no
technical staff costed."""


import re
from typing import Iterator

from pydantic import Field

from ..model import Location, Suggestion
from ._base import Context, Hit, KindParams, money

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"what"})


class Params(KindParams):
    work_words: list[str] = Field(
        default_factory=lambda: ["implementation", "implement", "development", "develop", "developer", "programming", "software", "code", "coding", "database", "engineering", "technical", "markup", "encoding", "digitisation", "digitization", "pipeline", "website", "infrastructure", "processing"],
        description="words in a consultancy line that make its work technical",
    )
    min_lines: int = Field(1, description="technical consultancy lines needed")


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or b.has_technical_staff:
        return
    pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in p.work_words) + r")\w*\b", re.I)
    lines = [s for s in b.staff_lines if s.category == "consultant" and pat.search(s.label + " " + " ".join(s.role_words))]
    if len(lines) < p.min_lines:
        return
    days = sum(sum(v for v in (s.effort or []) if v) for s in lines if s.effort_unit == "days")
    cost = sum(s.total_cost() or 0 for s in lines)
    what = f"{len(lines)} consultancy line{'s' if len(lines) != 1 else ''}"
    if days:
        what += f", {days:g} days"
    if cost:
        what += f", {money(cost, b.currency)}"
    yield Hit(
        location=Location(path=b.path, sheet=lines[0].location.sheet),
        fields={"what": what},
        evidence=[f"{s.location.anchor()} {s.label!r}" for s in lines[:8]],
        anchor="budget",
        suggestion=Suggestion(kind="add-budget-line", text="Cost the technical work as staff time (an RSE, developer or technician post), or explain why contracted days are the right way to buy it"),
    )
