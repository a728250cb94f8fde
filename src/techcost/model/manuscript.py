"""A draft paper, whatever format it was written in.

Section kinds are decided once, by the parsers' shared section classifier,
so that no rule ever knows a file format.
"""


from typing import Literal

from ._base import Model
from pydantic import ConfigDict, Field, computed_field

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
    corresponding: bool = False
    location: Location | None = None


class FundingAward(Model):
    model_config = ConfigDict(extra="forbid")

    funder: str | None = None
    award_ids: list[str] = Field(default_factory=list)
    location: Location | None = None


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

    def sections_of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def acknowledgements_present(self) -> bool:
        return any(s.kind == "acknowledgements" and s.text.strip() for s in self.sections)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def contribution_statement_present(self) -> bool:
        if any(a.roles or a.roles_as_written for a in self.authors):
            return True
        return any(s.kind == "author_contributions" and s.text.strip() for s in self.sections)
