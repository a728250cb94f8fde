"""The policy summary: for each clause of each pack, whether this run shows
it met, not met, not applicable (wrong funder or input kind) or not
assessable (and why). A clause is met only when rules serving it ran on
inputs they apply to and found nothing."""

from __future__ import annotations

from typing import Any

from ..kinds import Context
from ..model import Budget, Manuscript, Report
from .registry import RuleSet, registry_of


def _rule_funders(spec: Any) -> list[str]:
    """The funder profiles a rule is limited to, or none (every funder)."""
    from ..kinds._base import FunderScoped

    return list(spec.params.funders) if isinstance(spec.params, FunderScoped) else []


def policy_summary(
    report: Report,
    ruleset: RuleSet,
    budgets: list[Budget],
    manuscripts: list[Manuscript],
    *,
    justifications: int = 0,
    funders: set[str | None] | None = None,
) -> list[Any]:
    """Per pack: which clauses are met, not met, or not assessable (and why)."""
    from ..engine.registry import kind_module
    from ..model import ClauseStatus, PackSummary

    kinds_present = {"budget"} if budgets else set()
    if manuscripts:
        kinds_present.add("manuscript")
    if justifications:
        kinds_present.add("justification")
    failed = bool(report.failed_inputs())
    active: dict[str, int] = {}
    for f in report.active_findings():
        active[f.code] = active.get(f.code, 0) + 1
    ctx = Context(path="", budgets=budgets, manuscripts=manuscripts, lexicons=ruleset.lexicons, registry=registry_of(ruleset))
    out = []
    for pack in ruleset.packs:
        summ = PackSummary(pack=pack.name, version=pack.version, as_of=pack.as_of)
        for cid, cl in pack.clauses.items():
            codes = [c for c in cl.rules if c in ruleset.enabled]
            st = ClauseStatus(clause=cid, title=cl.title, url=cl.url, status="met", rules=codes)
            system = bool(codes) and all(ruleset.rules[c].kind == "system" for c in codes)
            if codes and all(ruleset.rules[c].scope == "tool" for c in codes) and not system:
                # about techcost's own data (rate tables past their date): a notice, never a finding against a proposal
                st.status, st.reason = "not_applicable", "about techcost's own data, not the proposal" + (" (see the notices)" if any(active.get(c) for c in codes) else "")
                summ.clauses.append(st)
                continue
            if system:  # about the run itself: every input judged, every suppression accounted for
                st.findings = sum(active.get(c, 0) for c in codes)
                off = [c for c in cl.rules if c not in ruleset.enabled]
                if failed or st.findings:
                    st.status = "not_met"
                elif off:
                    st.status, st.reason = "not_assessable", f"not all its checks ran ({', '.join(off)} not enabled)"
                else:
                    st.status = "met"
                summ.clauses.append(st)
                continue
            if not codes:
                st.status = "not_assessable"
                st.reason = cl.assess or ("its rules are not enabled" if cl.rules else "no rule checks it")
                summ.clauses.append(st)
                continue
            needs = [set(ruleset.rules[c].inputs) & {"budget", "manuscript", "justification"} for c in codes]
            runnable = [c for c, n in zip(codes, needs) if n and n <= kinds_present]
            if not runnable:
                st.status = "not_applicable"
                st.reason = "no " + " or ".join(sorted({k for n in needs for k in n} - kinds_present)) + " in this run"
                summ.clauses.append(st)
                continue
            # rules for one funder's budgets (UKRI inflation, Funding Service roles, NIH cap) apply only under that profile
            in_force = {f for f in (funders or set())}
            restricted = {c: _rule_funders(ruleset.rules[c]) for c in runnable}
            funder_ok = [c for c in runnable if not restricted[c] or (in_force & set(restricted[c]))]
            if not funder_ok:
                named = sorted({f for c in runnable for f in restricted[c]})
                seen = sorted(f for f in in_force if f) or ["none named"]
                if in_force and not any(in_force - {None}):
                    st.status, st.reason = "not_assessable", f"applies to {', '.join(named)} budgets; the budget names no funder (give --funder)"
                else:
                    st.status, st.reason = "not_applicable", f"applies to {', '.join(named)} budgets; this run's: {', '.join(seen)}"
                summ.clauses.append(st)
                continue
            runnable = funder_ok
            st.findings = sum(active.get(c, 0) for c in runnable)
            cut = [m.path for m in manuscripts if m.truncated]
            whole = [c for c in runnable if "whole-document" in ruleset.rules[c].needs and "manuscript" in ruleset.rules[c].inputs]
            if st.findings:
                st.status = "not_met"
            elif cut and whole:
                why = f"only part of {', '.join(cut[:3])} was read, and {', '.join(whole)} look{'s' if len(whole) == 1 else ''} for what may be in the rest"
                if len(whole) == len(runnable):
                    st.status, st.reason = "not_assessable", why
                else:
                    st.reason = "partly assessed: " + why
            else:
                reasons = []
                for c in runnable:
                    spec = ruleset.rules[c]
                    mod = kind_module(spec.kind)
                    fn = getattr(mod, "assessable", None) if mod else None
                    if fn is not None:
                        why = fn(ctx, spec.params)
                        if why:
                            reasons.append(why)
                if reasons and len(reasons) == len(runnable):
                    st.status, st.reason = "not_assessable", "; ".join(dict.fromkeys(reasons))
                elif reasons:
                    st.reason = "partly assessed: " + "; ".join(dict.fromkeys(reasons))
            summ.clauses.append(st)
        out.append(summ)
    return out
