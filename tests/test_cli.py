"""The command line: wiring, exit codes and output contracts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from techcost.cli import app
from techcost.schemas import load_schema

from .budgetbuilder import build_xlsx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "budgets" / "ukri-proposal.xlsx"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_check_sample_text(chdir_tmp):
    r = run("check", str(SAMPLE))
    assert r.exit_code == 0, r.output  # warnings only; default fail-on is error
    assert "Staff!A11" in r.output and "BUD002" in r.output
    assert "4 warnings" in r.output


def test_fail_on_warning_exits_1(chdir_tmp):
    assert run("check", str(SAMPLE), "--fail-on", "warning").exit_code == 1
    assert run("check", str(SAMPLE), "--fail-on", "warning", "--exit-zero").exit_code == 0


def test_json_report_is_valid_against_published_schema(chdir_tmp):
    r = run("check", str(SAMPLE), "--format", "json")
    data = json.loads(r.stdout)
    jsonschema.validate(data, json.loads(load_schema("report")))
    assert data["schema_version"] == "1.0"
    assert data["inputs"][0]["status"] == "ok"
    f = data["findings"][0]
    assert set(f) >= {"code", "name", "severity", "message", "location", "evidence", "policy", "fingerprint"}


def test_batch_goes_on_after_a_bad_file(chdir_tmp):
    bad = chdir_tmp / "corrupt.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    empty = chdir_tmp / "empty.csv"
    empty.write_bytes(b"")
    r = run("check", str(bad), str(empty), str(SAMPLE), "--format", "json")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    status = {Path(i["path"]).name: i["status"] for i in data["inputs"]}
    assert status == {"corrupt.xlsx": "error", "empty.csv": "error", "ukri-proposal.xlsx": "ok"}
    assert any(f["code"] == "BUD002" for f in data["findings"])
    sys_codes = {f["code"] for f in data["findings"] if f["code"].startswith("SYS")}
    assert sys_codes == {"SYS001"}
    # one line per bad file on stderr, naming the file and the problem
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 2 and all("corrupt.xlsx" in ln or "empty.csv" in ln for ln in err_lines)


def test_password_protected_workbook(chdir_tmp):
    # an OLE2 container holding an EncryptedPackage stream, as Office writes
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500
    p = chdir_tmp / "locked.xlsx"
    p.write_bytes(head)
    r = run("check", str(p))
    assert r.exit_code == 2
    assert "SYS006" in r.output and "password" in r.output


def test_unsupported_and_missing_inputs(chdir_tmp):
    (chdir_tmp / "notes.txt").write_text("hello")
    r = run("check", "notes.txt", "missing.xlsx")
    assert r.exit_code == 2
    assert "SYS002" in r.output and "SYS001" in r.output and "does not exist" in r.output


def test_readable_file_without_a_budget_says_what_was_missing(chdir_tmp):
    (chdir_tmp / "shapes.csv").write_text("colour,shape\nred,circle\nblue,square\n")
    r = run("check", "shapes.csv", str(SAMPLE), "--format", "json")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    status = {Path(i["path"]).name: i["status"] for i in data["inputs"]}
    assert status == {"shapes.csv": "error", "ukri-proposal.xlsx": "ok"}
    sys_findings = [f for f in data["findings"] if f["code"].startswith("SYS")]
    assert [f["code"] for f in sys_findings] == ["SYS007"]
    assert "column headings" in sys_findings[0]["message"]
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 1 and "shapes.csv" in err_lines[0]


def test_folder_input(chdir_tmp):
    d = chdir_tmp / "proposals"
    d.mkdir()
    build_xlsx(d / "a.xlsx", {"Staff": [["Role", "Year 1"], ["Technician", 0]]})
    build_xlsx(d / "b.xlsx", {"Staff": [["Role", "FTE", "Year 1"], ["Technician", 0.02, 600]]})
    (d / "readme.txt").write_text("ignored")
    r = run("check", str(d), "--format", "json")
    data = json.loads(r.stdout)
    assert sorted(Path(i["path"]).name for i in data["inputs"]) == ["a.xlsx", "b.xlsx"]


def test_unknown_rule_code_exit_2(chdir_tmp):
    r = run("check", str(SAMPLE), "--select", "BUD999")
    assert r.exit_code == 2 and "unknown rule 'BUD999'" in r.stderr


def test_bad_config_exit_2(chdir_tmp):
    (chdir_tmp / "techcost.toml").write_text("fail-on = 'sometimes'\n")
    r = run("check", str(SAMPLE))
    assert r.exit_code == 2 and "techcost.toml" in r.stderr


def test_config_changes_severity_params_and_selection(chdir_tmp):
    (chdir_tmp / "techcost.toml").write_text(
        'packs = ["core"]\nfail-on = "warning"\n[rules]\nignore = ["BUD004"]\n[rules.BUD002]\nseverity = "error"\nmin_fte = 0.01\n'
    )
    r = run("check", str(SAMPLE), "--format", "json")
    data = json.loads(r.stdout)
    codes = [f["code"] for f in data["findings"]]
    assert "BUD004" not in codes  # ignored
    assert "BUD002" not in codes  # 0.03 FTE is above the configured 0.01
    assert r.exit_code == 1  # fail-on warning from the file


def test_unknown_parameter_is_a_config_error(chdir_tmp):
    (chdir_tmp / "techcost.toml").write_text("[rules.BUD002]\nmin_ftee = 0.1\n")
    r = run("check", str(SAMPLE))
    assert r.exit_code == 2 and "min_ftee" in r.stderr


def test_pyproject_tool_table(chdir_tmp):
    (chdir_tmp / "pyproject.toml").write_text('[tool.techcost]\n[tool.techcost.rules]\nselect = ["BUD002"]\n')
    data = json.loads(run("check", str(SAMPLE), "-f", "json").stdout)
    assert {f["code"] for f in data["findings"]} == {"BUD002"}


def test_inspect_contract(chdir_tmp):
    r = run("inspect", str(SAMPLE))
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    jsonschema.validate(data, json.loads(load_schema("inspect-budget")))
    b = data["budget"]
    assert b["currency"] == "GBP" and b["funder"] == "ukri" and b["periods"] == ["Year 1", "Year 2", "Year 3"]
    rse = next(s for s in b["staff_lines"] if s["label"] == "Research Software Engineer")
    assert rse["category"] == "technical" and rse["effort"] == [0.3, 0.3, 0.3] and rse["effort_unit"] == "fte"
    assert rse["location"] == {"path": rse["location"]["path"], "sheet": "Staff", "row": 12, "cell": "A12"}


def test_inspect_bad_file(chdir_tmp):
    (chdir_tmp / "x.xlsx").write_text("not a workbook")
    r = run("inspect", "x.xlsx")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "x.xlsx" in r.stderr


def test_rules_and_explain():
    r = run("rules")
    assert r.exit_code == 0 and "BUD001" in r.output and "technical-staff-missing" in r.output
    e = run("explain", "BUD003")
    assert e.exit_code == 0
    assert "oncosts-missing" in e.output and "min_ratio" in e.output and "core" in e.output and "COST-3" in e.output
    assert run("explain", "technical-effort-token").exit_code == 0  # by name
    assert run("explain", "NOPE01").exit_code == 2


def test_version_and_help():
    assert "techcost" in run("--version").output
    h = run("--help")
    assert h.exit_code == 0 and "check" in h.output


def test_no_traceback_for_a_user(chdir_tmp):
    p = chdir_tmp / "weird.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    proc = subprocess.run([sys.executable, "-m", "techcost", "check", str(p)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr


def test_inputs_are_never_modified(chdir_tmp):
    import hashlib
    import shutil

    p = chdir_tmp / "s.xlsx"
    shutil.copy(SAMPLE, p)
    before = hashlib.sha256(p.read_bytes()).hexdigest()
    mtime = p.stat().st_mtime_ns
    run("check", str(p))
    run("inspect", str(p))
    assert hashlib.sha256(p.read_bytes()).hexdigest() == before and p.stat().st_mtime_ns == mtime


MANUSCRIPT_FIXTURES = ROOT / "fixtures" / "manuscripts"


def test_inspect_manuscript_contract_every_format(chdir_tmp):
    schema = json.loads(load_schema("inspect-manuscript"))
    samples = {
        "jats": next(MANUSCRIPT_FIXTURES.glob("jats/*.xml")),
        "markdown": next(MANUSCRIPT_FIXTURES.glob("markdown/**/*.md")),
        "latex": next(p for p in MANUSCRIPT_FIXTURES.glob("latex/**/*.tex") if b"documentclass" in p.read_bytes()),
        "pdf": next(MANUSCRIPT_FIXTURES.glob("pdf/*.pdf")),
    }
    for fmt, path in samples.items():
        r = run("inspect", str(path))
        if r.exit_code == 2:  # some fixtures are deliberately broken; find a readable one
            continue
        data = json.loads(r.stdout)
        jsonschema.validate(data, schema)
        assert data["kind"] == "manuscript" and data["format"] == fmt
        m = data["manuscript"]
        for key in ("title", "authors", "sections", "acknowledgements_present", "contribution_statement_present",
                    "technical_contributors", "facilities"):
            assert key in m
        for a in m["authors"]:
            assert set(a) >= {"name", "orcid", "affiliations", "roles", "technical", "technical_evidence"}
        for s in m["sections"]:
            assert set(s) >= {"kind", "heading", "location"}
