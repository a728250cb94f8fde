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
from typing import List, Optional  # noqa: E402

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
    typer.echo(f"techcost: error: {message}", err=True)
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


@app.command()
def check(
    paths: List[Path] = typer.Argument(..., help="Budgets (xlsx, xlsm, xls, ods, csv), papers, or folders of them."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to a file instead of standard output."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above this severity (info, warning, error; default from config, else error)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings (never clears exit 2)."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules: codes, families (BUD) or names; repeat or comma-separate."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules."),
    severity: Optional[List[str]] = typer.Option(None, "--severity", help="Override a rule's severity: CODE=warning."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Configuration file (default: nearest techcost.toml or [tool.techcost])."),
    pack: Optional[List[str]] = typer.Option(None, "--pack", help="Policy packs to apply instead of the configured ones."),
    funder: Optional[str] = typer.Option(None, "--funder", help="Funder profile when the sheet does not say (ukri, wellcome, nihr, horizon_europe, nih, nsf)."),
    show_amounts: Optional[bool] = typer.Option(None, "--show-amounts/--hide-amounts", help="Print named people's salaries in findings (hidden by default)."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour the text report (default: on a terminal)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show evidence, fixes and policy links."),
) -> None:
    """Check budgets and papers; report findings with locations and the policy clause each applies."""
    from .. import api, reporters
    from ..errors import TechcostError

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

        Severity(fail)
        report = api.check(paths, ruleset=ruleset, funder=funder, show_amounts=show_amounts)
        text = reporters.render(format, report, colour=_colour(color) and output is None, verbose=verbose, fail_on=fail)
    except TechcostError as exc:
        raise _fail(str(exc))
    except ValueError as exc:
        raise _fail(str(exc))
    if format != "text":
        for item in report.failed_inputs():
            assert item.error is not None
            typer.echo(f"techcost: {item.path}: {item.error.message} [{item.error.code}]", err=True)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror}")
    else:
        sys.stdout.write(text)
    raise typer.Exit(report.exit_code(fail, exit_zero=exit_zero))


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
    budget_labels: Optional[Path] = typer.Option(None, "--budget-labels", help="Budget labels (the schema of budget-labels.json)."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Only these formats (jats, markdown, latex, docx, pdf)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Figures only, no per-document detail."),
) -> None:
    """Measure accuracy against labelled documents: per format and overall, with counts and 95% intervals."""
    import json

    if labels is None and budget_labels is None:
        raise _fail("give --labels FILE and/or --budget-labels FILE")
    out: dict = {}
    text: list[str] = []
    for path in (labels, budget_labels):
        if path is not None and not path.is_file():
            raise _fail(f"{path}: labels file not found")
    try:
        if labels is not None:
            from ..evaluation import manuscripts as em

            r = em.evaluate(labels, formats=tuple(_split(only) or ()) or None)
            out["manuscripts"] = r
            text.append(em.render(r, details=not quiet))
        if budget_labels is not None:
            from ..evaluation import budgets as eb

            r2 = eb.evaluate(budget_labels)
            out["budgets"] = r2
            text.append(eb.render(r2))
    except (KeyError, ValueError, TypeError) as exc:
        raise _fail(f"labels file not in the expected schema ({type(exc).__name__}: {exc})")
    if format == "json":
        sys.stdout.write(json.dumps(out, indent=2, default=str) + "\n")
    else:
        sys.stdout.write("\n".join(text))


@app.command()
def schema(
    name: str = typer.Argument("report", help="report, inspect-budget or inspect-manuscript."),
) -> None:
    """Print a published JSON Schema."""
    from ..schemas import load_schema

    try:
        sys.stdout.write(load_schema(name))
    except KeyError:
        raise _fail(f"unknown schema {name!r} (report, inspect-budget, inspect-manuscript)")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        typer.echo("techcost: interrupted", err=True)
        sys.exit(130)
