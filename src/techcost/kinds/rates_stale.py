"""Rate tables past their date that a check compared the budget with
(a salary against the spine or a cap): those findings may be wrong. Runs
after the BUD rules (codes run in order), which record what they used."""


import datetime as _dt
from typing import Iterator

from pydantic import Field

from ..costing import parse_date
from ..model import Location
from ._base import Context, Hit, KindParams
from ._budget import annual_salaries

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"funder", "tables"})


class Params(KindParams):
    max_age_months: int = Field(18, description="a table whose as-of date is older than this is stale even without a valid-until date")
    today: str | None = Field(None, description="the date to judge against (default: today); for tests and reproducible runs")


def _months_between(a: _dt.date, b: _dt.date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month)


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or ctx.profile is None:
        return
    # tables the budget's own figures would be compared with, whichever
    # rules ran: the pay spine for graded lines, a salary cap for salaries
    if any(s.spine_point or s.grade for s in b.staff_lines):
        ctx.profile.mark_used("spine")
    if ctx.profile.rate("salary_cap") is not None and any(annual_salaries(s) for s in b.staff_lines):
        ctx.profile.mark_used("salary_cap")
    today = parse_date(p.today) or _dt.date.today()
    stale: list[str] = []
    for what, as_of, valid_until in ctx.profile.dated(used_only=True):
        until = parse_date(valid_until)
        since = parse_date(as_of)
        if until is not None and until < today:
            stale.append(f"{what} (as of {as_of or '?'}, valid until {valid_until})")
        elif until is None and since is not None and _months_between(since, today) > p.max_age_months:
            stale.append(f"{what} (as of {as_of})")
    if not stale:
        return
    yield Hit(
        location=Location(path=b.path),
        fields={"funder": ctx.profile.name, "tables": "; ".join(stale)},
        evidence=stale,
        anchor=f"rates|{ctx.profile.name}",
    )
