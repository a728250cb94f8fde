"""Run enabled rules over parsed inputs and stamp findings."""

from __future__ import annotations

import string
from typing import Any, Iterable

from ..kinds import Context, Hit
from ..model import Finding, Location, Severity, fingerprint
from ..repo import project_path
from .registry import RuleSet, RuleSpec, kind_module

_FMT = string.Formatter()


def render_message(template: str, fields: dict[str, Any]) -> str:
    """The message with its fields filled in. A field the kind did not give
    raises ``KeyError`` (the rule then reports an internal error naming it)
    instead of printing a literal ``{field}``."""
    try:
        return _FMT.vformat(template, (), fields).strip().rstrip(".")
    except (ValueError, IndexError):
        return template


def semantic_anchor(loc: Location) -> str:
    """The part of a location that survives edits above it (section, sheet,
    element path), used when a kind gives no anchor: never a line, row,
    page or paragraph number."""
    return loc.section or loc.sheet or loc.xpath or ""


def make_finding(spec: RuleSpec, hit: Hit, ruleset: RuleSet, rel_path: str) -> Finding:
    message = hit.message or render_message(spec.message, hit.fields)
    anchor = hit.anchor or semantic_anchor(hit.location)
    return Finding(
        code=spec.code,
        name=spec.name,
        severity=spec.severity,
        message=message,
        location=hit.location,
        evidence=[e for e in hit.evidence if e],
        suggestion=hit.suggestion,
        policy=ruleset.policy_for(spec.code),
        fingerprint=fingerprint(spec.code, project_path(rel_path, ruleset.config.root), anchor, hit.evidence[0] if hit.evidence else ""),
        data=hit.data,
    )


def system_finding(
    ruleset: RuleSet, code: str, location: Location, message: str, *, evidence: Iterable[str] = (), anchor: str = ""
) -> Finding:
    spec = ruleset.rules.get(code)
    name = spec.name if spec else code.lower()
    sev = spec.severity if spec else Severity.error
    return Finding(
        code=code,
        name=name,
        severity=sev,
        message=message,
        location=location,
        evidence=list(evidence),
        policy=ruleset.policy_for(code) if spec else None,
        fingerprint=fingerprint(code, project_path(location.path, ruleset.config.root), anchor or code, ""),
    )


def run_kind(spec: RuleSpec, ctx: Context) -> list[Hit]:
    mod = kind_module(spec.kind)
    if mod is None:
        return []
    return list(mod.check(ctx, spec.params))


def applicable(spec: RuleSpec, ctx: Context) -> bool:
    if not spec.inputs or spec.kind == "system":
        return False
    if "run" in spec.inputs:
        return False
    if "justification" in spec.inputs:
        # justification rules run on the justification input, with the
        # budget it was paired with (if any) in ``ctx.paired_budget``
        return ctx.justification is not None
    need_budget = "budget" in spec.inputs
    need_ms = "manuscript" in spec.inputs
    if need_budget and need_ms:
        return False  # cross-document rules run once per run
    if need_budget:
        return ctx.budget is not None
    if need_ms:
        return ctx.manuscript is not None
    return False
