"""Amounts as techcost states them: money with its currency symbol, and a
staff line's FTE in each period. Shared by the rule kinds and ``diff``."""

from __future__ import annotations

from .model import StaffLine

_SYMBOL = {"GBP": "£", "USD": "$", "EUR": "€"}


def money(value: float | None, currency: str | None = None) -> str:
    if value is None:
        return "?"
    if value == 0:
        return "0"
    sym = _SYMBOL.get(currency or "", "")
    if abs(value) >= 100:
        return f"{sym}{value:,.0f}"
    return f"{sym}{value:,.2f}"


def fte_by_period(line: StaffLine) -> list[float | None]:
    """FTE per period: from the effort columns, else cost / annual salary."""
    eff = line.effort_fte
    n = len(line.cost) if line.cost else (len(eff) if eff else 0)
    out: list[float | None] = []
    for i in range(max(n, len(eff or []))):
        v = eff[i] if eff and i < len(eff) else None
        if v is None and line.salary and line.cost and i < len(line.cost) and line.cost[i] is not None:
            v = round(line.cost[i] / line.salary, 4)
        out.append(v)
    return out
