"""Regenerate the rule table in README.md (between the rules markers)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from techcost.engine.registry import RuleSet
from techcost.policy.config import Config
from techcost.policy.packs import available_packs

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def table() -> str:
    rows: dict[str, tuple[str, str, str, str]] = {}
    for pack in available_packs():
        rs = RuleSet(Config(packs=[pack]))
        for code, spec in rs.rules.items():
            rows.setdefault(code, (spec.name, spec.severity.value, spec.pack, spec.summary))
    lines = ["| Code | Name | Severity | Pack | What it finds |", "|---|---|---|---|---|"]
    for code in sorted(rows):
        name, sev, pack, summary = rows[code]
        lines.append(f"| {code} | `{name}` | {sev} | {pack} | {summary} |")
    return "\n".join(lines)


def render(text: str) -> str:
    return re.sub(re.escape(START) + r".*?" + re.escape(END), f"{START}\n{table()}\n{END}", text, flags=re.S)


if __name__ == "__main__":
    new = render(README.read_text(encoding="utf-8"))
    if "--check" in sys.argv:
        sys.exit(0 if new == README.read_text(encoding="utf-8") else 1)
    README.write_text(new, encoding="utf-8")
    print("README rule table updated")
