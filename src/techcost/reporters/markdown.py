"""A Markdown summary for CI job summaries (``$GITHUB_STEP_SUMMARY``) and
pull or merge request comments: counts per file, the status of each policy
pack clause, then the findings (at most ``max_rows``, so the summary stays
well under GitHub's 1 MiB limit), the suppressed ones folded away.

With ``github_annotations=True`` (set when the same run prints GitHub
annotations) it also lists the findings that did not fit GitHub's
per-step annotation limits.
"""

from __future__ import annotations

from typing import Any

from ..escape import markdown, one_line
from ..model import Finding, Report, Severity
from ._ci import by_severity

_LABEL = {"met": "met", "not_met": "**not met**", "not_assessable": "not assessable", "not_applicable": "not applicable"}


def cell(text: object) -> str:
    """Text made safe for one cell of a Markdown table (or a list item):
    no links, images, emphasis, HTML or table breaks from a document."""
    return markdown(" ".join(str(text).split()))


def code(text: object) -> str:
    """Text for inside a code span: backticks cannot close it."""
    return one_line(" ".join(str(text).split())).replace("`", "\u02cb").replace("|", "\\|")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _headline(report: Report) -> str:
    c = report.counts()
    failed = len(report.failed_inputs())
    bits = [_plural(c["error"], "error"), _plural(c["warning"], "warning"), _plural(c["info"], "info")]
    tail = f" · {failed} could not be judged" if failed else ""
    sup = f" · {c['suppressed']} suppressed" if c["suppressed"] else ""
    return f"## techcost: {', '.join(bits)} in {_plural(len(report.inputs), 'input')}{tail}{sup}"


def _files(report: Report) -> list[str]:
    rows = ["| File | Status | Errors | Warnings | Infos | Suppressed |", "|---|---|--:|--:|--:|--:|"]
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.location.path, []).append(f)
    paths = [i.path for i in report.inputs] + [p for p in by_path if p not in {i.path for i in report.inputs}]
    status = {i.path: ("could not be judged" if i.status == "error" else f"{i.kind}, {i.format}") for i in report.inputs}
    for p in paths:
        fs = by_path.get(p, [])
        n = {s: sum(1 for f in fs if f.suppressed is None and f.severity == s) for s in Severity}
        sup = sum(1 for f in fs if f.suppressed is not None)
        rows.append(
            f"| `{code(p)}` | {cell(status.get(p, 'included file'))} | {n[Severity.error]} | {n[Severity.warning]} | {n[Severity.info]} | {sup} |"
        )
    return rows


def _policy(report: Report) -> list[str]:
    summaries = getattr(report, "policy_summary", None) or []
    if summaries:
        rows = ["| Pack | Clause | Status | Findings | Clause title |", "|---|---|---|--:|---|"]
        for ps in summaries:
            for c in ps.clauses:
                if c.status == "not_applicable":
                    continue
                title = f"[{cell(c.title)}]({c.url})" if c.url else cell(c.title)
                rows.append(f"| {cell(ps.pack)} {cell(ps.version)} | {cell(c.clause)} | {_LABEL.get(c.status, c.status)} | {c.findings} | {title} |")
        return rows if len(rows) > 2 else []
    counts: dict[tuple[str, str], list[Finding]] = {}
    for f in report.active_findings():
        if f.policy and f.policy.clause:
            counts.setdefault((f.policy.pack, f.policy.clause), []).append(f)
    if not counts:
        return []
    rows = ["| Pack | Clause | Findings | Clause title |", "|---|---|--:|---|"]
    for (pack, clause), fs in sorted(counts.items()):
        pol = fs[0].policy
        assert pol is not None
        title = f"[{cell(pol.title or clause)}]({pol.url})" if pol.url else cell(pol.title or clause)
        rows.append(f"| {cell(pack)} | {cell(clause)} | {len(fs)} | {title} |")
    return rows


def _finding_row(f: Finding) -> str:
    where = f"`{code(f.location.display())}`"
    pol = f"{cell(f.policy.pack)} {cell(f.policy.clause)}" if f.policy and f.policy.clause else ""
    return f"| {f.severity.value} | {f.code} | {where} | {cell(f.message)} | {pol} |"


def _table(findings: list[Finding], max_rows: int) -> list[str]:
    rows = ["| Severity | Code | Where | Finding | Policy |", "|---|---|---|---|---|"]
    rows += [_finding_row(f) for f in findings[:max_rows]]
    if len(findings) > max_rows:
        rows.append(f"\n_and {len(findings) - max_rows} more: see the full report (`techcost check --format json`)._")
    return rows


def render(report: Report, *, max_rows: int = 200, github_annotations: bool = False, **_: Any) -> str:
    out = [_headline(report), ""]
    out += _files(report)
    policy = _policy(report)
    if policy:
        out += ["", "### Policy clauses", ""] + policy
    active = by_severity(report.active_findings())
    if active:
        out += ["", "### Findings", ""] + _table(active, max_rows)
    else:
        out += ["", "No active findings."]
    if github_annotations and active:
        from .github import plan

        _, rest = plan(report)
        if rest:
            out += [
                "",
                f"### Not shown as annotations ({len(rest)})",
                "",
                "GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; these findings are in the table above but have no annotation:",
                "",
            ]
            out += [f"- {f.severity.value} {f.code} `{code(f.location.display())}`: {cell(f.message)}" for f in rest[:max_rows]]
    suppressed = [f for f in report.findings if f.suppressed is not None]
    if suppressed:
        out += ["", f"<details><summary>{_plural(len(suppressed), 'suppressed finding')}</summary>", ""]
        out += ["| Code | Where | By | Reason |", "|---|---|---|---|"]
        for f in suppressed[:max_rows]:
            s = f.suppressed
            assert s is not None
            out.append(f"| {f.code} | `{code(f.location.display())}` | {s.by}{(' (' + cell(s.where) + ')') if s.where else ''} | {cell(s.reason or '')} |")
        out += ["", "</details>"]
    return "\n".join(out) + "\n"
