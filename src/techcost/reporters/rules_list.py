"""`techcost rules` and `techcost explain`: rendered from the rule YAML, so
docs and behaviour cannot drift."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from ..engine.registry import RuleSet


def _params(ruleset: RuleSet, code: str) -> dict[str, Any]:
    spec = ruleset.rules[code]
    if spec.params is None:
        return {}
    return spec.params.model_dump(mode="json")


def render(ruleset: RuleSet, *, format: str = "text") -> str:
    rows = []
    for code in sorted(ruleset.rules):
        spec = ruleset.rules[code]
        pol = ruleset.policy_for(code)
        rows.append(
            {
                "code": code,
                "name": spec.name,
                "severity": spec.severity.value,
                "enabled": code in ruleset.enabled,
                "status": spec.status,
                "pack": spec.pack,
                "clause": pol.clause if pol else None,
                "summary": spec.summary,
            }
        )
    if format == "json":
        return json.dumps({"packs": [{"name": p.name, "version": p.version, "as_of": p.as_of} for p in ruleset.packs], "rules": rows}, indent=2) + "\n"
    out = ["packs: " + ", ".join(f"{p.name} {p.version} (as of {p.as_of})" for p in ruleset.packs), ""]
    w = max(len(r["name"]) for r in rows) if rows else 10
    for r in rows:
        flag = " " if r["enabled"] else "-"
        out.append(f"{flag} {r['code']}  {r['name']:<{w}}  {r['severity']:<7}  {r['summary']}")
    out.append("")
    out.append("'-' marks rules not enabled by the configuration. 'techcost explain CODE' shows one rule in full.")
    return "\n".join(out) + "\n"


def explain(ruleset: RuleSet, code: str) -> str:
    spec = ruleset.rules[code]
    wrap = lambda t: textwrap.fill(" ".join(str(t).split()), width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    out = [f"{spec.code} {spec.name}  ({spec.severity.value}, {spec.status}, pack {spec.pack})", ""]
    out.append(wrap(spec.summary))
    out.append("")
    out.append("Message:")
    out.append("  " + spec.message)
    if spec.rationale:
        out += ["", "Why:", wrap(spec.rationale)]
    params = _params(ruleset, code)
    if params:
        out += ["", "Parameters (set in techcost.toml under [rules." + code + "]):"]
        for k, v in params.items():
            out.append(f"  {k} = {json.dumps(v)}")
    served = ruleset.serves(code)
    if served:
        out += ["", "Policy clauses it serves:"]
        for pack, cid in served:
            cl = pack.clauses[cid]
            out.append(f"  {pack.name} {pack.version} {cid}: {cl.title}")
            if cl.summary:
                out.append(textwrap.fill(" ".join(cl.summary.split()), width=88, initial_indent="      ", subsequent_indent="      "))
            if cl.url:
                out.append(f"      {cl.url}")
    if spec.references:
        out += ["", "Sources:"]
        for ref in spec.references:
            out.append(f"  {ref.get('title', '')}")
            if ref.get("url"):
                out.append(f"      {ref['url']}")
    if spec.examples:
        out += ["", "Examples (run as tests):"]
        for k, verdict in (("fail", "found"), ("pass", "not found")):
            if k in spec.examples:
                out += _example(spec.examples[k], verdict)
    out.append(f"\nEnabled: {'yes' if code in ruleset.enabled else 'no'}   Defined in: {spec.source.name}")
    return "\n".join(out) + "\n"


def _example(ex: Any, verdict: str) -> list[str]:
    """One example as a person reads it: what it says, then the input."""
    if not isinstance(ex, dict):
        return [f"  {verdict}: {ex}"]
    out = [f"  {verdict}: {ex.get('said', '')}"]
    for sheet, rows in (ex.get("budget") or {}).items():
        out.append(f"    budget sheet {sheet!r}:")
        out += ["      " + " | ".join("" if v is None else str(v) for v in row) for row in rows]
    for key in ("manuscript", "justification"):
        val = ex.get(key)
        if isinstance(val, dict):
            out.append(f"    {val.get('name', key)}:")
            val = val.get("text")
        elif val:
            out.append(f"    paper ({ex.get('format', 'markdown')}):")
        if val:
            out += ["      " + line for line in str(val).rstrip().splitlines()]
    return out
