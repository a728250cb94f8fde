"""One run, from inputs to report: guarded parsing (``inputs``), rules on
each input with analysis computed when a rule first asks for it (credit
analysis of a paper, the costing profile of a budget, the pairing of a
justification), rules across documents, suppressions and the baseline, and
the policy summary (``summary``). ``techcost.api`` is the library's door
to it; the command line calls ``api``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .._startup import release
from .._version import __version__
from ..errors import InputFileError
from ..kinds import Context
from ..model import (
    Budget,
    Finding,
    InputError,
    InputResult,
    Justification,
    Location,
    Manuscript,
    PackInfo,
    Report,
)
from .baseline import apply_file as apply_baseline
from .baseline import resolve as resolve_baseline
from .inputs import (
    BUDGET_SUFFIXES_SET,
    Parsed,
    input_notes,
    is_regular_file,
    parse_all,
    parse_one,
)
from .registry import RuleSet, registry_of
from .runner import applicable, make_finding, run_kind, system_finding
from .summary import policy_summary
from .suppress import apply_inline


def _run_spec(spec: Any, ctx: Context, ruleset: RuleSet, display: str) -> list[Finding]:
    out: list[Finding] = []
    try:
        for hit in run_kind(spec, ctx):
            out.append(make_finding(spec, hit, ruleset, hit.location.path or display))
    except Exception as exc:
        if os.environ.get("TECHCOST_DEBUG"):
            raise
        out.append(
            system_finding(
                ruleset,
                "SYS009",
                Location(path=display),
                f"rule {spec.code} failed ({type(exc).__name__}: {str(exc)[:120]}); other rules still ran",
                anchor=spec.code,
            )
        )
    return out


def _notes_findings(parsed: Parsed, ruleset: RuleSet) -> list[Finding]:
    out: list[Finding] = []
    model = parsed.model
    if isinstance(model, Budget):
        for note in model.notes:
            if note.kind in ("formula-values-missing", "formula-values-untrusted") and ruleset.is_enabled("SYS008", parsed.display):
                out.append(
                    system_finding(ruleset, "SYS008", note.location or Location(path=parsed.display), note.message, anchor=note.kind)
                )
    return out


def _drop_unassessable(findings: list[Finding], ruleset: RuleSet, manuscripts: list[Manuscript], report: Report) -> list[Finding]:
    """Rules that say something is absent cannot judge a document read only
    in part: their findings on it are dropped and the input says so."""
    cut = {m.path for m in manuscripts if m.truncated}
    if not cut:
        return findings
    whole = {c for c, spec in ruleset.rules.items() if "whole-document" in spec.needs}
    kept, skipped = [], {}
    for f in findings:
        if f.code in whole and f.location.path in cut:
            skipped.setdefault(f.location.path, set()).add(f.code)
            continue
        kept.append(f)
    for item in report.inputs:
        if item.path in cut:
            codes = sorted(whole & set(ruleset.enabled))
            item.notes.append(f"not assessed on the part read: {', '.join(codes)} (what they look for may be in the pages not read)")
    return kept


def run_rules(
    parsed: Parsed,
    ruleset: RuleSet,
    *,
    funder: str | None = None,
    show_amounts: bool = False,
    default_funder: str | None = None,
) -> list[Finding]:
    """Run the enabled rules on one parsed input. The costing profile is
    ``funder`` (forced), else the funder the input names, else
    ``default_funder`` (the configuration's)."""
    ctx = Context(path=parsed.display, show_amounts=show_amounts, lexicons=ruleset.lexicons, registry=registry_of(ruleset))
    if isinstance(parsed.model, Budget):
        ctx.budget = parsed.model
        ctx.funder = funder or parsed.model.funder or default_funder
    if isinstance(parsed.model, Justification):
        ctx.justification = parsed.model
        paired = parsed.paired.model if parsed.paired is not None else None
        ctx.paired_budget = paired if isinstance(paired, Budget) else None
        ctx.funder = funder or parsed.model.funder or (ctx.paired_budget.funder if ctx.paired_budget else None) or default_funder
    if ctx.funder:
        from ..costing import costing_for

        prof = costing_for(ruleset).profile(ctx.funder)
        ctx.profile = prof.view() if prof is not None else None
    specs = ruleset.for_path(parsed.display)
    if isinstance(parsed.model, Manuscript):
        # credit analysis runs when a rule first reads the paper, once per paper
        ctx.set_manuscript(parsed.model, lambda m: _analysed(parsed, m, ruleset))
    findings: list[Finding] = []
    for spec in specs:
        if applicable(spec, ctx):
            found = _run_spec(spec, ctx, ruleset, parsed.display)
            if ctx.funder and found:
                ref = ruleset.policy_for(spec.code, ctx.funder)
                found = [f.model_copy(update={"policy": ref}) if f.policy is not None and ref is not None and ref.url != f.policy.url else f for f in found]
            findings.extend(found)
    return findings


def _analysed(parsed: "Parsed", m: Manuscript, ruleset: RuleSet) -> Manuscript:
    from ..analysis import analyse

    done = analyse(m, ruleset.lexicons)
    parsed.model = done  # later readers (cross-document rules, reports) reuse it
    return done


def _registry_budgets(ruleset: RuleSet, manuscripts: list[Manuscript]) -> list[Budget]:
    """The budgets the project registry names (``budgets`` globs under the
    project root), read as context for papers checked without them: not
    inputs of the run, so they get no findings of their own."""
    reg = registry_of(ruleset)
    if not manuscripts or reg is None or not reg.budgets or not ruleset.config.root:
        return []
    root = Path(ruleset.config.root)
    out: list[Budget] = []
    seen: set[Path] = set()
    for g in reg.budgets:
        for f in sorted(root.glob(g)):
            if f in seen or not is_regular_file(f) or f.suffix.lower() not in BUDGET_SUFFIXES_SET:
                continue
            seen.add(f)
            parsed = parse_one(f, ruleset)
            if parsed.error is None and isinstance(parsed.model, Budget):
                out.append(parsed.model)
    return out


def _profiles_used(ruleset: RuleSet, budgets: list[Budget], forced: str | None, configured: str | None) -> list[Any]:
    """The funder profiles in force for this run's budgets, each with its dates."""
    import datetime as _dt

    from ..costing import costing_for, parse_date
    from ..model import ProfileInfo

    out: dict[str, ProfileInfo] = {}
    today = _dt.date.today()
    for b in budgets:
        name = forced or b.funder or configured
        if not name:
            continue
        how = "--funder" if forced else "budget" if b.funder else "configuration"
        prof = costing_for(ruleset).profile(name)
        if prof is None:
            continue
        if name not in out:
            dates = [parse_date(v) for _, _, v in prof.dated()]
            stale = any(d is not None and d < today for d in dates)
            out[name] = ProfileInfo(name=name, title=prof.title, as_of=prof.as_of, valid_until=prof.valid_until, stale=stale, chosen_by=how)
        out[name].inputs.append(b.path)
    return list(out.values())


def cross_document_rules(
    budgets: list[Budget], manuscripts: list[Manuscript], ruleset: RuleSet, *, show_amounts: bool = False
) -> list[Finding]:
    """Rules that read a budget together with its papers; run once per run."""
    specs = [ruleset.rules[c] for c in sorted(ruleset.enabled) if {"budget", "manuscript"} <= set(ruleset.rules[c].inputs)]
    if not specs or not budgets or not manuscripts:
        return []
    from ..analysis import analyse

    manuscripts = [analyse(m, ruleset.lexicons) for m in manuscripts]
    ctx = Context(
        path="",
        budgets=budgets,
        manuscripts=manuscripts,
        show_amounts=show_amounts,
        lexicons=ruleset.lexicons,
        registry=registry_of(ruleset),
    )
    out: list[Finding] = []
    for spec in specs:
        out.extend(_run_spec(spec, ctx, ruleset, manuscripts[0].path))
    return out


def new_report(ruleset: RuleSet) -> Report:
    cfg = ruleset.config
    return Report(
        techcost_version=__version__,
        packs=[PackInfo(name=p.name, version=p.version, as_of=p.as_of, title=p.title, source=str(p.path)) for p in ruleset.packs],
        config_sources=[cfg.source] if cfg.source else [],
    )


def run(
    paths: Iterable[str | Path],
    ruleset: RuleSet,
    *,
    funder: str | None = None,
    show_amounts: bool = False,
    progress: Callable[[Parsed], None] | None = None,
    justification: str | Path | None = None,
    baseline: str | Path | None = None,
    use_baseline: bool = True,
    force_exclude: bool = False,
    skip_unrecognised: bool = False,
) -> Report:
    """One check run over ``paths`` with ``ruleset`` (see ``techcost.api.check``)."""
    cfg = ruleset.config
    from ..costing import costing_for

    costing_for(ruleset).check_name(funder, "--funder")
    costing_for(ruleset).check_name(cfg.funder, cfg.source or "configuration")
    report = new_report(ruleset)
    registry_of(ruleset)  # a bad registry is a configuration error, before any input
    baseline_file = resolve_baseline(cfg, baseline, enabled=use_baseline)
    findings: list[Finding] = []
    budgets: list[Budget] = []
    manuscripts: list[Manuscript] = []
    n_justifications = 0
    for parsed in parse_all(paths, cfg, ruleset, justification=justification, force_exclude=force_exclude):
        item = InputResult(path=parsed.display, kind=parsed.kind, format=parsed.format, seconds=round(parsed.seconds, 4))  # type: ignore[arg-type]
        if parsed.error is not None:
            code = getattr(parsed.error, "code", "SYS001")
            if skip_unrecognised and code in ruleset.flagged("not-a-document"):
                continue  # neither a budget nor a paper: left out, as asked
            item.status = "error"
            item.error = InputError(code=code, message=str(parsed.error))
            findings.append(system_finding(ruleset, code, Location(path=parsed.display), str(parsed.error), anchor=code))
        else:
            findings.extend(_notes_findings(parsed, ruleset))
            item.notes = input_notes(parsed.model)
            findings.extend(run_rules(parsed, ruleset, funder=funder, default_funder=cfg.funder, show_amounts=show_amounts))
            if parsed.kind == "justification":
                n_justifications += 1
            elif isinstance(parsed.model, Budget):
                budgets.append(parsed.model)
            elif isinstance(parsed.model, Manuscript):
                manuscripts.append(parsed.model)
        report.inputs.append(item)
        release()  # start-up is over once one input has been checked
        if progress is not None:
            progress(parsed)
    from ..analysis import analyse

    manuscripts = [analyse(m, ruleset.lexicons) for m in manuscripts]  # once each: rules that ran already analysed theirs
    linked = budgets or _registry_budgets(ruleset, manuscripts)  # a paper checked alone is read with its project's budgets
    findings.extend(cross_document_rules(linked, manuscripts, ruleset, show_amounts=show_amounts))
    findings = _drop_unassessable(findings, ruleset, manuscripts, report)
    findings = apply_baseline(apply_inline(findings, [*budgets, *manuscripts], ruleset), [*budgets, *manuscripts], ruleset, baseline_file)
    findings.sort(key=lambda f: f.sort_key())
    report.findings = findings
    in_force = {funder or b.funder or cfg.funder for b in budgets}
    report.profiles = _profiles_used(ruleset, budgets, funder, cfg.funder)
    report.policy_summary = policy_summary(report, ruleset, budgets, manuscripts, justifications=n_justifications, funders=in_force)
    return report


def run_diff(old: str | Path, new: str | Path, ruleset: RuleSet, *, show_amounts: bool = False) -> dict[str, Any]:
    """Two versions of a budget compared, with the revision rules run on
    them (see ``techcost.api.diff``)."""
    from ..model import SCHEMA_VERSION
    from ..revisions import compare, render_text

    report = new_report(ruleset)
    parsed = [parse_one(Path(p), ruleset) for p in (old, new)]
    findings: list[Finding] = []
    for p in parsed:
        item = InputResult(path=p.display, kind=p.kind, format=p.format, seconds=round(p.seconds, 4))  # type: ignore[arg-type]
        if p.error is None and not isinstance(p.model, Budget):
            p.error = InputFileError(f"is a {p.kind}, not a budget; diff compares two budgets")
        if p.error is not None:
            code = getattr(p.error, "code", "SYS001")
            item.status = "error"
            item.error = InputError(code=code, message=str(p.error))
            findings.append(system_finding(ruleset, code, Location(path=p.display), str(p.error), anchor=code))
        report.inputs.append(item)
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "techcost_version": __version__}
    if all(isinstance(p.model, Budget) and p.error is None for p in parsed):
        a, b = parsed[0].model, parsed[1].model
        assert isinstance(a, Budget) and isinstance(b, Budget)
        ctx = Context(path=b.path, show_amounts=show_amounts, lexicons=ruleset.lexicons, budgets=[a, b], funder=b.funder or a.funder)
        for spec in ruleset.for_path(b.path):
            if spec.kind == "budget_revision_cut":
                findings.extend(make_finding(spec, hit, ruleset, b.path) for hit in run_kind(spec, ctx))
        cut = next((s for s in ruleset.rules.values() if s.kind == "budget_revision_cut"), None)
        params = cut.params if cut is not None else None
        d = compare(a, b, categories=getattr(params, "categories", ("technical",)), min_cut=getattr(params, "min_cut", 0.1), show_amounts=show_amounts)
        out.update(d.as_dict())
        findings.sort(key=lambda f: f.sort_key())
        out["text"] = render_text(d, findings)
    else:
        out["text"] = "".join(f"{f.location.path}: {f.message} [{f.code}]\n" for f in findings)
    report.findings = findings
    out["report"] = report
    return out


@dataclass
class BaselineWritten:
    path: Path
    written: int
    new: int
    kept: int
    report: Report


def write_baseline(
    paths: Sequence[str | Path] | None,
    ruleset: RuleSet,
    *,
    output: str | Path | None = None,
    funder: str | None = None,
) -> BaselineWritten:
    """Check ``paths`` (default: the project root) without a baseline and
    write every active finding to the baseline file (``output``, else the
    configured or default one). Entries of files this run did not check are
    kept; those of the files it checked are replaced."""
    from ..repo import project_root
    from . import baseline as bl

    config = ruleset.config
    target = Path(output) if output is not None else bl.default_path(config)
    old = bl.load(target) if target.is_file() else []
    models: list[object] = []

    def seen(parsed: Parsed) -> None:
        if parsed.model is not None:
            models.append(parsed.model)

    report = run(paths or [project_root(config.root)], ruleset, funder=funder, use_baseline=False, progress=seen)
    covered = bl.covered_paths(models, config.root)
    fresh = bl.entries_for(report.findings, ruleset)
    keep = [e for e in old if e.path not in covered]
    n = bl.write(target, fresh, keep=keep)
    return BaselineWritten(path=target, written=n, new=len(fresh), kept=len(keep), report=report)
