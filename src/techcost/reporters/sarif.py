"""SARIF 2.1.0, for code scanning (GitHub ``upload-sarif``) and any SARIF
viewer.

- ``ruleId`` is the code; ``tool.driver.rules`` carry the rule's name,
  summary (``shortDescription``), rationale and the policy clause URL
  (``helpUri``) from the rule YAML and packs.
- Text formats get a ``region`` (``startLine``, ``endLine``,
  ``startColumn``); cells, pages, paragraphs, sections and XML elements are
  ``logicalLocations`` (``Staff!A5``, ``p.3``, ``¶7``, an xpath). Every
  result has a physical location naming the file.
- ``partialFingerprints["techcost/v1"]`` is the finding's fingerprint.
- Suppressed findings carry ``suppressions``: ``inSource`` for inline
  directives, ``external`` for the baseline and configuration.
- Inputs that could not be judged are also tool execution notifications.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .._version import __version__
from ..model import Finding, Location, Report
from ._ci import SARIF_LEVEL, codes_of, repo_path, rule_info

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://example.invalid/techcost"


def _uri(path: str) -> str:
    """A URI reference relative to the repository root; a file URI for a
    file outside it."""
    rel = repo_path(path)
    if Path(rel).is_absolute():
        return Path(rel).as_uri()
    return quote(rel, safe="/@-._~!$&'()*+,;=")


def _rule(code: str, ruleset: Any | None, sample: Finding | None) -> dict[str, Any]:
    info = rule_info(code, ruleset, sample)
    out: dict[str, Any] = {
        "id": code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "defaultConfiguration": {"level": SARIF_LEVEL[info.severity]},
        "properties": {"tags": [code[:3]] + ([info.pack] if info.pack else [])},
    }
    if info.rationale:
        out["fullDescription"] = {"text": info.rationale}
    if info.url:
        out["helpUri"] = info.url
    help_lines = [info.rationale] if info.rationale else []
    if info.clause:
        help_lines.append(f"Policy: {info.pack} {info.clause}{(' - ' + info.clause_title) if info.clause_title else ''}{(' <' + info.url + '>') if info.url else ''}")
    if help_lines:
        out["help"] = {"text": "\n\n".join(help_lines)}
    if info.clause:
        out["properties"]["policy"] = {"pack": info.pack, "clause": info.clause}
    return out


def _logical(loc: Location) -> list[dict[str, Any]]:
    """Places inside a file that are not lines of text."""
    if loc.sheet is not None:
        anchor = loc.anchor()
        kind = "cell" if loc.cell else ("row" if loc.row else "sheet")
        return [{"name": loc.cell or anchor, "fullyQualifiedName": anchor, "kind": kind}]
    out: list[dict[str, Any]] = []
    if loc.page is not None:
        out.append({"name": f"p.{loc.page}", "fullyQualifiedName": f"page {loc.page}", "kind": "page"})
    if loc.paragraph is not None:
        out.append({"name": f"¶{loc.paragraph}", "fullyQualifiedName": f"paragraph {loc.paragraph}", "kind": "paragraph"})
    if loc.xpath:
        out.append({"name": loc.xpath.rsplit("/", 1)[-1] or loc.xpath, "fullyQualifiedName": loc.xpath, "kind": "element"})
    if loc.section and not out and loc.line is None:
        out.append({"name": loc.section, "fullyQualifiedName": f"§{loc.section}", "kind": "section"})
    return out


def _location(loc: Location) -> dict[str, Any]:
    phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.path)}}
    if loc.line is not None and loc.sheet is None and loc.line >= 1:
        region: dict[str, Any] = {"startLine": loc.line}
        if loc.end_line and loc.end_line >= loc.line:
            region["endLine"] = loc.end_line
        if loc.column and loc.column >= 1:
            region["startColumn"] = loc.column
        phys["region"] = region
    out: dict[str, Any] = {"physicalLocation": phys}
    logical = _logical(loc)
    if logical:
        out["logicalLocations"] = logical
    return out


def _suppressions(f: Finding) -> list[dict[str, Any]]:
    s = f.suppressed
    if s is None:
        return []
    out: dict[str, Any] = {"kind": "inSource" if s.by == "inline" else "external", "status": "accepted"}
    just = s.reason or {"baseline": "accepted in the baseline", "config": "turned off by configuration"}.get(s.by)
    if just:
        out["justification"] = just
    if s.where:
        out["properties"] = {"by": s.by, "where": s.where}
    else:
        out["properties"] = {"by": s.by}
    return [out]


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": SARIF_LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(f.location)],
    }
    if f.fingerprint:
        res["partialFingerprints"] = {"techcost/v1": f.fingerprint}
    sup = _suppressions(f)
    if sup:
        res["suppressions"] = sup
    if f.policy and f.policy.clause:
        res["properties"] = {"policy": {"pack": f.policy.pack, "clause": f.policy.clause}}
    return res


def as_dict(report: Report, *, ruleset: Any | None = None) -> dict[str, Any]:
    """The SARIF log as a dictionary."""
    samples = {f.code: f for f in report.findings}
    codes = codes_of(report, ruleset)
    rules = [_rule(c, ruleset, samples.get(c)) for c in codes]
    index = {c: i for i, c in enumerate(codes)}
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{i.path}: {i.error.message}" if i.error else f"{i.path}: could not be judged"},
            "descriptor": {"id": i.error.code if i.error else "SYS001"},
            "locations": [_location(Location(path=i.path))],
        }
        for i in report.failed_inputs()
    ]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    counts = report.counts()
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "techcost",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index) for f in report.findings],
                "properties": {
                    "packs": [{"name": p.name, "version": p.version, "as_of": p.as_of} for p in report.packs],
                    "funder_profiles": [p.model_dump() for p in report.profiles],
                    "summary": {**counts, "inputs": len(report.inputs), "inputs_failed": len(report.failed_inputs())},
                },
            }
        ],
    }


def render(report: Report, *, ruleset: Any | None = None, **_: Any) -> str:
    return json.dumps(as_dict(report, ruleset=ruleset), indent=2, ensure_ascii=False) + "\n"
