"""No technical staff on a budget whose costs show experimental work (C01)."""


from typing import Iterator

from pydantic import Field

from ..model import Location, Suggestion
from ._base import Context, Hit, KindParams, money

#: message fields this kind gives (checked against each rule's message when packs load)
FIELDS = frozenset({"signals", "staff"})


class Params(KindParams):
    equipment_threshold: float = Field(25000, description="an equipment line at or above this is a signal (UKRI: items over £25k are equipment)")
    consumables_threshold: float = Field(5000, description="total consumables at or above this are a signal")
    computing_threshold: float = Field(10000, description="total computing/HPC at or above this is a signal")
    animal_threshold: float = Field(0, description="animal costs above this are a signal")
    exempt_types: list[str] = Field(
        default_factory=lambda: ["facility_or_service_charge"],
        description="cost types that already buy technical staff time (facility or service charges)",
    )
    suggest_grade: str = Field("5", description="grade of the technician the suggested budget line costs (priced from the profile's pay spine)")
    suggest_fte: float = Field(0.2, description="effort of the suggested technician line, as a fraction of full time")
    suggest_pension: str = Field("uss", description="pension scheme of the suggested line (a key of the rate table's pensions)")


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
    where: list = []  # the lines that carry the signals, largest first
    big_eq = [n for n in lines.get("equipment", []) if (n.total_cost() or 0) >= p.equipment_threshold]
    where += sorted(big_eq, key=lambda n: -(n.total_cost() or 0))
    if big_eq:
        top = max(big_eq, key=lambda n: n.total_cost() or 0)
        signals.append(f"equipment of {money(top.total_cost(), b.currency)} ({_as_written([top])})")
        evidence += [f"{n.location.anchor()} {n.label!r} equipment {money(n.total_cost(), b.currency)}" for n in big_eq]
    for ctype, thr, word in (
        ("consumables", p.consumables_threshold, "consumables"),
        ("computing", p.computing_threshold, "computing"),
        ("animal", p.animal_threshold, "animal costs"),
    ):
        tot = totals.get(ctype, 0.0)
        if tot > 0 and tot >= thr:
            carried = sorted((n for n in lines[ctype] if n.total_cost()), key=lambda n: -(n.total_cost() or 0))
            signals.append(f"{word} of {money(tot, b.currency)} ({_as_written(carried)})")
            where += carried
            evidence += [
                f"{n.location.anchor()} {n.label!r} {ctype} {money(n.total_cost(), b.currency)}"
                for n in lines[ctype]
                if n.total_cost()
            ][:5]
    if not signals:
        return
    staff = ", ".join(sorted({s.category.replace('_', ' ') for s in b.staff_lines})) or "none"
    # located at the line that carries the largest signal, so an annotated copy puts the comment there
    loc = where[0].location if where else Location(path=b.path, sheet=b.staff_lines[0].location.sheet if b.staff_lines else None)
    yield Hit(
        location=loc,
        fields={"signals": " and ".join(signals) + ("" if b.currency else " (currency not stated)"), "staff": staff},
        evidence=[f"staff costed: {staff}", *evidence],
        anchor="budget",
        suggestion=Suggestion(kind="add-budget-line", text=suggest_line(ctx, p)),
    )


def _as_written(lines: list) -> str:
    """The lines behind a signal as the sheet names them, so a reader sees
    what was read as equipment or consumables."""
    names = list(dict.fromkeys(repr(" ".join(n.label.split())[:60]) for n in lines))
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and {len(names) - 2} more"


_GENERIC = "Cost the technical effort the work needs (a named or unnamed technician, RSE or facility staff time), or explain in the justification who provides it"


def suggest_line(ctx: Context, p: Params) -> str:
    """A draft budget line for an unnamed technician, priced from the funder
    profile's pay spine and on-cost rates (one spine point a year up to the
    top of the grade); the generic advice when the profile has no pay data."""
    from ..costing import grade_band, spine_value, spine_versions

    b, prof = ctx.budget, ctx.profile
    band = grade_band(prof, p.suggest_grade)
    versions = spine_versions(prof)
    if b is None or band is None or not versions:
        return _GENERIC
    cur = str(prof.data.get("currency") or b.currency or "GBP") if prof is not None else (b.currency or "GBP")
    ni = prof.rate("employer_ni") or {}
    levy = prof.rate("apprenticeship_levy") or {}
    pension = (prof.rate("pensions") or {}).get(p.suggest_pension) or {}
    years = b.periods or ["Year 1"]
    lines: list[str] = []
    total = 0.0
    for k, label in enumerate(years):
        point = min(band[0] + k, band[1])
        full = spine_value(prof, point)
        if full is None:
            return _GENERIC
        pay = full * p.suggest_fte
        # on-costs of the full-time post, scaled by effort: the post's holder earns the full-time
        # salary pro rata, and costing tools apply the NI threshold to the whole post, not to the slice
        full_oncost = float(ni.get("rate", 0)) * max(0.0, full - float(ni.get("threshold", 0))) + float(levy.get("rate", 0)) * full + float(pension.get("rate", 0)) * full
        oncost = full_oncost * p.suggest_fte
        total += pay + oncost
        lines.append(f"  {label}: spine point {point}, basic {money(pay, cur)}, on-costs {money(oncost, cur)}, total {money(pay + oncost, cur)}")
    rates = []
    if ni.get("rate"):
        rates.append(f"employer NI {float(ni['rate']):.1%} above {money(float(ni.get('threshold', 0)), cur)} a year on the full-time salary, scaled by FTE")
    if levy.get("rate"):
        rates.append(f"apprenticeship levy {float(levy['rate']):.1%}")
    if pension.get("rate"):
        rates.append(f"{p.suggest_pension.upper()} pension {float(pension['rate']):.1%}")
    as_of = versions[0]["version"]
    head = (
        f"Add a budget line: Technician (unnamed), Grade {p.suggest_grade}, {p.suggest_fte:g} FTE, from spine point {band[0]} "
        f"with one increment a year (pay spine of {as_of}; on-costs: {', '.join(rates) or 'none listed'}; {prof.name} profile):"
    )
    tail = f"  Total {money(total, cur)}. Adjust grade, effort and pension scheme to the post, or explain in the justification who provides the technical effort."
    return "\n".join([head, *lines, tail])
