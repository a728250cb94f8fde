"""A grant budget, whatever spreadsheet or funder form it came from."""


from typing import Literal

from pydantic import ConfigDict, Field, computed_field

from ._base import Model
from .location import Location

Category = Literal["technical", "investigator", "researcher", "student", "other_staff", "consultant"]
CATEGORIES: tuple[str, ...] = (
    "technical",
    "investigator",
    "researcher",
    "student",
    "other_staff",
    "consultant",
)

EffortUnit = Literal["fte", "months", "percent", "days", "hours"]

NonStaffType = Literal[
    "equipment",
    "facility_or_service_charge",
    "consumables",
    "animal",
    "computing",
    "travel",
    "subcontract",
    "estates",
    "indirect",
    "other",
]
NON_STAFF_TYPES: tuple[str, ...] = (
    "equipment",
    "facility_or_service_charge",
    "consumables",
    "animal",
    "computing",
    "travel",
    "subcontract",
    "estates",
    "indirect",
    "other",
)

# Effort held by one full-time person over a year, per unit; used to put
# every effort figure on one FTE scale. Days and hours follow the Horizon
# Europe productive-time convention (215 days, 1,720 hours), which is the
# only one a budget can be assumed to use without a funder profile.
FTE_DIVISOR: dict[str, float] = {
    "fte": 1.0,
    "percent": 100.0,
    "months": 12.0,
    "days": 215.0,
    "hours": 1720.0,
}

Money = float | None

# UKRI fund headings (Je-S summary headings, kept in substance by the Funding
# Service): Directly Incurred, Directly Allocated, Indirect, Exceptions.
FundHeading = Literal["DI", "DA", "Indirect", "Exceptions"]


class CellFact(Model):
    """One figure of a line as the file gives it: which measure, for which
    period, from which cell."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    measure: Literal["effort", "cost", "salary_cost", "salary", "oncost", "total"]
    period: int | None = Field(default=None, description="0-based index into the budget's periods; none for a whole-budget figure")
    value: float
    cell: str = Field(description="the cell, as Sheet!A1")


class StaffLine(Model):
    """One costed person or post."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(description="the label as written in the file")
    category: Category
    person: str | None = Field(default=None, description="a named person, where the line names one")
    effort: list[float | None] | None = Field(
        default=None, description="effort per period, in effort_unit, as written"
    )
    effort_unit: EffortUnit | None = None
    cost: list[Money] | None = Field(
        default=None, description="cost per period as budgeted on the line (see oncost_included)"
    )
    salary: float | None = Field(default=None, description="annual base salary where stated")
    salary_by_period: list[Money] | None = None
    oncost: list[Money] | None = Field(
        default=None, description="employer on-costs (fringe, NI, pension) per period where shown"
    )
    oncost_rate: float | None = Field(default=None, description="on-cost rate as a fraction of salary")
    oncost_included: bool | None = Field(
        default=None, description="true when cost already includes on-costs"
    )
    grade: str | None = None
    spine_point: int | None = Field(default=None, description="pay spine point where stated (UK HE 51-point spine)")
    heading: str | None = Field(default=None, description="the section or fund heading the line sits under")
    fund_heading: FundHeading | None = Field(
        default=None, description="UKRI fund heading the line is costed under (DI, DA, Indirect, Exceptions)"
    )
    funding_service_role: str | None = Field(
        default=None, description="UKRI Funding Service role, lower case (technician, pool technician, specialist, ...)"
    )
    pooled: bool | None = Field(
        default=None, description="true for pool or infrastructure staff shared across projects; false for a named or dedicated post"
    )
    overheads: bool | None = Field(
        default=None, description="true when estates and indirect costs are charged on the post; false when the sheet shows none for it"
    )
    role_words: list[str] = Field(default_factory=list, description="vocabulary that decided the category")
    role_determinable: bool = True
    computed: list[str] = Field(
        default_factory=list, description="fields whose values techcost computed rather than read"
    )
    location: Location
    related_rows: list[int] = Field(default_factory=list, description="rows folded into this line (fringe)")
    facts: list[CellFact] = Field(
        default_factory=list, description="the figures the line was assembled from, each with its measure, period and cell"
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def effort_fte(self) -> list[float | None] | None:
        """Effort per period on one scale: fraction of a full-time post."""
        if self.effort is None or self.effort_unit is None:
            return None
        div = FTE_DIVISOR[self.effort_unit]
        return [None if v is None else round(v / div, 6) for v in self.effort]

    def total_cost(self) -> float | None:
        if not self.cost:
            return None
        vals = [v for v in self.cost if v is not None]
        return float(sum(vals)) if vals else None

    def total_with_oncost(self) -> float | None:
        base = self.total_cost()
        if base is None:
            return None
        if self.oncost_included or not self.oncost:
            return base
        return base + sum(v for v in self.oncost if v)


class NonStaffLine(Model):
    model_config = ConfigDict(extra="forbid")

    label: str
    type: NonStaffType
    cost: list[Money] | None = Field(default=None, description="cost per period")
    heading: str | None = None
    fund_heading: FundHeading | None = None
    type_words: list[str] = Field(default_factory=list)
    computed: list[str] = Field(default_factory=list)
    location: Location

    def total_cost(self) -> float | None:
        if not self.cost:
            return None
        vals = [v for v in self.cost if v is not None]
        return float(sum(vals)) if vals else None


class ParseNote(Model):
    """Something the parser saw and wants a person to know (not a rule finding)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal[
        "formula-values-missing",
        "formula-values-untrusted",
        "formula-values-computed",
        "sheet-not-understood",
        "sheet-skipped",
        "duplicate-view",
        "template",
        "example-rows",
        "magnitude",
        "external-links",
        "macros",
        "info",
    ]
    message: str
    location: Location | None = None


class SheetSummary(Model):
    model_config = ConfigDict(extra="forbid")

    name: str
    hidden: bool = False
    rows: int = 0
    understood: bool = False
    staff_lines: int = 0
    non_staff_lines: int = 0
    reason: str | None = None


class CellNote(Model):
    """A note (comment) attached to one cell. Not budget data: kept so that
    a note such as ``techcost: ignore BUD002 -- reason`` can suppress a
    finding on its row."""

    model_config = ConfigDict(extra="forbid")

    text: str
    location: Location


class Budget(Model):
    """Staff and non-staff lines with the periods they are costed over.

    When the file has no period columns, ``periods`` is empty and every
    per-period list holds one value covering the whole budget.
    """

    model_config = ConfigDict(extra="forbid")

    path: str
    format: str
    funder: str | None = None
    funder_evidence: str | None = None
    currency: str | None = None
    periods: list[str] = Field(default_factory=list)
    staff_lines: list[StaffLine] = Field(default_factory=list)
    non_staff_lines: list[NonStaffLine] = Field(default_factory=list)
    sheets: list[SheetSummary] = Field(default_factory=list)
    notes: list[ParseNote] = Field(default_factory=list)
    uncached_formula_cells: list[str] = Field(
        default_factory=list, description="formula cells whose saved value is missing or untrusted"
    )
    computed_formula_cells: list[str] = Field(
        default_factory=list, description="formula cells whose value techcost computed because none was saved"
    )
    template: bool = Field(
        default=False, description="true when the file is an unfilled template: headings and role rows but no costs"
    )
    funding_service: bool | None = Field(
        default=None, description="true when the sheet is a UKRI Funding Service costing (roles attract estates and indirect costs)"
    )
    inflation_rate: float | None = Field(
        default=None, description="an inflation or pay-award rate the sheet states, as a fraction"
    )
    inflation_location: Location | None = Field(default=None, description="the cell that states the inflation rate")
    cell_notes: list[CellNote] = Field(
        default_factory=list, description="notes attached to cells (xlsx, xlsm), kept for inline suppressions"
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def has_technical_staff(self) -> bool:
        return any(s.category == "technical" for s in self.staff_lines)

    @property
    def period_count(self) -> int:
        return max(1, len(self.periods))

    def technical_lines(self) -> list[StaffLine]:
        return [s for s in self.staff_lines if s.category == "technical"]


class WorkMention(Model):
    """Technical work a justification describes (sequencing, imaging,
    fabrication, software, animal work, ...)."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(description="the kind of work, a key of the pack's technical_work vocabulary")
    text: str = Field(description="the words as written")
    location: Location


class Justification(Model):
    """A justification of resources (budget justification): the staff it
    asks for, staff paragraphs left in comments, and the technical work it
    describes."""

    model_config = ConfigDict(extra="forbid")

    path: str
    format: str
    title: str | None = None
    funder: str | None = None
    currency: str | None = None
    staff_lines: list[StaffLine] = Field(default_factory=list)
    commented_out_staff: list[StaffLine] = Field(
        default_factory=list, description="staff asked for in text that is commented out (LaTeX %, HTML comments)"
    )
    technical_work: list[WorkMention] = Field(default_factory=list)
    service_work: list[str] = Field(
        default_factory=list, description="kinds of technical work the justification costs as a service or facility charge"
    )
    non_staff_lines: list[NonStaffLine] = Field(default_factory=list)
    paired_budget: str | None = Field(default=None, description="the budget this justification was checked against")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def has_technical_staff(self) -> bool:
        return any(s.category == "technical" for s in self.staff_lines)

