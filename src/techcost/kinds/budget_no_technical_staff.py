"""No technical staff on a budget whose costs show experimental work (C01)."""


from typing import Iterator

from pydantic import BaseModel, ConfigDict, Field

from ..model import Location, Suggestion
from ._base import Context, Hit, money


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    equipment_threshold: float = Field(25000, description="an equipment line at or above this is a signal (UKRI: items over £25k are equipment)")
    consumables_threshold: float = Field(5000, description="total consumables at or above this are a signal")
    computing_threshold: float = Field(10000, description="total computing/HPC at or above this is a signal")
    animal_threshold: float = Field(0, description="animal costs above this are a signal")
    exempt_types: list[str] = Field(
        default_factory=lambda: ["facility_or_service_charge"],
        description="cost types that already buy technical staff time (facility or service charges)",
    )


def check(ctx: Context, p: Params) -> Iterator[Hit]:
    b = ctx.budget
    if b is None or b.has_technical_staff:
        return
    if any(not s.role_determinable for s in b.staff_lines):
        return  # BUD006 says the roles cannot be told
    if any(n.type in p.exempt_types and (n.total_cost() or 0) > 0 for n in b.non_staff_lines):
        return
    totals: dict[str, float] = {}
    lines: dict[str, list] = {}
    for n in b.non_staff_lines:
        t = n.total_cost() or 0.0
        totals[n.type] = totals.get(n.type, 0.0) + t
        lines.setdefault(n.type, []).append(n)
    signals: list[str] = []
    evidence: list[str] = []
    big_eq = [n for n in lines.get("equipment", []) if (n.total_cost() or 0) >= p.equipment_threshold]
    if big_eq:
        signals.append(f"equipment of {money(max(n.total_cost() or 0 for n in big_eq), b.currency)}")
        evidence += [f"{n.location.anchor()} {n.label!r} equipment {money(n.total_cost(), b.currency)}" for n in big_eq]
    for ctype, thr, word in (
        ("consumables", p.consumables_threshold, "consumables"),
        ("computing", p.computing_threshold, "computing"),
        ("animal", p.animal_threshold, "animal costs"),
    ):
        tot = totals.get(ctype, 0.0)
        if tot > 0 and tot >= thr:
            signals.append(f"{word} of {money(tot, b.currency)}")
            evidence += [
                f"{n.location.anchor()} {n.label!r} {ctype} {money(n.total_cost(), b.currency)}"
                for n in lines[ctype]
                if n.total_cost()
            ][:5]
    if not signals:
        return
    staff = ", ".join(sorted({s.category.replace('_', ' ') for s in b.staff_lines})) or "none"
    sheet = b.staff_lines[0].location.sheet if b.staff_lines else (b.non_staff_lines[0].location.sheet if b.non_staff_lines else None)
    yield Hit(
        location=Location(path=b.path, sheet=sheet),
        fields={"signals": " and ".join(signals), "staff": staff},
        evidence=[f"staff costed: {staff}", *evidence],
        anchor="budget",
        suggestion=Suggestion(
            kind="add-budget-line",
            text="Cost the technical effort the work needs (a named or unnamed technician, RSE or facility staff time), or explain in the justification who provides it",
        ),
    )
