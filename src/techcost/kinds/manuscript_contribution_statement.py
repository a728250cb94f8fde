"""No per-author contribution statement (A07)."""

from __future__ import annotations

from typing import Iterator

from pydantic import BaseModel, ConfigDict

from ..model import Location, Suggestion
from ._base import Context, Hit


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_authors: int = 2


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    if m is None or m.contribution_statement_present or len(m.authors) < p.min_authors:
        return
    lines = "\n".join(f"{a.name}: <roles>" for a in m.authors[:12])
    yield Hit(
        location=Location(path=m.path, section="Author contributions"),
        fields={"authors": len(m.authors)},
        evidence=[f"{len(m.authors)} authors, no author contributions or CRediT statement found"],
        anchor="contribution-statement",
        suggestion=Suggestion(kind="insert", text="## Author contributions (CRediT)\n\n" + lines),
    )
