"""Machine-readable report: the versioned JSON schema in
``techcost/schemas/report.schema.json``."""

from __future__ import annotations

import json
from typing import Any

from ..model import Report


def as_dict(report: Report, *, fail_on: str = "error") -> dict[str, Any]:
    data = report.model_dump(mode="json")
    for f in data["findings"]:
        if not f.get("data"):
            f.pop("data", None)
    data["summary"] = {
        **report.counts(),
        "inputs": len(report.inputs),
        "inputs_failed": len(report.failed_inputs()),
        "fail_on": fail_on,
        "exit_code": report.exit_code(fail_on),
    }
    return data


def render(report: Report, *, fail_on: str = "error", **_: Any) -> str:
    return json.dumps(as_dict(report, fail_on=fail_on), indent=2, ensure_ascii=False) + "\n"
