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


SUFFIX = {"markdown": ".md", "latex": ".tex", "jats": ".xml"}


def run_case(rule: str, case: dict, tmp_path: Path):
    """Build a case's inputs and check them with only ``rule`` enabled.

    A case may give a ``budget`` (sheets as tables), a ``manuscript`` (text,
    with ``format``), a ``justification`` (``name`` and ``text``, paired with
    the budget), or several (cross-document rules); ``budget_revised``
    makes it a ``techcost diff`` of budget -> budget_revised; ``registry``
    fills the project registry, ``packs`` and ``config`` the configuration."""
    paths = []
    if "budget" in case:
        name = case.get("name", "budget")
        paths.append(build_xlsx(tmp_path / f"{name}.xlsx", case["budget"], merged=case.get("merged"), hidden=case.get("hidden")))
    if "manuscript" in case:
        p = tmp_path / ("paper" + SUFFIX[case.get("format", "markdown")])
        p.write_text(case["manuscript"], encoding="utf-8")
        paths.append(p)
    if "justification" in case:
        p = tmp_path / case["justification"]["name"]
        p.write_text(case["justification"]["text"], encoding="utf-8")
        paths.append(p)
    if not paths:  # pragma: no cover
        pytest.fail("a case needs a budget, a manuscript or a justification")
    cfg = Config.model_validate({"packs": case.get("packs", ["core"]), "project": case.get("registry") or {}, **(case.get("config") or {})})
    if "budget_revised" in case:
        new = build_xlsx(tmp_path / f"{case.get('name', 'budget')}-revised.xlsx", case["budget_revised"])
        return api.diff(paths[0], new, config=cfg)["report"]
    return api.check(paths, config=cfg, select=[rule])


@pytest.mark.parametrize("rule,case", list(_cases()))
def test_rule_case(rule, case, tmp_path, monkeypatch):
    """``expect`` lists (code, anchor) pairs, the anchor as a person reads it
    (``Staff!A2``, ``12`` for a line, ``§Acknowledgements``)."""
    monkeypatch.chdir(tmp_path)
    report = run_case(rule, case, tmp_path)
    assert not report.failed_inputs(), report.failed_inputs()
    got = sorted((f.code, f.location.anchor()) for f in report.findings if f.code == rule)
    want = sorted((c, a) for c, a in case["expect"])
    assert got == want, [f.message for f in report.findings]


def test_case_files_give_real_anchors():
    """Where a case expects a finding, it says where the finding points
    (an empty anchor says exactly that it points at no place: a notice about
    techcost's own rate tables)."""
    vague = [f"{rule}-{case['name']}" for rule, case in ((p.values[0], p.values[1]) for p in _cases()) if any(a == "*" for _, a in case["expect"])]
    assert vague == []


def _examples():
    from techcost.engine.registry import RuleSet
    from techcost.policy.packs import available_packs

    seen = set()
    for pack in available_packs():
        for code, spec in RuleSet(Config(packs=[pack])).rules.items():
            if code in seen or spec.kind == "system":
                continue
            seen.add(code)
            for outcome in ("fail", "pass"):
                yield pytest.param(code, outcome, spec.examples.get(outcome), [pack], id=f"{code}-{outcome}")


@pytest.mark.parametrize("rule,outcome,example,packs", list(_examples()))
def test_rule_examples(rule, outcome, example, packs, tmp_path, monkeypatch):
    """Every rule's ``examples:`` (what ``techcost rules CODE`` shows) are
    inputs: the ``fail`` one gets a finding from the rule, the ``pass`` one
    none."""
    assert isinstance(example, dict) and example.get("said"), f"{rule} has no runnable {outcome} example"
    monkeypatch.chdir(tmp_path)
    case = {"packs": packs, **example}
    report = run_case(rule, case, tmp_path)
    assert not report.failed_inputs(), report.failed_inputs()
    found = [f.message for f in report.findings if f.code == rule]
    if outcome == "fail":
        assert found, f"{rule}: its fail example ({example['said']}) gets no finding"
    else:
        assert not found, f"{rule}: its pass example ({example['said']}) gets {found}"


def md_to_docx(text: str, path: Path) -> Path:
    """The same paper as a Word document: '#' lines become headings, blank
    lines separate paragraphs."""
    import docx

    d = docx.Document()
    d.add_heading("A study of roots", 0)
    para: list[str] = []

    def flush() -> None:
        if para:
            d.add_paragraph(" ".join(para))
            para.clear()

    for line in text.splitlines():
        if line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            d.add_heading(line.lstrip("#").strip(), min(level, 3))
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    d.save(path)
    return path


def _docx_cases():
    for rule, case in ((p.values[0], p.values[1]) for p in _cases()):
        if "manuscript" in case and case.get("format", "markdown") == "markdown" and not case["manuscript"].startswith("---"):
            yield pytest.param(rule, case, id=f"{rule}-{case['name']}-docx")


@pytest.mark.parametrize("rule,case", list(_docx_cases()))
def test_rule_case_as_docx(rule, case, tmp_path, monkeypatch):
    """Markdown cases without front matter, checked again as Word papers."""
    monkeypatch.chdir(tmp_path)
    paths = [md_to_docx(case["manuscript"], tmp_path / "paper.docx")]
    if "budget" in case:
        paths.append(build_xlsx(tmp_path / "b.xlsx", case["budget"]))
    cfg = Config.model_validate({"packs": case.get("packs", ["core"]), "project": case.get("registry") or {}, **(case.get("config") or {})})
    report = api.check(paths, config=cfg, select=[rule])
    assert not report.failed_inputs(), report.failed_inputs()
    got = sorted(f.code for f in report.findings if f.code == rule)
    assert got == sorted(c for c, _ in case["expect"]), [f.message for f in report.findings]
