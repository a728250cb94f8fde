"""Compare two versions of a budget: which staff and cost lines were
removed, added, cut or grown, and whether technical staff were cut or moved
from named to pooled while the other lines held or grew (the pattern the
sector reports as "last added, first removed").

Lines are matched by category and label (exact, then with brackets,
punctuation and on-cost words dropped), then by person; a line in one
version only is removed or added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .amounts import fte_by_period, money
from .model import Budget, Location, NonStaffLine, StaffLine


@dataclass
class Change:
    """One difference between the versions."""

    kind: str  # removed | added | cut | grown | pooled | changed
    label: str
    category: str  # a staff category, or "non-staff: TYPE"
    location: Location
    detail: str
    old: dict[str, Any] = field(default_factory=dict)
    new: dict[str, Any] = field(default_factory=dict)
    flag: bool = False  # a technical post removed, cut or pooled
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "category": self.category,
            "location": self.location.model_dump(mode="json"),
            "detail": self.detail,
            "old": self.old,
            "new": self.new,
            "technical_cut": self.flag,
        }


@dataclass
class BudgetDiff:
    old: Budget
    new: Budget
    changes: list[Change] = field(default_factory=list)
    others_old: float = 0.0
    others_new: float = 0.0

    def others_text(self) -> str:
        """How the lines that are not flagged moved, as a clause."""
        a, b, cur = self.others_old, self.new_others(), self.new.currency or self.old.currency
        if a <= 0 and b <= 0:
            return ""
        if b >= a * 0.995:
            verb = "held" if abs(b - a) <= max(1.0, 0.005 * a) else "grew"
            return f" while the other lines {verb} ({money(a, cur)} to {money(b, cur)})"
        return f" (the other lines fell too, {money(a, cur)} to {money(b, cur)})"

    def new_others(self) -> float:
        return self.others_new

    def as_dict(self) -> dict[str, Any]:
        def tot(b: Budget) -> dict[str, Any]:
            return {
                "path": b.path,
                "staff_lines": len(b.staff_lines),
                "technical_lines": len(b.technical_lines()),
                "staff_cost": round(sum(s.total_with_oncost() or 0 for s in b.staff_lines), 2),
                "technical_cost": round(sum(s.total_with_oncost() or 0 for s in b.technical_lines()), 2),
                "other_cost": round(sum(n.total_cost() or 0 for n in b.non_staff_lines), 2),
            }

        return {"old": tot(self.old), "new": tot(self.new), "changes": [c.as_dict() for c in self.changes]}


_DROP = re.compile(r"\(.*?\)|\b(?:salary|salaries|costs?|fringe|benefits|on[- ]?costs?|incl\w*)\b|[^a-z0-9 ]")


def _key(label: str) -> str:
    return " ".join(_DROP.sub(" ", label.lower()).split())


def _match(old: list[Any], new: list[Any], cat: Any) -> list[tuple[Any, Any]]:
    """Pairs (old, new); unmatched lines pair with None."""
    pairs: list[tuple[Any, Any]] = []
    left = list(new)
    for keyf in (lambda x: (cat(x), x.label.strip().lower()), lambda x: (cat(x), _key(x.label)), lambda x: (cat(x), (getattr(x, "person", None) or "").lower() or None)):
        rest = []
        for o in old:
            k = keyf(o)
            hit = next((n for n in left if k[1] and keyf(n) == k), None)
            if hit is None:
                rest.append(o)
                continue
            left.remove(hit)
            pairs.append((o, hit))
        old = rest
    pairs += [(o, None) for o in old] + [(None, n) for n in left]
    return pairs


def _effort_years(s: StaffLine) -> float | None:
    fte = [v for v in fte_by_period(s) if v is not None]
    if fte:
        return round(sum(fte), 4)
    return None


def _facts(s: StaffLine | NonStaffLine | None, cur: str | None) -> dict[str, Any]:
    if s is None:
        return {}
    out: dict[str, Any] = {"cost": round(s.total_with_oncost() if isinstance(s, StaffLine) else (s.total_cost() or 0), 2) if (s.total_cost() is not None) else None}
    if isinstance(s, StaffLine):
        out["effort"] = sum(v for v in (s.effort or []) if v) if s.effort else None
        out["effort_unit"] = s.effort_unit
        out["fte_years"] = _effort_years(s)
        out["pooled"] = s.pooled
        out["fund_heading"] = s.fund_heading
        out["named"] = bool(s.person)
    return out


def _describe(f: dict[str, Any], cur: str | None, show: bool = False) -> str:
    """Effort and cost of one side; a named person's cost only when amounts
    are shown."""
    parts = []
    if f.get("effort_unit") == "fte" and f.get("fte_years") is not None:
        parts.append(f"{f['fte_years']:g} FTE-year{'' if f['fte_years'] == 1 else 's'}")
    elif f.get("effort") is not None and f.get("effort_unit"):
        parts.append(f"{f['effort']:g} {f['effort_unit']}")
    if f.get("cost") is not None and (show or not f.get("named")):
        parts.append(money(f["cost"], cur))
    return ", ".join(parts) or "-"


def compare(
    old: Budget, new: Budget, *, categories: list[str] | tuple[str, ...] = ("technical",), min_cut: float = 0.1, show_amounts: bool = False
) -> BudgetDiff:
    """Every difference between two budgets, with technical cuts flagged. A
    named person's costs appear only with ``show_amounts``."""
    show = show_amounts
    cur = new.currency or old.currency
    d = BudgetDiff(old=old, new=new)
    flagged_old: set[int] = set()
    flagged_new: set[int] = set()
    for o, n in _match(old.staff_lines, new.staff_lines, lambda x: x.category):
        line = n or o
        fo, fn = _facts(o, cur), _facts(n, cur)
        tech = line.category in categories
        ch = None
        if n is None:
            ch = Change("removed", o.label, o.category, o.location, f"was removed ({_describe(fo, cur, show)} in the old version)", fo, fn, tech)
        elif o is None:
            ch = Change("added", n.label, n.category, n.location, f"was added ({_describe(fn, cur, show)})", fo, fn)
        else:
            ch = _compare_line(o, n, fo, fn, cur, tech, min_cut, show)
        if ch is None:
            continue
        ch.evidence = [f"old: {_describe(fo, cur, show)}" if fo else "old: -", f"new: {_describe(fn, cur, show)}" if fn else "new: -"]
        if ch.flag:
            if o is not None:
                flagged_old.add(id(o))
            if n is not None:
                flagged_new.add(id(n))
        d.changes.append(ch)
    for o, n in _match(old.non_staff_lines, new.non_staff_lines, lambda x: x.type):
        fo, fn = _facts(o, cur), _facts(n, cur)
        line = n or o
        cat = f"non-staff: {line.type}"
        if n is None:
            d.changes.append(Change("removed", o.label, cat, o.location, f"was removed ({_describe(fo, cur, show)})", fo, fn))
        elif o is None:
            d.changes.append(Change("added", n.label, cat, n.location, f"was added ({_describe(fn, cur, show)})", fo, fn))
        elif (fo.get("cost") or 0) != (fn.get("cost") or 0):
            kind = "cut" if (fn.get("cost") or 0) < (fo.get("cost") or 0) else "grown"
            d.changes.append(Change(kind, n.label, cat, n.location, f"went from {_describe(fo, cur, show)} to {_describe(fn, cur, show)}", fo, fn))
    d.others_old = sum(s.total_with_oncost() or 0 for s in old.staff_lines if id(s) not in flagged_old and s.category not in categories)
    d.others_old += sum(x.total_cost() or 0 for x in old.non_staff_lines)
    d.others_new = sum(s.total_with_oncost() or 0 for s in new.staff_lines if id(s) not in flagged_new and s.category not in categories)
    d.others_new += sum(x.total_cost() or 0 for x in new.non_staff_lines)
    return d


def _compare_line(
    o: StaffLine, n: StaffLine, fo: dict[str, Any], fn: dict[str, Any], cur: str | None, tech: bool, min_cut: float, show: bool = False
) -> Change | None:
    if tech and not o.pooled and n.pooled:
        return Change("pooled", n.label, n.category, n.location, "moved from a named or dedicated post to pooled time", fo, fn, True)
    if tech and o.fund_heading == "DI" and n.fund_heading == "DA":
        return Change("pooled", n.label, n.category, n.location, "moved from Directly Incurred to Directly Allocated (pooled) staff", fo, fn, True)
    native = fo.get("effort_unit") in ("days", "months", "hours") and fo.get("effort_unit") == fn.get("effort_unit")
    order = (("effort", "effort"), ("cost", "cost")) if native else (("fte_years", "effort"), ("cost", "cost"))
    for key, what in order:
        a, b = fo.get(key), fn.get(key)
        if a is None or b is None or a == b:
            continue
        unit = fo.get("effort_unit") if key == "effort" else "FTE-years"
        shown = f"{money(a, cur)} to {money(b, cur)}" if key == "cost" else f"{a:g} to {b:g} {unit}"
        if key != "cost" and fo.get("cost") is not None and fn.get("cost") is not None and fo["cost"] != fn["cost"]:
            shown += f"; {money(fo['cost'], cur)} to {money(fn['cost'], cur)}"
        if fo.get("named") and not show and key == "cost":
            shown = "amounts hidden"
        elif fo.get("named") and not show:
            shown = f"{a:g} to {b:g} {unit}"
        if b < a:
            cut = (a - b) / a if a else 0
            return Change("cut", n.label, n.category, n.location, f"{what} was cut by {cut:.0%} ({shown})", fo, fn, tech and cut >= min_cut)
        return Change("grown", n.label, n.category, n.location, f"{what} grew ({shown})", fo, fn)
    return None


def render_text(d: BudgetDiff, findings: list[Any], *, verbose: bool = False) -> str:
    """A readable report: totals, every change, then the findings."""
    cur = d.new.currency or d.old.currency
    info = d.as_dict()
    o, n = info["old"], info["new"]
    lines = [
        f"{o['path']} -> {n['path']}",
        f"  staff lines {o['staff_lines']} -> {n['staff_lines']} (technical {o['technical_lines']} -> {n['technical_lines']}); "
        f"staff costs {money(o['staff_cost'], cur)} -> {money(n['staff_cost'], cur)}; "
        f"technical {money(o['technical_cost'], cur)} -> {money(n['technical_cost'], cur)}; "
        f"other costs {money(o['other_cost'], cur)} -> {money(n['other_cost'], cur)}",
    ]
    if not d.changes:
        lines.append("  no changes to staff or cost lines")
    for c in d.changes:
        lines.append(f"  {c.kind:<8} {c.location.anchor():<14} {c.label[:60]} ({c.category}) {c.detail}")
    lines.append("")
    for f in findings:
        lines.append(f"  {f.location.anchor() or '-'}  {f.severity.value:<7} {f.code}  {f.message}")
        if verbose:
            lines.extend(f"      · {e}" for e in f.evidence)
    if not findings:
        lines.append("  no findings")
    return "\n".join(lines) + "\n"
