"""The HTML report: self-contained, escaped, summary first; and what a person
sees when headless Chromium opens and prints it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techcost import api
from techcost.cli import app
from techcost.model import Finding, InputResult, Location, PolicyRef, Report, Severity, Suggestion
from techcost.reporters import html as html_reporter

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [ROOT / "fixtures" / "budgets", ROOT / "fixtures" / "manuscripts" / "markdown" / "root-imaging-paper.md"]
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _hostile_report() -> Report:
    f = Finding(
        code="ACK002",
        name="facility-unacknowledged",
        severity=Severity.warning,
        message=f"Facility {HOSTILE} is named in the methods but not acknowledged",
        location=Location(path="paper <b>.md", line=3),
        evidence=[f"Imaging used the {HOSTILE} system & more"],
        suggestion=Suggestion(kind="insert", text=f"We thank the {HOSTILE}."),
        policy=PolicyRef(pack="core", clause="CREDIT-1", title="Facilities are acknowledged", url="javascript:alert(1)"),
    )
    return Report(
        techcost_version="0",
        inputs=[InputResult(path="paper <b>.md", kind="manuscript", format="markdown")],
        findings=[f],
    )


def test_everything_quoted_is_escaped():
    out = html_reporter.render(_hostile_report())
    assert "<script>" not in out and "<img" not in out and "onerror=alert(1)>" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert 'href="javascript:' not in out  # unsafe schemes are never links
    assert "paper &lt;b&gt;.md" in out


def test_self_contained_and_summary_first():
    report = api.check(SAMPLES)
    out = html_reporter.render(report)
    assert not re.search(r"<(?:script|link|iframe|object|embed)\b", out, re.I)
    assert not re.search(r"\bsrc\s*=", out, re.I)
    assert "@media print" in out
    assert out.index('id="summary"') < out.index('id="findings"')
    # a traffic light per file and per pack
    assert out.count('class="light') >= len(report.inputs) + len(report.policy_summary)
    # every finding with its code, message, evidence, clause and fix
    f = next(x for x in report.findings if x.code == "BUD001")
    assert f.message.replace("'", "&#x27;") in out
    assert "Suggested fix" in out and "COST-1" in out


def test_cli_writes_html(tmp_path):
    out = tmp_path / "report.html"
    r = CliRunner().invoke(app, ["check", *map(str, SAMPLES), "--format", f"html={out}", "--exit-zero"])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --------------------------------------------------------------- Chromium


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        msg = "chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + "; under CI=true it is required")
        pytest.skip(msg)
    return exe


def _run_chromium(exe: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
        f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args,
    ]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_chromium_shows_summary_findings_and_evidence(tmp_path):
    exe = _chromium()
    report = api.check(SAMPLES)
    page = tmp_path / "report.html"
    page.write_text(html_reporter.render(report), encoding="utf-8")
    url = page.as_uri()

    dom = _run_chromium(exe, tmp_path / "profile1", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console  # no script errors, no blocked external loads
    assert "<h2>Summary</h2>" in dom.stdout

    pdf = tmp_path / "report.pdf"
    printed = _run_chromium(exe, tmp_path / "profile2", f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url)
    assert pdf.is_file() and pdf.stat().st_size > 1000, printed.stderr[-2000:]
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    seen = " ".join(text.split())
    assert "Summary" in seen and "Findings" in seen
    assert "BUD001" in seen and "technical-staff-missing" in seen
    # the finding's evidence and fix are on the printed page
    assert "Light-sheet microscope" in seen
    assert "Suggested fix" in seen
    # print style: link targets are written out
    assert "warwick.ac.uk" in seen
