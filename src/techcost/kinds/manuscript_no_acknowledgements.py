"""No acknowledgements: nobody's technical help can be credited."""

from __future__ import annotations

from typing import Iterator

from pydantic import Field

from ..model import Suggestion
from ._base import Context, Hit, KindParams
from ._paper import end_of_main_text

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"state"})


class Params(KindParams):
    research_sections: list[str] = Field(
        default_factory=lambda: ["methods", "figure_legends", "data_availability"],
        description="only papers with one of these (research papers, not reviews of books or opinion columns)",
    )


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    m = ctx.manuscript
    if m is None or m.acknowledgements_present:
        return
    if p.research_sections and not any(s.kind in p.research_sections and s.text.strip() for s in m.sections):
        return
    empty = next((s for s in m.sections if s.kind == "acknowledgements"), None)
    loc = empty.location if empty else end_of_main_text(m)
    yield Hit(
        location=loc,
        fields={"state": "an empty acknowledgements section" if empty else "no acknowledgements section"},
        evidence=["acknowledgements heading with no content" if empty else "no section headed Acknowledgements, and no untitled thanks found"],
        anchor="acknowledgements",
        suggestion=Suggestion(
            kind="insert",
            text="## Acknowledgements\n\nWe thank <name> (<facility or team>) for <what they did>. <Facility> is supported by <funder> [<grant number>].",
        ),
    )
