"""The result of a run: inputs with their parse status, findings, packs used."""


from typing import Literal

from pydantic import ConfigDict, Field

from ._base import Model
from .finding import Finding, Severity

SCHEMA_VERSION = "1.0"

InputKind = Literal["budget", "manuscript", "justification", "unknown"]


class InputError(Model):
    model_config = ConfigDict(extra="forbid")

    code: str
    message: str


class InputResult(Model):
    model_config = ConfigDict(extra="forbid")

    path: str
    kind: InputKind = "unknown"
    format: str | None = None
    status: Literal["ok", "error"] = "ok"
    error: InputError | None = None
    seconds: float | None = None
    notes: list[str] = Field(
        default_factory=list, description="what a person should know about how the input was read (an unfilled template, rows marked as examples)"
    )


class ProfileInfo(Model):
    """A funder costing profile a run used: which, for which inputs, and how
    current its data is."""

    model_config = ConfigDict(extra="forbid")

    name: str
    title: str | None = None
    as_of: str | None = None
    valid_until: str | None = None
    stale: bool = Field(default=False, description="past its valid-until date on the day of the run: findings that use its rates may be out of date")
    chosen_by: str = Field(default="budget", description="how it was chosen: --funder, the budget (its funder fields and titles), or the configuration")
    inputs: list[str] = Field(default_factory=list)


class PackInfo(Model):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: str
    as_of: str | None = None
    title: str | None = None
    source: str | None = None


class ClauseStatus(Model):
    model_config = ConfigDict(extra="forbid")

    clause: str
    title: str
    url: str | None = None
    status: Literal["met", "not_met", "not_assessable", "not_applicable"]
    reason: str | None = None
    findings: int = 0
    rules: list[str] = Field(default_factory=list)


class PackSummary(Model):
    model_config = ConfigDict(extra="forbid")

    pack: str
    version: str
    as_of: str | None = None
    clauses: list[ClauseStatus] = Field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for c in self.clauses if c.status == status)


class Report(Model):
    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    techcost_version: str
    packs: list[PackInfo] = Field(default_factory=list)
    config_sources: list[str] = Field(default_factory=list)
    inputs: list[InputResult] = Field(default_factory=list)
    profiles: list[ProfileInfo] = Field(default_factory=list, description="the funder costing profiles in force, with their dates")
    findings: list[Finding] = Field(default_factory=list)
    policy_summary: list[PackSummary] = Field(default_factory=list, description="per pack: clauses met, not met, not assessable")

    def active_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.suppressed is None]

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        for f in self.active_findings():
            out[f.severity.value] += 1
        out["suppressed"] = sum(1 for f in self.findings if f.suppressed is not None)
        return out

    def failed_inputs(self) -> list[InputResult]:
        return [i for i in self.inputs if i.status == "error"]

    def exit_code(self, fail_on: Severity | str = Severity.error, *, exit_zero: bool = False) -> int:
        """The only place the exit rule lives: 2 when an input could not be
        judged, 1 when an active finding is at or above ``fail_on``, else 0.
        ``exit_zero`` clears 1, never 2."""
        if self.failed_inputs():
            return 2
        if exit_zero:
            return 0
        threshold = Severity(fail_on)
        if any(f.severity >= threshold for f in self.active_findings()):
            return 1
        return 0
