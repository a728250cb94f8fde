"""The single door the command line uses: find inputs, parse them, run the
rules, return a ``Report``. Nothing here formats output."""

from __future__ import annotations

import errno
import os
import re
import time
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Callable, Iterable

from ._version import __version__
from .engine.baseline import apply_file as apply_baseline
from .engine.baseline import resolve as resolve_baseline
from .engine.registry import RuleSet
from .engine.runner import applicable, make_finding, run_kind, system_finding
from .engine.suppress import apply_inline
from .errors import InputFileError, LimitExceeded, TechcostError
from .kinds import Context
from .model import (
    SCHEMA_VERSION,
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
from .parsers import ALL_SUFFIXES, JUSTIFICATION_ONLY_SUFFIXES, parser_for, sniff
from .policy.config import Config, load_config
from .repo import resolved

# repository files that are not papers, skipped when walking folders
SKIP_FILES = re.compile(
    r"^(?:readme|changelog|changes|history|contributing|code_of_conduct|license|licence|copying|authors|notice|security|support|todo|news|citation)(?:\.[\w-]+)*$",
    re.I,
)
# Formats read by C libraries (pdfium for PDF; lxml through python-docx)
# parse in a forked child under time and memory limits. Spreadsheets are read
# by calamine (memory-safe Rust) after the zip, member, ratio and cell bounds,
# and CSV, Markdown, LaTeX and JATS by Python within the size limits: those
# parse in-process under a timer, which keeps large budgets fast (returning a
# 5,000-line budget from a child costs ~0.2 s of pickling).
ISOLATED_FORMATS = frozenset({"docx", "pdf"})


def _build_models(kind: str) -> None:
    """Build the (deferred) pydantic schemas a parse will use."""
    from .model import Location

    models: list[Any] = [Location, Finding]
    models.append(Manuscript if kind == "manuscript" else Budget)
    for m in models:
        if not getattr(m, "__pydantic_complete__", True) or type(getattr(m, "__pydantic_validator__", None)).__name__ == "MockValSer":
            m.model_rebuild()
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "_build", "site-packages"}


@dataclass
class Parsed:
    path: Path
    display: str
    kind: str = "unknown"
    format: str | None = None
    model: Budget | Manuscript | Justification | None = None
    error: TechcostError | None = None
    note: str | None = None
    seconds: float = 0.0
    extra_findings: list[Finding] = field(default_factory=list)
    paired: "Parsed | None" = None  # a justification's budget (techcost.pairing)


def display_path(p: Path) -> str:
    """The path as people know it: relative to the working folder when
    inside it; symbolic links are not followed (a link is named as given)."""
    from .escape import path_text

    try:
        return path_text(Path(os.path.abspath(p)).relative_to(Path(os.path.abspath(Path.cwd()))).as_posix())
    except ValueError:
        return path_text(p.as_posix())


def not_regular(path: Path) -> None:
    """Raise a one-line input error for what is not a regular file or a
    folder: named pipes, devices and sockets would block or never end, and a
    symbolic-link loop leads nowhere. Nothing is opened."""
    import stat

    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputFileError("is a symbolic link that loops (it never reaches a file)") from None
        if os.path.islink(path):
            raise InputFileError("is a symbolic link to a file that does not exist") from None
        return  # "does not exist" is said next
    mode = st.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    kind = (
        "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
        else "a character device" if stat.S_ISCHR(mode)
        else "a block device" if stat.S_ISBLK(mode)
        else "a socket" if stat.S_ISSOCK(mode)
        else "not a regular file"
    )  # fmt: skip
    raise InputFileError(f"is {kind}, not a file; only regular files are read")


def is_regular_file(path: Path) -> bool:
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _is_latex_main(path: Path) -> bool:
    if not is_regular_file(path):
        return True  # named as given: reading it is what reports it
    try:
        with path.open("rb") as fh:
            head = fh.read(262144)
    except OSError:
        return True  # let the parser report it
    return b"\\documentclass" in head or b"\\begin{document}" in head


def _explicit(p: Path, config: Config) -> list[Path]:
    """A file named on the command line, or, for a LaTeX part (no
    ``\\documentclass``), the main files in its repository that include it;
    the part itself when none does."""
    if p.suffix.lower() not in (".tex", ".latex") or not p.is_file() or _is_latex_main(p):
        return [p]
    from .repo import find_git_root, latex_mains_for

    search = find_git_root(p.parent) or (Path(config.root) if config.root else resolved(p).parent)
    return latex_mains_for(p, search) or [p]


def collect(paths: Iterable[str | Path], config: Config, *, force_exclude: bool = False) -> list[Path]:
    """Files to check: files as given (a LaTeX part as the main files that
    include it), folders walked for known suffixes. ``force_exclude``
    applies ``exclude`` and the skip list of repository files (README,
    LICENSE, ...) to files given by name too, as a hook passes every
    changed file."""
    out: list[Path] = []
    seen: set[Path] = set()
    root = Path(config.root) if config.root else Path.cwd()

    def excluded(p: Path) -> bool:
        if not config.exclude:
            return False
        try:
            rel = resolved(p).relative_to(resolved(root)).as_posix()
        except ValueError:
            rel = p.as_posix()
        return any(fnmatch(rel, g) or fnmatch(p.name, g) for g in config.exclude)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            from .parsers.markdown import is_manubot_content

            found_before = len(out)
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
                if is_manubot_content(Path(dirpath)):
                    # a Manubot manuscript: its content/ folder is one paper
                    key = resolved(Path(dirpath))
                    if key not in seen and not excluded(Path(dirpath)):
                        seen.add(key)
                        out.append(Path(dirpath))
                    dirnames[:] = []
                    continue
                for fn in sorted(filenames):
                    if fn.startswith((".", "~$")) or SKIP_FILES.match(fn):
                        continue
                    fp = Path(dirpath) / fn
                    if fp.suffix.lower() in (".tex", ".latex") and not _is_latex_main(fp):
                        continue  # parts of a LaTeX project are read through its main file
                    yaml_just = fp.suffix.lower() in JUSTIFICATION_ONLY_SUFFIXES and _names_justification(fp)
                    if (fp.suffix.lower() in ALL_SUFFIXES or yaml_just) and not excluded(fp):
                        key = resolved(fp)
                        if key not in seen:
                            seen.add(key)
                            out.append(fp)
            if len(out) == found_before:
                out.append(p)  # reported: a folder with nothing techcost reads
        else:
            if force_exclude and (excluded(p) or SKIP_FILES.match(p.name) or p.name.startswith("~$")):
                continue
            for q in _explicit(p, config):
                key = resolved(q) if q.exists() else q
                if key not in seen:
                    seen.add(key)
                    out.append(q)
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
    if cfg.limits:
        from .parsers import limits

        limits.apply(cfg.limits, cfg.source or "configuration")
    rs = RuleSet(cfg, select=select, ignore=ignore, severity=severity, pack_names=packs)
    return cfg, rs


def _vocab(ruleset: RuleSet) -> Any:
    from .vocab import BudgetVocabulary

    cache = ruleset.__dict__.setdefault("_vocab_cache", {})
    if "budget" not in cache:
        cache["budget"] = BudgetVocabulary(ruleset.lexicon("budget"))
    return cache["budget"]


def _names_justification(path: Path) -> bool:
    from .parsers.justification import _NAME_HINT, _stem_words

    return bool(_NAME_HINT.search(_stem_words(path)))


def parse_one(path: Path, ruleset: RuleSet, display: str | None = None, *, as_justification: bool = False) -> Parsed:
    """Parse one input; never raises for a bad file. Papers whose name or
    heading says they justify a budget (or ``as_justification``) are read
    as justifications of resources (``parsers.justification``)."""
    disp = display or display_path(path)
    res = Parsed(path=path, display=disp)
    t0 = time.perf_counter()
    try:
        not_regular(path)
        if not path.exists():
            raise InputFileError("does not exist")
        if path.is_dir():
            from .parsers.markdown import is_manubot_content, parse_project

            if not is_manubot_content(path):
                from .errors import UnsupportedInput

                raise UnsupportedInput("is a folder with no budgets or papers in it (xlsx, xlsm, xls, ods, csv, xml, md, Rmd, qmd, tex, docx, pdf)")
            from .parsers.guard import run_guarded

            res.kind, res.format = "manuscript", "markdown"
            res.model = run_guarded(parse_project, path, isolate=False, display_path=disp, lexicons=ruleset.lexicons)
            res.seconds = time.perf_counter() - t0
            return res
        from .parsers import limits

        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise LimitExceeded(f"is {size / 1e6:.0f} MB (limit {limits.MAX_FILE_BYTES / 1e6:.0f} MB)")
        det = sniff(path)
        res.kind, res.format, res.note = det.kind, det.format, det.note
        if det.kind == "manuscript":
            from .parsers.justification import is_justification

            if as_justification or is_justification(path, det.format):
                res.kind = "justification"
                det = type(det)("justification", det.format, det.note)
            elif det.format == "yaml":
                from .errors import UnsupportedInput

                raise UnsupportedInput("is a YAML file that is not a justification of resources (name it budget_justification.yaml, or give it a 'Budget justification' title)")
        parse = parser_for(det.kind, det.format)
        from .parsers.guard import run_guarded  # each file parses under time and memory limits

        # binary formats read by C and Rust libraries parse in a child process;
        # text formats, read in Python within the size limits, only under a timer
        iso = det.format in ISOLATED_FORMATS
        if iso:
            _build_models(det.kind)  # in the parent, so the child does not build them only to throw them away
        if det.kind == "justification":
            res.model = run_guarded(parse, path, det.format, isolate=iso, display_path=disp, lexicons=ruleset.lexicons, vocab=_vocab(ruleset))
        elif det.kind == "budget":
            res.model = run_guarded(parse, path, det.format, isolate=iso, vocab=_vocab(ruleset), display_path=disp)
        else:
            res.model = run_guarded(parse, path, isolate=iso, display_path=disp, lexicons=ruleset.lexicons)
    except TechcostError as exc:
        res.error = exc
    except (MemoryError, RecursionError) as exc:
        res.error = LimitExceeded(f"exhausted {'memory' if isinstance(exc, MemoryError) else 'nesting depth'} while reading")
    except Exception as exc:  # never a traceback for a user
        if os.environ.get("TECHCOST_DEBUG"):
            raise
        from .errors import from_library_error

        mapped = from_library_error(exc)
        res.error = mapped or TechcostError(f"internal error while reading ({type(exc).__name__}: {str(exc)[:120]})", code="SYS009")
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


def input_notes(model: Any) -> list[str]:
    """One-line statements about how an input was read that change what its
    findings mean: an unfilled template has nothing to check; example rows
    were not counted."""
    out: list[str] = []
    if isinstance(model, Budget):
        if model.template:
            out.append("an unfilled template: no costs or effort are entered, so there is nothing to check")
        for note in model.notes:
            if note.kind == "example-rows":
                out.append(note.message)
        undetermined = [s for s in model.staff_lines if not s.role_determinable]
        if undetermined:
            out.append(f"{len(undetermined)} staff line(s) name no role; whether they are technical staff cannot be told")
    if isinstance(model, Manuscript):
        out.extend(model.notes)
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


def parse_all(
    paths: Iterable[str | Path], config: Config, ruleset: RuleSet, *, justification: str | Path | None = None, **collect_kw: Any
) -> list[Parsed]:
    """Parse every input, then pair justifications with budgets."""
    from .pairing import pair

    parsed = [parse_one(p, ruleset) for p in collect(paths, config, **collect_kw)]
    forced = None
    if justification is not None:
        jp = Path(justification)
        forced = next((x for x in parsed if resolved(x.path) == resolved(jp)), None) if jp.exists() else None
        if forced is None:
            forced = parse_one(jp, ruleset, as_justification=True)
            parsed.append(forced)
        elif forced.kind != "justification":
            idx = parsed.index(forced)
            forced = parsed[idx] = parse_one(jp, ruleset, as_justification=True)
    pair(parsed, forced=forced)
    return parsed


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
        from .costing import costing_for

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
    from .analysis import analyse

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


BUDGET_SUFFIXES_SET = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"})


def _profiles_used(ruleset: RuleSet, budgets: list[Budget], forced: str | None, configured: str | None) -> list[Any]:
    """The funder profiles in force for this run's budgets, each with its dates."""
    import datetime as _dt

    from .costing import costing_for, parse_date
    from .model import ProfileInfo

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


def _rule_funders(spec: Any) -> list[str]:
    """The funder profiles a rule is limited to (its ``funders`` parameter), or none."""
    params = spec.params
    got = getattr(params, "funders", None) if params is not None else None
    return [str(f) for f in got] if isinstance(got, list) else []


def cross_document_rules(
    budgets: list[Budget], manuscripts: list[Manuscript], ruleset: RuleSet, *, show_amounts: bool = False
) -> list[Finding]:
    """Rules that read a budget together with its papers; run once per run."""
    specs = [ruleset.rules[c] for c in sorted(ruleset.enabled) if {"budget", "manuscript"} <= set(ruleset.rules[c].inputs)]
    if not specs or not budgets or not manuscripts:
        return []
    from .analysis import analyse

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
    from .engine.registry import kind_module
    from .model import ClauseStatus, PackSummary

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
            if codes and all(ruleset.rules[c].scope == "tool" for c in codes) and cid != "TOOL" and not all(c.startswith("SYS") for c in codes):
                # about techcost's own data (rate tables past their date): a notice, never a finding against a proposal
                st.status, st.reason = "not_applicable", "about techcost's own data, not the proposal" + (" (see the notices)" if any(active.get(c) for c in codes) else "")
                summ.clauses.append(st)
                continue
            if cid == "TOOL" or (codes and all(c.startswith("SYS") for c in codes)):
                st.findings = sum(active.get(c, 0) for c in codes)
                st.status = "not_met" if failed or st.findings else "met"
                summ.clauses.append(st)
                continue
            if not codes:
                st.status, st.reason = "not_assessable", "its rules are not enabled"
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
    justification: str | Path | None = None,
    baseline: str | Path | None = None,
    use_baseline: bool = True,
    force_exclude: bool = False,
    skip_unrecognised: bool = False,
) -> Report:
    """Check budgets and papers; the returned ``Report`` holds every input's
    parse status and every finding, sorted. ``funder`` forces a costing
    profile (otherwise the sheet's funder, else the configuration's).
    ``justification`` is checked against every budget of the run; without
    it, justifications and budgets among the inputs are paired by name
    (``techcost.pairing``). Inline suppressions and the
    baseline (``baseline``, else the configured or default file when it
    exists; none when ``use_baseline`` is false) mark findings suppressed.
    ``skip_unrecognised`` leaves out inputs that turn out to be neither a
    budget nor a paper (for hooks that see every changed file)."""
    if ruleset is None:
        cfg, ruleset = load(config, config_path=config_path, select=select, ignore=ignore, severity=severity, packs=packs)
    else:
        cfg = ruleset.config
    show = cfg.show_amounts if show_amounts is None else show_amounts
    from .costing import costing_for

    costing_for(ruleset).check_name(funder, "--funder")
    costing_for(ruleset).check_name(cfg.funder, cfg.source or "configuration")
    report = Report(
        techcost_version=__version__,
        packs=[PackInfo(name=p.name, version=p.version, as_of=p.as_of, title=p.title, source=str(p.path)) for p in ruleset.packs],
        config_sources=[cfg.source] if cfg.source else [],
    )
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
            if skip_unrecognised and code in UNRECOGNISED:
                continue  # neither a budget nor a paper: left out, as asked
            item.status = "error"
            item.error = InputError(code=code, message=str(parsed.error))
            findings.append(system_finding(ruleset, code, Location(path=parsed.display), str(parsed.error), anchor=code))
        else:
            findings.extend(_notes_findings(parsed, ruleset))
            item.notes = input_notes(parsed.model)
            findings.extend(run_rules(parsed, ruleset, funder=funder, default_funder=cfg.funder, show_amounts=show))
            if parsed.kind == "justification":
                n_justifications += 1
            elif isinstance(parsed.model, Budget):
                budgets.append(parsed.model)
            elif isinstance(parsed.model, Manuscript):
                manuscripts.append(parsed.model)
        report.inputs.append(item)
        if progress is not None:
            progress(parsed)
    from .analysis import analyse

    manuscripts = [analyse(m, ruleset.lexicons) for m in manuscripts]  # once each: rules that ran already analysed theirs
    linked = budgets or _registry_budgets(ruleset, manuscripts)  # a paper checked alone is read with its project's budgets
    findings.extend(cross_document_rules(linked, manuscripts, ruleset, show_amounts=show))
    findings = _drop_unassessable(findings, ruleset, manuscripts, report)
    findings = apply_baseline(apply_inline(findings, [*budgets, *manuscripts], ruleset), [*budgets, *manuscripts], ruleset, baseline_file)
    findings.sort(key=lambda f: f.sort_key())
    report.findings = findings
    in_force = {funder or b.funder or cfg.funder for b in budgets}
    report.profiles = _profiles_used(ruleset, budgets, funder, cfg.funder)
    report.policy_summary = policy_summary(report, ruleset, budgets, manuscripts, justifications=n_justifications, funders=in_force)
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
        from .analysis import analyse

        model = analyse(model, ruleset.lexicons)
    out[parsed.kind] = model.model_dump(mode="json")
    return out


#: Input errors that mean "not a budget or a paper" rather than "broken".
UNRECOGNISED = frozenset({"SYS002", "SYS007"})


def diff(
    old: str | Path,
    new: str | Path,
    *,
    config: Config | None = None,
    config_path: str | Path | None = None,
    ruleset: RuleSet | None = None,
    show_amounts: bool | None = None,
) -> dict[str, Any]:
    """Compare two versions of a budget (``techcost.diff``) and run the
    revision rules (kind ``budget_revision_cut``) on them. Returns
    ``schema_version``, ``techcost_version``, ``old``/``new`` totals,
    ``changes``, ``text`` (readable) and ``report`` (a ``Report`` whose
    exit code follows the ``check`` rules)."""
    from .diff import compare, render_text

    if ruleset is None:
        cfg, ruleset = load(config, config_path=config_path)
    else:
        cfg = ruleset.config
    show = cfg.show_amounts if show_amounts is None else show_amounts
    report = Report(
        techcost_version=__version__,
        packs=[PackInfo(name=p.name, version=p.version, as_of=p.as_of, title=p.title, source=str(p.path)) for p in ruleset.packs],
        config_sources=[cfg.source] if cfg.source else [],
    )
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
        ctx = Context(path=b.path, show_amounts=show, lexicons=ruleset.lexicons, budgets=[a, b], funder=b.funder or a.funder)
        for spec in ruleset.for_path(b.path):
            if spec.kind == "budget_revision_cut":
                findings.extend(make_finding(spec, hit, ruleset, b.path) for hit in run_kind(spec, ctx))
        cut = next((s for s in ruleset.rules.values() if s.kind == "budget_revision_cut"), None)
        params = cut.params if cut is not None else None
        d = compare(a, b, categories=getattr(params, "categories", ("technical",)), min_cut=getattr(params, "min_cut", 0.1), show_amounts=show)
        out.update(d.as_dict())
        findings.sort(key=lambda f: f.sort_key())
        out["text"] = render_text(d, findings)
    else:
        out["text"] = "".join(f"{f.location.path}: {f.message} [{f.code}]\n" for f in findings)
    report.findings = findings
    out["report"] = report
    return out
