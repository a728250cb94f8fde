"""A draft paper, whatever format it was written in.

Section kinds are decided once, by the parsers' shared section classifier,
so that no rule ever knows a file format.
"""


import re
from typing import Literal

from pydantic import ConfigDict, Field, computed_field

from ._base import Model
from .location import Location

SectionKind = Literal[
    "acknowledgements",
    "author_contributions",
    "funding",
    "methods",
    "data_availability",
    "figure_legends",
    "other",
]

# The 14 CRediT roles (NISO Z39.104-2022), by slug.
CREDIT_ROLES: dict[str, str] = {
    "conceptualization": "Conceptualization",
    "data-curation": "Data curation",
    "formal-analysis": "Formal analysis",
    "funding-acquisition": "Funding acquisition",
    "investigation": "Investigation",
    "methodology": "Methodology",
    "project-administration": "Project administration",
    "resources": "Resources",
    "software": "Software",
    "supervision": "Supervision",
    "validation": "Validation",
    "visualization": "Visualization",
    "writing-original-draft": "Writing – original draft",
    "writing-review-editing": "Writing – review & editing",
}


class TextBlock(Model):
    """A paragraph (or list item, caption, footnote) of prose with its place."""

    model_config = ConfigDict(extra="forbid")

    text: str
    location: Location
    kind: Literal["paragraph", "caption", "footnote", "table", "list_item", "heading", "other"] = (
        "paragraph"
    )


class Section(Model):
    model_config = ConfigDict(extra="forbid")

    kind: SectionKind
    heading: str | None = None
    level: int = 1
    location: Location
    blocks: list[TextBlock] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


class TechnicalContributor(Model):
    """A named person credited for technical work."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="the name as written")
    role_words: str = Field(description="what they were credited for, as written")
    basis: Literal["explicit", "inferred"] = Field(
        description="explicit: the text states a technical role or service; inferred: only the task suggests it"
    )
    is_author: bool = False
    facility: str | None = Field(default=None, description="the facility or team the text ties them to")
    location: Location
    evidence: str


class FacilityCredit(Model):
    """A facility, core, platform, technical team or resource centre credited."""

    model_config = ConfigDict(extra="forbid")

    name: str
    kind: Literal["facility", "team", "resource_centre"] = "facility"
    named_staff: list[str] = Field(default_factory=list)
    unnamed_staff: bool = Field(default=False, description="staff thanked as a group besides any named ones")
    purpose: str | None = None
    location: Location
    evidence: str


class FacilityMention(Model):
    """A facility, core or platform named where the work is described
    (methods, figure legends)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    section_kind: str
    location: Location
    evidence: str


class AcknowledgedPerson(Model):
    """Anyone named in the acknowledgements, with what they were thanked for."""

    model_config = ConfigDict(extra="forbid")

    name: str
    purpose: str = ""
    category: Literal["technical", "other"] = "other"
    is_author: bool = False
    location: Location


class Author(Model):
    model_config = ConfigDict(extra="forbid")

    name: str
    given: str | None = None
    family: str | None = None
    orcid: str | None = None
    email: str | None = None
    affiliations: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list, description="CRediT role slugs")
    roles_as_written: list[str] = Field(default_factory=list)
    job_titles: list[str] = Field(default_factory=list, description="job titles printed with the author (not contribution roles)")
    corresponding: bool = False
    location: Location | None = None
    technical: bool = Field(default=False, description="identifiable from the document as technical staff")
    technical_evidence: str | None = None


class FundingAward(Model):
    model_config = ConfigDict(extra="forbid")

    funder: str | None = None
    award_ids: list[str] = Field(default_factory=list)
    location: Location | None = None


#: A statement that says there is nothing to say, or a template's placeholder never filled in.
EMPTY_STATEMENT = re.compile(
    # (after a label of its own: "Financial support: None reported.")
    r"^\W*(?:[^\W\d_][\w\s'’-]{0,40}:\s*)?(?:none(?:\s+(?:reported|declared|to\s+(?:declare|report)))?|n/?a|not\s+applicable|nil|"
    r"no\s+acknowledge?ments?|-+|–|—|"
    # a template's placeholder never filled in: "TEXT", "TODO", "Lorem ipsum ...", "Acknowledgements here"
    r"text|todo|tbd|tba|x{3,}|\.{3}|…|lorem\s+ipsum\b.*|(?:(?:insert|add|write)\s+(?:your\s+|the\s+)?)?"
    r"acknowledge?ments?\s+(?:go(?:es)?\s+|come\s+)?here|(?:insert|add|write)\s+(?:your\s+|the\s+)?acknowledge?ments?(?:\s+here)?)\W*$",
    re.IGNORECASE,
)


def is_empty_statement(text: str) -> bool:
    return not (text or "").strip() or bool(EMPTY_STATEMENT.match(text.strip()))


_WHO_DID_WHAT = re.compile(
    r"\b(?:conceptuali[sz]ation|data\s+curation|formal\s+analysis|funding\s+acquisition|project\s+administration|writing\s*[-–—:]\s*(?:original|review)|"
    r"conceived|designed\s+the\s+(?:study|experiments?|research)|wrote\s+the\s+(?:manuscript|paper|first\s+draft)|drafted\s+the|"
    r"performed\s+the\s+experiments|contributed\s+equally|all\s+authors\s+(?:read|approved|contributed|reviewed|discussed))\b",
    re.IGNORECASE,
)


_INITIALS_DID = re.compile(
    r"(?P<who>(?:\b[A-Z](?:\.?[A-Z]){1,3}\.?(?:\s*,\s*|\s+and\s+|\s*&\s*)?)+)\s+(?:also\s+)?(?:designed|conceived|performed|conducted|wrote|analy[sz]ed|carried\s+out|collected|contributed|supervised|drafted|edited|revised|interpreted|provided|did|ran|developed|prepared|helped)\b"
)


def _has_content(text: str) -> bool:
    """A statement with content: not empty and not "None reported." / "N/A"."""
    return not is_empty_statement(text)


class Manuscript(Model):
    model_config = ConfigDict(extra="forbid")

    path: str
    format: Literal["jats", "markdown", "latex", "docx", "pdf"]
    title: str | None = None
    authors: list[Author] = Field(default_factory=list)
    collaborations: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    funding: list[FundingAward] = Field(default_factory=list)
    contribution_statement_text: str | None = None
    comments: list[TextBlock] = Field(
        default_factory=list,
        description="comments in the source (LaTeX %, HTML <!-- -->, Word comments): not text, kept for inline suppressions",
    )
    parts: list[str] = Field(default_factory=list, description="files a multi-file source was assembled from")
    notes: list[str] = Field(default_factory=list, description="what the parser wants a person to know (e.g. only part of a long PDF read)")
    truncated: bool = Field(default=False, description="true when only part of the document was read (a limit was reached): what is absent may be in the part not read")
    technical_contributors: list[TechnicalContributor] = Field(default_factory=list)
    facilities: list[FacilityCredit] = Field(default_factory=list)
    acknowledged_people: list[AcknowledgedPerson] = Field(default_factory=list)
    facility_mentions: list[FacilityMention] = Field(default_factory=list, description="facilities named in methods and figure legends")
    detected: bool = Field(default=False, description="whether technical-credit detection has run")

    def sections_of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def acknowledgements_present(self) -> bool:
        return any(s.kind == "acknowledgements" and _has_content(s.text) for s in self.sections)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def contribution_statement_present(self) -> bool:
        if any(a.roles or a.roles_as_written for a in self.authors):
            return True
        if any(s.kind == "author_contributions" and s.text.strip() and self._says_who_did_what(s.text) for s in self.sections):
            return True
        # "LAH designed the research; MCR and JCM conducted it" inside the acknowledgements
        return any(s.kind == "acknowledgements" and self._initials_did(s.text) for s in self.sections)

    def _initials_did(self, text: str) -> bool:
        """Whether a text says, by the authors' initials, what two or more
        of them did."""
        inits = {"".join(w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", a.name) if w[:1].isupper()) for a in self.authors}
        inits = {i for i in inits if len(i) >= 2}
        if len(inits) < 2:
            return False
        found = set()
        for m in _INITIALS_DID.finditer(text):
            for tok in re.findall(r"[A-Z](?:\.?[A-Z])+\.?", m.group("who")):
                key = tok.replace(".", "")
                if key in inits:
                    found.add(key)
        return len(found) >= 2

    def _says_who_did_what(self, text: str) -> bool:
        """A "Contribution(s)" section that names no author, no initials and
        no role is the paper's own contribution to its field, not a
        statement of who did what."""
        if _WHO_DID_WHAT.search(text):
            return True
        for a in self.authors:
            family = a.name.split()[-1] if a.name.split() else ""
            initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", a.name) if w[:1].isupper())
            spaced = r"\.?\s?".join(map(re.escape, initials))
            if (len(family) > 1 and re.search(rf"\b{re.escape(family)}\b", text)) or (len(initials) >= 2 and re.search(rf"\b{spaced}\b\.?", text)):
                return True
        return not self.authors
