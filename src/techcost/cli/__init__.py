"""Command line: a thin door over ``techcost.api``. Commands map flags to
options, call the library, render, and exit; no domain logic lives here.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 techcost could not judge an input or the configuration is wrong.
"""

from __future__ import annotations

import os
import sys

# the command line loads no pydantic plugins; skipping their discovery
# (an entry-point scan of every installed package) saves ~20 ms a run
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pathlib import Path  # noqa: E402
from typing import Any, List, Optional  # noqa: E402

import typer  # noqa: E402

from .._version import __version__

app = typer.Typer(
    name="techcost",
    help=(
        "Check grant budgets and draft papers for fair costing and crediting of technical staff.\n\n"
        "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 an input or the configuration could not be judged."
    ),
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(message: str) -> "typer.Exit":
    from ..escape import one_line

    typer.echo(f"techcost: error: {one_line(message)}", err=True)
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"techcost {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """techcost: fair costing and credit for technical staff."""


def _parse_severity(items: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or []:
        if "=" not in item:
            raise _fail(f"--severity {item!r}: use CODE=info|warning|error")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _colour(choice: Optional[bool]) -> bool:
    if choice is not None:
        return choice
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _outputs(formats: list[str] | None, output: Optional[Path]) -> list[tuple[str, Optional[Path]]]:
    """(format, file) pairs from ``--format NAME[=FILE]``; without
    ``--format``, ``github`` under GitHub Actions and ``text`` elsewhere."""
    from .. import reporters

    if not formats:
        return [("github" if os.environ.get("GITHUB_ACTIONS", "").lower() == "true" else "text", output)]
    out: list[tuple[str, Optional[Path]]] = []
    to_stdout = False
    for item in formats:
        name, sep, file = item.partition("=")
        name = name.strip().lower()
        if name not in reporters.FORMATS:
            raise _fail(f"unknown format {name!r} (choose from {', '.join(reporters.FORMATS)})")
        if sep and file.strip():
            out.append((name, Path(file.strip())))
        elif to_stdout:
            raise _fail(f"only one --format can go to {'--output' if output else 'standard output'}; give the others a file, e.g. --format {name}={name}.out")
        else:
            to_stdout = True
            out.append((name, output))
    return out


def _write(text: str, target: Path) -> None:
    """Write a report file whole or not at all; the GitHub job summary file
    is appended to."""
    from ..errors import TechcostError
    from ..outputs import append_whole, atomic_write

    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    from ..repo import resolved

    append = bool(summary) and resolved(target) == resolved(Path(summary))  # type: ignore[arg-type]
    try:
        if append:
            append_whole(target, text)
        else:
            atomic_write(target, text)
    except TechcostError as exc:
        raise _fail(str(exc))


def _reads(api: Any, targets: list[Path], cfg: Any, *, force_exclude: bool, extra: list[Path | None]) -> list[Path]:
    """Every file a run reads: its inputs (folders walked), and the
    justification, baseline and configuration files it was given."""
    files = list(api.collect(targets, cfg, force_exclude=force_exclude)) if targets else []
    files += [p for p in extra if p is not None]
    if getattr(cfg, "source", None):
        files.append(Path(cfg.source))
    return files


@app.command()
def check(
    paths: Optional[List[Path]] = typer.Argument(None, help="Budgets (xlsx, xlsm, xls, ods, csv), papers, or folders of them."),
    format: Optional[List[str]] = typer.Option(
        None,
        "--format",
        "-f",
        help="text, json, sarif, junit, github, markdown, gitlab or html; NAME=FILE writes that format to FILE (repeat for several). Default: github under GitHub Actions, else text.",
    ),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to a file instead of standard output."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above this severity (info, warning, error; default from config, else error)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings (never clears exit 2)."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules: codes, families (BUD) or names; repeat or comma-separate."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules."),
    severity: Optional[List[str]] = typer.Option(None, "--severity", help="Override a rule's severity: CODE=warning."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file (default: nearest techcost.toml or [tool.techcost])."),
    pack: Optional[List[str]] = typer.Option(None, "--pack", help="Policy packs to apply instead of the configured ones."),
    funder: Optional[str] = typer.Option(None, "--funder", help="Costing profile to check against (ukri, wellcome, nihr, horizon_europe, nih, nsf); overrides the funder the sheet names. Default: the sheet's, else 'funder' in the configuration."),
    justification: Optional[Path] = typer.Option(None, "--justification", "-j", help="A justification of resources (docx, tex, md, pdf) to check against every budget given; without it, budgets and justifications among PATHS are paired by file name."),
    show_amounts: Optional[bool] = typer.Option(None, "--show-amounts/--hide-amounts", help="Print named people's salaries in findings (hidden by default)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Baseline file of accepted findings (default: baseline = in the configuration, else .techcost-baseline.json at the project root, when it exists)."),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Report every finding, ignoring the baseline."),
    changed_since: Optional[str] = typer.Option(None, "--changed-since", help="Check only files changed since this git ref (committed since it, modified, or untracked), within PATHS if given."),
    force_exclude: bool = typer.Option(False, "--force-exclude", help="Apply 'exclude' and skip README-like files even when named on the command line (for hooks that pass every changed file)."),
    skip_unrecognised: bool = typer.Option(False, "--skip-unrecognised", help="Leave out inputs that are neither a budget nor a paper (a data CSV, a figure PDF) instead of failing on them."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour the text report (default: on a terminal)."),
    nlp: Optional[str] = typer.Option(None, "--nlp", hidden=True, help="No longer used (kept so that older hook configurations still run)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show evidence, fixes and policy links."),
    annotate: Optional[Path] = typer.Option(None, "--annotate", help="Write annotated copies into this folder: budgets with findings as cell comments and highlights (ods/csv as .xlsx), docx papers with findings as Word comments. Originals are untouched."),
) -> None:
    """Check budgets and papers; report findings with locations and the policy clause each applies."""
    from .. import api, reporters
    from ..errors import TechcostError
    from ..escape import one_line

    if baseline is not None and no_baseline:
        raise _fail("--baseline and --no-baseline cannot be used together")
    outputs = _outputs(format, output)
    try:
        cfg, ruleset = api.load(
            config_path=config,
            select=_split(select),
            ignore=_split(ignore),
            severity=_parse_severity(severity),
            packs=_split(pack),
        )
        fail = fail_on or cfg.fail_on.value
        from ..model import Severity

        if fail not in {s.value for s in Severity}:
            raise _fail(f"--fail-on {fail}: choose info, warning or error")
        targets: list[Path] = list(paths or [])
        if changed_since is not None:
            from ..parsers import ALL_SUFFIXES
            from ..repo import changed_files, within

            changed = within(changed_files(changed_since), targets or [Path(".")])
            targets = [f for f in changed if f.suffix.lower() in ALL_SUFFIXES]
            force_exclude = True
        elif not targets:
            raise _fail("give the files or folders to check (or --changed-since REF)")
        from ..outputs import refuse_overwriting_inputs

        reads = _reads(api, targets, cfg, force_exclude=force_exclude, extra=[justification, baseline])
        refuse_overwriting_inputs([("--output" if target == output else f"--format {name}=FILE:", target) for name, target in outputs if target is not None], reads)
        if annotate is not None:
            from ..annotate import preflight

            preflight(reads, annotate)
        report = api.check(
            targets,
            ruleset=ruleset,
            funder=funder,
            justification=justification,
            show_amounts=show_amounts,
            baseline=baseline,
            use_baseline=not no_baseline,
            force_exclude=force_exclude,
            skip_unrecognised=skip_unrecognised,
        )
        options = {
            "verbose": verbose,
            "fail_on": fail,
            "ruleset": ruleset,
            "github_annotations": any(name == "github" for name, _ in outputs),
        }
        rendered = [
            (reporters.render(name, report, colour=_colour(color) and target is None and name == "text", **options), target)
            for name, target in outputs
        ]
        if annotate is not None:
            from ..annotate import annotate as write_annotated

            copies = write_annotated(report, annotate)
            typer.echo(f"techcost: wrote {len(copies)} annotated cop{'y' if len(copies) == 1 else 'ies'} to {annotate}", err=True)
    except TechcostError as exc:
        raise _fail(str(exc))
    except ValueError as exc:
        raise _fail(str(exc))
    if not any(name == "text" and target is None for name, target in outputs):
        for item in report.failed_inputs():
            assert item.error is not None
            typer.echo(one_line(f"techcost: {item.path}: {item.error.message} [{item.error.code}]"), err=True)
    for (name, _), (text, target) in zip(outputs, rendered):
        if target is not None:
            _write(text, target)
            c = report.counts()
            typer.echo(
                one_line(
                    f"techcost: wrote the {name} report to {target} ({len(report.inputs)} input{'s' if len(report.inputs) != 1 else ''}; "
                    f"{c['error']} error{'s' if c['error'] != 1 else ''}, {c['warning']} warning{'s' if c['warning'] != 1 else ''}, {c['info']} info)"
                ),
                err=True,
            )
        else:
            sys.stdout.write(text)
    raise typer.Exit(report.exit_code(fail, exit_zero=exit_zero))


@app.command("baseline")
def baseline_(
    paths: Optional[List[Path]] = typer.Argument(None, help="Files and folders whose findings to accept (default: the project root)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Baseline file (default: baseline = in the configuration, else .techcost-baseline.json at the project root)."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file."),
    pack: Optional[List[str]] = typer.Option(None, "--pack", help="Policy packs to apply instead of the configured ones."),
    funder: Optional[str] = typer.Option(None, "--funder", help="Funder profile when the sheet does not say."),
) -> None:
    """Accept the current findings: write them to the baseline, so 'check' reports only new ones."""
    from .. import api
    from ..errors import TechcostError
    from ..escape import one_line

    try:
        cfg, ruleset = api.load(config_path=config, select=_split(select), ignore=_split(ignore), packs=_split(pack))
        if output is not None:
            from ..outputs import refuse_overwriting_inputs

            reads = _reads(api, list(paths or [Path(cfg.root or ".")]), cfg, force_exclude=False, extra=[])
            refuse_overwriting_inputs([("--output", output)], reads)
        result = api.write_baseline(paths or None, ruleset, output=output, funder=funder)
    except TechcostError as exc:
        raise _fail(str(exc))
    for item in result.report.failed_inputs():
        assert item.error is not None
        typer.echo(one_line(f"techcost: {item.path}: {item.error.message} [{item.error.code}] (not baselined)"), err=True)
    kept = f"; kept {result.kept} of files not checked" if result.kept else ""
    typer.echo(f"wrote {result.written} entries ({result.new} from {len(result.report.inputs)} inputs checked{kept}) to {result.path}")
    raise typer.Exit(2 if result.report.failed_inputs() else 0)


@app.command()
def inspect(
    path: Path = typer.Argument(..., help="One budget or paper."),
    format: str = typer.Option("json", "--format", "-f", help="json (the published contract) or text."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file."),
) -> None:
    """Show what techcost understood of a file (JSON contract: 'techcost schema inspect')."""
    import json

    from .. import api
    from ..errors import TechcostError

    try:
        data = api.inspect(path, config_path=config)
    except TechcostError as exc:
        raise _fail(f"{path}: {exc} [{exc.code}]")
    if format == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif format == "text":
        from ..reporters.inspect_text import render

        sys.stdout.write(render(data))
    else:
        raise _fail(f"unknown format {format!r} (json or text)")


@app.command()
def rules(
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file."),
    pack: Optional[List[str]] = typer.Option(None, "--pack", help="List the rules of these packs."),
) -> None:
    """List the rules of the active packs: code, name, severity, whether enabled."""
    from .. import api
    from ..errors import TechcostError
    from ..reporters import rules_list

    try:
        cfg, ruleset = api.load(config_path=config, packs=_split(pack))
    except TechcostError as exc:
        raise _fail(str(exc))
    sys.stdout.write(rules_list.render(ruleset, format=format))


@app.command()
def explain(
    code: str = typer.Argument(..., help="A rule code (BUD001), alias or name."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file."),
) -> None:
    """Explain a rule: what it checks, why, its parameters, and the clauses of each pack it serves."""
    from .. import api
    from ..errors import TechcostError
    from ..reporters import rules_list

    try:
        cfg, ruleset = api.load(config_path=config)
        codes = ruleset.expand([code], "explain")
    except TechcostError as exc:
        raise _fail(str(exc))
    sys.stdout.write("\n".join(rules_list.explain(ruleset, c) for c in codes))


@app.command("eval")
def eval_(
    labels: Optional[Path] = typer.Option(None, "--labels", help="Manuscript labels (the schema of labels.json; local_path relative to the file)."),
    budget_labels: Optional[Path] = typer.Option(None, "--budget-labels", help="Budget labels: a file in the schema of budget-labels.json, or a corpus folder (tests/corpus) whose budgets are printed by tune and check part."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Only these formats (jats, markdown, latex, docx, pdf)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Figures only, no per-document detail."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="A corpus folder in the layout of tests/corpus: prints the tune and the check part, per format."),
    part: Optional[str] = typer.Option(None, "--part", help="With --corpus: only the tune or only the check part."),
    details: bool = typer.Option(False, "--details", help="With --corpus: per-document errors of the tune part (never of the check part)."),
) -> None:
    """Measure accuracy against labelled documents: per format and overall, with counts and 95% intervals."""
    import json

    if labels is None and budget_labels is None and corpus is None:
        raise _fail("give --corpus DIR, --labels FILE and/or --budget-labels FILE")
    if part is not None and part not in ("tune", "check"):
        raise _fail(f"--part {part!r}: choose tune or check")
    if corpus is not None and not (corpus / "papers").is_dir() and not (corpus / "acks").is_dir():
        raise _fail(f"{corpus}: not a corpus folder (no papers/ or acks/ inside)")
    out: dict = {}
    text: list[str] = []
    budget_corpus = budget_labels is not None and budget_labels.is_dir()
    if budget_corpus and not (budget_labels / "budgets" / "labels").is_dir():  # type: ignore[operator]
        raise _fail(f"{budget_labels}: not a corpus folder (no budgets/labels/ inside)")
    for path in (labels, None if budget_corpus else budget_labels):
        if path is not None and not path.is_file():
            raise _fail(f"{path}: labels file not found")
    try:
        if corpus is not None:
            from ..evaluation import manuscripts as em

            parts = (part,) if part else ("tune", "check")
            rc = em.evaluate_corpus(corpus, parts=parts, formats=tuple(_split(only) or ()) or None)
            out["corpus"] = {k: {"summary": v["summary"]} for k, v in rc.items()}
            text.append(em.render_corpus(rc, details=details))
            if (corpus / "budgets" / "labels").is_dir() and not only:
                from ..evaluation import budgets as eb

                rb = eb.evaluate_corpus_budgets(corpus, parts=parts)
                out["corpus_budgets"] = {k: {kk: vv for kk, vv in v.items() if kk != "per_document"} for k, v in rb.items()}
                text.append(eb.render_parts(rb) if details else eb.render_parts({k: {**v, "per_document": []} for k, v in rb.items()}))
        if labels is not None:
            from ..evaluation import manuscripts as em

            r = em.evaluate(labels, formats=tuple(_split(only) or ()) or None)
            out["manuscripts"] = r
            text.append(em.render(r, details=not quiet))
        if budget_labels is not None:
            from ..evaluation import budgets as eb

            if budget_corpus:
                parts = (part,) if part else ("tune", "check")
                rb = eb.evaluate_corpus_budgets(budget_labels, parts=parts)
                out["budgets"] = {k: {kk: vv for kk, vv in v.items() if kk != "per_document" or k == "tune"} for k, v in rb.items()}
                text.append(eb.render_parts(rb))
            else:
                r2 = eb.evaluate(budget_labels)
                out["budgets"] = r2
                text.append(eb.render(r2))
    except (KeyError, ValueError, TypeError) as exc:
        raise _fail(f"labels file not in the expected schema ({type(exc).__name__}: {exc})")
    if format == "json":
        sys.stdout.write(json.dumps(out, indent=2, default=str) + "\n")
    else:
        sys.stdout.write("\n".join(text))


def _refuse_other_report(html: Path, db: Path, force: bool) -> None:
    """An existing summary written for another database (or not by
    techcost) is kept unless --force says to replace it."""
    import re as _re

    from ..outputs import OutputError

    if force or not html.is_file():
        return
    try:
        head = html.read_text(encoding="utf-8", errors="replace")[:4000]
    except OSError:
        return
    m = _re.search(r"<!-- techcost-portfolio db=(.*?) -->", head)
    import html as _html

    if m is None or Path(_html.unescape(m.group(1))) != db:
        what = f"was written for {_html.unescape(m.group(1))}" if m else "was not written by techcost portfolio"
        raise OutputError(f"--html {html} {what}; give another --html, or --force to replace it")


@app.command()
def portfolio(
    dirs: List[Path] = typer.Argument(..., help="Folders of proposals (budgets) and papers, e.g. DEPT/YEAR/file or YEAR/DEPT/file."),
    db: Optional[Path] = typer.Option(None, "--db", help="Results database (default: .techcost/portfolio.sqlite under the first folder)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    metadata: Optional[Path] = typer.Option(None, "--metadata", help="CSV with columns path,department,year (overrides the folder layout)."),
    html: Optional[Path] = typer.Option(None, "--html", help="HTML summary (default: portfolio.html beside the database)."),
    csv_out: Optional[Path] = typer.Option(None, "--csv", help="Also write one row per document to this CSV (safe to open in Excel)."),
    format: str = typer.Option("text", "--format", "-f", help="Summary on standard output: text or json."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on standard error (default: on a terminal)."),
    force: bool = typer.Option(False, "--force", help="Re-check every document, even unchanged ones, and replace a summary written for another database."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules."),
    severity: Optional[List[str]] = typer.Option(None, "--severity", help="Override a rule's severity: CODE=warning."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file."),
    pack: Optional[List[str]] = typer.Option(None, "--pack", help="Policy packs to apply instead of the configured ones."),
    funder: Optional[str] = typer.Option(None, "--funder", help="Funder profile when the sheet does not say."),
    show_amounts: Optional[bool] = typer.Option(None, "--show-amounts/--hide-amounts", help="Keep amounts in stored finding messages (masked by default)."),
) -> None:
    """Check many proposals and papers in parallel, keep results in a database (unchanged files are reused), and summarise the figures a Technician Commitment self-assessment needs."""
    from .. import portfolio as pf
    from ..errors import TechcostError
    from ..reporters import portfolio as pr

    if format not in ("text", "json"):
        raise _fail(f"unknown format {format!r} (text or json)")
    options = pf.Options(
        config_path=str(config) if config else None,
        packs=tuple(_split(pack) or ()) or None,
        select=tuple(_split(select) or ()) or None,
        ignore=tuple(_split(ignore) or ()) or None,
        severity=tuple(sorted(_parse_severity(severity).items())),
        funder=funder,
        show_amounts=show_amounts,
    )
    show_bar = progress if progress is not None else sys.stderr.isatty()
    bar = pf.ProgressBar(show_bar)
    try:
        from .. import api
        from ..outputs import refuse_overwriting_inputs

        cfg, _ = api.load(config_path=config)
        reads = _reads(api, list(dirs), cfg, force_exclude=False, extra=[metadata])
        refuse_overwriting_inputs([(o, p) for o, p in (("--html", html), ("--csv", csv_out), ("--db", db)) if p is not None], reads)
        planned_db = db or pf.default_db([Path(d) for d in dirs])
        planned_html = html or planned_db.parent / "portfolio.html"
        _refuse_other_report(planned_html, planned_db, force)
        result = pf.run(dirs, options=options, db=db, jobs=jobs, metadata=metadata, force=force, progress=bar)
        bar.close()
        html_path = html or result.db.parent / "portfolio.html"
        from ..outputs import atomic_write

        atomic_write(html_path, pr.render_html(result), what="portfolio summary")
        if csv_out is not None:
            pf.write_csv(result.rows, csv_out)
    except TechcostError as exc:
        bar.close()
        raise _fail(str(exc))
    if format == "json":
        sys.stdout.write(pr.render_json(result))
    else:
        sys.stdout.write(pr.render_text(result, html_path=str(html_path)))


@app.command()
def schema(
    name: str = typer.Argument("report", help="report, inspect-budget, inspect-manuscript or inspect-justification."),
) -> None:
    """Print a published JSON Schema."""
    from ..schemas import load_schema

    try:
        sys.stdout.write(load_schema(name))
    except KeyError:
        raise _fail(f"unknown schema {name!r} (report, inspect-budget, inspect-manuscript, inspect-justification)")


@app.command("diff")
def diff_(
    old: Path = typer.Argument(..., help="The earlier version of the budget."),
    new: Path = typer.Argument(..., help="The later version."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above this severity (default from config, else error)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings (never clears exit 2)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file."),
    pack: Optional[List[str]] = typer.Option(None, "--pack", help="Policy packs to apply instead of the configured ones."),
    show_amounts: Optional[bool] = typer.Option(None, "--show-amounts/--hide-amounts", help="Print named people's salaries in findings (hidden by default)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show evidence."),
) -> None:
    """Compare two versions of a budget: lines removed, cut or grown, and technical staff cut or pooled while the rest held."""
    import json

    from .. import api
    from ..errors import TechcostError

    try:
        cfg, ruleset = api.load(config_path=config, packs=_split(pack))
        fail = fail_on or cfg.fail_on.value
        from ..model import Severity

        if fail not in {s.value for s in Severity}:
            raise _fail(f"--fail-on {fail}: choose info, warning or error")
        result = api.diff(old, new, ruleset=ruleset, show_amounts=show_amounts)
    except TechcostError as exc:
        raise _fail(str(exc))
    except ValueError as exc:
        raise _fail(str(exc))
    report = result["report"]
    for item in report.failed_inputs():
        typer.echo(f"techcost: {item.path}: {item.error.message} [{item.error.code}]", err=True)  # type: ignore[union-attr]
    if format == "json":
        out = {k: v for k, v in result.items() if k != "report"}
        out["findings"] = [f.model_dump(mode="json", exclude_none=True) for f in report.findings]
        out["summary"] = {**report.counts(), "exit_code": report.exit_code(fail, exit_zero=exit_zero)}
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False, default=str) + "\n")
    elif format == "text":
        sys.stdout.write(result["text"] if "text" in result else "")
    else:
        raise _fail(f"unknown format {format!r} (text or json)")
    raise typer.Exit(report.exit_code(fail, exit_zero=exit_zero))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        typer.echo("techcost: interrupted", err=True)
        sys.exit(130)
