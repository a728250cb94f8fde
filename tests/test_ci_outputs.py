"""The CI outputs: SARIF (valid against the OASIS schema), JUnit, GitHub
workflow commands, Markdown summary, GitLab Code Quality; several at once."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from techcost import api, reporters
from techcost.cli import app
from techcost.model import Finding, InputResult, Location, Report, Severity
from techcost.policy.config import Config
from techcost.reporters import github

from .budgetbuilder import build_xlsx

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

BUDGET = {
    "Staff": [
        ["Role", "FTE", "Year 1 (£)", "Year 2 (£)"],
        ["Principal Investigator", 0.2, 18000, 18500],
        ["Laboratory Technician (Jo Bloggs)", 0.02, 31234, 31234],
        ["Research Technician", 0.03, 900, 950],
    ]
}
PAPER = """# Root imaging

## Methods

<!-- techcost: ignore ACK002 -- thanked in the supplement -->
Seedlings were imaged at the Bioimaging Core Facility on a confocal microscope.

Samples were sequenced by the Genomics Core Facility.

## Acknowledgements

We thank Jane Doe for comments, 50% of the time.
"""


@pytest.fixture()
def batch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    build_xlsx(tmp_path / "grant.xlsx", BUDGET)
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    cfg, rs = api.load(Config(), select=["BUD", "ACK002", "SYS"])
    report = api.check(["grant.xlsx", "paper.md", "broken.xlsx"], ruleset=rs)
    return report, rs


def test_every_format_is_registered_and_renders(batch):
    report, rs = batch
    assert {"text", "json", "sarif", "junit", "github", "markdown", "gitlab"} <= set(reporters.FORMATS)
    for name in ("text", "json", "sarif", "junit", "github", "markdown", "gitlab"):
        assert reporters.render(name, report, ruleset=rs, fail_on="warning")


def test_sarif_is_valid_and_complete(batch):
    report, rs = batch
    log = json.loads(reporters.render("sarif", report, ruleset=rs))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["BUD002"]["name"] == "technical-effort-token"
    assert rules["BUD002"]["shortDescription"]["text"].startswith("A technical post")
    assert rules["BUD002"]["helpUri"] == rs.policy_for("BUD002").url
    results = run["results"]
    bud = [r for r in results if r["ruleId"] == "BUD002"]
    assert all("region" not in r["locations"][0]["physicalLocation"] for r in bud)
    assert {r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in bud} == {"Staff!A3", "Staff!A4"}
    assert all(r["partialFingerprints"]["techcost/v1"] for r in results)
    assert all(rules[r["ruleId"]] == run["tool"]["driver"]["rules"][r["ruleIndex"]] for r in results)
    ack = [r for r in results if r["ruleId"] == "ACK002"]
    by_line = {r["locations"][0]["physicalLocation"]["region"]["startLine"]: r for r in ack}
    assert by_line[6]["suppressions"][0]["kind"] == "inSource"
    assert by_line[6]["suppressions"][0]["justification"] == "thanked in the supplement"
    assert "suppressions" not in by_line[8]
    assert run["invocations"][0]["toolExecutionNotifications"][0]["descriptor"]["id"] == "SYS001"
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} >= {"grant.xlsx", "paper.md"}


def test_sarif_baseline_suppression_is_external(batch, tmp_path):
    report, rs = batch
    from techcost.engine import baseline

    entries = baseline.entries_for(report.findings, rs)
    path = tmp_path / "b.json"
    baseline.write(path, entries)
    again = api.check(["grant.xlsx", "paper.md"], ruleset=rs, baseline=path)
    log = json.loads(reporters.render("sarif", again, ruleset=rs))
    sups = [r["suppressions"][0]["kind"] for r in log["runs"][0]["results"] if r.get("suppressions")]
    assert "external" in sups and "inSource" in sups


def test_junit(batch):
    report, rs = batch
    root = ET.fromstring(reporters.render("junit", report, ruleset=rs, fail_on="warning"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"grant.xlsx", "paper.md", "broken.xlsx"}
    grant = suites["grant.xlsx"]
    cases = {c.get("name"): c for c in grant.iter("testcase")}
    assert "BUD001 technical-staff-missing" in cases  # a rule checked, passing
    assert cases["BUD001 technical-staff-missing"].find("failure") is None
    failure = cases["BUD002 technical-effort-token"].find("failure")
    assert failure is not None and failure.text.count("BUD002") == 2
    assert suites["broken.xlsx"].find("testcase/error").get("type") == "SYS001"
    paper = {c.get("name"): c for c in suites["paper.md"].iter("testcase")}
    ack = paper["ACK002 facility-unacknowledged"]
    assert ack.find("failure") is not None and "suppressed" in ack.find("system-out").text
    assert int(root.get("failures")) == 3 and int(root.get("errors")) == 1  # BUD002, BUD004, ACK002
    # below fail-on: listed, not failing
    quiet = ET.fromstring(reporters.render("junit", report, ruleset=rs, fail_on="error"))
    assert int(quiet.get("failures")) == 0


def test_junit_without_rules_has_a_case_per_finding(batch):
    report, _ = batch
    root = ET.fromstring(reporters.render("junit", report, fail_on="warning"))
    names = [c.get("name") for c in root.iter("testcase")]
    assert sum(n.startswith("BUD002") for n in names) == 2


def test_github_commands_escape_and_locate(batch):
    report, rs = batch
    out = reporters.render("github", report, ruleset=rs).splitlines()
    bud = [ln for ln in out if "BUD002" in ln and ln.startswith("::")]
    assert bud[0].startswith("::warning file=grant.xlsx,title=techcost BUD002 (technical-effort-token)::Staff!A3: ")
    ack = [ln for ln in out if "ACK002" in ln and ln.startswith("::")]
    assert ack == [ln for ln in ack if ln.startswith("::warning file=paper.md,line=8,")]  # the suppressed one is not annotated
    assert any(ln.startswith("::error file=broken.xlsx,") for ln in out)
    f = Finding(
        code="ACK002",
        name="facility-unacknowledged",
        severity=Severity.info,
        message="100% of a, b: c\nnext",
        location=Location(path="dir,1/a:b.md", line=3),
    )
    cmd = github.command(f)
    assert cmd.startswith("::notice file=dir%2C1/a%3Ab.md,line=3,title=techcost ACK002 (facility-unacknowledged)::")
    assert cmd.endswith("::100%25 of a, b: c%0Anext")


def _many(n: int, severity: Severity) -> list[Finding]:
    return [
        Finding(code="BUD002", name="t", severity=severity, message=f"m{i}", location=Location(path="b.xlsx", sheet="S", row=i, cell=f"A{i}"))
        for i in range(1, n + 1)
    ]


def test_github_limits_and_the_summary_says_what_did_not_fit():
    report = Report(techcost_version="0", inputs=[InputResult(path="b.xlsx")], findings=_many(12, Severity.error) + _many(3, Severity.warning))
    out = reporters.render("github", report)
    assert out.count("::error ") == 10 and out.count("::warning ") == 3
    assert "2 errors more than GitHub shows" in out and "b.xlsx S!A11" in out
    md = reporters.render("markdown", report, github_annotations=True)
    assert "Not shown as annotations (2)" in md and "S!A12" in md.split("Not shown as annotations")[1]


def test_github_is_the_default_under_actions(batch, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    r = CliRunner().invoke(app, ["check", "grant.xlsx", "--select", "BUD002"])
    assert r.stdout.startswith("::warning file=grant.xlsx,")
    r = CliRunner().invoke(app, ["check", "grant.xlsx", "--select", "BUD002", "-f", "text"])
    assert r.stdout.startswith("grant.xlsx")


def test_markdown_summary(batch):
    report, rs = batch
    md = reporters.render("markdown", report, ruleset=rs)
    assert md.startswith("## techcost: ")
    assert "| `grant.xlsx` | budget, xlsx | 0 | 3 | 0 | 0 |" in md
    assert "| `broken.xlsx` | could not be judged |" in md
    assert "COST-2" in md and "<details><summary>1 suppressed finding</summary>" in md


def test_gitlab_code_quality(batch):
    report, _ = batch
    issues = json.loads(reporters.render("gitlab", report))
    assert {i["check_name"].split()[0] for i in issues} >= {"techcost/BUD002", "techcost/ACK002"}
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    bud = next(i for i in issues if i["check_name"].startswith("techcost/BUD002"))
    assert bud["severity"] == "minor" and bud["location"] == {"path": "grant.xlsx", "lines": {"begin": 1}}


def test_several_formats_in_one_run(batch, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    r = CliRunner().invoke(
        app,
        ["check", "grant.xlsx", "paper.md", "-f", "github", "-f", "sarif=out/x.sarif".replace("out/", ""), "-f", f"markdown={summary}", "-f", "junit=j.xml"],
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("::")
    assert json.loads((tmp_path / "x.sarif").read_text())["version"] == "2.1.0"
    assert summary.read_text().startswith("earlier step\n## techcost")
    ET.parse(tmp_path / "j.xml")
    r = CliRunner().invoke(app, ["check", "grant.xlsx", "-f", "json", "-f", "text"])
    assert r.exit_code == 2 and "only one --format" in r.output
    r = CliRunner().invoke(app, ["check", "grant.xlsx", "-f", "yaml"])
    assert r.exit_code == 2 and "unknown format" in r.output


def test_ci_outputs_never_print_a_named_salary(batch):
    report, rs = batch
    for name in ("sarif", "junit", "github", "markdown", "gitlab", "text"):
        out = reporters.render(name, report, ruleset=rs, fail_on="warning")
        assert "31234" not in out and "31,234" not in out, name
