"""A self-contained HTML report for people: a summary first (a traffic light
per file and per policy pack), then every finding with its location,
evidence, the clause it applies and the suggested fix. Everything quoted
from documents is escaped; the page runs no script and fetches nothing,
and prints cleanly (print style sheet)."""

from __future__ import annotations

from typing import Any

from ..model import Finding, InputResult, PackSummary, Report, Severity
from ._html import esc, light, link, page

_STATUS = {
    "met": ("green", "met"),
    "not_met": ("red", "not met"),
    "not_assessable": ("amber", "not assessable"),
    "not_applicable": ("grey", "not applicable"),
}


def file_light(item: InputResult | None, findings: list[Finding]) -> tuple[str, str]:
    """(colour, label) of one file: red when it could not be judged or has
    errors, amber with warnings, green otherwise."""
    if item is not None and item.status == "error":
        return "red", "could not be judged"
    active = [f for f in findings if f.suppressed is None]
    if any(f.severity == Severity.error for f in active):
        return "red", "errors"
    if any(f.severity == Severity.warning for f in active):
        return "amber", "warnings"
    if active:
        return "green", "notes only"
    return "green", "no findings"


def pack_light(ps: PackSummary) -> tuple[str, str]:
    """(colour, label) of one pack: red when a clause is not met, amber when
    some cannot be assessed, green when every assessable clause is met."""
    n_not = ps.count("not_met")
    if n_not:
        return "red", f"{n_not} not met"
    if ps.count("not_assessable"):
        return "amber", "partly assessable"
    return "green", "met"


def _by_path(report: Report) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in report.findings:
        out.setdefault(f.location.path, []).append(f)
    return out


def _counts(fs: list[Finding]) -> dict[str, int]:
    c = {s.value: 0 for s in Severity}
    for f in fs:
        if f.suppressed is None:
            c[f.severity.value] += 1
    c["suppressed"] = sum(1 for f in fs if f.suppressed is not None)
    return c


def _headline(report: Report) -> str:
    c = report.counts()
    n = len(report.inputs)
    failed = len(report.failed_inputs())
    bits = [f"{n} input{'s' if n != 1 else ''} checked"]
    if failed:
        bits.append(f"{failed} could not be judged")
    bits.append(", ".join(f"{n} {w}{'' if n == 1 else 's'}" for n, w in ((c["error"], "error"), (c["warning"], "warning"), (c["info"], "info"))))
    if c.get("suppressed"):
        bits.append(f"{c['suppressed']} suppressed")
    return " · ".join(bits)


def _files_table(report: Report, by_path: dict[str, list[Finding]]) -> str:
    rows = []
    inputs = {i.path: i for i in report.inputs}
    paths = [i.path for i in report.inputs] + [p for p in by_path if p not in inputs]
    for p in paths:
        item = inputs.get(p)
        fs = by_path.get(p, [])
        colour, label = file_light(item, fs)
        c = _counts(fs)
        what = "cross-document" if item is None else ("-" if item.status == "error" else f"{item.kind}, {item.format}")
        anchor = f"#{_id(p)}" if fs or item is not None else ""
        rows.append(
            f'<tr><td class="path"><a href="{esc(anchor)}">{esc(p)}</a></td><td>{esc(what)}</td><td>{light(colour, label)}</td>'
            f'<td class="num">{c["error"]}</td><td class="num">{c["warning"]}</td><td class="num">{c["info"]}</td>'
            f'<td class="num">{c["suppressed"]}</td></tr>'
        )
    return (
        '<table class="files"><thead><tr><th>File</th><th>Read as</th><th>Status</th>'
        '<th class="num">Errors</th><th class="num">Warnings</th><th class="num">Infos</th><th class="num">Suppressed</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _packs_table(report: Report) -> str:
    if not report.policy_summary:
        return ""
    rows = []
    for ps in report.policy_summary:
        colour, label = pack_light(ps)
        rows.append(
            f"<tr><td>{esc(ps.pack)}</td><td>{esc(ps.version)}</td><td>{esc(ps.as_of or '')}</td><td>{light(colour, label)}</td>"
            + "".join(f'<td class="num">{ps.count(s)}</td>' for s in ("met", "not_met", "not_assessable", "not_applicable"))
            + "</tr>"
        )
    return (
        '<table class="packs"><thead><tr><th>Pack</th><th>Version</th><th>As of</th><th>Status</th>'
        '<th class="num">Met</th><th class="num">Not met</th><th class="num">Not assessable</th><th class="num">Not applicable</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _clauses(report: Report) -> str:
    parts = []
    for ps in report.policy_summary:
        rows = []
        for c in ps.clauses:
            colour, label = _STATUS.get(c.status, ("grey", c.status))
            rows.append(
                f"<tr><td>{esc(c.clause)}</td><td>{link(c.url, c.title)}</td><td>{light(colour, label)}</td>"
                f'<td class="num">{c.findings}</td><td>{esc(", ".join(c.rules))}</td><td>{esc(c.reason or "")}</td></tr>'
            )
        parts.append(
            f"<h3>{esc(ps.pack)} {esc(ps.version)}</h3>"
            '<table class="clauses"><thead><tr><th>Clause</th><th>What it asks</th><th>Status</th><th class="num">Findings</th>'
            "<th>Rules</th><th>Why</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
        )
    return "".join(parts)


def _id(path: str) -> str:
    return "f-" + "".join(ch if ch.isalnum() else "-" for ch in path)[-80:]


def finding_html(f: Finding) -> str:
    """One finding: severity, code and message, then its location, evidence,
    policy clause and suggested fix."""
    items = [f"<dt>Where</dt><dd>{esc(f.location.display())}</dd>"]
    evidence = [ev for ev in dict.fromkeys(f.evidence) if ev.strip() and ev.strip() != f.message.strip()]
    if evidence:  # each line once, and not the message again
        quotes = "".join(f"<blockquote>{esc(ev)}</blockquote>" for ev in evidence)
        items.append(f"<dt>Evidence</dt><dd>{quotes}</dd>")
    if f.policy is not None:
        pol = f.policy
        label = " ".join(x for x in (pol.pack, pol.version or "", pol.clause or "") if x)
        title = f": {link(pol.url, pol.title)}" if pol.title else (f" {link(pol.url, pol.url)}" if pol.url else "")
        items.append(f"<dt>Policy</dt><dd>{esc(label)}{title}</dd>")
    if f.suggestion is not None:
        items.append(f'<dt>Suggested fix</dt><dd><pre class="fix">{esc(f.suggestion.text)}</pre></dd>')
    if f.suppressed is not None:
        why = f" ({f.suppressed.reason})" if f.suppressed.reason else ""
        items.append(f"<dt>Suppressed</dt><dd>by {esc(f.suppressed.by)}{esc(why)}</dd>")
    return (
        f'<div class="finding {esc(f.severity.value)}"><div class="head">'
        f'{light(_SEV_COLOUR[f.severity], f.severity.value)} <span class="code">{esc(f.code)}</span> '
        f'<span class="muted">{esc(f.name)}</span></div>'
        f'<p class="message">{esc(f.message)}</p><dl>{"".join(items)}</dl></div>'
    )


_SEV_COLOUR = {Severity.error: "red", Severity.warning: "amber", Severity.info: "grey"}


def _findings(report: Report, by_path: dict[str, list[Finding]]) -> str:
    parts = []
    inputs = {i.path: i for i in report.inputs}
    paths = [i.path for i in report.inputs] + [p for p in by_path if p not in inputs]
    for p in paths:
        fs = by_path.get(p, [])
        item = inputs.get(p)
        active = [f for f in fs if f.suppressed is None]
        supp = [f for f in fs if f.suppressed is not None]
        what = "" if item is None else (" (could not be judged)" if item.status == "error" else f" ({item.kind}, {item.format})")
        parts.append(f'<section id="{esc(_id(p))}"><h3>{esc(p)}<span class="muted">{esc(what)}</span></h3>')
        if not active:
            parts.append('<p class="muted">No findings.</p>')
        parts.extend(finding_html(f) for f in active)
        if supp:
            parts.append(f"<details><summary>{len(supp)} suppressed</summary>{''.join(finding_html(f) for f in supp)}</details>")
        parts.append("</section>")
    return "".join(parts)


def render(report: Report, *, title: str = "techcost report", **_: Any) -> str:
    """The report as one self-contained HTML page."""
    by_path = _by_path(report)
    packs = ", ".join(f"{p.name} {p.version}" + (f" (as of {p.as_of})" if p.as_of else "") for p in report.packs if p.name != "_")
    body = [
        f"<header><h1>{esc(title)}</h1>",
        f'<p class="meta">{esc(_headline(report))}</p>',
        f'<p class="meta">techcost {esc(report.techcost_version)} · packs: {esc(packs or "none")}</p>',
        *[
            f'<p class="meta">funder profile: {esc(p.name)} (as of {esc(p.as_of or "?")}, valid until {esc(p.valid_until or "?")}; chosen by {esc(p.chosen_by)})'
            + (" · <strong>past its date: findings that use its rates may be out of date</strong>" if p.stale else "")
            + "</p>"
            for p in report.profiles
        ],
        "</header>",
        '<section id="summary"><h2>Summary</h2>',
        "<h3>Files</h3>",
        _files_table(report, by_path),
    ]
    if report.policy_summary:
        body += ["<h3>Policy packs</h3>", _packs_table(report), _clauses(report)]
    body.append("</section>")
    body += ['<section id="findings"><h2>Findings</h2>', _findings(report, by_path), "</section>"]
    return page(title, "\n".join(body), generator=f"techcost {report.techcost_version}")
