"""GitHub Actions workflow commands: one annotation per active finding.

``::error file=paper.md,line=12,endLine=14,title=...::message``; findings
without lines (cells, pages, paragraphs) are file-level annotations whose
message starts with the anchor (``Staff!A11: ...``). Info findings are
notices.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per
step (and 50 per job); the rest are dropped silently (documented in
actions/toolkit, docs/problem-matchers.md, "Limitations"). So at most
``LIMITS`` of each level are emitted, errors first, and every finding that
did not fit is printed below them as a plain log line; the markdown job
summary names them too.

Escaping follows the runner: in data ``%``, CR and LF are percent-encoded;
in property values ``:`` and ``,`` as well.
"""

from __future__ import annotations

from typing import Any

from ..escape import github_data, github_log_line, github_property, one_line
from ..model import Finding, Report, Severity
from ._ci import by_severity, has_lines, repo_path

COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}
#: Annotations GitHub shows per step, per level.
LIMITS = {Severity.error: 10, Severity.warning: 10, Severity.info: 10}


def escape_data(text: str) -> str:
    return github_data(text)


def escape_property(text: str) -> str:
    return github_property(text)


def plan(report: Report, limits: dict[Severity, int] | None = None) -> tuple[list[Finding], list[Finding]]:
    """(annotated, left over): the active findings that fit GitHub's
    per-step limits, errors first, and those that do not."""
    lim = dict(LIMITS if limits is None else limits)
    shown: list[Finding] = []
    rest: list[Finding] = []
    for f in by_severity(report.active_findings()):
        if lim.get(f.severity, 0) > 0:
            lim[f.severity] -= 1
            shown.append(f)
        else:
            rest.append(f)
    return shown, rest


def command(f: Finding) -> str:
    """The workflow command for one finding."""
    props = [f"file={escape_property(repo_path(f.location.path))}"]
    if has_lines(f):
        props.append(f"line={f.location.line}")
        if f.location.end_line and f.location.end_line > (f.location.line or 0):
            props.append(f"endLine={f.location.end_line}")
        if f.location.column:
            props.append(f"col={f.location.column}")
        message = f.message
    else:
        anchor = f.location.anchor()
        message = f"{anchor}: {f.message}" if anchor else f.message
    if f.policy and f.policy.clause and not f.code.startswith("SYS"):
        message += f" [{f.policy.pack} {f.policy.clause}]"
    props.append(f"title={escape_property(f'techcost {f.code} ({f.name})')}")
    return f"::{COMMAND[f.severity]} {','.join(props)}::{escape_data(message)}"


def _plain(f: Finding) -> str:
    # a plain log line: nothing a document carries may start a workflow command
    return github_log_line(one_line(f"{f.location.display()}: {f.severity.value} {f.code} {f.message}"))


def render(report: Report, **_: Any) -> str:
    shown, rest = plan(report)
    lines = [command(f) for f in shown]
    if rest:
        counts = {s: sum(1 for f in rest if f.severity == s) for s in Severity}
        what = ", ".join(f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
        lines.append(f"techcost: {what} more than GitHub shows as annotations in one step (10 per level); listed here and in the job summary:")
        lines.extend(f"  {_plain(f)}" for f in rest)
    c = report.counts()
    failed = len(report.failed_inputs())
    lines.append(
        f"techcost: {len(report.inputs)} inputs checked, {failed} could not be judged; "
        f"{c['error']} errors, {c['warning']} warnings, {c['info']} infos, {c['suppressed']} suppressed"
    )
    return "\n".join(lines) + "\n"
