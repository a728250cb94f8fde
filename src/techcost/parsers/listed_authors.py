"""Authors printed as a section of their own, in any text format.

Metapaper templates (the Journal of Open Research Software and its sister
journals) have no title block: the paper's title, its authors and their
places are sections like any other::

    Title
        PFHub: The Phase-Field Community Hub
    Paper Authors
        1. Wheeler, Daniel; (corresponding author) A
        2. Keller, Trevor; A, B
    Paper Author Roles and Affiliations
        A. Materials Science and Engineering Division,
        National Institute of Standards and Technology, ...
        B. ...

``authors_listed_in_sections`` reads them from the sections a parser has
built, for a paper whose front matter named no one.
"""

from __future__ import annotations

import re

from ..model import Section
from ._text import AuthorDraft, give_places, looks_like_name, one_line

_AUTHORS_HEAD = re.compile(r"^(?:paper\s+|list\s+of\s+)?authors?(?:\s+list)?\s*:?$", re.IGNORECASE)
_PLACES_HEAD = re.compile(
    r"^(?:paper\s+)?(?:authors?['\u2019]?s?\s+)?(?:roles?\s+and\s+)?(?:affiliations?|institutions?)\s*:?$", re.IGNORECASE
)
# "1. Wheeler, Daniel; (corresponding author) A, B" (a list item whose number the reader has taken off, in Markdown)
_LISTED = re.compile(r"^\s*(?P<num>\d{1,3}[.)]\s+)?(?P<name>[^;]{3,80}?)\s*(?:;\s*(?P<rest>.*))?$")
# "A. Materials Science and Engineering Division,"
_PLACE = re.compile(r"^\s*(?P<key>[A-Z]|\d{1,2})[.)]\s+(?P<text>\S.*)$")


def _name(printed: str) -> str:
    """"Wheeler, Daniel" as "Daniel Wheeler"; other names as printed."""
    family, sep, given = printed.partition(",")
    if sep and given.strip() and "," not in given and len(family.split()) <= 3:
        # ("Golding, Nick.": the list's full stop is no part of a given name written out)
        given = re.sub(r"(?<=[^\W\d_]{3})\.$", "", given.strip())
        return f"{given} {family.strip()}"
    return printed.strip()


def authors_listed_in_sections(sections: list[Section], path: str) -> tuple[str | None, list[AuthorDraft]]:
    """The title and authors of a paper that prints them as sections
    (empty when it does not); each author with the places their keys name."""
    title = None
    authors: list[AuthorDraft] = []
    places: dict[str, str] = {}
    for sec in sections:
        head = one_line(sec.heading or "").strip()
        texts = [one_line(b.text) for b in sec.blocks if b.text.strip()]
        if head.lower() == "title" and len(texts) == 1 and title is None:
            title = texts[0]
        elif _AUTHORS_HEAD.match(head) and not authors:
            blocks = [b for b in sec.blocks if b.text.strip()]
            listed = [_LISTED.match(one_line(b.text)) for b in blocks]
            if not blocks or not all(m is not None and (m.group("num") or b.kind == "list_item") for m, b in zip(listed, blocks)):
                continue
            for m, block in zip(listed, blocks):
                assert m is not None
                name = _name(m.group("name"))
                if not looks_like_name(name):
                    return None, []
                rest = m.group("rest") or ""
                a = AuthorDraft(name=name, path=path, line=block.location.line if block.location else None)
                a.corresponding = re.search(r"correspond", rest, re.IGNORECASE) is not None
                a.aff_keys = re.findall(r"\b(?:[A-Z]|\d{1,2})\b", re.sub(r"\([^()]*\)", " ", rest))
                authors.append(a)
        elif _PLACES_HEAD.match(head) and not places:
            key = None
            for t in texts:
                m = _PLACE.match(t)
                if m:
                    key = m.group("key")
                    places[key] = m.group("text")
                elif key is not None:
                    places[key] = f"{places[key]} {t}"
    if not authors:
        return None, []
    give_places(authors, places, [])
    return title, authors
