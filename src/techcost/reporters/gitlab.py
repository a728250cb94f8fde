"""GitLab Code Quality report (the CodeClimate JSON subset GitLab reads),
shown in merge request widgets and diffs: one issue per active finding.

Findings without lines (cells, pages, paragraphs) are placed on line 1 of
their file with the anchor at the start of the description. Fingerprints
are the findings' own, made unique within the report.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Report, Severity
from ._ci import has_lines, repo_path

SEVERITY = {Severity.info: "info", Severity.warning: "minor", Severity.error: "major"}


def render(report: Report, **_: Any) -> str:
    issues: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for f in report.active_findings():
        fp = f.fingerprint or f"{f.code}:{f.location.path}:{f.message}"
        n = seen.get(fp, 0)
        seen[fp] = n + 1
        desc = f.message if has_lines(f) else (f"{f.location.anchor()}: {f.message}" if f.location.anchor() else f.message)
        issues.append(
            {
                "description": f"{f.code} {desc}",
                "check_name": f"techcost/{f.code} {f.name}",
                "fingerprint": fp if n == 0 else f"{fp}-{n}",
                "severity": SEVERITY[f.severity],
                "location": {
                    "path": repo_path(f.location.path),
                    "lines": {"begin": f.location.line if has_lines(f) and f.location.line else 1},
                },
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
