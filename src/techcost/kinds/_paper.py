"""Shared helpers for manuscript kinds."""

from __future__ import annotations

import re
from typing import Any

from ..model import Location, Manuscript
from ..names import same_person


def paper_location(m: Manuscript, kind: str | None = None) -> Location:
    """The location of a section of the given kind (its heading), else the
    paper's first section, else the file."""
    for sec in m.sections:
        if kind is None or sec.kind == kind:
            return sec.location
    return Location(path=m.path)


def ack_location(m: Manuscript) -> Location:
    for sec in m.sections:
        if sec.kind == "acknowledgements":
            return sec.blocks[0].location if sec.blocks else sec.location
    return Location(path=m.path, section="Acknowledgements")


_BACK_MATTER = re.compile(r"^\W*(?:references?|bibliography|literature cited|works cited|appendi(?:x|ces)|supplementa|supporting information|notes)\b", re.I)


def end_of_main_text(m: Manuscript) -> Location:
    """Where a missing back-matter section would go: the last paragraph of
    the main text (before references and appendices)."""
    main = [s for s in m.sections if s.kind != "acknowledgements" and not _BACK_MATTER.match(s.heading or "")]
    for sec in reversed(main):
        if sec.blocks:
            return sec.blocks[-1].location
    return Location(path=m.path)


def author_list_location(m: Manuscript) -> Location | None:
    """The first author as written, where the paper gives a place for it."""
    return next((a.location for a in m.authors if a.location is not None), None)


def funding_location(m: Manuscript) -> Location:
    """Where a grant number belongs: the funding statement, else the
    acknowledgements, else where an acknowledgements section would be."""
    for sec in m.sections:
        if sec.kind == "funding":
            return sec.blocks[0].location if sec.blocks else sec.location
    return ack_location(m)


def all_text(m: Manuscript, kinds: tuple[str, ...] | None = None) -> str:
    return "\n".join(s.text for s in m.sections if kinds is None or s.kind in kinds)


def is_author(name: str, m: Manuscript) -> bool:
    return any(same_person(name, a.name) for a in m.authors)


def is_credited_person(name: str, m: Manuscript, aliases: list[str] | None = None) -> bool:
    """Named as an author, or named anywhere in the acknowledgements."""
    names = [name, *(aliases or [])]
    if any(is_author(n, m) for n in names):
        return True
    if any(same_person(n, p.name) for n in names for p in m.acknowledged_people):
        return True
    ack = all_text(m, ("acknowledgements",))
    for n in names:
        parts = [w for w in re.split(r"[\s.]+", n) if len(w) > 1]
        if parts and all(re.search(rf"\b{re.escape(w)}\b", ack, re.I) for w in parts[-1:]) and re.search(rf"\b{re.escape(parts[-1])}\b", ack):
            return True
    return False


def registry(ctx: Any) -> Any:
    reg = getattr(ctx, "registry", None)
    return reg if reg is not None and not reg.empty else None
