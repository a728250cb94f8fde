"""Portfolio summaries: a short text summary, JSON, and a self-contained HTML
page with the Technician Commitment figures, trends by year and by
department as inline SVG charts, finding counts and the run history.
Figures are per proposal or per paper; no person's name or salary is
shown."""

from __future__ import annotations

import json
import os
from typing import Any

from ._html import esc, light, page
from .svg import bar_chart, line_chart


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.0f}%"


def _num(v: float | None, digits: int = 2) -> str:
    return "n/a" if v is None else f"{v:,.{digits}f}"


def _costs(costs: dict[str, float | None]) -> str:
    if not costs:
        return "n/a"
    return "; ".join(f"{c} {v:,.0f}" if v is not None else f"{c} n/a" for c, v in costs.items())


def _run_line(result: Any) -> str:
    how = f" with {result.jobs} worker{'s' if result.jobs != 1 else ''}" if result.checked else ""
    return f"{result.files} files ({result.checked} checked, {result.reused} unchanged and reused) in {result.seconds:.1f} s{how}"


def render_text(result: Any, *, html_path: str | None = None, **_: Any) -> str:
    """A few lines for the terminal."""
    o = result.summary["overall"]
    lines = [
        f"portfolio: {_run_line(result)}",
        f"  database: {result.db}" + (f" · summary: {html_path}" if html_path else ""),
        f"proposals: {o['proposals']} · costing technical staff {o['proposals_costing_technical_staff']} ({_pct(o['share_costing_technical_staff'])})"
        f" · technical effort {_num(o['technical_fte_per_proposal'])} FTE a proposal · technical cost a proposal {_costs(o['technical_cost_per_proposal'])}",
        f"papers: {o['papers']} · crediting technical staff by name {o['papers_crediting_staff_by_name']} ({_pct(o['share_crediting_staff_by_name'])})"
        f" · a facility {o['papers_crediting_facility']} ({_pct(o['share_crediting_facility'])})"
        f" · technical authors {o['papers_with_technical_authors']} ({_pct(o['share_with_technical_authors'])})",
    ]
    if o["not_judged"]:
        lines.append(f"could not be judged: {o['not_judged']}")
    if result.summary.get("left_out"):
        n = result.summary["left_out"]
        lines.append(f"left out: {n} file{'s' if n != 1 else ''} that {'are' if n != 1 else 'is'} neither a budget nor a paper")
    for label, key in (("by year", "by_year"), ("by department", "by_department")):
        groups = result.summary[key]
        why = (result.summary.get("no_trends") or {}).get(key)
        if groups:
            lines.append(f"{label}:")
            for g, f in groups.items():
                if f.get("small"):
                    lines.append(f"  {g}: proposals {f['proposals']} · papers {f['papers']} (too few documents for shares)")
                    continue
                lines.append(
                    f"  {g}: proposals {f['proposals']} ({_pct(f['share_costing_technical_staff'])} cost technical staff)"
                    f" · papers {f['papers']} ({_pct(f['share_crediting_staff_by_name'])} name technical staff)"
                )
        if why:
            lines.append(f"{label}: no trend: {why}")
    from ..escape import github_log_line, one_line

    # department names and paths come from folders and files: shown, never obeyed
    lines = [one_line(line) for line in lines]
    if os.environ.get("GITHUB_ACTIONS") == "true":
        lines = [github_log_line(line) for line in lines]
    return "\n".join(lines) + "\n"


def render_json(result: Any, **_: Any) -> str:
    """The summary and run details as JSON."""
    data = {
        "techcost_portfolio": 1,
        "run": {
            "id": result.run_id,
            "database": str(result.db),
            "files": result.files,
            "checked": result.checked,
            "reused": result.reused,
            "jobs": result.jobs,
            "seconds": result.seconds,
            "ruleset": result.ruleset,
            "packs": result.packs,
        },
        **result.summary,
        "history": result.history,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------- HTML


def _figures_table(o: dict[str, Any]) -> str:
    rows = [
        ("Proposals (budgets) checked", str(o["proposals"])),
        ("Proposals costing technical staff", f"{o['proposals_costing_technical_staff']} ({_pct(o['share_costing_technical_staff'])})"),
        ("Technical effort per proposal (FTE, mean over the project)", _num(o["technical_fte_per_proposal"])),
        ("Technical effort per proposal (FTE, median)", _num(o["technical_fte_median"])),
        ("Technical effort per proposal that costs technical staff (FTE)", _num(o["technical_fte_per_costing_proposal"])),
        ("Technical cost per proposal (mean, whole project, by currency)", _costs(o["technical_cost_per_proposal"])),
        ("Papers checked", str(o["papers"])),
        ("Papers crediting technical staff by name", f"{o['papers_crediting_staff_by_name']} ({_pct(o['share_crediting_staff_by_name'])})"),
        ("Papers crediting a facility, core or team", f"{o['papers_crediting_facility']} ({_pct(o['share_crediting_facility'])})"),
        ("Papers with technical staff as authors", f"{o['papers_with_technical_authors']} ({_pct(o['share_with_technical_authors'])})"),
        ("Documents that could not be judged", str(o["not_judged"])),
    ]
    body = "".join(f'<tr><th scope="row">{esc(k)}</th><td class="num">{esc(v)}</td></tr>' for k, v in rows)
    return f'<table class="figures"><tbody>{body}</tbody></table>'


def _group_table(groups: dict[str, dict[str, Any]], label: str) -> str:
    head = (
        f"<tr><th>{esc(label)}</th><th class='num'>Proposals</th><th class='num'>Costing technical staff</th>"
        "<th class='num'>Technical FTE a proposal</th><th>Technical cost a proposal</th><th class='num'>Papers</th>"
        "<th class='num'>Name technical staff</th><th class='num'>Credit a facility</th><th class='num'>Technical authors</th>"
        "<th class='num'>Not judged</th></tr>"
    )
    rows = []
    for g, f in groups.items():
        rows.append(
            f"<tr><td>{esc(g)}</td><td class='num'>{f['proposals']}</td><td class='num'>{esc(_pct(f['share_costing_technical_staff']))}</td>"
            f"<td class='num'>{esc(_num(f['technical_fte_per_proposal']))}</td><td>{esc(_costs(f['technical_cost_per_proposal']))}</td>"
            f"<td class='num'>{f['papers']}</td><td class='num'>{esc(_pct(f['share_crediting_staff_by_name']))}</td>"
            f"<td class='num'>{esc(_pct(f['share_crediting_facility']))}</td><td class='num'>{esc(_pct(f['share_with_technical_authors']))}</td>"
            f"<td class='num'>{f['not_judged']}</td></tr>"
        )
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _share_series(groups: dict[str, dict[str, Any]]) -> tuple[list[tuple[str, list[float | None]]], list[tuple[str, list[float | None]]]]:
    vals = list(groups.values())
    props = [("Proposals costing technical staff", [f["share_costing_technical_staff"] for f in vals])]
    papers = [
        ("Papers naming technical staff", [f["share_crediting_staff_by_name"] for f in vals]),
        ("Papers crediting a facility", [f["share_crediting_facility"] for f in vals]),
        ("Papers with technical authors", [f["share_with_technical_authors"] for f in vals]),
    ]
    return props, papers


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{esc(caption)}</figcaption></figure>"


def _trends(summary: dict[str, Any]) -> str:
    parts: list[str] = []
    years = summary["by_year"]
    if years:
        xs = list(years)
        props, papers = _share_series(years)
        parts.append("<h2>Trends by year</h2>")
        parts.append(_figure(line_chart("Proposals costing technical staff, by year", xs, props, max_value=100), "Share of proposals (budgets) that cost any technical staff."))
        parts.append(_figure(line_chart("Technical effort per proposal, by year", xs, [("Mean technical FTE", [f["technical_fte_per_proposal"] for f in years.values()])], unit=" FTE"), "Technical staff effort per proposal, full-time equivalents averaged over each project's periods."))
        parts.append(_figure(line_chart("Papers crediting technical staff, by year", xs, papers, max_value=100), "Share of papers naming technical staff, crediting a facility, or with technical staff as authors."))
        parts.append(_group_table(years, "Year"))
    depts = summary["by_department"]
    if depts:
        cats = list(depts)
        props, papers = _share_series(depts)
        parts.append("<h2>By department</h2>")
        parts.append(_figure(bar_chart("Proposals costing technical staff, by department", cats, props, max_value=100), "Share of each department's proposals that cost technical staff."))
        parts.append(_figure(bar_chart("Papers crediting technical staff, by department", cats, papers, max_value=100), "Share of each department's papers naming technical staff, crediting a facility, or with technical authors."))
        parts.append(_group_table(depts, "Department"))
    for key, title in (("by_year", "Trends by year"), ("by_department", "By department")):
        why = (summary.get("no_trends") or {}).get(key)
        if why:
            parts.append(f'<h2>{esc(title)}</h2><p class="muted">No trend: {esc(why)}.</p>')
    small = [g for grp in (years, depts) for g, f in grp.items() if f.get("small")]
    if small:
        parts.append(f'<p class="muted">Groups with fewer than three documents ({esc(", ".join(small))}) are shown as counts; their shares say little.</p>')
    return "".join(parts)


def _findings(summary: dict[str, Any]) -> str:
    codes = summary["findings_by_code"]
    if not codes:
        return "<h2>Findings</h2><p>No findings.</p>"
    top = codes[:15]
    chart = bar_chart("Documents with each finding", [c["code"] for c in top], [("Documents", [float(c["documents"]) for c in top])], unit="")
    rows = "".join(
        f"<tr><td>{esc(c['code'])}</td><td>{esc(c['severity'])}</td><td class='num'>{c['findings']}</td><td class='num'>{c['documents']}</td></tr>"
        for c in codes
    )
    return (
        "<h2>Findings</h2>"
        + _figure(chart, "How many documents have each finding (the most common first). 'techcost explain CODE' explains a rule.")
        + f"<table><thead><tr><th>Code</th><th>Severity</th><th class='num'>Findings</th><th class='num'>Documents</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _files(rows: list[dict[str, Any]]) -> str:
    out = []
    for r in rows:
        if r["status"] != "ok":
            status = light("red", "could not be judged", r.get("error_message") or "")
        elif r["errors"]:
            status = light("red", "errors")
        elif r["warnings"]:
            status = light("amber", "warnings")
        else:
            status = light("green", "clear" if not r["infos"] else "notes only")
        credit = ""
        if r["kind"] == "budget" and r["status"] == "ok":
            credit = "costs technical staff" if r["has_technical_staff"] else "no technical staff costed"
        elif r["kind"] == "manuscript" and r["status"] == "ok":
            bits = []
            if r["credits_staff_by_name"]:
                bits.append("names technical staff")
            if r["credits_facility"]:
                bits.append("credits a facility")
            if r["technical_authors"]:
                bits.append("technical authors")
            credit = ", ".join(bits) or "no technical credit found"
        codes = ", ".join(sorted({c for c, _ in r["codes"]}))
        out.append(
            f"<tr><td class='path'>{esc(r['rel'])}</td><td>{esc(r['department'] or '')}</td><td>{esc(r['year'] or '')}</td>"
            f"<td>{esc(r['kind'])}, {esc(r['format'] or '-')}</td><td>{status}</td><td>{esc(credit)}</td><td>{esc(codes)}</td></tr>"
        )
    return (
        "<h2>Documents</h2><details open><summary>"
        + esc(f"{len(rows)} documents")
        + "</summary><table><thead><tr><th>File</th><th>Department</th><th>Year</th><th>Read as</th><th>Status</th>"
        "<th>Technical staff</th><th>Findings</th></tr></thead><tbody>" + "".join(out) + "</tbody></table></details>"
    )


def _history(history: list[dict[str, Any]]) -> str:
    if not history:
        return ""
    rows = "".join(
        f"<tr><td>{esc(h['started'])}</td><td class='num'>{h['files']}</td><td class='num'>{h['checked']}</td><td class='num'>{h['reused']}</td>"
        f"<td class='num'>{esc(_num(h['seconds'], 1))}</td><td class='num'>{esc(_pct(h['overall'].get('share_costing_technical_staff')))}</td>"
        f"<td class='num'>{esc(_pct(h['overall'].get('share_crediting_staff_by_name')))}</td></tr>"
        for h in history
    )
    return (
        "<h2>Run history</h2><table><thead><tr><th>Run started (UTC)</th><th class='num'>Files</th><th class='num'>Checked</th>"
        "<th class='num'>Reused</th><th class='num'>Seconds</th><th class='num'>Proposals costing technical staff</th>"
        f"<th class='num'>Papers naming technical staff</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def render_html(result: Any, *, title: str = "Technical staff across the portfolio", **_: Any) -> str:
    """The portfolio summary as one self-contained HTML page."""
    s = result.summary
    not_judged = ""
    if s["not_judged"]:
        items = "".join(f"<li>{esc(n['path'])}: {esc(n['message'] or '')} [{esc(n['code'] or '')}]</li>" for n in s["not_judged"])
        not_judged = f"<h2>Could not be judged</h2><ul>{items}</ul>"
    body = [
        f"<!-- techcost-portfolio db={esc(str(result.db))} -->",
        f"<header><h1>{esc(title)}</h1>",
        f'<p class="meta">{esc(_run_line(result))} · packs: {esc(", ".join(result.packs))}</p>',
        f'<p class="meta">Database: {esc(result.db)}</p></header>',
        '<section id="summary"><h2>Summary</h2>',
        _figures_table(s["overall"]),
        '<p class="muted">Effort and cost are totals per proposal; no person\'s name or salary is kept or shown. '
        "Papers credit technical staff by name when a named person is thanked for technical work; authors count when the paper itself shows they are technical staff.</p>",
        "</section>",
        _trends(s),
        _findings(s),
        not_judged,
        _files(result.rows),
        _history(result.history),
    ]
    return page(title, "\n".join(body), generator="techcost")
