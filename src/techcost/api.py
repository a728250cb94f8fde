"""The library's door: ``load`` a configuration and rule set, ``check``
budgets and papers into a ``Report``, ``inspect`` what one input was read
as, ``diff`` two versions of a budget, ``write_baseline``. The work is done
by ``techcost.engine`` (inputs → guarded parsing → rules with analysis on
first use → cross-document rules → suppressions and baseline → policy
summary); the command line is a door over this module. Nothing here formats
output.

>>> from techcost import api
>>> report = api.check(["proposal.xlsx"])            # doctest: +SKIP
>>> [f.code for f in report.active_findings()]        # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .engine.inputs import (
    Parsed,
    collect,
    display_path,
    input_notes,
    not_regular,
    paper_of,
    parse_all,
    parse_one,
)
from .engine.pipeline import BaselineWritten, run, run_diff
from .engine.pipeline import write_baseline as _write_baseline
from .engine.registry import RuleSet, registry_of
from .engine.summary import policy_summary
from .model import SCHEMA_VERSION, Manuscript, Report
from .policy.config import Config, load_config

__all__ = [
    "BaselineWritten",
    "Parsed",
    "RuleSet",
    "check",
    "collect",
    "diff",
    "display_path",
    "input_notes",
    "inspect",
    "load",
    "not_regular",
    "paper_of",
    "parse_all",
    "parse_one",
    "policy_summary",
    "registry_of",
    "write_baseline",
]


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
    """The configuration (``config``, else the file ``config_path``, else the
    nearest ``techcost.toml`` or ``pyproject.toml`` above ``start``) and the
    rule set it enables, narrowed by ``select``/``ignore`` codes, with
    ``severity`` overrides and ``packs`` instead of the configured ones.
    Raises ``ConfigError`` naming the file and key when either is wrong."""
    cfg = config if config is not None else load_config(config_path, start=start)
    if cfg.limits:
        from .parsers import limits

        limits.apply(cfg.limits, cfg.source or "configuration")
    rs = RuleSet(cfg, select=select, ignore=ignore, severity=severity, pack_names=packs)
    return cfg, rs


def _ruleset(
    ruleset: RuleSet | None, config: Config | None, config_path: str | Path | None, **kw: Any
) -> tuple[Config, RuleSet]:
    if ruleset is not None:
        return ruleset.config, ruleset
    return load(config, config_path=config_path, **kw)


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
    parse status and every finding, sorted, and the policy summary.

    ``funder`` forces a costing profile (otherwise the sheet's funder, else
    the configuration's). ``justification`` is checked against every budget
    of the run; without it, justifications and budgets among the inputs are
    paired by name (``techcost.pairing``). Inline suppressions and the
    baseline (``baseline``, else the configured or default file when it
    exists; none when ``use_baseline`` is false) mark findings suppressed.
    ``skip_unrecognised`` leaves out inputs that turn out to be neither a
    budget nor a paper (for hooks that see every changed file). Salaries of
    named people appear in messages only with ``show_amounts``.
    ``progress`` is called with each input as it is read."""
    cfg, rs = _ruleset(ruleset, config, config_path, select=select, ignore=ignore, severity=severity, packs=packs)
    return run(
        paths,
        rs,
        funder=funder,
        show_amounts=cfg.show_amounts if show_amounts is None else show_amounts,
        progress=progress,
        justification=justification,
        baseline=baseline,
        use_baseline=use_baseline,
        force_exclude=force_exclude,
        skip_unrecognised=skip_unrecognised,
    )


def inspect(path: str | Path, *, config: Config | None = None, config_path: str | Path | None = None) -> dict[str, Any]:
    """What the parser understood of one input, as the published JSON
    contract (``techcost schema inspect``). A part of a paper (a LaTeX file
    without ``\\documentclass``, a chapter of a Manubot, Quarto or bookdown
    paper) is read as the paper that holds it, as ``check`` reads it, and
    ``note`` says so. Raises ``TechcostError`` when the input cannot be read."""
    cfg, ruleset = load(config, config_path=config_path)
    target, part_note = paper_of(Path(path), cfg)
    parsed = parse_one(target, ruleset)
    if parsed.error is not None:
        raise parsed.error
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "path": parsed.display,
        "kind": parsed.kind,
        "format": parsed.format,
    }
    notes = [n for n in (part_note, parsed.note) if n]
    if notes:
        out["note"] = "; ".join(notes)
    assert parsed.model is not None
    model = parsed.model
    if isinstance(model, Manuscript):
        from .analysis import analyse

        model = analyse(model, ruleset.lexicons)
    out[parsed.kind] = model.model_dump(mode="json")
    return out


def diff(
    old: str | Path,
    new: str | Path,
    *,
    config: Config | None = None,
    config_path: str | Path | None = None,
    ruleset: RuleSet | None = None,
    show_amounts: bool | None = None,
) -> dict[str, Any]:
    """Compare two versions of a budget (``techcost.revisions``) and run the
    revision rules (kind ``budget_revision_cut``) on them. Returns
    ``schema_version``, ``techcost_version``, ``old``/``new`` totals,
    ``changes``, ``text`` (readable) and ``report`` (a ``Report`` whose
    exit code follows the ``check`` rules)."""
    cfg, rs = _ruleset(ruleset, config, config_path)
    return run_diff(old, new, rs, show_amounts=cfg.show_amounts if show_amounts is None else show_amounts)


def write_baseline(
    paths: Sequence[str | Path] | None,
    ruleset: RuleSet | None = None,
    *,
    config_path: str | Path | None = None,
    output: str | Path | None = None,
    funder: str | None = None,
) -> BaselineWritten:
    """Accept the current findings of ``paths`` (default: the project root):
    check them without a baseline and write each active finding's
    fingerprint to the baseline file (``output``, else the configured or
    default ``.techcost-baseline.json``). Entries for files not checked
    are kept."""
    _, rs = _ruleset(ruleset, None, config_path)
    return _write_baseline(paths, rs, output=output, funder=funder)
