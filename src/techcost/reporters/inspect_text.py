"""`techcost inspect --format text`: a readable view of what was understood."""

from __future__ import annotations

from typing import Any


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, list):
        return "[" + ", ".join(_fmt(x) for x in v) + "]"
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1000 else f"{v:,.0f}"
    return str(v)


def render(data: dict[str, Any]) -> str:
    out = [f"{data['path']}  ({data['kind']}, {data['format']})"]
    if data.get("note"):
        out.append(f"note: {data['note']}")
    if data["kind"] == "budget":
        b = data["budget"]
        out.append(f"funder: {b.get('funder') or '-'}   currency: {b.get('currency') or '-'}   periods: {', '.join(b.get('periods') or []) or '(none)'}")
        out.append(f"technical staff: {'yes' if b.get('has_technical_staff') else 'no'}")
        out.append("")
        out.append("staff lines:")
        for s in b["staff_lines"]:
            loc = s["location"]
            out.append(f"  {loc.get('sheet')}!{loc.get('cell')}  {s['category']:<12} {s['label'][:60]!r}")
            out.append(f"      effort {_fmt(s.get('effort'))} {s.get('effort_unit') or ''}  cost {_fmt(s.get('cost'))}  salary {_fmt(s.get('salary'))}  on-costs {_fmt(s.get('oncost'))}")
        out.append("")
        out.append("other lines:")
        for n in b["non_staff_lines"]:
            loc = n["location"]
            out.append(f"  {loc.get('sheet')}!{loc.get('cell')}  {n['type']:<26} {n['label'][:50]!r}  {_fmt(n.get('cost'))}")
        if b.get("notes"):
            out.append("")
            out.append("notes:")
            for note in b["notes"]:
                out.append(f"  {note['kind']}: {note['message']}")
        out.append("")
        out.append("sheets:")
        for s in b["sheets"]:
            state = "read" if s["understood"] else f"not read: {s.get('reason')}"
            out.append(f"  {s['name']!r}: {s['staff_lines']} staff, {s['non_staff_lines']} other lines; {state}")
    elif data["kind"] == "justification":
        j = data["justification"]

        def where(loc: dict[str, Any]) -> str:
            return str(loc.get("line") or (f"¶{loc['paragraph']}" if loc.get("paragraph") is not None else "") or loc.get("page") or "-")

        out.append(f"funder: {j.get('funder') or '-'}   currency: {j.get('currency') or '-'}   paired budget: {j.get('paired_budget') or '-'}")
        out.append(f"technical staff: {'yes' if j.get('has_technical_staff') else 'no'}")
        out.append("staff asked for:")
        for s in j["staff_lines"]:
            who = f" ({s['person']})" if s.get("person") else ""
            out.append(f"  {where(s['location']):<6} {s['category']:<12} {s['label'][:60]!r}{who}  effort {_fmt(s.get('effort'))} {s.get('effort_unit') or ''}")
        if j.get("commented_out_staff"):
            out.append("commented out:")
            for s in j["commented_out_staff"]:
                out.append(f"  {where(s['location']):<6} {s['category']:<12} {s['label'][:60]!r}  effort {_fmt(s.get('effort'))} {s.get('effort_unit') or ''}")
        kinds = sorted({w["kind"] for w in j.get("technical_work") or []})
        out.append(f"technical work described: {', '.join(kinds) or '-'}   costed as a service: {', '.join(j.get('service_work') or []) or '-'}")
    else:
        m = data["manuscript"]
        out.append(f"title: {m.get('title') or '-'}")
        out.append(f"acknowledgements: {'yes' if m.get('acknowledgements_present') else 'no'}   contribution statement: {'yes' if m.get('contribution_statement_present') else 'no'}")
        out.append("authors:")
        for a in m.get("authors", []):
            roles = ", ".join(a.get("roles") or []) or "-"
            tech = f"  technical ({a.get('technical_evidence')})" if a.get("technical") else ""
            out.append(f"  {a['name']}  orcid {a.get('orcid') or '-'}  roles {roles}{tech}")
        out.append("sections:")
        for s in m.get("sections", []):
            loc = s.get("location") or {}
            where = loc.get("line") or loc.get("page") or loc.get("paragraph") or loc.get("xpath") or ""
            out.append(f"  {s['kind']:<22} {s.get('heading') or ''}  [{where}]")
        if m.get("technical_contributors"):
            out.append("technical contributors:")
            for c in m["technical_contributors"]:
                fac = f", {c['facility']}" if c.get("facility") else ""
                out.append(f"  {c['name']}  ({c['basis']}{fac}{', author' if c.get('is_author') else ''}): {c['role_words'][:80]}")
        if m.get("facilities"):
            out.append("facilities and teams credited:")
            for f in m["facilities"]:
                staff = f" (named staff: {', '.join(f['named_staff'])})" if f.get("named_staff") else ""
                out.append(f"  {f['name']}  [{f['kind']}]{staff}")
        for note in m.get("notes") or []:
            out.append(f"note: {note}")
    return "\n".join(out) + "\n"
