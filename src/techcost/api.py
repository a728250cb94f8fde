"""The single door the command line uses: find inputs, parse them, run the
rules, return a ``Report``. Nothing here formats output."""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Callable, Iterable

from ._version import __version__
from .engine.registry import RuleSet
from .engine.runner import applicable, make_finding, run_kind, system_finding
from .errors import InputFileError, LimitExceeded, TechcostError
from .kinds import Context
from .model import (
    SCHEMA_VERSION,
    Budget,
    Finding,
    InputError,
    InputResult,
    Location,
    Manuscript,
    PackInfo,
    Report,
)
from .parsers import ALL_SUFFIXES, parser_for, sniff
from .policy.config import Config, load_config

# repository files that are not papers, skipped when walking folders
SKIP_FILES = re.compile(
    r"^(?:readme|changelog|changes|history|contributing|code_of_conduct|license|licence|copying|authors|notice|security|support|todo|news|citation)(?:\.[\w-]+)*$",
    re.I,
)
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "_build", "site-packages"}


@dataclass
class Parsed:
    path: Path
    display: str
    kind: str = "unknown"
    format: str | None = None
    model: Budget | Manuscript | None = None
    error: TechcostError | None = None
    note: str | None = None
    seconds: float = 0.0
    extra_findings: list[Finding] = field(default_factory=list)


def display_path(p: Path) -> str:
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _is_latex_main(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(262144)
    except OSError:
        return True  # let the parser report it
    return b"\\documentclass" in head or b"\\begin{document}" in head


def collect(paths: Iterable[str | Path], config: Config) -> list[Path]:
    """Files to check: files as given, folders walked for known suffixes."""
    out: list[Path] = []
    seen: set[Path] = set()
    root = Path(config.root) if config.root else Path.cwd()

    def excluded(p: Path) -> bool:
        if not config.exclude:
            return False
        try:
            rel = p.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = p.as_posix()
        return any(fnmatch(rel, g) or fnmatch(p.name, g) for g in config.exclude)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
                for fn in sorted(filenames):
                    if fn.startswith((".", "~$")) or SKIP_FILES.match(fn):
                        continue
                    fp = Path(dirpath) / fn
                    if fp.suffix.lower() in (".tex", ".latex") and not _is_latex_main(fp):
                        continue  # parts of a LaTeX project are read through its main file
                    if fp.suffix.lower() in ALL_SUFFIXES and not excluded(fp):
                        key = fp.resolve()
                        if key not in seen:
                            seen.add(key)
                            out.append(fp)
        else:
            key = p.resolve() if p.exists() else p
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def load(
    config: Config | None = None,
    *,
    config_path: str | Path | None = None,
    start: str | Path | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    severity: dict[str, str] | None = None,
    packs: list[str] | None = None,
) -> tuple[Config, RuleSet]:
    cfg = config if config is not None else load_config(config_path, start=start)
    rs = RuleSet(cfg, select=select, ignore=ignore, severity=severity, pack_names=packs)
    return cfg, rs


def _vocab(ruleset: RuleSet) -> Any:
    from .vocab import BudgetVocabulary

    cache = ruleset.__dict__.setdefault("_vocab_cache", {})
    if "budget" not in cache:
        cache["budget"] = BudgetVocabulary(ruleset.lexicon("budget"))
    return cache["budget"]


def parse_one(path: Path, ruleset: RuleSet, display: str | None = None) -> Parsed:
    """Parse one input; never raises for a bad file."""
    disp = display or display_path(path)
    res = Parsed(path=path, display=disp)
    t0 = time.perf_counter()
    try:
        if not path.exists():
            raise InputFileError("does not exist")
        if path.is_dir():
            raise InputFileError("is a folder, not a file")
        from .parsers import limits

        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise LimitExceeded(f"is {size / 1e6:.0f} MB (limit {limits.MAX_FILE_BYTES / 1e6:.0f} MB)")
        det = sniff(path)
        res.kind, res.format, res.note = det.kind, det.format, det.note
        parse = parser_for(det.kind, det.format)
        if det.kind == "budget":
            res.model = parse(path, det.format, vocab=_vocab(ruleset), display_path=disp)
        else:
            res.model = parse(path, display_path=disp, lexicons=ruleset.lexicons)
    except TechcostError as exc:
        res.error = exc
    except (MemoryError, RecursionError) as exc:
        res.error = LimitExceeded(f"exhausted {'memory' if isinstance(exc, MemoryError) else 'nesting depth'} while reading")
    except Exception as exc:  # never a traceback for a user
        if os.environ.get("TECHCOST_DEBUG"):
            raise
        err = TechcostError(f"internal error while reading ({type(exc).__name__}: {str(exc)[:120]})", code="SYS009")
        res.error = err
    res.seconds = time.perf_counter() - t0
    return res


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


def registry_of(ruleset: RuleSet) -> Any:
    """The project registry of the ruleset's configuration (loaded once)."""
    cache = ruleset.__dict__.setdefault("_registry_cache", {})
    if "registry" not in cache:
        from .registry import load_registry

        cache["registry"] = load_registry(ruleset.config)
    return cache["registry"]


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


def run_rules(parsed: Parsed, ruleset: RuleSet, *, funder: str | None = None, show_amounts: bool = False) -> list[Finding]:
    ctx = Context(path=parsed.display, show_amounts=show_amounts, lexicons=ruleset.lexicons, registry=registry_of(ruleset))
    if isinstance(parsed.model, Budget):
        ctx.budget = parsed.model
        ctx.funder = funder or parsed.model.funder
    specs = ruleset.for_path(parsed.display)
    if isinstance(parsed.model, Manuscript):
        m = parsed.model
        if not m.detected and any("nlp" in s.needs for s in specs if "manuscript" in s.inputs):
            from .detect import detect

            m = parsed.model = detect(m, ruleset.lexicons)
        ctx.manuscript = m
    findings: list[Finding] = []
    for spec in specs:
        if applicable(spec, ctx):
            findings.extend(_run_spec(spec, ctx, ruleset, parsed.display))
    return findings


def cross_document_rules(
    budgets: list[Budget], manuscripts: list[Manuscript], ruleset: RuleSet, *, show_amounts: bool = False
) -> list[Finding]:
    """Rules that read a budget together with its papers; run once per run."""
    specs = [ruleset.rules[c] for c in sorted(ruleset.enabled) if {"budget", "manuscript"} <= set(ruleset.rules[c].inputs)]
    if not specs or not budgets or not manuscripts:
        return []
    if any("nlp" in s.needs for s in specs):
        from .detect import detect

        manuscripts = [m if m.detected else detect(m, ruleset.lexicons) for m in manuscripts]
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


def policy_summary(report: Report, ruleset: RuleSet, budgets: list[Budget], manuscripts: list[Manuscript]) -> list[Any]:
    """Per pack: which clauses are met, not met, or not assessable (and why)."""
    from .engine.registry import kind_module
    from .model import ClauseStatus, PackSummary

    kinds_present = {"budget"} if budgets else set()
    if manuscripts:
        kinds_present.add("manuscript")
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
            if cid == "TOOL" or all(c.startswith("SYS") for c in codes):
                st.findings = sum(active.get(c, 0) for c in codes)
                st.status = "not_met" if failed or st.findings else "met"
                summ.clauses.append(st)
                continue
            if not codes:
                st.status, st.reason = "not_assessable", "its rules are not enabled"
                summ.clauses.append(st)
                continue
            needs = [set(ruleset.rules[c].inputs) & {"budget", "manuscript"} for c in codes]
            runnable = [c for c, n in zip(codes, needs) if n and n <= kinds_present]
            if not runnable:
                st.status = "not_applicable"
                st.reason = "no " + " or ".join(sorted({k for n in needs for k in n} - kinds_present)) + " in this run"
                summ.clauses.append(st)
                continue
            st.findings = sum(active.get(c, 0) for c in runnable)
            if st.findings:
                st.status = "not_met"
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


def check(
    paths: Iterable[str | Path],
    *,
    config: Config | None = None,
    config_path: str | Path | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    severity: dict[str, str] | None = None,
    packs: list[str] | None = None,
    funder: str | None = None,
    show_amounts: bool | None = None,
    progress: Callable[[Parsed], None] | None = None,
    ruleset: RuleSet | None = None,
) -> Report:
    """Check budgets and papers; the returned ``Report`` holds every input's
    parse status and every finding, sorted."""
    if ruleset is None:
        cfg, ruleset = load(config, config_path=config_path, select=select, ignore=ignore, severity=severity, packs=packs)
    else:
        cfg = ruleset.config
    show = cfg.show_amounts if show_amounts is None else show_amounts
    fund = funder or cfg.funder
    report = Report(
        techcost_version=__version__,
        packs=[PackInfo(name=p.name, version=p.version, as_of=p.as_of, title=p.title, source=str(p.path)) for p in ruleset.packs],
        config_sources=[cfg.source] if cfg.source else [],
    )
    registry_of(ruleset)  # a bad registry is a configuration error, before any input
    findings: list[Finding] = []
    budgets: list[Budget] = []
    manuscripts: list[Manuscript] = []
    for path in collect(paths, cfg):
        parsed = parse_one(path, ruleset)
        item = InputResult(path=parsed.display, kind=parsed.kind, format=parsed.format, seconds=round(parsed.seconds, 4))  # type: ignore[arg-type]
        if parsed.error is not None:
            code = getattr(parsed.error, "code", "SYS001")
            item.status = "error"
            item.error = InputError(code=code, message=str(parsed.error))
            findings.append(system_finding(ruleset, code, Location(path=parsed.display), str(parsed.error), anchor=code))
        else:
            findings.extend(_notes_findings(parsed, ruleset))
            findings.extend(run_rules(parsed, ruleset, funder=fund, show_amounts=show))
            if isinstance(parsed.model, Budget):
                budgets.append(parsed.model)
            elif isinstance(parsed.model, Manuscript):
                manuscripts.append(parsed.model)
        report.inputs.append(item)
        if progress is not None:
            progress(parsed)
    findings.extend(cross_document_rules(budgets, manuscripts, ruleset, show_amounts=show))
    findings.sort(key=lambda f: f.sort_key())
    report.findings = findings
    report.policy_summary = policy_summary(report, ruleset, budgets, manuscripts)
    return report


def inspect(path: str | Path, *, config: Config | None = None, config_path: str | Path | None = None) -> dict[str, Any]:
    """What the parser understood of one input, as the published JSON
    contract. Raises ``TechcostError`` when the input cannot be read."""
    cfg, ruleset = load(config, config_path=config_path)
    p = Path(path)
    parsed = parse_one(p, ruleset)
    if parsed.error is not None:
        raise parsed.error
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "path": parsed.display,
        "kind": parsed.kind,
        "format": parsed.format,
    }
    if parsed.note:
        out["note"] = parsed.note
    assert parsed.model is not None
    model = parsed.model
    if isinstance(model, Manuscript):
        from .detect import detect

        model = detect(model, ruleset.lexicons)
    out[parsed.kind] = model.model_dump(mode="json")
    return out
