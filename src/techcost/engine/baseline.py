"""The baseline: findings a repository accepted when it adopted techcost.

``techcost baseline`` writes ``.techcost-baseline.json`` (at the project
root, or where ``baseline =`` or ``--output`` says) with the fingerprint,
code, rule name, path and anchor of every current finding. ``check``
suppresses findings whose fingerprint is in it (``suppressed.by =
"baseline"``) and reports each entry that no longer matches a finding in a
file it checked as ``SYS004``, so the file only shrinks.

Matching is by fingerprint alone (code, project-relative path, semantic
anchor, normalised evidence; never a line number), counted: an entry
suppresses one finding. Messages are not stored, so the file never holds
a named person's salary.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .._version import __version__
from ..errors import ConfigError
from ..model import Finding, Location, Suppression
from ..policy.config import Config
from ..repo import project_path, project_root
from .registry import RuleSet
from .runner import system_finding

BASELINE_FILE = ".techcost-baseline.json"
FORMAT_VERSION = 1
#: Findings never written to a baseline: inputs that could not be judged
#: (they exit 2 whatever a baseline says) and stale-entry reports.


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    code: str
    name: str
    path: str
    anchor: str


def default_path(config: Config) -> Path:
    """Where the baseline lives unless told: ``baseline =`` in the
    configuration (relative to its file), else the project root."""
    if config.baseline:
        p = Path(config.baseline)
        return p if p.is_absolute() else Path(config.root or ".") / p
    return project_root(config.root) / BASELINE_FILE


def resolve(config: Config, explicit: str | Path | None = None, *, enabled: bool = True) -> Path | None:
    """The baseline file a check uses, or None. An explicit file must exist;
    the configured or default one is used only when it exists."""
    if not enabled:
        return None
    if explicit is not None:
        p = Path(explicit)
        if not p.is_file():
            raise ConfigError(f"{p}: baseline file not found (create it with 'techcost baseline --output {p}')")
        return p
    p = default_path(config)
    return p if p.is_file() else None


def load(path: Path) -> list[Entry]:
    """The entries of a baseline file; ``ConfigError`` when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the baseline ({exc.strerror})") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: the baseline is not valid JSON ({exc})") from None
    rows = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ConfigError(f"{path}: not a techcost baseline (no 'findings' list)")
    out: list[Entry] = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("fingerprint"), str) or not isinstance(row.get("code"), str):
            raise ConfigError(f"{path}: baseline entry {i + 1} needs 'fingerprint' and 'code'")
        out.append(
            Entry(
                fingerprint=row["fingerprint"],
                code=row["code"],
                name=str(row.get("name") or ""),
                path=str(row.get("path") or ""),
                anchor=str(row.get("anchor") or ""),
            )
        )
    return out


def entries_for(findings: Iterable[Finding], ruleset: RuleSet) -> list[Entry]:
    """Baseline entries for the active findings that can be baselined (not
    those of rules flagged ``not-baselined``)."""
    never = ruleset.flagged("not-baselined")
    root = ruleset.config.root
    out = [
        Entry(f.fingerprint, f.code, f.name, project_path(f.location.path, root), f.location.anchor())
        for f in findings
        if f.suppressed is None and f.code not in never and f.fingerprint
    ]
    return sorted(out, key=lambda e: (e.path, e.code, e.anchor, e.fingerprint))


def write(path: Path, entries: Sequence[Entry], *, keep: Sequence[Entry] = ()) -> int:
    """Write the baseline: ``entries`` plus the ``keep`` entries (those of
    files this run did not check). Returns the number written."""
    rows = sorted({*entries, *keep}, key=lambda e: (e.path, e.code, e.anchor, e.fingerprint))
    counts: dict[Entry, int] = defaultdict(int)
    for e in [*entries, *keep]:
        counts[e] += 1
    listed = [asdict(e) for e in rows for _ in range(counts[e])]
    data = {
        "schema_version": FORMAT_VERSION,
        "techcost_version": __version__,
        "about": (
            "Findings accepted when techcost was adopted. 'techcost check' suppresses them and reports "
            "entries that no longer match (SYS004); regenerate with 'techcost baseline'."
        ),
        "findings": listed,
    }
    from ..outputs import atomic_write

    atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n", what="baseline")
    return len(listed)


def covered_paths(models: Iterable[object], config_root: str | None = None) -> set[str]:
    """Project paths of the inputs checked (and the files they include)."""
    out: set[str] = set()
    for m in models:
        for p in (getattr(m, "path", None), *(getattr(m, "parts", None) or ())):
            if p:
                out.add(project_path(p, config_root))
    return out


def apply(
    findings: Sequence[Finding],
    entries: Sequence[Entry],
    baseline_path: Path,
    ruleset: RuleSet,
    covered: set[str],
) -> list[Finding]:
    """Suppress the findings the baseline lists and add a ``SYS004`` finding
    for each entry of a checked file that matched nothing."""
    root = ruleset.config.root
    where = project_path(baseline_path, root)
    left: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        left[e.fingerprint].append(e)
    never = ruleset.flagged("not-baselined")
    out: list[Finding] = []
    for f in findings:
        pool = left.get(f.fingerprint) if f.suppressed is None and f.code not in never else None
        if pool:
            pool.pop()
            f = f.model_copy(update={"suppressed": Suppression(by="baseline", where=where)})
        out.append(f)
    loc = Location(path=where)
    for pool in left.values():
        for e in pool:
            if e.path not in covered or e.code not in ruleset.rules:
                continue
            if not ruleset.is_enabled(e.code, str(project_root(root) / e.path)):
                continue
            if not ruleset.is_enabled("SYS004", where):
                continue
            msg = f"baseline entry {e.code} at {e.path}{(' ' + e.anchor) if e.anchor else ''} matches no finding; run 'techcost baseline' to drop it"
            out.append(system_finding(ruleset, "SYS004", loc, msg, evidence=[e.fingerprint], anchor=e.fingerprint))
    return out


def apply_file(
    findings: Sequence[Finding], models: Iterable[object], ruleset: RuleSet, baseline_path: Path | None
) -> list[Finding]:
    """``apply`` with the entries read from ``baseline_path`` (nothing to do
    when it is None)."""
    if baseline_path is None:
        return list(findings)
    covered = covered_paths(models, ruleset.config.root)
    return apply(findings, load(baseline_path), baseline_path, ruleset, covered)
