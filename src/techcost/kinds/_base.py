from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..amounts import money  # noqa: F401  (kinds format amounts with it)
from ..model import Budget, Location, Manuscript, Suggestion


@dataclass
class Hit:
    """What a kind found. ``fields`` fill the rule's message template;
    ``anchor`` is the semantic identity of the finding (a line label, a
    person, a section) used in its fingerprint, never a line number."""

    location: Location
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    anchor: str = ""
    suggestion: Suggestion | None = None
    data: dict[str, Any] = field(default_factory=dict)
    message: str | None = None  # overrides the template when set


@dataclass
class Context:
    """Everything a rule may look at for one check."""

    path: str
    budget: Budget | None = None
    budgets: list[Budget] = field(default_factory=list)
    manuscripts: list[Manuscript] = field(default_factory=list)
    funder: str | None = None
    show_amounts: bool = False
    registry: Any = None  # techcost.registry.Registry
    lexicons: dict[str, Any] = field(default_factory=dict)
    # costing: the funder profile in force (``techcost.costing.Profile``),
    # a justification of resources and the budget it was paired with
    profile: Any = None
    justification: Any = None
    paired_budget: Budget | None = None
    run_inputs: list[str] = field(default_factory=list)  # every input path of the run
    _manuscript: Manuscript | None = None
    _analyse: Any = None  # turns the parsed paper into the analysed one, on first use

    def set_manuscript(self, m: Manuscript | None, analyse: Any = None) -> None:
        """The paper this check reads. Its credit analysis (who is thanked,
        technical authors, facilities) runs the first time a rule reads
        ``manuscript``, once, whichever rules are enabled."""
        self._manuscript = m
        self._analyse = analyse

    @property
    def manuscript(self) -> Manuscript | None:
        m = self._manuscript
        if m is not None and not m.detected:
            if self._analyse is not None:
                m = self._analyse(m)
            else:
                from ..analysis import analyse

                m = analyse(m, self.lexicons)
            self._manuscript = m
        return m

    @manuscript.setter
    def manuscript(self, m: Manuscript | None) -> None:
        self._manuscript = m


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


class KindParams(BaseModel):
    """The base of every kind's ``Params``: a key the kind does not know is
    a configuration error, never silently ignored."""

    model_config = ConfigDict(extra="forbid")


class FunderScoped(KindParams):
    """Parameters of a rule that applies under some funders' profiles only
    (UKRI inflation, NIH salary cap). Empty: every funder. The policy
    summary marks the rule's clause not applicable under other funders."""

    funders: list[str] = Field(default_factory=list, description="funder profiles the rule applies under (empty: all)")

    def applies_under(self, funder: str | None) -> bool:
        return not self.funders or (funder or "") in self.funders


class CategoryScoped(KindParams):
    """Parameters of a rule that reads staff lines of some role categories
    (technical, researcher, investigator, other_staff)."""

    categories: list[str] = Field(default_factory=lambda: ["technical"], description="staff categories the rule reads")

    def covers(self, category: str | None) -> bool:
        return category in self.categories
