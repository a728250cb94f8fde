"""Findings: what a rule says about an input."""


import hashlib
import re
from enum import Enum
from typing import Literal

from pydantic import ConfigDict, Field

from ._base import Model
from .location import Location


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


class PolicyRef(Model):
    """The clause of a policy pack that a finding applies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pack: str
    clause: str | None = None
    title: str | None = None
    url: str | None = None
    version: str | None = None


class Suggestion(Model):
    """A concrete fix where one is clear."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["insert", "replace", "add-budget-line", "note"] = "note"
    text: str


class Suppression(Model):
    model_config = ConfigDict(frozen=True, extra="forbid")

    by: Literal["inline", "config", "baseline"]
    reason: str | None = None
    where: str | None = None


class Finding(Model):
    """One finding. Frozen: the runner stamps code, severity, policy and
    fingerprint when it creates it, and nothing changes it afterwards."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    evidence: list[str] = Field(default_factory=list)
    suggestion: Suggestion | None = None
    policy: PolicyRef | None = None
    fingerprint: str = ""
    suppressed: Suppression | None = None
    data: dict[str, object] = Field(default_factory=dict)

    def sort_key(self) -> tuple:
        loc = self.location
        return (
            loc.path,
            loc.sheet or "",
            loc.page or 0,
            loc.row or 0,
            loc.line or 0,
            loc.paragraph or 0,
            -self.severity.rank,
            self.code,
            self.message,
        )


_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def normalise_evidence(text: str) -> str:
    """Lower-case, collapse white space; used so fingerprints survive re-wrapping."""
    return _WS.sub(" ", text).strip().lower()


def fingerprint(code: str, path: str, anchor: str, evidence: str = "") -> str:
    """A stable identity for a finding: never line numbers, so edits above a
    finding do not change it. ``anchor`` is semantic (a sheet and row label,
    a section name, a person), not positional. Digits in the evidence are
    masked, so cell references such as ``Staff!A11`` that move when rows are
    inserted above, and figures that are edited, leave it unchanged."""
    h = hashlib.sha256()
    ev = _DIGITS.sub("#", normalise_evidence(evidence))
    for part in (code, path.replace("\\", "/"), normalise_evidence(anchor), ev):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:20]
