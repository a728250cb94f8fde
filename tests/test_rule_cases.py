"""Every rule's case file: spreadsheets built with openpyxl, checked, and
the findings compared as (code, anchor) pairs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from techcost import api
from techcost.policy.config import Config

from .budgetbuilder import build_xlsx

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _cases():
    for f in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}")


@pytest.mark.parametrize("rule,case", list(_cases()))
def test_rule_case(rule, case, tmp_path):
    if "budget" in case:
        path = build_xlsx(tmp_path / f"{case['name']}.xlsx", case["budget"], merged=case.get("merged"), hidden=case.get("hidden"))
    else:  # pragma: no cover - manuscript cases arrive with the manuscript rules
        pytest.skip("no input in case")
    cfg = Config.model_validate({"packs": ["core"], **(case.get("config") or {})})
    report = api.check([path], config=cfg, select=[rule])
    assert not report.failed_inputs(), report.failed_inputs()
    got = sorted((f.code, f.location.anchor()) for f in report.findings if f.code == rule)
    want = sorted((c, a) for c, a in case["expect"])
    assert got == want, [f.message for f in report.findings]
