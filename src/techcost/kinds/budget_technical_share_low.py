"""Technical staff a token share of the staff costs of an experimental
project (C14)."""


from typing import Iterator

from pydantic import Field

from ..model import Location
from ._base import Context, Hit, KindParams
from ._budget import experimental_signals

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"min_share", "share", "signals"})


class Params(KindParams):
    min_share: float = Field(0.05, description="technical staff below this share of all staff costs is implausibly low where the work is experimental")
    equipment_threshold: float = 25000
    consumables_threshold: float = 5000
    computing_threshold: float = 10000


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or not b.has_technical_staff:
        return
    total = sum(s.total_with_oncost() or 0.0 for s in b.staff_lines)
    tech = sum(s.total_with_oncost() or 0.0 for s in b.technical_lines())
    if total <= 0 or tech <= 0 or tech / total >= p.min_share:
        return
    signals = experimental_signals(b, equipment=p.equipment_threshold, consumables=p.consumables_threshold, computing=p.computing_threshold)
    if not signals:
        return
    yield Hit(
        location=Location(path=b.path, sheet=b.technical_lines()[0].location.sheet),
        fields={"share": f"{tech / total:.1%}", "min_share": f"{p.min_share:.0%}", "signals": " and ".join(signals[:3])},
        evidence=[f"technical staff {tech:,.0f} of staff costs {total:,.0f}", *signals],
        anchor="budget",
    )
