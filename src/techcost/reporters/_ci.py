"""Helpers shared by the CI reporters (sarif, junit, github, markdown,
gitlab): rule metadata, severities, paths relative to the repository."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..model import Finding, Report, Severity

SARIF_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    summary: str
    rationale: str
    severity: Severity
    pack: str | None
    clause: str | None
    clause_title: str | None
    url: str | None
    inputs: tuple[str, ...] = ()


def rule_info(code: str, ruleset: Any | None, sample: Finding | None = None) -> RuleInfo:
    """What the rule YAML and packs say about ``code``; from a finding of it
    when no ruleset is given."""
    spec = getattr(ruleset, "rules", {}).get(code) if ruleset is not None else None
    pol = ruleset.policy_for(code) if spec is not None else (sample.policy if sample else None)
    url = pol.url if pol and pol.url else None
    if url is None and spec is not None and spec.references:
        url = spec.references[0].get("url")
    return RuleInfo(
        code=code,
        name=spec.name if spec else (sample.name if sample else code.lower()),
        summary=spec.summary if spec else (sample.name if sample else code),
        rationale=spec.rationale if spec else "",
        severity=spec.severity if spec else (sample.severity if sample else Severity.warning),
        pack=pol.pack if pol else None,
        clause=pol.clause if pol else None,
        clause_title=pol.title if pol else None,
        url=url,
        inputs=tuple(spec.inputs) if spec else (),
    )


def codes_of(report: Report, ruleset: Any | None) -> list[str]:
    """The rules a report concerns: every enabled rule, and every rule with a
    finding."""
    codes = set(getattr(ruleset, "enabled", ()) or ())
    codes |= {f.code for f in report.findings}
    return sorted(codes)


def _repo_root() -> Path:
    cwd = Path.cwd().resolve()
    for d in (cwd, *cwd.parents):
        if (d / ".git").exists():
            return d
    return cwd


def repo_path(path: str) -> str:
    """``path`` relative to the git repository holding the working
    directory (what code hosts expect), forward slashes."""
    p = Path(path)
    try:
        from ..repo import resolved

        return resolved(p if p.is_absolute() else Path.cwd() / p).relative_to(_repo_root()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def has_lines(f: Finding) -> bool:
    return f.location.line is not None and f.location.sheet is None


def where(f: Finding) -> str:
    """The anchor inside the file for formats without lines (cell, page,
    paragraph, element), or ''."""
    if has_lines(f):
        return ""
    return f.location.anchor()


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity.rank, f.sort_key()))


def env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() == "true"
