"""No per-author contribution statement (A07)."""

from __future__ import annotations

from typing import Iterator

from ..model import CREDIT_ROLES, Location, Suggestion
from ._base import Context, Hit, KindParams
from ._paper import author_list_location

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"authors"})


class Params(KindParams):
    min_authors: int = 2


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    if m is None or m.contribution_statement_present or len(m.authors) < p.min_authors:
        return
    lines = "\n".join(credit_line(a) for a in m.authors[:12])
    if len(m.authors) > 12:
        lines += f"\n(and {len(m.authors) - 12} more authors, one line each)"
    lines += "\n\nCRediT roles: " + ", ".join(CREDIT_ROLES.values()) + "."
    yield Hit(
        location=author_list_location(m) or Location(path=m.path, section="Author contributions"),
        fields={"authors": len(m.authors)},
        evidence=[f"{len(m.authors)} authors, no author contributions or CRediT statement found"],
        anchor="contribution-statement",
        suggestion=Suggestion(kind="insert", text="## Author contributions (CRediT)\n\n" + lines),
    )


def credit_line(author: object) -> str:
    """A draft CRediT line for one author: roles to choose, with the
    hands-on roles suggested for authors the paper shows are technical
    staff."""
    name = getattr(author, "name", "")
    if getattr(author, "technical", False):
        return f"{name}: Investigation; Methodology; Resources <keep the roles that describe their hands-on work; add Software, Data curation or Validation where they apply>"
    return f"{name}: <roles, e.g. Conceptualization; Investigation; Writing – original draft>"
