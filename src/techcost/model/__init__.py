"""The typed model. Pure data: nothing here reads or writes files."""


from .budget import (
    CATEGORIES,
    FTE_DIVISOR,
    NON_STAFF_TYPES,
    Budget,
    Category,
    EffortUnit,
    NonStaffLine,
    NonStaffType,
    ParseNote,
    SheetSummary,
    StaffLine,
)
from .finding import Finding, PolicyRef, Severity, Suggestion, Suppression, fingerprint
from .location import Location, cell_name, column_letter
from .manuscript import (
    CREDIT_ROLES,
    AcknowledgedPerson,
    Author,
    FacilityCredit,
    FundingAward,
    Manuscript,
    Section,
    SectionKind,
    TechnicalContributor,
    TextBlock,
)
from .report import SCHEMA_VERSION, InputError, InputResult, PackInfo, Report

__all__ = [
    "CATEGORIES",
    "CREDIT_ROLES",
    "FTE_DIVISOR",
    "NON_STAFF_TYPES",
    "SCHEMA_VERSION",
    "AcknowledgedPerson",
    "Author",
    "FacilityCredit",
    "TechnicalContributor",
    "Budget",
    "Category",
    "EffortUnit",
    "Finding",
    "FundingAward",
    "InputError",
    "InputResult",
    "Location",
    "Manuscript",
    "NonStaffLine",
    "NonStaffType",
    "PackInfo",
    "ParseNote",
    "PolicyRef",
    "Report",
    "Section",
    "SectionKind",
    "Severity",
    "SheetSummary",
    "StaffLine",
    "Suggestion",
    "Suppression",
    "TextBlock",
    "cell_name",
    "column_letter",
    "fingerprint",
]
