"""The same budget in every layout and format reads the same.

``tests/budgetzoo.py`` writes one budget's contents in each layout research
offices and funders use (wide with FTE per year or one FTE column, a block
of sub-columns per year, on-cost rows, one sheet per year, periods as rows,
a costing system's long export, NIH year blocks beside a cumulative block,
UKRI fund headings, a summary sheet, parameter cells) as xlsx, csv, ods and
xls. Every one must give the same staff lines (category, effort and cost
with on-costs per period) and the same findings; templates and example rows
give none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techcost import api

from . import budgetzoo as Z

pytestmark = pytest.mark.slow  # the fast tier (pytest -m "not slow") leaves it to the full suite


@pytest.fixture(scope="module")
def ruleset():
    _, rs = api.load()
    return rs


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    formats = ("xlsx", "csv", "ods", "xls") if Z.soffice() else ("xlsx", "csv")
    return Z.write_all(tmp_path_factory.mktemp("zoo"), Z.canonical(), formats=formats)


def lines_of(budget) -> list[tuple[str, tuple[float, ...], tuple[float, ...]]]:
    """(category, FTE per period, cost with on-costs per period), sorted."""
    n = max(1, len(budget.periods))
    out = []
    for s in budget.staff_lines:
        fte = tuple(round(x or 0.0, 3) for x in (s.effort_fte or [None] * n))
        cost = []
        for i in range(n):
            v = (s.cost[i] if s.cost and i < len(s.cost) else None) or 0.0
            if s.oncost and not s.oncost_included and i < len(s.oncost):
                v += s.oncost[i] or 0.0
            cost.append(round(v))
        out.append((s.category, fte, tuple(cost)))
    return sorted(out)


def want_of(c: Z.Contents) -> list[tuple[str, tuple[float, ...], tuple[float, ...]]]:
    return sorted((cat, tuple(round(x, 3) for x in fte), tuple(round(x) for x in cost)) for _, cat, fte, cost in Z.expected(c))


def parse(path: Path, ruleset):
    r = api.parse_one(path, ruleset)
    assert r.error is None, f"{path.name}: {r.error}"
    return r.model


LAYOUT_FORMATS = [(name, fmt) for name in Z.LAYOUTS for fmt in ("xlsx", "csv", "ods", "xls")]


@pytest.mark.parametrize("layout,fmt", LAYOUT_FORMATS, ids=[f"{n}-{f}" for n, f in LAYOUT_FORMATS])
def test_every_layout_and_format_gives_the_same_staff_lines(zoo, ruleset, layout, fmt):
    path = zoo.get((layout, fmt))
    if path is None:
        if fmt == "csv":
            pytest.skip("a CSV file holds one sheet")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc) to write ods and xls")
    b = parse(path, ruleset)
    assert lines_of(b) == want_of(Z.canonical())
    assert [p.lower() for p in b.periods] == ["year 1", "year 2", "year 3"]


def test_every_layout_gives_the_same_findings(zoo, tmp_path):
    seen: dict[str, list[tuple[str, str]]] = {}
    for (layout, fmt), path in sorted(zoo.items()):
        if layout not in Z.LAYOUTS:
            continue
        report = api.check([path])
        seen[f"{layout}.{fmt}"] = sorted((f.code, f.data.get("label") or f.message.split(" is ")[0][:40]) for f in report.findings)
    first = next(iter(seen.values()))
    assert first, "the canonical budget cuts the technician in Year 3: BUD005 should fire"
    assert [c for c, _ in first] == ["BUD005"]
    different = {k: v for k, v in seen.items() if [c for c, _ in v] != [c for c, _ in first]}
    assert not different, json.dumps(different, indent=1)


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ods", "xls"])
def test_unfilled_templates_and_example_rows_cost_nothing(zoo, ruleset, fmt):
    for name in Z.NEGATIVES:
        path = zoo.get((name, fmt))
        if path is None:
            pytest.skip(f"no {fmt} writer here")
        b = parse(path, ruleset)
        assert not b.staff_lines, name
        assert b.template, name
    report = api.check([zoo[("unfilled-template", fmt)]])
    assert not report.findings
    assert any("unfilled template" in n for n in report.inputs[0].notes)


def test_example_rows_are_said(zoo):
    report = api.check([zoo[("example-rows", "xlsx")]])
    notes = " ".join(report.inputs[0].notes)
    assert "marked as examples" in notes


# ------------------------------------------------------- random contents

ROLES = [
    ("Principal Investigator", "investigator"),
    ("Co-Investigator", "investigator"),
    ("Postdoctoral Research Associate", "researcher"),
    ("Research Fellow", "researcher"),
    ("Research Technician", "technical"),
    ("Laboratory Technician", "technical"),
    ("Research Software Engineer", "technical"),
    ("PhD Student", "student"),
    ("Project Administrator", "other_staff"),
]


@st.composite
def contents(draw):
    n = draw(st.integers(min_value=2, max_value=5))
    k = draw(st.integers(min_value=1, max_value=4))
    picks = draw(st.lists(st.sampled_from(ROLES), min_size=k, max_size=k, unique=True))
    posts = []
    for title, cat in picks:
        # one effort where the post is costed (a single FTE column can hold no more), cut in some periods
        f = draw(st.sampled_from([0.1, 0.2, 0.25, 0.5, 0.8, 1.0]))
        mask = draw(st.lists(st.booleans(), min_size=n, max_size=n).filter(any))
        fte = [f if m else 0.0 for m in mask]
        base = draw(st.integers(min_value=24, max_value=70)) * 1000
        posts.append(Z.Post(title, cat, fte, [round(base * 1.03**i) for i in range(n)]))
    return Z.Contents(posts=posts, periods=[f"Year {i + 1}" for i in range(n)], other=[("Consumables", [3000.0] * n)])


FAST_LAYOUTS = [name for name in Z.LAYOUTS if name not in ("summary-sheet",)]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(c=contents())
def test_random_budgets_read_the_same_in_every_layout(tmp_path_factory, ruleset, c):
    out = tmp_path_factory.mktemp("zoo-random")
    want = want_of(c)
    for name in FAST_LAYOUTS:
        sheets = Z.LAYOUTS[name](c)
        path = Z.write_xlsx(sheets, out / f"{name}.xlsx")
        b = parse(path, ruleset)
        assert lines_of(b) == want, name
        if len(sheets) == 1:
            b = parse(Z.write_csv(sheets, out / f"{name}.csv"), ruleset)
            assert lines_of(b) == want, f"{name}.csv"


# ---------------------------------------------------------- funder forms

FORM_FORMATS = [(name, fmt) for name in Z.FORMS for fmt in ("xlsx", "csv", "ods", "xls")]


def _form(zoo, ruleset, name, fmt):
    path = zoo.get((name, fmt))
    if path is None:
        pytest.skip(f"no {fmt} copy of {name} here")
    return parse(path, ruleset)


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ods", "xls"])
def test_nsf_a_to_k(zoo, ruleset, fmt):
    b = _form(zoo, ruleset, "nsf-a-to-k", fmt)
    got = {s.category: s for s in b.staff_lines}
    assert sorted(got) == ["investigator", "researcher", "student", "technical"]
    tech = got["technical"]
    assert tech.cost == [25000, 25750, 0] and tech.effort == [6, 6, 0] and tech.effort_unit == "months"
    assert not any("fringe" in s.label.lower() for s in b.staff_lines)
    types = sorted(n.type for n in b.non_staff_lines)
    assert types == ["consumables", "equipment", "indirect", "travel"]
    assert [f.code for f in api.check([zoo[("nsf-a-to-k", fmt)]]).findings] == ["BUD005"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ods", "xls"])
def test_nih_months_add_up(zoo, ruleset, fmt):
    b = _form(zoo, ruleset, "nih-detailed", fmt)
    by = {s.category: s for s in b.staff_lines}
    assert by["investigator"].effort == [2.3] and by["investigator"].effort_unit == "months"
    assert by["technical"].effort == [6] and by["technical"].person == "Sam Lee"
    assert by["technical"].total_with_oncost() == 29250


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ods", "xls"])
def test_partners_with_person_months_are_staff_of_unknown_role(zoo, ruleset, fmt):
    b = _form(zoo, ruleset, "horizon-person-months", fmt)
    assert len(b.staff_lines) == 3 and not any(s.role_determinable for s in b.staff_lines)
    assert [s.effort for s in b.staff_lines] == [[45], [51], [28]]
    report = api.check([zoo[("horizon-person-months", fmt)]])
    codes = [f.code for f in report.findings]
    assert "BUD001" not in codes and "BUD006" in codes


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ods", "xls"])
def test_pool_technician_under_other_directly_allocated(zoo, ruleset, fmt):
    b = _form(zoo, ruleset, "jes-directly-allocated", fmt)
    tech = [s for s in b.staff_lines if s.category == "technical"]
    assert len(tech) == 2
    pool = next(s for s in tech if s.pooled)
    assert pool.fund_heading == "DA" and pool.cost == [4000, 4120]
    named = next(s for s in tech if not s.pooled)
    assert named.fund_heading == "DI"


@pytest.mark.parametrize("layout", list(Z.LAYOUTS))
def test_every_figure_is_a_fact_with_its_cell(zoo, ruleset, layout):
    """Each period's cost and effort of a line comes from a cell the line names."""
    b = parse(zoo[(layout, "xlsx")], ruleset)
    for s in b.staff_lines:
        for i, v in enumerate(s.cost or []):
            if v:
                cells = [f for f in s.facts if f.period == i and f.measure in ("cost", "total", "salary_cost")]
                assert cells, (layout, s.label, i)
                assert all("!" in f.cell for f in cells)
        for i, v in enumerate(s.effort or []):
            if v and "effort" not in s.computed:
                assert any(f.period == i and f.measure == "effort" for f in s.facts), (layout, s.label, i)
