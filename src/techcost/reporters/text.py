"""Readable report, grouped by file, coloured on a terminal."""

from __future__ import annotations

import os
from typing import Any

from ..escape import one_line as _t
from ..model import Finding, Report, Severity

_COLOURS = {
    Severity.error: "\033[31m",
    Severity.warning: "\033[33m",
    Severity.info: "\033[36m",
}
_DIM = "\033[2m"
_BOLD = "\033[1m"
_RESET = "\033[0m"


def _c(text: str, code: str, colour: bool) -> str:
    return f"{code}{text}{_RESET}" if colour else text


def _anchor(f: Finding) -> str:
    return _t(f.location.anchor()) or "-"


def render(report: Report, *, colour: bool = False, verbose: bool = False, fail_on: str = "error", **_: Any) -> str:
    lines: list[str] = []
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.location.path, []).append(f)
    for item in report.inputs:
        fs = by_path.pop(item.path, [])
        head = _t(item.path)
        if item.status == "error":
            tag = "could not be judged"
        else:
            tag = f"{item.kind}, {item.format}"
        lines.append(_c(head, _BOLD, colour) + _c(f"  ({tag})", _DIM, colour))
        active = [f for f in fs if f.suppressed is None]
        for note in item.notes:
            lines.append(_c(f"  note: {_t(note)}", _DIM, colour))
        if not active:
            if item.status == "ok":
                lines.append(_c("  no findings", _DIM, colour))
        width = max((len(_anchor(f)) for f in active), default=0)
        width = min(max(width, 6), 28)
        for f in active:
            sev = _c(f"{f.severity.value:<7}", _COLOURS[f.severity], colour)
            pol = ""
            if f.policy and f.policy.clause and not f.code.startswith("SYS"):
                pol = _c(f"  [{f.policy.pack} {f.policy.clause}]", _DIM, colour)
            lines.append(f"  {_anchor(f):<{width}}  {sev} {f.code}  {_t(f.message)}{pol}")
            if verbose:
                for ev in f.evidence:
                    lines.append(_c(f"  {'':<{width}}    · {_t(ev)}", _DIM, colour))
                if f.suggestion:
                    lines.append(f"  {'':<{width}}    fix: {_t(f.suggestion.text)}")
                if f.policy and f.policy.url:
                    lines.append(_c(f"  {'':<{width}}    policy: {f.policy.title or f.policy.clause} <{f.policy.url}>", _DIM, colour))
        if fs and len(fs) != len(active):
            lines.append(_c(f"  ({len(fs) - len(active)} suppressed)", _DIM, colour))
        lines.append("")
    for path, fs in by_path.items():  # findings on paths that are not inputs (cross-document)
        lines.append(_c(_t(path), _BOLD, colour))
        for f in fs:
            lines.append(f"  {_anchor(f)}  {f.severity.value:<7} {f.code}  {_t(f.message)}")
        lines.append("")
    counts = report.counts()
    failed = len(report.failed_inputs())
    n = len(report.inputs)
    parts = [f"{n} input{'s' if n != 1 else ''} checked"]
    if failed:
        parts.append(_c(f"{failed} could not be judged", _COLOURS[Severity.error], colour))
    parts.append(
        ", ".join(
            f"{counts[s.value]} {s.value if counts[s.value] == 1 else s.value + 's'}" for s in (Severity.error, Severity.warning, Severity.info)
        )
    )
    if counts.get("suppressed"):
        parts.append(f"{counts['suppressed']} suppressed")
    if report.packs:
        parts.append("packs: " + ", ".join(f"{p.name} {p.version}" for p in report.packs if p.name != "_"))
    lines.append(" · ".join(parts))
    for prof in report.profiles:
        when = f"as of {prof.as_of}" if prof.as_of else "undated"
        until = f", valid until {prof.valid_until}" if prof.valid_until else ""
        stale = _c(" (past its date: findings that use its rates may be out of date)", _COLOURS[Severity.info], colour) if prof.stale else ""
        lines.append(f"funder profile: {_t(prof.name)} ({when}{until}; chosen by {prof.chosen_by}){stale}")
    judged = [i for i in report.inputs if i.status == "ok"]
    for ps in report.policy_summary if judged else []:  # nothing judged: no clause to speak of
        groups: dict[str, list[str]] = {}
        for c in ps.clauses:
            groups.setdefault(c.status, []).append(c.clause)
        bits = []
        for status, label in (("met", "met"), ("not_met", "not met"), ("not_assessable", "not assessable"), ("not_applicable", "not applicable")):
            ids = groups.get(status, [])
            if ids:
                bits.append(f"{len(ids)} {label}" + (f" ({', '.join(ids)})" if status != "met" else ""))
        lines.append(_c(f"{ps.pack} {ps.version}: ", _BOLD, colour) + " · ".join(bits))
        if verbose:
            for c in ps.clauses:
                why = f" - {_t(c.reason)}" if c.reason else ""
                lines.append(f"    {c.clause:<10} {c.status.replace('_', ' '):<15} {c.title}{why}")
    if not verbose and any(f.evidence for f in report.findings):
        lines.append(_c("(-v shows evidence, fixes and policy links; 'techcost explain CODE' explains a rule)", _DIM, colour))
    if os.environ.get("GITHUB_ACTIONS") == "true":
        from ..escape import github_log_line

        lines = [github_log_line(line) for line in lines]  # a file named "::error ..." starts no workflow command
    return "\n".join(lines) + "\n"
